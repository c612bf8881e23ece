package jp.enishi.selection.ui;

/** Where selection's pages are, for links in views (notices build theirs the same way). */
final class SelectionPaths {

    private SelectionPaths() {
    }

    static String pipeline(String slug, long projectId) {
        return "w/" + slug + "/projects/" + projectId + "/applicants";
    }

    static String applicant(String slug, long applicationId) {
        return "w/" + slug + "/applications/" + applicationId;
    }

    static String slots(String slug, long projectId) {
        return "w/" + slug + "/projects/" + projectId + "/slots";
    }

    /** The day's interviews; today when {@code day} is null. */
    static String day(String slug, java.time.@org.jspecify.annotations.Nullable LocalDate day) {
        return "w/" + slug + "/interviews" + (day == null ? "" : "?day=" + day);
    }

    static String project(String slug, long projectId) {
        return "w/" + slug + "/projects/" + projectId;
    }
}
