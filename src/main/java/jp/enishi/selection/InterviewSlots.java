package jp.enishi.selection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import jp.enishi.base.NoSuchRecordException;
import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import jp.enishi.project.ProjectDetail;
import jp.enishi.project.ProjectRow;
import jp.enishi.project.ProjectService;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.Role;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceScoped;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interview slots for selection at scale (Shiojiri: 72 interviews of 15 minutes over a few evenings): the team
 * publishes a run of slots for a project, invites applicants at 面談調整 to book one on their page ({@link SlotBooking}),
 * sees who booked which, and each interviewer sees their day. Who may: whoever may open the project.
 */
@Service
@Transactional
@WorkspaceScoped
public class InterviewSlots {

    static final int RUN_MAX = 40;
    static final int LIST_MAX = 500;

    private final WorkspaceAccess workspaces;
    private final ProjectService projects;
    private final InterviewSlotRepository slots;
    private final InterviewRepository interviews;
    private final SlotInvitationRepository invitations;
    private final ApplicationRepository applications;
    private final UserDirectory users;
    private final ApplicationEventPublisher published;
    private final TeamAccess access;
    private final Clock clock;

    InterviewSlots(WorkspaceAccess workspaces, ProjectService projects, TeamAccess access,
                   InterviewSlotRepository slots, InterviewRepository interviews, SlotInvitationRepository invitations,
                   ApplicationRepository applications, UserDirectory users, ApplicationEventPublisher published, Clock clock) {
        this.workspaces = workspaces;
        this.projects = projects;
        this.slots = slots;
        this.interviews = interviews;
        this.invitations = invitations;
        this.applications = applications;
        this.users = users;
        this.published = published;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Publishes {@code count} slots of {@code minutes} one after another from {@code startsAt} (Japan time): an
     * evening of 15-minute interviews is one call. Refused if it lies in the past or the same interviewers already
     * have a slot at that time in this workspace. Returns how many were published.
     */
    public int publish(String workspaceSlug, long projectId, @Nullable LocalDateTime startsAt, int minutes, int count,
                       @Nullable String meetingUrl, @Nullable String place, @Nullable String interviewers) {
        var caller = workspaces.require(workspaceSlug, Permission.PIPELINE_MOVE);
        ProjectDetail project = projects.open(workspaceSlug, projectId);
        String url = InputCheck.clean(meetingUrl);
        String where = InputCheck.clean(place);
        String who = InputCheck.clean(interviewers);
        InputCheck check = new InputCheck().required("interviewers", who)
                .maxLength("interviewers", who, Interviews.INTERVIEWERS_MAX).line("meetingUrl", url, Interviews.URL_MAX)
                .line("place", where, 200);
        Instant now = clock.instant();
        Instant first = startsAt == null ? null : startsAt.atZone(JapanTime.ZONE).toInstant();
        if (first == null) {
            check.reject("startsAt", "interview.error.when");
        } else if (!first.isAfter(now)) {
            check.reject("startsAt", "interview.error.past");
        }
        if (minutes < 10 || minutes > 240) {
            check.reject("minutes", "interview.error.minutes");
        }
        if (count < 1 || count > RUN_MAX) {
            check.reject("count", "slot.error.count", RUN_MAX);
        }
        if (url != null && !url.matches("(?i)https?://[^\\s<>\"]+")) {
            check.reject("meetingUrl", "interview.error.url");
        }
        if (url == null && where == null) {
            check.reject("place", "slot.error.where");
        }
        check.throwIfAny();
        Instant start = Objects.requireNonNull(first);
        Instant end = start.plus(Duration.ofMinutes((long) minutes * count));
        boolean overlapping = slots.findOfInterviewersBetween(caller.workspaceId(), Objects.requireNonNull(who),
                start.minus(Duration.ofHours(4)), end).stream().anyMatch(s -> s.overlaps(start, end));
        if (overlapping) {
            throw new InputRejectedException("startsAt", "slot.error.overlap", who);
        }
        List<InterviewSlot> run = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            run.add(new InterviewSlot(caller.workspaceId(), project.id(), start.plus(Duration.ofMinutes((long) minutes * i)),
                    minutes, url, where, who, caller.userId(), now));
        }
        slots.saveAll(run);
        return run.size();
    }

