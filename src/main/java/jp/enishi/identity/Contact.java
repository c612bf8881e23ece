package jp.enishi.identity;

import java.util.Locale;

/** Where and in which language to reach a user, for notices and e-mails. */
public record Contact(long id, String email, Locale locale) {
}
