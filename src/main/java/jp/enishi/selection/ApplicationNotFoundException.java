package jp.enishi.selection;

import jp.enishi.base.NoSuchRecordException;

/** No such application in this workspace. */
public class ApplicationNotFoundException extends NoSuchRecordException {

    public ApplicationNotFoundException(long applicationId) {
        super("No application " + applicationId);
    }
}
