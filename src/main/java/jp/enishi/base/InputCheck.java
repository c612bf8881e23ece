package jp.enishi.base;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Collects every problem of one submitted form, so the user sees all of them at once, then throws
 * {@link InputRejectedException} before anything is written.
 */
public final class InputCheck {

    public static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@<>()\",;]+@[^\\s@<>()\",;]+\\.[^\\s@<>()\",;.]+$");

    private final List<Problem> problems = new ArrayList<>();

    public InputCheck required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            reject(field, "error.required");
        }
        return this;
    }

    public InputCheck maxLength(String field, @Nullable String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            reject(field, "error.too-long", max);
        }
        return this;
    }

    /** Required, at most 254 characters, and shaped like an address. */
    public InputCheck email(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return reject(field, "error.required");
        }
        if (value.length() > EMAIL_MAX || !EMAIL.matcher(value.strip()).matches()) {
            reject(field, "error.email-malformed");
        }
        return this;
    }

    public InputCheck reject(String field, String messageKey, Object... args) {
        if (problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new Problem(field, messageKey, List.of(args)));
        }
        return this;
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InputRejectedException(problems);
        }
    }

    /** Trims and lower-cases an e-mail address, so one person's address is stored one way. */
    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Trims a text; blank becomes null. */
    public static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
