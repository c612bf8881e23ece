package jp.enishi.mail;

import java.time.Clock;
import java.util.List;

import jp.enishi.base.NoSuchRecordException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mails and reports those the server did not take. Ids in, no permission check: the capability calling it
 * has decided (notification.MailOutbox checks that the caller is the workspace's admin).
 */
@Service
@Transactional
public class MailQueue {

    /** How many times a mail is tried before it is given up. */
    public static final int ATTEMPTS = OutboxMail.BACKOFF.size() + 1;

    private final OutboxMailRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MailQueue(OutboxMailRepository outbox, ObjectProvider<JavaMailSender> mailSender, ApplicationEventPublisher events,
              Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Queues a plain-text mail in the caller's transaction, sent in the workspace's name ("塩尻市 (Enishi)", or
     * "Enishi" without one); it leaves once that
     * commits. {@code workspaceId} names the workspace whose admins see it if it fails. Returns false, queuing
     * nothing, when SMTP is not configured.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean queue(@Nullable Long workspaceId, @Nullable String workspaceName, String to, String subject,
                         String body) {
        return queue(workspaceId, workspaceName, to, subject, body, null);
    }

    /** The same, with a file attached. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean queue(@Nullable Long workspaceId, @Nullable String workspaceName, String to, String subject,
                         String body, @Nullable Attachment file) {
        if (mailSender.getIfAvailable() == null) {
            return false;
        }
        String fromName = workspaceName == null ? "Enishi" : workspaceName + " (Enishi)";
        outbox.save(new OutboxMail(workspaceId, to, fromName, subject, body, file, clock.instant()));
        events.publishEvent(new MailQueued());
        return true;
    }

    @Transactional(readOnly = true)
    public List<MailProblem> problems(long workspaceId) {
        return outbox.findProblems(workspaceId, Limit.of(100)).stream().map(OutboxMail::problem).toList();
    }

    public void retry(long workspaceId, long mailId) {
        outbox.findInWorkspace(mailId, workspaceId).orElseThrow(() -> new NoSuchRecordException("mail " + mailId))
                .retryNow(clock.instant());
    }
}
