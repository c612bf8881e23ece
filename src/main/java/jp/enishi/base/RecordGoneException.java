package jp.enishi.base;

/**
 * Not found, and worth telling the person why in their words: what they acted on in a list is no longer there
 * (removed meanwhile by someone else, or never of this workspace). Isolation-wise it is a not-found like any other;
 * the view shows {@link #messageKey()} and redraws.
 */
public class RecordGoneException extends NoSuchRecordException {

    private final String messageKey;

    public RecordGoneException(String what, String messageKey) {
        super(what);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
