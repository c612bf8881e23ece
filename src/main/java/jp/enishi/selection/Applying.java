package jp.enishi.selection;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.identity.CurrentUser;
import jp.enishi.identity.UserDirectory;
import jp.enishi.notification.Notice;
import jp.enishi.notification.NotificationKind;
import jp.enishi.notification.Notifications;
import jp.enishi.project.ProjectTeam;
import jp.enishi.project.ProjectTeams;
import jp.enishi.project.ApplicationTarget;
import jp.enishi.project.ProjectBoard;
import jp.enishi.project.ProjectName;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The professional's side of selection: apply to a role, follow one's applications, withdraw. Own data only. */
@Service
@Transactional
public class Applying {

    static final int MOTIVATION_MAX = 2000;
    static final int AVAILABILITY_MAX = 200;

    private final CurrentUser currentUser;
    private final ProjectBoard board;
    private final UserDirectory users;
    private final ApplicationRepository applications;
    private final ApplicationEventRepository events;
    private final ProjectTeams teams;
    private final Notifications notifications;
    private final Clock clock;

    Applying(CurrentUser currentUser, ProjectBoard board, UserDirectory users, ApplicationRepository applications,
             ApplicationEventRepository events, ProjectTeams teams, Notifications notifications, Clock clock) {
        this.currentUser = currentUser;
        this.board = board;
        this.users = users;
        this.applications = applications;
        this.events = events;
        this.teams = teams;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Applies the signed-in user to a role of a published project that is still open. Their profile must say who
     * they are (自己紹介), or the team has nothing to read.
     */
    public long apply(long projectId, int rolePosition, @Nullable String motivation, @Nullable String availability) {
        long userId = currentUser.requireId();
        ApplicationTarget target = board.applicationTarget(projectId, rolePosition)
                .orElseThrow(() -> new InputRejectedException("role", "selection.error.no-such-role"));
        if (!target.open()) {
            throw new InputRejectedException("role", "selection.error.closed");
        }
        if (applications.existsByProjectIdAndRolePositionAndUserId(projectId, rolePosition, userId)) {
            throw new InputRejectedException("role", "selection.error.already-applied");
        }
        InputCheck check = new InputCheck()
                .required("motivation", motivation).maxLength("motivation", motivation, MOTIVATION_MAX)
                .required("availability", availability).maxLength("availability", availability, AVAILABILITY_MAX);
        String bio = users.profileOf(userId).map(p -> p.bio()).orElse(null);
        if (bio == null || bio.isBlank()) {
            check.reject("profile", "selection.error.profile-minimum");
        }
        check.throwIfAny();
        Instant now = clock.instant();
        try {
            Application application = applications.saveAndFlush(new Application(target.workspaceId(), projectId,
                    rolePosition, target.roleTitle(), userId, Objects.requireNonNull(motivation).strip(),
                    Objects.requireNonNull(availability).strip(), now));
            events.save(new ApplicationEvent(application.id(), null, Stage.APPLIED, userId, null, now));
            tellTeam(application, NotificationKind.APPLICATION_RECEIVED);
            return application.id();
        } catch (DataIntegrityViolationException twiceAtOnce) {
            throw new InputRejectedException("role", "selection.error.already-applied");
        }
    }

    @Transactional(readOnly = true)
    public List<MyApplication> mine(java.util.Locale locale) {
        return currentUser.id().map(userId -> {
            List<Application> all = applications.findAllOfUser(userId);
            Map<Long, ProjectName> names = board.names(all.stream().map(Application::projectId).distinct().toList());
            return all.stream().map(a -> {
                ProjectName name = names.get(a.projectId());
                return new MyApplication(a.id(), name.title(), name.path(), name.workspace().name(locale), a.roleTitle(),
                        a.stage(), a.createdAt(), a.updatedAt());
            }).toList();
        }).orElse(List.of());
    }

    /** Only one's own application, and only before a decision. */
    public void withdraw(long applicationId) {
        long userId = currentUser.requireId();
        Application application = applications.findById(applicationId)
                .filter(a -> a.userId() == userId)
                .orElseThrow(() -> new AccessDeniedException("Not your application"));
        if (application.stage().isFinal()) {
            throw new InputRejectedException("stage", "selection.error.final");
        }
        Stage from = application.stage();
        Instant now = clock.instant();
        application.moveTo(Stage.WITHDRAWN, now);
        events.save(new ApplicationEvent(applicationId, from, Stage.WITHDRAWN, userId, null, now));
        tellTeam(application, NotificationKind.APPLICATION_WITHDRAWN);
    }

    /** Arguments: applicant's name, project title, role title. */
    private void tellTeam(Application application, NotificationKind kind) {
        ProjectTeam team = teams.of(application.projectId()).orElseThrow();
        String name = users.byId(application.userId()).map(u -> u.displayName()).orElse("");
        notifications.send(Notice.to(team.memberIds(), team.workspaceId(), kind,
                "w/" + team.workspaceSlug() + "/applications/" + application.id(), name, team.title(),
                application.roleTitle()));
    }
}
