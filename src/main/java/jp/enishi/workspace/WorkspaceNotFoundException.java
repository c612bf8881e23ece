package jp.enishi.workspace;

/** No workspace has this slug. Views show the Japanese "not found" page. */
public class WorkspaceNotFoundException extends jp.enishi.base.NoSuchRecordException {

    public WorkspaceNotFoundException(String slug) {
        super("No workspace " + slug);
    }
}
