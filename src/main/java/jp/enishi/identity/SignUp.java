package jp.enishi.identity;

/** What someone enters to create a local account, with their agreement to the purpose-of-use notice. */
public record SignUp(String email, String displayName, String password, boolean agreedToPrivacyNotice) {

    @Override
    public String toString() {
        return "SignUp[email=" + email + ", displayName=" + displayName + "]";
    }
}
