package jp.enishi.engagement;

/** Where the engagement pages are, for links in notices and screens. */
public final class EngagementPaths {

    private EngagementPaths() {
    }

    public static String overview(String workspaceSlug) {
        return "w/" + workspaceSlug + "/engagements";
    }

    public static String one(String workspaceSlug, long engagementId) {
        return overview(workspaceSlug) + "/" + engagementId;
    }

    public static String mine(long engagementId) {
        return "me/engagements/" + engagementId;
    }
}
