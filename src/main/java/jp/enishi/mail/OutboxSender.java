package jp.enishi.mail;

import java.time.Clock;
import java.util.List;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
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
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;
    static final java.time.Duration KEEP_SENT = java.time.Duration.ofDays(30);

    private final OutboxMailRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;

    OutboxSender(OutboxMailRepository outbox, ObjectProvider<JavaMailSender> mailSender,
                 PlatformTransactionManager transactions, Clock clock, @Value("${enishi.mail.from}") String from) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.from = from;
    }

    @Async
    @TransactionalEventListener
    void on(MailQueued queued) {
        sendDue();
    }

    @Scheduled(fixedDelayString = "${enishi.mail.outbox.poll:PT30S}", initialDelayString = "${enishi.mail.outbox.poll:PT30S}")
    void poll() {
        sendDue();
    }

    /** Sent mail is kept {@link #KEEP_SENT} for questions ("did it go out?"), then deleted: it holds personal data. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT5M")
    public int forgetSent() {
        Integer deleted = transaction.execute(status -> outbox.deleteSentBefore(clock.instant().minus(KEEP_SENT)));
        return deleted == null ? 0 : deleted;
    }

    /** Sends what is due now; returns how many the server took. */
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
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