    /** The project's slots in time order, each with who booked it. */
    @Transactional(readOnly = true)
    public List<SlotRow> slots(String workspaceSlug, long projectId) {
        var caller = workspaces.require(workspaceSlug, Permission.PIPELINE_VIEW);
        ProjectDetail project = projects.open(workspaceSlug, projectId);
        List<InterviewSlot> all = slots.findAllOfProject(caller.workspaceId(), project.id(), Limit.of(LIST_MAX));
        Map<Long, Interview> booked = interviews.findBookingsOf(all.stream().map(InterviewSlot::id).toList()).stream()
                .collect(Collectors.toMap(Interview::slotId, Function.identity()));
        Map<Long, Application> byId = applications.findAllById(booked.values().stream().map(Interview::applicationId).toList())
                .stream().collect(Collectors.toMap(Application::id, Function.identity()));
        Map<Long, UserSummary> people = users.byIds(byId.values().stream().map(Application::userId).distinct().toList());
        return all.stream().map(s -> {
            Interview i = booked.get(s.id());
            Application a = i == null ? null : byId.get(i.applicationId());
            UserSummary person = a == null ? null : people.get(a.userId());
            return new SlotRow(s.id(), s.startsAt(), s.minutes(), s.meetingUrl(), s.place(), s.interviewers(),
                    a == null ? null : a.id(), person == null ? null : person.displayName());
        }).toList();
    }

    /**
     * Invites applicants of one project at 面談調整 to book a slot on their page (in the app and by e-mail). Those
     * invited before are left out; anyone not at 面談調整 refuses the whole invitation. Returns how many were invited.
     */
    public int invite(String workspaceSlug, Collection<Long> applicationIds) {
        TeamAccess.Chosen opened = access.openAll(workspaceSlug, applicationIds);
        var caller = opened.caller();
        List<Application> chosen = opened.applications();
        long projectId = opened.project().id();
        if (chosen.stream().anyMatch(a -> a.stage() != Stage.SCHEDULING)) {
            throw new InputRejectedException("slots", "slot.error.scheduling-only");
        }
        if (slots.findOpen(projectId, clock.instant(), Limit.of(1)).isEmpty()) {
            throw new InputRejectedException("slots", "slot.error.none-open");
        }
        Set<Long> before = Set.copyOf(invitations.invitedAmong(chosen.stream().map(Application::id).toList()));
        List<Application> toInvite = chosen.stream().filter(a -> !before.contains(a.id())).toList();
        if (toInvite.isEmpty()) {
            throw new InputRejectedException("slots", "slot.error.invited");
        }
        Instant now = clock.instant();
        invitations.saveAll(toInvite.stream().map(a -> new SlotInvitation(a.id(), caller.userId(), now)).toList());
        published.publishEvent(new SlotsOffered(caller.workspaceId(), projectId,
                toInvite.stream().map(Application::userId).toList(), caller.userId(), now));
        return toInvite.size();
    }

    /** Takes back a slot nobody booked. */
    public void remove(String workspaceSlug, long slotId) {
        var caller = workspaces.require(workspaceSlug, Permission.PIPELINE_MOVE);
        InterviewSlot slot = slots.findInWorkspace(slotId, caller.workspaceId())
                .orElseThrow(() -> new NoSuchRecordException("slot " + slotId));
        projects.open(workspaceSlug, slot.projectId());
        if (!interviews.findBookingsOf(List.of(slotId)).isEmpty()) {
            throw new InputRejectedException("slots", "slot.error.booked");
        }
        slots.delete(slot);
    }

    /**
     * One day's interviews in the workspace (Japan's day), in time order, of the projects the caller may open —
     * booked slots and interviews set one by one alike.
     */
    @Transactional(readOnly = true)
    public List<DayItem> day(String workspaceSlug, LocalDate date) {
        var caller = workspaces.require(workspaceSlug, Permission.PIPELINE_VIEW);
        Map<Long, String> visible = projects.list(workspaceSlug, null).rows().stream()
                .collect(Collectors.toMap(ProjectRow::id, ProjectRow::title));
        Instant from = date.atStartOfDay(JapanTime.ZONE).toInstant();
        List<Interview> that = interviews.findAllBetween(caller.workspaceId(), from, from.plus(Duration.ofDays(1)));
        Map<Long, Application> byId = applications.findAllById(that.stream().map(Interview::applicationId).distinct().toList())
                .stream().collect(Collectors.toMap(Application::id, Function.identity()));
        Map<Long, UserSummary> people = users.byIds(byId.values().stream().map(Application::userId).distinct().toList());
        return that.stream().filter(i -> visible.containsKey(byId.get(i.applicationId()).projectId())).map(i -> {
            Application a = byId.get(i.applicationId());
            UserSummary person = people.get(a.userId());
            return new DayItem(i.startsAt(), i.minutes(), a.id(), person == null ? "" : person.displayName(),
                    visible.get(a.projectId()), i.meetingUrl(), i.place(), i.interviewers());
        }).toList();
    }
}
