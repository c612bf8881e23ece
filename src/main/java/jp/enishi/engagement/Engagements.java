package jp.enishi.engagement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.i18n.I18NProvider;
import jp.enishi.base.Dates;
import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import jp.enishi.base.TableFiles;
import jp.enishi.base.spi.Counts;
import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import jp.enishi.notification.Notice;
import jp.enishi.notification.NotificationKind;
import jp.enishi.notification.Notifications;
import jp.enishi.project.ProjectGate;
import jp.enishi.selection.PipelineExport;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceScoped;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's engagements: the overview (at-risk and overdue first, filtered and paged in the database, exported
 * whole), one engagement, its terms, an extension and the closing. Theme owners see their own projects' only.
 */
@Service
@Transactional
@WorkspaceScoped
public class Engagements {

    public static final int PAGE_MAX = 100;
    public static final int REASON_MAX = 1000;
    public static final int REVIEW_MAX = 4000;

    /** An option of the overview's filters. */
    public record Option(long id, String name) {
    }

    private final WorkspaceAccess workspaces;
    private final EngagementAccess access;
    private final ProjectGate projects;
    private final EngagementRepository engagements;
    private final CheckInRepository checkIns;
    private final TravelClaimRepository claims;
    private final ReviewRepository reviews;
    private final ExtensionRepository extensions;
    private final EngagementDetails details;
    private final UserDirectory users;
    private final Notifications notifications;
    private final ApplicationEventPublisher published;
    private final I18NProvider texts;
    private final Clock clock;

    Engagements(WorkspaceAccess workspaces, EngagementAccess access, ProjectGate projects,
                EngagementRepository engagements, CheckInRepository checkIns, TravelClaimRepository claims,
                ReviewRepository reviews, ExtensionRepository extensions, EngagementDetails details,
                UserDirectory users, Notifications notifications, ApplicationEventPublisher published,
                I18NProvider texts, Clock clock) {
        this.workspaces = workspaces;
        this.access = access;
        this.projects = projects;
        this.engagements = engagements;
        this.checkIns = checkIns;
        this.claims = claims;
        this.reviews = reviews;
        this.extensions = extensions;
        this.details = details;
        this.users = users;
        this.notifications = notifications;
        this.published = published;
        this.texts = texts;
        this.clock = clock;
    }

    /** A page of the overview: needing attention first, then terms to confirm, then by the next check-in. */
    @Transactional(readOnly = true)
    public List<EngagementRow> overview(String workspaceSlug, EngagementQuery engagementQuery, int offset, int limit) {
        var caller = workspaces.require(workspaceSlug, Permission.ENGAGEMENT_WORK);
        int size = Math.clamp(limit, 1, PAGE_MAX);
        Filter f = filter(caller, engagementQuery);
        List<Engagement> page = engagements.findPage(caller.workspaceId(), f.every(), f.projects(),
                engagementQuery.projectId(), engagementQuery.coordinatorId(), f.from(), f.to(), f.statuses(),
                f.attention(), f.today(), PageRequest.of(Math.max(0, offset) / size, size));
        return rows(page, f.today());
    }

    @Transactional(readOnly = true)
    public long count(String workspaceSlug, EngagementQuery engagementQuery) {
        var caller = workspaces.require(workspaceSlug, Permission.ENGAGEMENT_WORK);
        Filter f = filter(caller, engagementQuery);
        return engagements.count(caller.workspaceId(), f.every(), f.projects(), engagementQuery.projectId(),
                engagementQuery.coordinatorId(), f.from(), f.to(), f.statuses(), f.attention(), f.today());
    }

    /** The projects and coordinators the overview can be filtered by. */
    @Transactional(readOnly = true)
    public List<Option> projects(String workspaceSlug) {
        var caller = workspaces.require(workspaceSlug, Permission.ENGAGEMENT_WORK);
        Set<Long> limited = projects.limitedTo(caller);
        return engagements.projectsOf(caller.workspaceId()).stream()
                .filter(r -> limited == null || limited.contains((Long) r[0]))
                .map(r -> new Option((Long) r[0], (String) r[1])).toList();
    }

    @Transactional(readOnly = true)
    public List<Option> coordinators(String workspaceSlug) {
        var caller = workspaces.require(workspaceSlug, Permission.ENGAGEMENT_WORK);
        return users.byIds(engagements.coordinatorsOf(caller.workspaceId())).values().stream()
                .map(u -> new Option(u.id(), u.displayName())).sorted(java.util.Comparator.comparing(Option::name)).toList();
    }

