package jp.enishi.mail;

import java.time.Instant;

/** An e-mail the mail server has not taken: still retried, or given up ({@code gaveUp}) until an admin retries it. */
public record MailProblem(long id, String recipient, String subject, boolean gaveUp, int attempts, String lastError,
                          Instant createdAt, Instant nextAttemptAt) {

    /** How many times a mail is tried before it is given up. */
    public static final int ATTEMPTS = OutboxMail.BACKOFF.size() + 1;
}
