package jp.enishi.base;

/**
 * What someone asked for does not exist (or, to someone who may not know, does not seem to). Views turn it into the
 * Japanese "not found" page.
 */
public class NoSuchRecordException extends RuntimeException {

    public NoSuchRecordException(String message) {
        super(message);
    }
}
