package jp.enishi.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jp.enishi.base.InputCheck;

/**
 * Length over composition, as NIST SP 800-63B advises: 10 to 128 characters, any characters, not the e-mail
 * address; and none that an attacker tries first (ASVS V6.2): a common password or its stem with digits and
 * symbols around it ({@code password12}, {@code P@ssw0rd!}, from {@code identity/common-passwords.txt}), one
 * character or a short unit repeated ({@code aaaaaaaaaa}, {@code abcabcabca}), or a run along the alphabet, the digits
 * or a keyboard row ({@code 1234567890}, {@code qwertyuiop}). The sign-up form shows the rules
 * (translation key {@code password.rules}).
 */
public final class PasswordRules {

    public static final int MIN = 10;
    public static final int MAX = 128;
    private static final Set<String> COMMON = load();
    private static final String[] RUNS = {
            "abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz2wsx3edc4rfv5tgb",
            "qazwsxedcrfvtgbyhnujmikolp"};

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
        } else if (isRepetitive(password)) {
            check.reject(field, "error.password-repetitive");
        } else if (isCommon(password)) {
            check.reject(field, "error.password-common");
        }
    }

    /** A common password, or its stem with digits and symbols around it, also with the usual digit swaps. */
    static boolean isCommon(String password) {
        String lower = password.strip().toLowerCase(Locale.ROOT);
        String stem = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return COMMON.contains(lower) || COMMON.contains(stem) || COMMON.contains(unswap(stem))
                || COMMON.contains(lower.replaceAll("[^\\p{L}]", ""));
    }

    /** p@ssw0rd → password: the digit and symbol swaps attackers' rule lists try first. */
    private static String unswap(String text) {
        return text.replace('0', 'o').replace('1', 'i').replace('3', 'e').replace('4', 'a').replace('5', 's')
                .replace('7', 't').replace('@', 'a').replace('$', 's').replace('!', 'i');
    }

    /** A unit of up to four characters repeated, three or fewer distinct characters, or a run along a row. */
    static boolean isRepetitive(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.codePoints().distinct().count() <= 3) {
            return true;
        }
        for (int unit = 1; unit <= 4; unit++) {
            if (repeats(lower, unit)) {
                return true;
            }
        }
        for (String run : RUNS) {
            String reversed = new StringBuilder(run).reverse().toString();
            if (run.contains(lower) || reversed.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static boolean repeats(String text, int unit) {
        if (text.length() < unit * 2) {
            return false;
        }
        for (int i = unit; i < text.length(); i++) {
            if (text.charAt(i) != text.charAt(i - unit)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
