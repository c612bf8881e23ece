package jp.enishi.selection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import jp.enishi.identity.CurrentUser;
import jp.enishi.project.ApplicationTarget;
import jp.enishi.project.ProjectBoard;
import jp.enishi.project.SpecSheet;
import jp.enishi.project.spi.ProjectName;
import jp.enishi.project.spi.ProjectTeams;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nominated person's side: every nomination side by side, accept one (an application in that project's
 * pipeline at 面談調整, marked 指名) or decline it (a reason is optional). Own nominations only; an expired or answered
 * one cannot be answered, whichever tab or device tries.
 */
@Service
@Transactional
public class MyNominations {

    public static final int NOTE_MAX = 2000;
    public static final int REASON_MAX = 1000;
    static final int EXPIRE_BATCH = 500;

    private final CurrentUser currentUser;
    private final NominationRepository nominations;
    private final ApplicationRepository applications;
    private final ApplicationEventRepository events;
    private final ProjectBoard board;
    private final ProjectTeams teams;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    MyNominations(CurrentUser currentUser, NominationRepository nominations, ApplicationRepository applications,
                  ApplicationEventRepository events, ProjectBoard board, ProjectTeams teams,
                  ApplicationEventPublisher published, Clock clock) {
        this.currentUser = currentUser;
        this.nominations = nominations;
        this.applications = applications;
        this.events = events;
        this.board = board;
        this.teams = teams;
        this.published = published;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MyNomination> mine(Locale locale) {
        return currentUser.id().map(userId -> {
            List<Nomination> all = nominations.findAllOf(userId);
            List<Long> projectIds = all.stream().map(Nomination::projectId).distinct().toList();
            Map<Long, ProjectName> names = teams.names(projectIds);
            Map<Long, SpecSheet.Conditions> terms = board.publicConditions(projectIds);
            LocalDate today = JapanTime.today(clock);
            return all.stream().map(n -> {
                ProjectName name = names.get(n.projectId());
                SpecSheet.Conditions conditions = terms.getOrDefault(n.projectId(), SpecSheet.Conditions.NONE);
                return new MyNomination(n.id(), name.workspace().name(locale), name.title(), name.path(), n.roleTitle(),
                        conditions, n.message(), n.answerBy(), n.statusOn(today), n.declineReason(), n.createdAt(),
                        n.answerable(today));
            }).toList();
        }).orElse(List.of());
    }

    /** Accepts: the application it makes, at 面談調整; returns its id. */
    public long accept(long nominationId, @Nullable String note) {
        long userId = currentUser.requireId();
        Nomination nomination = own(nominationId, userId);
        new InputCheck().maxLength("note", note, NOTE_MAX).throwIfAny();
        requireAnswerable(nomination);
        ApplicationTarget target = board.applicationTarget(nomination.projectId(), nomination.rolePosition())
                .filter(ApplicationTarget::open)
                .orElseThrow(() -> new InputRejectedException("nomination", "nomination.error.closed"));
        if (applications.existsByProjectIdAndRolePositionAndUserId(target.projectId(), nomination.rolePosition(), userId)) {
            throw new InputRejectedException("nomination", "selection.error.already-applied");
        }
        Instant now = clock.instant();
        String text = note == null || note.isBlank() ? "指名を承諾しました。" : note.strip();
        try {
            Application application = applications.saveAndFlush(Application.fromNomination(nomination, text, now));
            events.save(application.applied());
            events.save(application.moveTo(Stage.SCHEDULING, userId, "指名を承諾", now));
            nomination.accept(application.id(), now);
            nominations.saveAndFlush(nomination);
            published.publishEvent(answered(nomination, now));
            return application.id();
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException twiceAtOnce) {
            throw new InputRejectedException("nomination", "nomination.error.not-open");
        }
    }

    public void decline(long nominationId, @Nullable String reason) {
        long userId = currentUser.requireId();
        Nomination nomination = own(nominationId, userId);
        new InputCheck().maxLength("reason", reason, REASON_MAX).throwIfAny();
        requireAnswerable(nomination);
        Instant now = clock.instant();
        nomination.decline(reason == null || reason.isBlank() ? null : reason.strip(), now);
        try {
            nominations.saveAndFlush(nomination);
        } catch (ObjectOptimisticLockingFailureException twiceAtOnce) {
            throw new InputRejectedException("nomination", "nomination.error.not-open");
        }
        published.publishEvent(answered(nomination, now));
    }

    /**
     * Ends unanswered nominations whose answer-by day is over (Japan date), telling who nominated; hourly, on one node
     * at a time. Answering checks the date itself, so nothing waits for this job.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    @SchedulerLock(name = "nomination-expiry")
    public void expireOverdue() {
        Instant now = clock.instant();
        for (Nomination n : nominations.findExpired(JapanTime.today(clock), Limit.of(EXPIRE_BATCH))) {
            n.expire(now);
            published.publishEvent(answered(n, now));
        }
    }

    /** For the data export: the nominations the person received, with the region's words and their answer. */
    @Transactional(readOnly = true)
    List<Map<String, Object>> exportOf(long userId) {
        List<Nomination> all = nominations.findAllOf(userId);
        Map<Long, ProjectName> names = teams.names(all.stream().map(Nomination::projectId).distinct().toList());
        return all.stream().map(n -> {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            ProjectName name = names.get(n.projectId());
            row.put("region", name == null ? "" : name.workspace().nameJa());
            row.put("project", name == null ? "" : name.title());
            row.put("role", n.roleTitle());
            row.put("message", n.message());
            row.put("answerBy", n.answerBy());
            row.put("status", n.status());
            row.put("declineReason", n.declineReason());
            row.put("receivedAt", n.createdAt());
            row.put("answeredAt", n.answeredAt());
            return row;
        }).toList();
    }

    /** With the account: the nominations go (an application one made stays, as every application does). */
    void forget(long userId) {
        nominations.deleteAll(nominations.findAllOf(userId));
    }

    private Nomination own(long nominationId, long userId) {
        return Optional.of(nominationId).flatMap(nominations::findById).filter(n -> n.userId() == userId)
                .orElseThrow(() -> new AccessDeniedException("Not your nomination"));
    }

    private void requireAnswerable(Nomination nomination) {
        if (!nomination.answerable(JapanTime.today(clock))) {
            throw new InputRejectedException("nomination", nomination.status() == NominationStatus.OPEN
                    ? "nomination.error.expired" : "nomination.error.not-open");
        }
    }

    private static NominationAnswered answered(Nomination n, Instant now) {
        return new NominationAnswered(n.workspaceId(), n.projectId(), n.id(), n.userId(), n.roleTitle(), n.status(),
                n.applicationId(), n.nominatedBy(), now);
    }
}
