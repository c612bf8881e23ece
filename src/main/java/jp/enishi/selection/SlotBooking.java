package jp.enishi.selection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.enishi.base.InputRejectedException;
import jp.enishi.identity.CurrentUser;
import jp.enishi.project.spi.ProjectName;
import jp.enishi.project.spi.ProjectTeam;
import jp.enishi.project.spi.ProjectTeams;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The professional's side of interview slots: the invitations to choose a time, booking one (first come: a slot
 * has at most one booking, by the database's unique key, so of two at once exactly one gets it), changing it until
 * {@link #CHANGE_UNTIL} before, and the calendar file of one's interview. Own applications only.
 */
@Service
@Transactional
public class SlotBooking {

    /** A booked time can be changed until a day before it; after that, the team is to be asked. */
    public static final Duration CHANGE_UNTIL = Duration.ofHours(24);
    /** A slot must lie at least this far ahead to be booked. */
    static final Duration BOOK_AHEAD = Duration.ofHours(1);
    static final int OFFERED_MAX = 200;

    private final CurrentUser currentUser;
    private final ApplicationRepository applications;
    private final SlotInvitationRepository invitations;
    private final InterviewSlotRepository slots;
    private final InterviewRepository interviews;
    private final ProjectTeams teams;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    SlotBooking(CurrentUser currentUser, ApplicationRepository applications, SlotInvitationRepository invitations,
                InterviewSlotRepository slots, InterviewRepository interviews, ProjectTeams teams,
                ApplicationEventPublisher published, Clock clock) {
        this.currentUser = currentUser;
        this.applications = applications;
        this.invitations = invitations;
        this.slots = slots;
        this.interviews = interviews;
        this.teams = teams;
        this.published = published;
        this.clock = clock;
    }

    /** The signed-in professional's invitations to book, each with its open slots and their booking. */
    @Transactional(readOnly = true)
    public List<MySlotOffer> mine(Locale locale) {
        return currentUser.id().map(userId -> {
            List<Application> all = applications.findAllOfUser(userId);
            Set<Long> invited = Set.copyOf(invitations.invitedAmong(all.stream().map(Application::id).toList()));
            List<Application> offered = all.stream().filter(a -> invited.contains(a.id()) && !a.stage().isFinal()).toList();
            Map<Long, ProjectName> names = teams.names(offered.stream().map(Application::projectId).distinct().toList());
            Instant now = clock.instant();
            return offered.stream().map(a -> {
                Optional<Interview> booked = interviews.findBookingOf(a.id());
                ProjectName name = names.get(a.projectId());
                List<MySlotOffer.Slot> open = booked.isPresent() && !changeable(booked.get(), now) ? List.of()
                        : slots.findOpen(a.projectId(), now.plus(BOOK_AHEAD), Limit.of(OFFERED_MAX)).stream()
                        .map(s -> new MySlotOffer.Slot(s.id(), s.startsAt(), s.minutes(), s.meetingUrl() != null)).toList();
                return new MySlotOffer(a.id(), name.title(), name.workspace().name(locale),
                        booked.map(i -> new MySlotOffer.Booking(i.id(), i.startsAt(), i.minutes(), i.meetingUrl(),
                                i.place(), i.interviewers(), changeable(i, now))).orElse(null), open);
            }).toList();
        }).orElse(List.of());
    }

    /**
     * Books a slot for one's own invited application, or moves one's booking to it while that is still allowed.
     * A slot someone else took first is refused with a message; nothing changes then.
     */
    public void book(long applicationId, long slotId) {
        long userId = currentUser.requireId();
        Application application = applications.findById(applicationId).filter(a -> a.userId() == userId)
                .orElseThrow(() -> new AccessDeniedException("Not your application"));
        if (invitations.invitedAmong(List.of(applicationId)).isEmpty() || application.stage() != Stage.SCHEDULING) {
            throw new InputRejectedException("slot", "slot.error.not-invited");
        }
        InterviewSlot slot = slots.findById(slotId).filter(s -> s.projectId() == application.projectId())
                .orElseThrow(() -> new InputRejectedException("slot", "slot.error.taken"));
        Instant now = clock.instant();
        if (!slot.startsAt().isAfter(now.plus(BOOK_AHEAD))) {
            throw new InputRejectedException("slot", "slot.error.too-late");
        }
        Optional<Interview> before = interviews.findBookingOf(applicationId);
        if (before.isPresent()) {
            if (before.get().slotId() == slotId) {
                return;
            }
            if (!changeable(before.get(), now)) {
                throw new InputRejectedException("slot", "slot.error.cut-off");
            }
            interviews.delete(before.get());
            interviews.flush();
        }
        Interview booked;
        try {
            booked = interviews.saveAndFlush(Interview.booked(slot, applicationId, userId, now));
        } catch (DataIntegrityViolationException takenMeanwhile) {
            throw new InputRejectedException("slot", "slot.error.taken");
        }
        published.publishEvent(new SlotBooked(application.workspaceId(), application.projectId(), applicationId, userId,
                booked.id(), slot.startsAt(), now));
    }

    /** The calendar file of one of one's own interviews. */
    @Transactional(readOnly = true)
    public byte[] calendar(long interviewId) {
        long userId = currentUser.requireId();
        Interview interview = interviews.findById(interviewId)
                .filter(i -> applications.findById(i.applicationId()).map(a -> a.userId() == userId).orElse(false))
                .orElseThrow(() -> new AccessDeniedException("Not your interview"));
        Application application = applications.findById(interview.applicationId()).orElseThrow();
        ProjectTeam team = teams.of(application.projectId()).orElseThrow();
        return InterviewCalendar.of(interview, "面談：" + team.title(), team.workspaceNameJa());
    }

    private static boolean changeable(Interview booked, Instant now) {
        return booked.startsAt().isAfter(now.plus(CHANGE_UNTIL));
    }
}