    @Transactional(readOnly = true)
    public EngagementDetail open(String workspaceSlug, long engagementId, Locale locale) {
        return details.read(access.open(workspaceSlug, engagementId, Permission.ENGAGEMENT_WORK).engagement(), Side.TEAM,
                locale);
    }

    /**
     * Confirms the terms — a draft from the hire starts (one 成約) and the professional is told; a running one takes
     * changed terms. The coordinator is reminded of what falls due.
     */
    public void confirm(String workspaceSlug, long engagementId, long expectedVersion, Terms terms) {
        var opened = access.open(workspaceSlug, engagementId, Permission.ENGAGEMENT_MANAGE);
        Engagement e = opened.engagement();
        requireVersion(e, expectedVersion);
        if (e.status() != EngagementStatus.DRAFT && e.status() != EngagementStatus.ACTIVE) {
            throw new InputRejectedException("engagement", "engagement.error.ended");
        }
        check(terms, opened.caller().workspaceId());
        LocalDate today = JapanTime.today(clock);
        boolean starting = e.status() == EngagementStatus.DRAFT;
        Instant now = clock.instant();
        e.confirm(terms, checkIns.findLatestOriginal(e.id()).map(c -> JapanTime.date(c.writtenAt())).orElse(null),
                today, now);
        flush();
        if (starting) {
            published.publishEvent(new EngagementStarted(e.workspaceId(), e.projectId(), e.id(), e.userId(),
                    e.roleTitle(), now));
            notifications.send(Notice.to(List.of(e.userId()), e.workspaceId(), NotificationKind.ENGAGEMENT_STARTED,
                    EngagementPaths.mine(e.id()), regionOf(opened.caller()), e.projectTitle(), e.roleTitle()));
        }
    }

    /** Moves the end later, with a reason kept as a record; never earlier (close early instead). */
    public void extend(String workspaceSlug, long engagementId, long expectedVersion, @Nullable LocalDate endsOn,
                       @Nullable String reason) {
        var opened = access.open(workspaceSlug, engagementId, Permission.ENGAGEMENT_MANAGE);
        Engagement e = opened.engagement();
        requireVersion(e, expectedVersion);
        String why = InputCheck.clean(reason);
        InputCheck check = new InputCheck().required("reason", why).line("reason", why, REASON_MAX);
        if (e.status() != EngagementStatus.ACTIVE) {
            check.reject("endsOn", "engagement.error.not-running");
        } else if (endsOn == null) {
            check.reject("endsOn", "error.required");
        } else if (!endsOn.isAfter(e.endsOn())) {
            check.reject("endsOn", "engagement.error.extend-later", Dates.date(e.endsOn(), Locale.JAPANESE));
        } else if (endsOn.isAfter(e.startsOn().plusYears(5))) {
            check.reject("endsOn", "engagement.error.too-long");
        }
        check.throwIfAny();
        extensions.save(new Extension(e.id(), e.endsOn(), endsOn, why, opened.caller().userId(), clock.instant()));
        e.extendTo(endsOn);
        flush();
    }

    /**
     * Closes a running engagement with its outcome (ended early: with the reason) and the region's review; the
     * professional is asked for theirs and invited to stay on in the region's pool. Two closing at once: the second
     * is told it changed meanwhile.
     */
    public void close(String workspaceSlug, long engagementId, long expectedVersion, @Nullable Outcome outcome,
                      @Nullable String reason, @Nullable String achieved, boolean again) {
        var opened = access.open(workspaceSlug, engagementId, Permission.ENGAGEMENT_MANAGE);
        Engagement e = opened.engagement();
        requireVersion(e, expectedVersion);
        String why = InputCheck.clean(reason);
        String review = InputCheck.clean(achieved);
        InputCheck check = new InputCheck().required("achieved", review).maxLength("achieved", review, REVIEW_MAX)
                .line("reason", why, REASON_MAX);
        if (e.status() != EngagementStatus.ACTIVE) {
            check.reject("outcome", "engagement.error.not-running");
        }
        if (outcome == null) {
            check.reject("outcome", "error.required");
        } else if (outcome == Outcome.ENDED_EARLY && why == null) {
            check.reject("reason", "engagement.error.reason-early");
        }
        check.throwIfAny();
        Instant now = clock.instant();
        e.close(outcome, why, opened.caller().userId(), now);
        reviews.save(new Review(e.id(), Side.TEAM, review, again, opened.caller().userId(), now));
        flush();
        published.publishEvent(new EngagementClosed(e.workspaceId(), e.projectId(), e.id(), e.userId(), outcome, now));
        notifications.send(Notice.to(List.of(e.userId()), e.workspaceId(), NotificationKind.ENGAGEMENT_CLOSED,
                EngagementPaths.mine(e.id()), regionOf(opened.caller()), e.projectTitle()));
    }

