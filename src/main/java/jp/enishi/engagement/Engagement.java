package jp.enishi.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jp.enishi.project.WorkStyle;
import org.jspecify.annotations.Nullable;

/**
 * One professional's engagement with a region for one role, from the 採用 to the closing. It keeps its next due
 * check-in and visit, each with the day it was set: an item already past when it was set (an engagement entered
 * late) is shown overdue but never reminded of.
 */
@Entity
class Engagement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long workspaceId;
    private long projectId;
    private long applicationId;
    private long userId;
    private String projectTitle;
    private String roleTitle;
    @Enumerated(EnumType.STRING)
    private EngagementStatus status = EngagementStatus.DRAFT;
    @Enumerated(EnumType.STRING)
    private ContractType contract;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private int yenPerMonth;
    private int daysPerMonth;
    @Enumerated(EnumType.STRING)
    private WorkStyle workStyle;
    private @Nullable Long themeOwnerId;
    private @Nullable Long coordinatorId;
    private String goal;
    private String channel;
    private int checkInDays;
    private @Nullable Integer visitDays;
    private int travelBudgetYen;
    @Enumerated(EnumType.STRING)
    private BudgetBasis travelBudgetPer;
    @Enumerated(EnumType.STRING)
    private @Nullable CheckInStatus health;
    private @Nullable LocalDate nextCheckInOn;
    private @Nullable LocalDate nextCheckInSetOn;
    private @Nullable LocalDate nextVisitOn;
    private @Nullable LocalDate nextVisitSetOn;
    @Enumerated(EnumType.STRING)
    private @Nullable Outcome outcome;
    private @Nullable String outcomeReason;
    private Instant createdAt;
    private @Nullable Instant startedAt;
    private @Nullable Instant closedAt;
    private @Nullable Long closedBy;
    @Version
    private long version;

    protected Engagement() {
        projectTitle = roleTitle = goal = channel = "";
        contract = ContractType.OUTSOURCING;
        startsOn = endsOn = LocalDate.EPOCH;
        workStyle = WorkStyle.HYBRID;
        travelBudgetPer = BudgetBasis.ENGAGEMENT;
        createdAt = Instant.EPOCH;
    }

    /** Opened by a hire, with the terms proposed until the team confirms its own. */
    Engagement(long workspaceId, long projectId, long applicationId, long userId, String projectTitle, String roleTitle,
               Terms proposed, Instant at) {
        this();
        this.workspaceId = workspaceId;
        this.projectId = projectId;
        this.applicationId = applicationId;
        this.userId = userId;
        this.projectTitle = projectTitle;
        this.roleTitle = roleTitle;
        this.createdAt = at;
        apply(proposed);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Engagement not saved yet");
        }
        return id;
    }

    long workspaceId() { return workspaceId; }
    long projectId() { return projectId; }
    long userId() { return userId; }
    String projectTitle() { return projectTitle; }
    String roleTitle() { return roleTitle; }
    EngagementStatus status() { return status; }
    LocalDate startsOn() { return startsOn; }
    LocalDate endsOn() { return endsOn; }
    @Nullable Long coordinatorId() { return coordinatorId; }
    @Nullable Long themeOwnerId() { return themeOwnerId; }
    int checkInDays() { return checkInDays; }
    @Nullable Integer visitDays() { return visitDays; }
    int travelBudgetYen() { return travelBudgetYen; }
    BudgetBasis travelBudgetPer() { return travelBudgetPer; }
    @Nullable CheckInStatus health() { return health; }
    @Nullable LocalDate nextCheckInOn() { return nextCheckInOn; }
    @Nullable LocalDate nextVisitOn() { return nextVisitOn; }
    @Nullable Outcome outcome() { return outcome; }
    long version() { return version; }

    Terms terms() {
        return new Terms(contract, startsOn, endsOn, yenPerMonth, daysPerMonth, workStyle, themeOwnerId, coordinatorId,
                goal, channel, checkInDays, visitDays, travelBudgetYen, travelBudgetPer);
    }

    /** Ended: closed, cancelled, or past its end day — nothing more is due, and no check-in is written. */
    boolean endedBy(LocalDate today) {
        return status == EngagementStatus.CLOSED || status == EngagementStatus.CANCELLED || today.isAfter(endsOn);
    }

    /**
     * The team's terms, checked by the caller: a draft starts; the next check-in falls a cadence after the latest
     * one, or after the start.
     */
    void confirm(Terms terms, @Nullable LocalDate latestCheckIn, LocalDate today, Instant at) {
        apply(terms);
        if (status == EngagementStatus.DRAFT) {
            status = EngagementStatus.ACTIVE;
            startedAt = at;
        }
        dueCheckIn((latestCheckIn == null ? startsOn : latestCheckIn).plusDays(checkInDays), today);
    }

    void checkedIn(CheckInStatus latest, LocalDate today) {
        health = latest;
        dueCheckIn(today.plusDays(checkInDays), today);
    }

    /** A correction changed the status of the latest check-in, not when the next one is due. */
    void healthIs(@Nullable CheckInStatus latest) {
        health = latest;
    }

    /** The next visit: the next planned one, or a cadence after the last done (or the start); none without either. */
    void nextVisit(@Nullable LocalDate planned, @Nullable LocalDate lastDone, LocalDate today) {
        LocalDate next = planned != null ? planned
                : visitDays == null ? null : (lastDone == null ? startsOn : lastDone).plusDays(visitDays);
        if (!Objects.equals(next, nextVisitOn)) {
            nextVisitOn = next;
            nextVisitSetOn = next == null ? null : today;
        }
    }

    void extendTo(LocalDate newEnd) {
        endsOn = newEnd;
    }

    void close(Outcome how, @Nullable String reason, long by, Instant at) {
        status = EngagementStatus.CLOSED;
        outcome = how;
        outcomeReason = reason;
        closedBy = by;
        closedAt = at;
        nextCheckInOn = nextCheckInSetOn = nextVisitOn = nextVisitSetOn = null;
    }

    /** Hired again after the hire was taken back: a draft again, with fresh proposed terms. */
    void reopenIfCancelled(Terms proposed) {
        if (status == EngagementStatus.CANCELLED) {
            status = EngagementStatus.DRAFT;
            closedAt = null;
            startedAt = null;
            health = null;
            apply(proposed);
        }
    }

    void cancel(Instant at) {
        if (status == EngagementStatus.CLOSED) {
            return;
        }
        status = EngagementStatus.CANCELLED;
        closedAt = at;
        nextCheckInOn = nextCheckInSetOn = nextVisitOn = nextVisitSetOn = null;
    }

    private void dueCheckIn(LocalDate next, LocalDate today) {
        if (!Objects.equals(next, nextCheckInOn)) {
            nextCheckInOn = next;
            nextCheckInSetOn = today;
        }
    }

    private void apply(Terms t) {
        contract = Objects.requireNonNull(t.contract());
        startsOn = Objects.requireNonNull(t.startsOn());
        endsOn = Objects.requireNonNull(t.endsOn());
        yenPerMonth = Objects.requireNonNull(t.yenPerMonth());
        daysPerMonth = Objects.requireNonNull(t.daysPerMonth());
        workStyle = Objects.requireNonNull(t.workStyle());
        themeOwnerId = t.themeOwnerId();
        coordinatorId = t.coordinatorId();
        goal = Objects.requireNonNullElse(t.goal(), "");
        channel = Objects.requireNonNullElse(t.channel(), "");
        checkInDays = Objects.requireNonNull(t.checkInDays());
        visitDays = t.visitDays();
        travelBudgetYen = Objects.requireNonNullElse(t.travelBudgetYen(), 0);
        travelBudgetPer = Objects.requireNonNullElse(t.travelBudgetPer(), BudgetBasis.ENGAGEMENT);
    }

    /** What the professional no longer has to be named in: their data is deleted, the contract stays as the record. */
    void endForDeletedAccount(Instant at) {
        if (status == EngagementStatus.DRAFT) {
            cancel(at);
        } else if (status == EngagementStatus.ACTIVE) {
            close(Outcome.ENDED_EARLY, null, userId, at);
        }
    }

    String outcomeReasonOrEmpty() {
        return outcomeReason == null ? "" : outcomeReason;
    }

    @Nullable Instant closedAt() { return closedAt; }
}
