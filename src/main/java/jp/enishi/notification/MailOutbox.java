package jp.enishi.notification;

import java.util.List;
import java.util.Set;

import jp.enishi.mail.MailProblem;
import jp.enishi.mail.spi.MailQueue;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceScoped;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** For a workspace's admins: e-mails sent in its name that the mail server has not taken, and a retry. */
@Service
@Transactional
@WorkspaceScoped
public class MailOutbox {

    private final WorkspaceAccess workspaces;
    private final MailQueue mail;

    MailOutbox(WorkspaceAccess workspaces, MailQueue mail) {
        this.workspaces = workspaces;
        this.mail = mail;
    }

    @Transactional(readOnly = true)
    public List<MailProblem> problems(String workspaceSlug) {
        var caller = workspaces.require(workspaceSlug, Permission.MAIL_PROBLEMS);
        return mail.problems(caller.workspaceId());
    }

    /** Tries a given-up or waiting e-mail again at the next round of the sender. */
    public void retry(String workspaceSlug, long mailId) {
        var caller = workspaces.require(workspaceSlug, Permission.MAIL_PROBLEMS);
        mail.retry(caller.workspaceId(), mailId);
    }
}