    /** Every engagement the filters show, as the overview lists them; labels in the reader's language. */
    @Transactional(readOnly = true)
    public byte[] export(String workspaceSlug, EngagementQuery engagementQuery, PipelineExport.Format format,
                         Locale locale) {
        List<EngagementRow> all = new ArrayList<>();
        long total = count(workspaceSlug, engagementQuery);
        for (int offset = 0; offset < total; offset += PAGE_MAX) {
            all.addAll(overview(workspaceSlug, engagementQuery, offset, PAGE_MAX));
        }
        List<String> headers = List.of("engagement.export.person", "engagement.export.project", "engagement.export.role",
                "engagement.export.status", "engagement.export.health", "engagement.export.coordinator",
                "engagement.export.starts", "engagement.export.ends", "engagement.export.next", "engagement.export.due",
                "engagement.export.remaining").stream().map(k -> texts.getTranslation(k, locale)).toList();
        List<List<@Nullable Object>> rows = all.stream().map(r -> java.util.Arrays.<@Nullable Object>asList(r.personName(),
                r.projectTitle(), r.roleTitle(), texts.getTranslation("engagement.status." + r.status().name(), locale),
                r.health() == null ? null : texts.getTranslation("engagement.health." + r.health().name(), locale),
                r.coordinatorName(), r.startsOn(), r.endsOn(),
                r.nextItem() == null ? null : texts.getTranslation("engagement.due." + r.nextItem().name(), locale),
                r.nextDue(), r.remainingYen())).toList();
        return format == PipelineExport.Format.XLSX
                ? TableFiles.xlsx(texts.getTranslation("engagement.title", locale), headers, rows)
                : TableFiles.csv(headers, rows);
    }

    private List<EngagementRow> rows(List<Engagement> page, LocalDate today) {
        Set<Long> people = new HashSet<>();
        page.forEach(e -> {
            people.add(e.userId());
            if (e.coordinatorId() != null) {
                people.add(e.coordinatorId());
            }
        });
        Map<Long, UserSummary> names = users.byIds(people);
        Map<Long, Long> committed = page.stream().anyMatch(e -> e.travelBudgetYen() > 0)
                ? Counts.of(claims.committedOf(page.stream().map(Engagement::id).toList())) : Map.of();
        return page.stream().map(e -> {
            boolean running = e.status() == EngagementStatus.ACTIVE;
            LocalDate check = e.nextCheckInOn();
            LocalDate visit = e.nextVisitOn();
            DueItem item = !running ? null : visit != null && (check == null || visit.isBefore(check)) ? DueItem.VISIT
                    : check != null ? DueItem.CHECK_IN : null;
            LocalDate due = item == DueItem.VISIT ? visit : item == DueItem.CHECK_IN ? check : null;
            UserSummary coordinator = e.coordinatorId() == null ? null : names.get(e.coordinatorId());
            return new EngagementRow(e.id(), names.containsKey(e.userId()) ? names.get(e.userId()).displayName() : "",
                    e.projectTitle(), e.roleTitle(), e.status(), e.health(),
                    coordinator == null ? null : coordinator.displayName(), e.startsOn(), e.endsOn(), item, due,
                    due != null && due.isBefore(today), running && today.isAfter(e.endsOn()),
                    EngagementDetails.remaining(e, committed.getOrDefault(e.id(), 0L)), e.travelBudgetPer());
        }).toList();
    }

    private record Filter(boolean every, Set<Long> projects, @Nullable LocalDate from, @Nullable LocalDate to,
                          Set<EngagementStatus> statuses, boolean attention, LocalDate today) {
    }

