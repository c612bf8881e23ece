package jp.enishi.identity;

import org.springframework.security.authentication.AuthenticationServiceException;

/** The sign-in could not be checked because the database did not answer; the login page says so. */
public class SignInUnavailableException extends AuthenticationServiceException {

    SignInUnavailableException(Throwable cause) {
        super("The account store is not reachable", cause);
    }
}
