package jp.enishi.project;

import java.util.List;

import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import jp.enishi.notification.Notice;
import jp.enishi.notification.NotificationKind;
import jp.enishi.notification.Notifications;
import jp.enishi.workspace.WorkspaceDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The sheet's team, but the writer, hear of a new comment; arguments: writer, project title, section. In the
 * publishing transaction, like every notice (docs/design-decisions/2026-12-02-seams.md).
 */
@Component
class ReviewNotices {

    private final Notifications notifications;
    private final ProjectRepository projects;
    private final ProjectMemberRepository members;
    private final UserDirectory users;
    private final WorkspaceDirectory workspaces;

    ReviewNotices(Notifications notifications, ProjectRepository projects, ProjectMemberRepository members,
                  UserDirectory users, WorkspaceDirectory workspaces) {
        this.notifications = notifications;
        this.projects = projects;
        this.members = members;
        this.users = users;
        this.workspaces = workspaces;
    }

    @EventListener
    void on(SpecSheetCommented commented) {
        Project project = projects.findById(commented.projectId()).orElseThrow();
        List<Long> others = members.findAllOfProject(project.id()).stream().map(ProjectMember::userId)
                .filter(id -> id != commented.authorId()).toList();
        String writer = users.byId(commented.authorId()).map(UserSummary::displayName).orElse("");
        String slug = workspaces.byIds(List.of(project.workspaceId())).get(project.workspaceId()).slug();
        notifications.send(Notice.to(others, project.workspaceId(), NotificationKind.REVIEW_COMMENT,
                ProjectPaths.project(slug, project.id()), writer, project.title(),
                notifications.label("project.section." + commented.section().name())));
    }
}
