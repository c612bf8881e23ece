package jp.enishi.engagement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import jp.enishi.base.NoSuchRecordException;
import jp.enishi.identity.CurrentUser;
import jp.enishi.notification.Notice;
import jp.enishi.notification.NotificationKind;
import jp.enishi.notification.Notifications;
import jp.enishi.talent.ConsentPurpose;
import jp.enishi.talent.ConsentVia;
import jp.enishi.talent.Consents;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The professional's side of their engagements, always their own: what is due, their check-ins (the coordinator is
 * told), travel claims against the budget (over what is left: refused, saying how much is left), their closing
 * review, and the invitation to stay on as alumni in the region's pool — a consent like any other.
 */
@Service
@Transactional
public class MyEngagements {

    /** Claims are taken this long after the closing, for the last trips. */
    public static final int CLAIM_DAYS_AFTER_CLOSE = 60;

    private final CurrentUser currentUser;
    private final EngagementRepository engagements;
    private final EngagementDetails details;
    private final CheckInLog log;
    private final CheckInRepository checkIns;
    private final TravelClaimRepository claims;
    private final ReviewRepository reviews;
    private final Consents consents;
    private final WorkspaceDirectory workspaces;
    private final Notifications notifications;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    MyEngagements(CurrentUser currentUser, EngagementRepository engagements, EngagementDetails details, CheckInLog log,
                  CheckInRepository checkIns, TravelClaimRepository claims, ReviewRepository reviews,
                  Consents consents, WorkspaceDirectory workspaces, Notifications notifications,
                  ApplicationEventPublisher published, Clock clock) {
        this.currentUser = currentUser;
        this.engagements = engagements;
        this.details = details;
        this.log = log;
        this.checkIns = checkIns;
        this.claims = claims;
        this.reviews = reviews;
        this.consents = consents;
        this.workspaces = workspaces;
        this.notifications = notifications;
        this.published = published;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MyEngagement> mine(Locale locale) {
        long me = currentUser.requireId();
        List<Engagement> all = engagements.findAllOfUser(me).stream()
                .filter(e -> e.status() != EngagementStatus.CANCELLED).toList();
        Map<Long, WorkspaceSummary> regions = workspaces.byIds(all.stream().map(Engagement::workspaceId).distinct().toList());
        LocalDate today = JapanTime.today(clock);
        return all.stream().map(e -> {
            boolean closed = e.status() == EngagementStatus.CLOSED;
            return new MyEngagement(e.id(), regions.containsKey(e.workspaceId()) ? regions.get(e.workspaceId()).name(locale) : "",
                    e.projectTitle(), e.roleTitle(), e.status(), e.startsOn(), e.endsOn(), e.nextCheckInOn(),
                    e.nextCheckInOn() != null && e.nextCheckInOn().isBefore(today),
                    closed && !reviews.existsByEngagementIdAndSide(e.id(), Side.PROFESSIONAL),
                    closed && !consents.inForce(e.workspaceId(), ConsentPurpose.POOL));
        }).toList();
    }

    @Transactional(readOnly = true)
    public EngagementDetail open(long engagementId, Locale locale) {
        return details.read(mineOf(engagementId), Side.PROFESSIONAL, locale);
    }

    public long checkIn(long engagementId, CheckInDraft draft) {
        Engagement e = mineOf(engagementId);
        long id = log.write(e, Side.PROFESSIONAL, e.userId(), new CheckInDraft(draft.status(), draft.notes(),
                draft.nextSteps(), false));
        tellCoordinator(e, NotificationKind.ENGAGEMENT_CHECK_IN, Objects.requireNonNull(draft.status()).name());
        return id;
    }

    public long correct(long checkInId, CheckInDraft draft) {
        Engagement e = mineOf(checkIns.findById(checkInId).map(CheckIn::engagementId).orElse(-1L));
        return log.correct(e, checkInId, Side.PROFESSIONAL, e.userId(), new CheckInDraft(draft.status(), draft.notes(),
                draft.nextSteps(), false));
    }

    /**
     * A trip to claim: within the engagement's dates and not in the future, while it runs or shortly after its
     * closing; over the budget left — or a trip's ceiling — it is refused with what is left. The engagement is locked
     * while the budget is counted, so two claims at once cannot both take the last yen.
     */
    public long claim(long engagementId, ClaimDraft draft) {
        Engagement e = mineOf(engagementId);
        e = engagements.findForUpdate(e.id()).orElseThrow();
        LocalDate today = JapanTime.today(clock);
        String route = InputCheck.clean(draft.route());
        String receipt = InputCheck.clean(draft.receiptNote());
        InputCheck check = new InputCheck().required("route", route).line("route", route, ClaimDraft.ROUTE_MAX)
                .line("receiptNote", receipt, ClaimDraft.RECEIPT_MAX);
        boolean open = e.status() == EngagementStatus.ACTIVE || (e.status() == EngagementStatus.CLOSED
                && e.closedAt() != null && e.closedAt().isAfter(clock.instant().minus(java.time.Duration.ofDays(CLAIM_DAYS_AFTER_CLOSE))));
        if (e.travelBudgetYen() <= 0) {
            check.reject("amountYen", "engagement.error.no-travel-support");
        } else if (!open) {
            check.reject("amountYen", "engagement.error.claims-closed");
        }
        if (draft.tripOn() == null) {
            check.reject("tripOn", "error.required");
        } else if (draft.tripOn().isAfter(today)) {
            check.reject("tripOn", "engagement.error.future");
        } else if (draft.tripOn().isBefore(e.startsOn()) || draft.tripOn().isAfter(e.endsOn())) {
            check.reject("tripOn", "engagement.error.within", e.startsOn().toString(), e.endsOn().toString());
        }
        Long left = EngagementDetails.remaining(e, claims.committed(e.id()));
        if (draft.amountYen() == null) {
            check.reject("amountYen", "error.required");
        } else if (draft.amountYen() <= 0) {
            check.reject("amountYen", "engagement.error.amount-positive");
        } else if (left != null && draft.amountYen() > left) {
            check.reject("amountYen", e.travelBudgetPer() == BudgetBasis.TRIP ? "engagement.error.over-trip"
                    : "engagement.error.over-budget", String.format(Locale.JAPANESE, "%,d", left));
        }
        check.throwIfAny();
        long id = claims.saveAndFlush(new TravelClaim(e.id(), Objects.requireNonNull(draft.tripOn()), route,
                draft.amountYen(), receipt, clock.instant())).id();
        tellCoordinator(e, NotificationKind.TRAVEL_CLAIMED, draft.amountYen());
        return id;
    }

    /** Their side of the closing review, once, after the team closed the engagement. */
    public void review(long engagementId, @Nullable String achieved, boolean again) {
        Engagement e = mineOf(engagementId);
        String text = InputCheck.clean(achieved);
        InputCheck check = new InputCheck().required("achieved", text).maxLength("achieved", text, Engagements.REVIEW_MAX);
        if (e.status() != EngagementStatus.CLOSED) {
            check.reject("achieved", "engagement.error.review-after-close");
        } else if (reviews.existsByEngagementIdAndSide(e.id(), Side.PROFESSIONAL)) {
            check.reject("achieved", "engagement.error.reviewed");
        }
        check.throwIfAny();
        Instant now = clock.instant();
        try {
            reviews.saveAndFlush(new Review(e.id(), Side.PROFESSIONAL, text, again, e.userId(), now));
        } catch (DataIntegrityViolationException twiceAtOnce) {
            throw new InputRejectedException("achieved", "engagement.error.reviewed");
        }
        published.publishEvent(new EngagementReviewed(e.workspaceId(), e.projectId(), e.id(), e.userId(), again, now));
    }

    /** Yes to the region's invitation after a closed engagement: joins its pool, as alumni. */
    public void stayAsAlumni(long engagementId) {
        Engagement e = mineOf(engagementId);
        if (e.status() != EngagementStatus.CLOSED) {
            throw new InputRejectedException("engagement", "engagement.error.alumni-after-close");
        }
        consents.giveInvited(e.workspaceId(), ConsentPurpose.POOL, ConsentVia.ALUMNI);
    }

    /** Whether the person is in the pool of the engagement's region (as alumni or otherwise). */
    @Transactional(readOnly = true)
    public boolean inRegionPool(long engagementId) {
        return consents.inForce(mineOf(engagementId).workspaceId(), ConsentPurpose.POOL);
    }

    private Engagement mineOf(long engagementId) {
        long me = currentUser.requireId();
        return engagements.findById(engagementId).filter(e -> e.userId() == me && e.status() != EngagementStatus.CANCELLED)
                .orElseThrow(() -> new NoSuchRecordException("engagement " + engagementId));
    }

    private void tellCoordinator(Engagement e, NotificationKind kind, Object detail) {
        if (e.coordinatorId() == null) {
            return;
        }
        WorkspaceSummary region = workspaces.byIds(List.of(e.workspaceId())).get(e.workspaceId());
        notifications.send(Notice.to(List.of(e.coordinatorId()), e.workspaceId(), kind,
                EngagementPaths.one(region == null ? "" : region.slug(), e.id()), e.projectTitle(), e.roleTitle(), detail));
    }

    /** The person's engagements as they may read them, for their data download. */
    @Transactional(readOnly = true)
    Object exportOf(long userId) {
        return engagements.findAllOfUser(userId).stream().map(e -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("project", e.projectTitle());
            one.put("role", e.roleTitle());
            one.put("status", e.status().name());
            one.put("terms", e.terms());
            one.put("checkIns", checkIns.findAllOf(e.id()).stream().filter(c -> !c.teamOnly())
                    .map(c -> Map.of("side", c.side().name(), "status", c.status().name(), "notes", c.notes(),
                            "nextSteps", Objects.requireNonNullElse(c.nextSteps(), ""), "writtenAt", c.writtenAt().toString()))
                    .toList());
            one.put("travelClaims", claims.findAllOf(e.id()).stream().map(TravelClaim::line).toList());
            one.put("reviews", reviews.findByEngagementId(e.id()).stream().filter(r -> r.side() == Side.PROFESSIONAL)
                    .map(Review::line).toList());
            return one;
        }).toList();
    }

    /**
     * Deletion: what the person wrote (check-ins, their review) goes, a running engagement ends early, and claims
     * keep their day and amount without route or note — the municipality's accounts; the contract stays as its record.
     */
    void forget(long userId) {
        Instant now = clock.instant();
        for (Engagement e : engagements.findAllOfUser(userId)) {
            e.endForDeletedAccount(now);
            claims.findAllOf(e.id()).forEach(TravelClaim::anonymise);
        }
        checkIns.deleteProfessionalsOf(userId);
        reviews.deleteProfessionalsOf(userId);
    }
}
