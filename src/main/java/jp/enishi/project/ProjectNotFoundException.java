package jp.enishi.project;

/** No such project in this workspace (or, on the public board, no such public project). */
public class ProjectNotFoundException extends jp.enishi.base.NoSuchRecordException {

    public ProjectNotFoundException(long projectId) {
        super("No project " + projectId);
    }
}
