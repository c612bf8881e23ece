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
    /**
     * The HTML standard's valid e-mail address (what a browser's type=email accepts), with a dot required in the
     * domain: ASCII only, so no control character, space, bidi override or look-alike can enter an address.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private final List<Problem> problems = new ArrayList<>();

    public InputCheck required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            reject(field, "error.required");
        }
        return this;
    }

    /** A text of at most {@code max} characters; line breaks are allowed, other control characters are not. */
    public InputCheck maxLength(String field, @Nullable String value, int max) {
        hygiene(field, value, true);
        if (value != null && value.codePointCount(0, value.length()) > max) {
            reject(field, "error.too-long", max);
        }
        return this;
    }

    /** A single line of at most {@code max} characters: no line break, tab or other control character. */
    public InputCheck line(String field, @Nullable String value, int max) {
        singleLine(field, value);
        return maxLength(field, value, max);
    }

    /** No line break, tab or other control character, and no character that reverses the text's direction. */
    public InputCheck singleLine(String field, @Nullable String value) {
        return hygiene(field, value, false);
    }

    /**
     * Refuses what a person cannot have meant to type and what can disguise a text: NUL and the other control
     * characters (line breaks only where {@code lineBreaks}), and the bidirectional overrides and isolates
     * (U+202A–U+202E, U+2066–U+2069), with which 「gnp.exe」 displays as 「exe.png」.
     */
    private InputCheck hygiene(String field, @Nullable String value, boolean lineBreaks) {
        if (value == null) {
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r';
            if (lineBreak && !lineBreaks) {
                return reject(field, "error.line-break");
            }
            if (!lineBreak && (Character.isISOControl(c) || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069'))) {
                return reject(field, "error.control-character", String.format("U+%04X", (int) c));
            }
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
