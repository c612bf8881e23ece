package jp.enishi.mail;

/** A small file a mail carries (a calendar file, say), kept with the mail in the outbox until it is sent. */
public record Attachment(String name, String contentType, byte[] bytes) {

    public Attachment {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
