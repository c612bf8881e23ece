package jp.enishi.mail;

/** Published when e-mails were queued, so that a sender tries them as soon as the transaction commits. */
record MailQueued() {
}
