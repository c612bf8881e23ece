package jp.enishi.identity;

/**
 * The purpose-of-use notice (個人情報の利用目的) shown and agreed at sign-up (APPI Art. 21: purpose at collection).
 * Its text is the translation keys {@code privacy.notice.*}; a changed text gets a new version, and each account
 * keeps the version its owner agreed to and when.
 */
public final class PrivacyNotice {

    public static final String VERSION = "2026-12-01";

    private PrivacyNotice() {
    }
}
