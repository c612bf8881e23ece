package jp.enishi.identity;

import jp.enishi.base.InputCheck;

/**
 * Length over composition, as NIST SP 800-63B advises: 10 to 128 characters, any characters, not the e-mail
 * address. The sign-up form shows the same rules (translation key {@code password.rules}).
 */
public final class PasswordRules {

    public static final int MIN = 10;
    public static final int MAX = 128;

    private PasswordRules() {
    }

    static void check(InputCheck check, String field, String password, String email) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN) {
            check.reject(field, "error.password-too-short", MIN);
        } else if (length > MAX) {
            check.reject(field, "error.too-long", MAX);
        } else if (password.strip().equalsIgnoreCase(email.strip())) {
            check.reject(field, "error.password-is-email");
        }
    }
}
