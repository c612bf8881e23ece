package jp.enishi.selection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import jp.enishi.base.NoSuchRecordException;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.Role;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceScoped;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interviews in selection: the team schedules one (Japan time, an online link or none for on-site, who interviews)
 * and the applicant is invited; afterwards the team records notes and a rating, which stay with the team.
 */
@Service
@Transactional
@WorkspaceScoped
public class Interviews {

    static final int NOTE_MAX = 4000;
    static final int INTERVIEWERS_MAX = 300;
    static final int URL_MAX = 500;

    private final WorkspaceAccess workspaces;
    private final TeamAccess access;
    private final ApplicationRepository applications;
    private final ApplicationEventRepository events;
    private final InterviewRepository interviews;
    private final ApplicationEventPublisher published;
    private final jp.enishi.identity.UserDirectory users;
    private final Clock clock;

    Interviews(WorkspaceAccess workspaces, TeamAccess access, ApplicationRepository applications, ApplicationEventRepository events, InterviewRepository interviews,
               ApplicationEventPublisher published, jp.enishi.identity.UserDirectory users, Clock clock) {
        this.workspaces = workspaces;
        this.access = access;
        this.applications = applications;
        this.events = events;
        this.interviews = interviews;
        this.published = published;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Schedules an interview and invites the applicant. An applicant not yet at 面談調整 moves there, recorded like
     * any move. {@code startsAt} is Japan time and must lie ahead.
     */
    public long schedule(String workspaceSlug, long applicationId, @Nullable LocalDateTime startsAt, int minutes,
                         @Nullable String meetingUrl, @Nullable String interviewers) {
        TeamAccess.Opened opened = access.open(workspaceSlug, applicationId);
        var caller = opened.caller();
        Application a = opened.application();
        String url = InputCheck.clean(meetingUrl);
        String who = InputCheck.clean(interviewers);
        InputCheck check = new InputCheck().required("interviewers", who).line("interviewers", who, INTERVIEWERS_MAX)
                .line("meetingUrl", url, URL_MAX);
        Instant now = clock.instant();
        Instant when = startsAt == null ? null : startsAt.atZone(JapanTime.ZONE).toInstant();
        if (when == null) {
            check.reject("startsAt", "interview.error.when");
        } else if (!when.isAfter(now)) {
            check.reject("startsAt", "interview.error.past");
        }
        if (minutes < 10 || minutes > 240) {
            check.reject("minutes", "interview.error.minutes");
        }
        if (url != null && !url.matches("(?i)https?://[^\\s<>\"]+")) {
            check.reject("meetingUrl", "interview.error.url");
        }
        if (a.stage().isFinal() || a.stage() == Stage.INTERVIEWED) {
            check.reject("stage", "interview.error.stage");
        }
        check.throwIfAny();
        if (a.stage() != Stage.SCHEDULING) {
            events.save(a.moveTo(Stage.SCHEDULING, caller.userId(), null, now));
        }
        Interview interview = interviews.save(new Interview(caller.workspaceId(), applicationId,
                Objects.requireNonNull(when), minutes, url, Objects.requireNonNull(who),
                caller.userId(), now));
        published.publishEvent(new InterviewScheduled(caller.workspaceId(), a.projectId(), applicationId, a.userId(),
                when, url, caller.userId(), now));
        try {
            applications.flush();
        } catch (OptimisticLockingFailureException twoAtOnce) {
            throw new InputRejectedException("stage", "selection.error.moved-meanwhile");
        }
        return interview.id();
    }

    /** The team's notes and a rating from 1 to 5 (or none), by the version the caller saw. */
    public void record(String workspaceSlug, long interviewId, long expectedVersion, @Nullable String note,
                       @Nullable Integer rating) {
        var caller = workspaces.require(workspaceSlug, Permission.PIPELINE_MOVE);
        Interview interview = interviews.findInWorkspace(interviewId, caller.workspaceId())
                .orElseThrow(() -> new NoSuchRecordException("interview " + interviewId));
        access.open(workspaceSlug, interview.applicationId());
        String text = InputCheck.clean(note);
        InputCheck check = new InputCheck().maxLength("note", text, NOTE_MAX);
        if (rating != null && (rating < 1 || rating > 5)) {
            check.reject("rating", "interview.error.rating");
        }
        check.throwIfAny();
        if (interview.version() != expectedVersion) {
            throw new InputRejectedException("note", "interview.error.changed-meanwhile");
        }
        interview.record(text, rating, clock.instant());
        try {
            interviews.flush();
        } catch (OptimisticLockingFailureException twoAtOnce) {
            throw new InputRejectedException("note", "interview.error.changed-meanwhile");
        }
    }
}
