package jp.enishi.talent;

import java.util.List;

import jp.enishi.notification.Bilingual;
import jp.enishi.notification.Notice;
import jp.enishi.notification.NotificationKind;
import jp.enishi.notification.Notifications;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceSummary;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A pool message, told in the app and by e-mail in the workspace's name, in the sending transaction. */
@Component
class PoolNotices {

    private final Notifications notifications;
    private final WorkspaceDirectory directory;

    PoolNotices(Notifications notifications, WorkspaceDirectory directory) {
        this.notifications = notifications;
        this.directory = directory;
    }

    @EventListener
    void on(PoolMemberMessaged messaged) {
        WorkspaceSummary workspace = directory.byIds(List.of(messaged.workspaceId())).get(messaged.workspaceId());
        notifications.send(Notice.to(List.of(messaged.userId()), messaged.workspaceId(), NotificationKind.POOL_MESSAGE,
                TalentPaths.MY_PAGE, new Bilingual(workspace.nameJa(), workspace.nameEn()), messaged.text()));
    }
}
