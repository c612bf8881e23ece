package jp.enishi.notification;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import jp.enishi.base.NoSuchRecordException;
import jp.enishi.workspace.Role;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceScoped;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** For a workspace's admins: e-mails sent in its name that the mail server has not taken, and a retry. */
@Service
@Transactional
@WorkspaceScoped
public class MailOutbox {

    /** How many times a mail is tried before it is given up. */
    public static final int ATTEMPTS = OutboxMail.BACKOFF.size() + 1;

    private final WorkspaceAccess workspaces;
    private final OutboxMailRepository outbox;
    private final Clock clock;

    MailOutbox(WorkspaceAccess workspaces, OutboxMailRepository outbox, Clock clock) {
        this.workspaces = workspaces;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MailProblem> problems(String workspaceSlug) {
        var caller = workspaces.require(workspaceSlug, Set.of(Role.ADMIN));
        return outbox.findProblems(caller.workspaceId(), Limit.of(100)).stream().map(OutboxMail::problem).toList();
    }

    /** Tries a given-up or waiting e-mail again at the next round of the sender. */
    public void retry(String workspaceSlug, long mailId) {
        var caller = workspaces.require(workspaceSlug, Set.of(Role.ADMIN));
        OutboxMail mail = outbox.findInWorkspace(mailId, caller.workspaceId())
                .orElseThrow(() -> new NoSuchRecordException("mail " + mailId));
        mail.retryNow(clock.instant());
    }
}
