package jp.enishi.identity;

/** What someone enters to create a local account. */
public record SignUp(String email, String displayName, String password) {

    @Override
    public String toString() {
        return "SignUp[email=" + email + ", displayName=" + displayName + "]";
    }
}
