package jp.enishi.selection;

/** Where selection's pages are: for links in views, notices and e-mails alike. */
public final class SelectionPaths {

    /** The professional's own page, where their applications, interviews and requests are. */
    public static final String MY_PAGE = "me";

    private SelectionPaths() {
    }

    public static String pipeline(String slug, long projectId) {
        return "w/" + slug + "/projects/" + projectId + "/applicants";
    }

    public static String applicant(String slug, long applicationId) {
        return "w/" + slug + "/applications/" + applicationId;
    }

    public static String slots(String slug, long projectId) {
        return "w/" + slug + "/projects/" + projectId + "/slots";
    }

    /** The day's interviews; today when {@code day} is null. */
    public static String day(String slug, java.time.@org.jspecify.annotations.Nullable LocalDate day) {
        return "w/" + slug + "/interviews" + (day == null ? "" : "?day=" + day);
    }

    public static String project(String slug, long projectId) {
        return "w/" + slug + "/projects/" + projectId;
    }
}
