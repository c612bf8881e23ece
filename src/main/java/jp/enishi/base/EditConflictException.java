package jp.enishi.base;

/**
 * Someone else saved the same record after this user opened it. Nothing was overwritten; the view keeps the user's
 * text so they can compare and save again.
 */
public class EditConflictException extends RuntimeException {

    public EditConflictException(String what) {
        super("Edit conflict on " + what);
    }
}
