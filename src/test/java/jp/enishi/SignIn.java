package jp.enishi;

import java.util.UUID;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.enishi.base.InputCheck;
import jp.enishi.base.Locales;
import jp.enishi.identity.AccountMail;
import jp.enishi.identity.AccountService;
import jp.enishi.identity.SignUp;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Signs test users in exactly as the login form would leave them: the principal comes from the real
 * UserDetailsService, with the authorities Enishi grants. Nothing in the application is loosened for tests.
 */
@Component
public class SignIn {

    public static final String DEMO_PASSWORD = "enishi-demo-2026";
    /** The password of every user {@link #newUser} makes. */
    public static final String PASSWORD = "correct horse battery";

    private final Map<String, AccountMail> mails = new ConcurrentHashMap<>();
    private final UserDetailsService userDetails;
    private final AccountService accounts;
    private final org.springframework.security.core.context.SecurityContextHolderStrategy strategy;

    /**
     * Vaadin installs its own holder strategy, globally and as a bean, once per Spring context: with a second test
     * context started (the HTTP tests), the global one belongs to the other context. The context is set on both, so
     * this context's method security and code reading the global holder see the same user.
     */
    SignIn(UserDetailsService userDetails, AccountService accounts,
           org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy> strategy) {
        this.userDetails = userDetails;
        this.accounts = accounts;
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public void as(String email) {
        UserDetails user = userDetails.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        strategy.setContext(context);
    }

    public void out() {
        SecurityContextHolder.clearContext();
        strategy.clearContext();
    }

    /** Creates a fresh local account with a unique address and signs in as it. */
    public String newUser(String name) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        out();
        accounts.signUp(new SignUp(email, name, PASSWORD, true), Locales.JAPANESE);
        accounts.verifyEmail(verificationToken(email));
        as(email);
        return email;
    }

    /** The same, left unverified: the person has not opened the link yet. */
    public String newUnverifiedUser(String name) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        out();
        accounts.signUp(new SignUp(email, name, PASSWORD, true), Locales.JAPANESE);
        as(email);
        return email;
    }

    /** The secret of the last link of that kind e-mailed to the address, as its owner would read it in the mail. */
    public String lastToken(String email, AccountMail.Kind kind) {
        AccountMail mail = mails.get(kind + " " + InputCheck.normalizeEmail(email));
        if (mail == null || mail.link() == null) {
            throw new AssertionError("No " + kind + " mail to " + email);
        }
        return mail.link().substring(mail.link().indexOf("token=") + "token=".length());
    }

    public boolean mailed(String email, AccountMail.Kind kind) {
        return mails.containsKey(kind + " " + InputCheck.normalizeEmail(email));
    }

    private String verificationToken(String email) {
        return lastToken(email, AccountMail.Kind.VERIFY_EMAIL);
    }

    @EventListener
    void on(AccountMail mail) {
        mails.put(mail.kind() + " " + mail.email(), mail);
    }
}
