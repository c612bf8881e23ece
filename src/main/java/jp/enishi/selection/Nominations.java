package jp.enishi.selection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import jp.enishi.base.NoSuchRecordException;
import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import jp.enishi.project.ApplicationTarget;
import jp.enishi.project.OpenRole;
import jp.enishi.project.ProjectBoard;
import jp.enishi.talent.TalentPool;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceScoped;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's nominations (指名): from a pool member's page, staff nominate the person for a role of one of the
 * workspace's open projects with a required "why you" and an answer-by date. Allowed only while the pool may see
 * the person, once per role and person ever, and while they have fewer than {@value #OPEN_MAX} open nominations
 * from all regions — people are not to be flooded (docs/design-decisions/2026-12-02-shared-pool.md).
 */
@Service
@Transactional
@WorkspaceScoped
public class Nominations {

    public static final int MESSAGE_MAX = 2000;
    public static final int OPEN_MAX = 5;
    public static final int ANSWER_DAYS_MAX = 60;

    private final WorkspaceAccess workspaces;
    private final ProjectBoard board;
    private final TalentPool pool;
    private final NominationRepository nominations;
    private final ApplicationRepository applications;
    private final UserDirectory users;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    Nominations(WorkspaceAccess workspaces, ProjectBoard board, TalentPool pool, NominationRepository nominations,
                ApplicationRepository applications, UserDirectory users, ApplicationEventPublisher published,
                Clock clock) {
        this.workspaces = workspaces;
        this.board = board;
        this.pool = pool;
        this.nominations = nominations;
        this.applications = applications;
        this.users = users;
        this.published = published;
        this.clock = clock;
    }

    /** The roles of the workspace's open projects, to nominate for. */
    @Transactional(readOnly = true)
    public List<OpenRole> openRoles(String workspaceSlug) {
        return board.openRoles(workspaces.require(workspaceSlug, Permission.POOL_NOMINATE).workspaceId());
    }

    /** Nominates; returns the nomination's id. Nothing is saved unless every rule holds. */
    public long nominate(String workspaceSlug, long userId, long projectId, int rolePosition, @Nullable String message,
                         @Nullable LocalDate answerBy) {
        var caller = workspaces.require(workspaceSlug, Permission.POOL_NOMINATE);
        ApplicationTarget target = board.applicationTarget(projectId, rolePosition)
                .filter(t -> t.workspaceId() == caller.workspaceId())
                .orElseThrow(() -> new NoSuchRecordException("role " + rolePosition + " of project " + projectId));
        LocalDate today = JapanTime.today(clock);
        InputCheck check = new InputCheck().required("message", message).maxLength("message", message, MESSAGE_MAX);
        if (answerBy == null) {
            check.reject("answerBy", "error.required");
        } else if (!answerBy.isAfter(today) || answerBy.isAfter(today.plusDays(ANSWER_DAYS_MAX))) {
            check.reject("answerBy", "nomination.error.answer-by", ANSWER_DAYS_MAX);
        }
        if (!target.open()) {
            check.reject("role", "nomination.error.closed");
        }
        check.throwIfAny();
        try {
            pool.nominee(workspaceSlug, userId);
        } catch (NoSuchRecordException notInPool) {
            throw new InputRejectedException("person", "nomination.error.not-in-pool");
        }
        if (nominations.existsByProjectIdAndRolePositionAndUserId(projectId, rolePosition, userId)) {
            throw new InputRejectedException("role", "nomination.error.already");
        }
        if (applications.existsByProjectIdAndRolePositionAndUserId(projectId, rolePosition, userId)) {
            throw new InputRejectedException("role", "nomination.error.applied");
        }
        if (nominations.countOpenFor(userId, today) >= OPEN_MAX) {
            throw new InputRejectedException("person", "nomination.error.too-many", OPEN_MAX);
        }
        Instant now = clock.instant();
        try {
            Nomination saved = nominations.saveAndFlush(new Nomination(caller.workspaceId(), projectId, rolePosition,
                    target.roleTitle(), userId, Objects.requireNonNull(message).strip(), answerBy, caller.userId(), now));
            published.publishEvent(new NominationSent(caller.workspaceId(), projectId, saved.id(), userId,
                    saved.roleTitle(), saved.answerBy(), caller.userId(), now));
            return saved.id();
        } catch (DataIntegrityViolationException twiceAtOnce) {
            throw new InputRejectedException("role", "nomination.error.already");
        }
    }

    /** What this workspace nominated the person for, newest first, for their page in the pool. */
    @Transactional(readOnly = true)
    public List<SentNomination> toPerson(String workspaceSlug, long userId) {
        var caller = workspaces.require(workspaceSlug, Permission.POOL_VIEW);
        pool.requireInPool(workspaceSlug, userId);
        List<Nomination> sent = nominations.findOf(caller.workspaceId(), userId);
        Map<Long, UserSummary> by = users.byIds(sent.stream().map(Nomination::nominatedBy).distinct().toList());
        LocalDate today = JapanTime.today(clock);
        return sent.stream().map(n -> new SentNomination(n.id(), n.projectId(), n.roleTitle(),
                n.statusOn(today),
                n.answerBy(), n.createdAt(), by.containsKey(n.nominatedBy()) ? by.get(n.nominatedBy()).displayName() : "",
                n.applicationId(), n.declineReason())).toList();
    }

    /** A nomination as the region that sent it sees it, with the reason of a decline if the person gave one. */
    public record SentNomination(long id, long projectId, String roleTitle, NominationStatus status, LocalDate answerBy,
                                 Instant sentAt, String sentBy, @Nullable Long applicationId,
                                 @Nullable String declineReason) {
    }
}
