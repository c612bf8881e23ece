package jp.enishi.project;

/** Where a workspace's project pages are: for links in views, notices and e-mails alike (public pages: {@link PublicPaths}). */
public final class ProjectPaths {

    private ProjectPaths() {
    }

    public static String list(String workspaceSlug) {
        return "w/" + workspaceSlug + "/projects";
    }

    public static String project(String workspaceSlug, long projectId) {
        return list(workspaceSlug) + "/" + projectId;
    }
}
