package jp.enishi.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands queued e-mails to the SMTP server: right after they are queued, and every {@code enishi.mail.outbox.poll}
 * for those waiting for a retry. The mail server being slow or down never reaches the user who caused the mail:
 * the attempt happens here, on another thread, and a failure only moves the next attempt later.
 * <p>
 * The poll and the clean-up run under ShedLock, once across nodes; each mail is also claimed before it is sent, so
 * the send right after queuing (on the node that queued it) and a poll elsewhere never send it twice. The claim must
 * outlive any send: the SMTP timeouts are checked against it at start. {@code enishi.mail.outbox.paused=true} stops
 * sending (the mail waits) — for restoring a backup, whose queued mail would otherwise go out again.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;
    static final Duration KEEP_SENT = Duration.ofDays(30);

    private final OutboxMailRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;

    private final boolean paused;

    OutboxSender(OutboxMailRepository outbox, ObjectProvider<JavaMailSender> mailSender,
                 PlatformTransactionManager transactions, Clock clock, @Value("${enishi.mail.from}") String from,
                 @Value("${enishi.mail.outbox.paused:false}") boolean paused) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.from = from;
        this.paused = paused;
        if (mailSender.getIfAvailable() instanceof JavaMailSenderImpl smtp) {
            requireClaimOutlivesASend(smtp.getJavaMailProperties());
        }
        if (paused) {
            log.warn("The mail outbox is paused (enishi.mail.outbox.paused=true): e-mail is queued but not sent.");
        }
    }

    /**
     * A send that outlives its claim could be claimed and sent again by another sender. Each SMTP step is bounded by
     * the timeouts; connecting and writing the message and waiting for each reply, with room for the few commands of
     * one mail, must stay well inside the claim.
     */
    static void requireClaimOutlivesASend(Properties smtp) {
        long connect = millis(smtp, "mail.smtp.connectiontimeout");
        long read = millis(smtp, "mail.smtp.timeout");
        long write = millis(smtp, "mail.smtp.writetimeout");
        if (connect <= 0 || read <= 0 || write <= 0) {
            throw new IllegalStateException("Set spring.mail.properties.mail.smtp.connectiontimeout, .timeout and "
                    + ".writetimeout: without them a hung mail server holds the sender for ever");
        }
        Duration worst = Duration.ofMillis(connect + write + 4 * read);
        if (worst.compareTo(OutboxMail.CLAIM) >= 0) {
            throw new IllegalStateException("SMTP timeouts allow a send of " + worst.toSeconds() + " s, longer than the "
                    + OutboxMail.CLAIM.toSeconds() + " s claim on a mail: it could be sent twice. Lower them.");
        }
    }

    private static long millis(Properties properties, String key) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? 0 : Long.parseLong(value.strip());
    }

    @Async
    @TransactionalEventListener
    void on(MailQueued queued) {
        sendDue();
    }

    @Scheduled(fixedDelayString = "${enishi.mail.outbox.poll:PT30S}", initialDelayString = "${enishi.mail.outbox.poll:PT30S}")
    @SchedulerLock(name = "mail-outbox")
    public void poll() {
        sendDue();
    }

    /** Sent mail is kept {@link #KEEP_SENT} for questions ("did it go out?"), then deleted: it holds personal data. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT5M")
    @SchedulerLock(name = "mail-outbox-cleanup")
    public void forgetSent() {
        transaction.execute(status -> outbox.deleteSentBefore(clock.instant().minus(KEEP_SENT)));
    }

    /** Sends what is due now; returns how many the server took. */
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || paused) {
            return 0;
        }
        List<Long> due = outbox.findDue(clock.instant(), Limit.of(BATCH));
        int sent = 0;
        for (long id : due) {
            OutboxMail mail = claim(id);
            if (mail != null && send(sender, mail)) {
                sent++;
            }
        }
        return sent;
    }

    private @org.jspecify.annotations.Nullable OutboxMail claim(long id) {
        try {
            return transaction.execute(status -> outbox.findById(id)
                    .filter(m -> m.status() == OutboxMail.Status.QUEUED && !m.nextAttemptAt().isAfter(clock.instant()))
                    .map(m -> {
                        m.claim(clock.instant());
                        return outbox.saveAndFlush(m);
                    }).orElse(null));
        } catch (OptimisticLockingFailureException anotherSenderHasIt) {
            return null;
        }
    }

    private boolean send(JavaMailSender sender, OutboxMail mail) {
        String error = null;
        try {
            MimeMessage message = sender.createMimeMessage();
            Attachment file = mail.attachment();
            MimeMessageHelper helper = new MimeMessageHelper(message, file != null, "UTF-8");
            helper.setFrom(new InternetAddress(from, mail.fromName(), "UTF-8"));
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.body());
            // Which outbox row this is: a mail server's log, or a test counting deliveries, can tell a resend.
            message.setHeader("X-Enishi-Mail-Id", String.valueOf(mail.id()));
            if (file != null) {
                helper.addAttachment(file.name(), new org.springframework.core.io.ByteArrayResource(file.bytes()),
                        file.contentType());
            }
            sender.send(message);
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("E-mail {} to {} not taken by the mail server: {}", mail.id(), mail.recipient(), error);
        }
        String failure = error;
        transaction.executeWithoutResult(status -> outbox.findById(mail.id()).ifPresent(m -> {
            if (failure == null) {
                m.sent(clock.instant());
            } else {
                m.failed(failure, clock.instant());
            }
        }));
        return error == null;
    }
}
