package jp.enishi.talent;

/** Where talent's pages are: for links in views, notices and e-mails alike. */
public final class TalentPaths {

    /** The professional's own page: profile, consents, and their history with each region. */
    public static final String MY_PAGE = "me";

    private TalentPaths() {
    }

    public static String pool(String workspaceSlug) {
        return "w/" + workspaceSlug + "/talent";
    }

    public static String member(String workspaceSlug, long userId) {
        return pool(workspaceSlug) + "/" + userId;
    }
}
