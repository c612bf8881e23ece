package jp.enishi.draft.ui;

/** Where the draft's pages are. */
final class DraftPaths {

    private DraftPaths() {
    }

    static String results(long round) {
        return "draft/" + round;
    }

    static String picks(String workspaceSlug) {
        return "w/" + workspaceSlug + "/draft";
    }
}