    private Filter filter(WorkspaceAccess.Access caller, EngagementQuery q) {
        Set<Long> limited = projects.limitedTo(caller);
        Set<EngagementStatus> statuses = switch (q.show()) {
            case CURRENT -> EnumSet.of(EngagementStatus.DRAFT, EngagementStatus.ACTIVE);
            case ATTENTION, ACTIVE -> EnumSet.of(EngagementStatus.ACTIVE);
            case DRAFT -> EnumSet.of(EngagementStatus.DRAFT);
            case ENDED -> EnumSet.of(EngagementStatus.CLOSED, EngagementStatus.CANCELLED);
            case ALL -> EnumSet.allOf(EngagementStatus.class);
        };
        return new Filter(limited == null, limited == null || limited.isEmpty() ? Set.of(-1L) : limited,
                q.fiscalYear() == null ? null : q.fiscalYear().firstDay(),
                q.fiscalYear() == null ? null : q.fiscalYear().next().firstDay(), statuses,
                q.show() == EngagementQuery.Show.ATTENTION, JapanTime.today(clock));
    }

    private void check(Terms t, long workspaceId) {
        InputCheck check = new InputCheck();
        if (t.contract() == null) {
            check.reject("contract", "error.required");
        }
        if (t.workStyle() == null) {
            check.reject("workStyle", "error.required");
        }
        if (t.startsOn() == null) {
            check.reject("startsOn", "error.required");
        }
        if (t.endsOn() == null) {
            check.reject("endsOn", "error.required");
        } else if (t.startsOn() != null && !t.endsOn().isAfter(t.startsOn())) {
            check.reject("endsOn", "engagement.error.end-before-start");
        } else if (t.startsOn() != null && t.endsOn().isBefore(t.startsOn().plusMonths(Terms.MIN_MONTHS).minusDays(1))) {
            check.reject("endsOn", "engagement.error.three-months");
        } else if (t.startsOn() != null && t.endsOn().isAfter(t.startsOn().plusYears(5))) {
            check.reject("endsOn", "engagement.error.too-long");
        }
        range(check, "yenPerMonth", t.yenPerMonth(), 0, Terms.YEN_MAX);
        range(check, "daysPerMonth", t.daysPerMonth(), 0, Terms.DAYS_MAX);
        range(check, "checkInDays", t.checkInDays(), Terms.CHECK_IN_DAYS_MIN, Terms.CHECK_IN_DAYS_MAX);
        if (t.visitDays() != null) {
            range(check, "visitDays", t.visitDays(), Terms.VISIT_DAYS_MIN, Terms.VISIT_DAYS_MAX);
        }
        range(check, "travelBudgetYen", t.travelBudgetYen() == null ? 0 : t.travelBudgetYen(), 0, Terms.YEN_MAX);
        check.required("goal", InputCheck.clean(t.goal())).maxLength("goal", t.goal(), Terms.GOAL_MAX)
                .required("channel", InputCheck.clean(t.channel())).line("channel", InputCheck.clean(t.channel()), Terms.CHANNEL_MAX);
        Set<Long> asked = new HashSet<>();
        if (t.coordinatorId() == null) {
            check.reject("coordinatorId", "error.required");
        } else {
            asked.add(t.coordinatorId());
        }
        if (t.themeOwnerId() != null) {
            asked.add(t.themeOwnerId());
        }
        Set<Long> members = workspaces.membersAmong(workspaceId, asked);
        if (t.coordinatorId() != null && !members.contains(t.coordinatorId())) {
            check.reject("coordinatorId", "engagement.error.not-member");
        }
        if (t.themeOwnerId() != null && !members.contains(t.themeOwnerId())) {
            check.reject("themeOwnerId", "engagement.error.not-member");
        }
        check.throwIfAny();
    }

    private static void range(InputCheck check, String field, @Nullable Integer value, int min, int max) {
        if (value == null) {
            check.reject(field, "error.required");
        } else if (value < min || value > max) {
            check.reject(field, "engagement.error.range", min, max);
        }
    }

    static jp.enishi.notification.Bilingual regionOf(WorkspaceAccess.Access caller) {
        return new jp.enishi.notification.Bilingual(caller.workspaceNameJa(), caller.workspaceNameEn());
    }

    static void requireVersion(Engagement e, long expectedVersion) {
        if (e.version() != expectedVersion) {
            throw new InputRejectedException("engagement", "engagement.error.changed-meanwhile");
        }
    }

    private void flush() {
        try {
            engagements.flush();
        } catch (ObjectOptimisticLockingFailureException meanwhile) {
            throw new InputRejectedException("engagement", "engagement.error.changed-meanwhile");
        }
    }
}
