package jp.enishi.mail;

import java.time.Clock;
import java.util.List;

import jp.enishi.base.NoSuchRecordException;
import jp.enishi.mail.spi.MailQueue;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The outbox table behind {@link MailQueue}. */
@Service
@Transactional
class OutboxQueue implements MailQueue {

    private final OutboxMailRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutboxQueue(OutboxMailRepository outbox, ObjectProvider<JavaMailSender> mailSender, ApplicationEventPublisher events,
              Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean queue(@Nullable Long workspaceId, @Nullable String workspaceName, String to, String subject,
                         String body) {
        return queue(workspaceId, workspaceName, to, subject, body, null);
    }

    @Override
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

    @Override
    @Transactional(readOnly = true)
    public List<MailProblem> problems(long workspaceId) {
        return outbox.findProblems(workspaceId, Limit.of(100)).stream().map(OutboxMail::problem).toList();
    }

    @Override
    public void retry(long workspaceId, long mailId) {
        outbox.findInWorkspace(mailId, workspaceId).orElseThrow(() -> new NoSuchRecordException("mail " + mailId))
                .retryNow(clock.instant());
    }
}
