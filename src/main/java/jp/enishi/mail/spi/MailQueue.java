package jp.enishi.mail.spi;

import java.util.List;

import jp.enishi.mail.Attachment;
import jp.enishi.mail.MailProblem;
import org.jspecify.annotations.Nullable;

/**
 * Queues e-mails and reports those the server did not take. Ids in, no permission check: the capability calling it
 * has decided (notification.MailOutbox checks that the caller is the workspace's admin).
 */
public interface MailQueue {

    /**
     * Queues a plain-text mail in the caller's transaction, sent in the workspace's name ("塩尻市 (Enishi)", or
     * "Enishi" without one); it leaves once that commits. {@code workspaceId} names the workspace whose admins see
     * it if it fails. Returns false, queuing nothing, when SMTP is not configured.
     */
    boolean queue(@Nullable Long workspaceId, @Nullable String workspaceName, String to, String subject, String body);

    /** The same, with a file attached. */
    boolean queue(@Nullable Long workspaceId, @Nullable String workspaceName, String to, String subject, String body,
                  @Nullable Attachment file);

    List<MailProblem> problems(long workspaceId);

    void retry(long workspaceId, long mailId);
}
