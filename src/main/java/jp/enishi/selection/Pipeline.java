package jp.enishi.selection;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.identity.Profile;
import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import jp.enishi.project.ProjectDetail;
import jp.enishi.project.ProjectGate;
import jp.enishi.project.ProjectService;
import jp.enishi.talent.Photo;
import jp.enishi.talent.TalentProfiles;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.Role;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceScoped;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's side of selection for one project: its applicants by stage, one applicant in full (each opening
 * recorded), moving and messaging applicants — one or several at once — and asking a declined one to stay in the
 * talent pool. Who may: members of the workspace who may open the project —
 * admins, staff, coordinators, and theme owners of their own projects ({@link ProjectService#open} decides).
 */
@Service
@Transactional
@WorkspaceScoped
public class Pipeline {

    static final int REASON_MAX = 1000;
    static final int MESSAGE_MAX = 2000;
    /** Openings by one viewer of one applicant this close together are one visit in the privacy audit. */
    static final java.time.Duration SAME_VISIT = java.time.Duration.ofMinutes(30);
    /** Tottori's largest round had 1,239 applicants; a project with more is chosen in parts. */
    public static final int SELECT_ALL_MAX = 5_000;

    private final WorkspaceAccess workspaces;
    private final ProjectService projects;
    private final ApplicationRepository applications;
    private final ApplicationEventRepository events;
    private final ApplicantOpeningRepository openings;
    private final UserDirectory users;
    private final TalentProfiles talent;
    private final ApplicationEventPublisher published;
    private final InterviewRepository interviews;
    private final PoolRequestRepository poolRequests;
    private final TeamAccess access;
    private final PipelineSearch search;
    private final DecisionRules decisions;
    private final Clock clock;

    Pipeline(WorkspaceAccess workspaces, ProjectService projects, ApplicationRepository applications,
             ApplicationEventRepository events, ApplicantOpeningRepository openings, UserDirectory users,
             TalentProfiles talent, ApplicationEventPublisher published,
             InterviewRepository interviews, PoolRequestRepository poolRequests, TeamAccess access,
             PipelineSearch search, DecisionRules decisions, Clock clock) {
        this.workspaces = workspaces;
        this.projects = projects;
        this.applications = applications;
        this.events = events;
        this.openings = openings;
        this.users = users;
        this.talent = talent;
        this.published = published;
        this.interviews = interviews;
        this.poolRequests = poolRequests;
        this.access = access;
        this.search = search;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** A project's first page of applicants, oldest first, and how many are at each stage. */
    @Transactional(readOnly = true)
    public PipelineBoard applicants(String workspaceSlug, long projectId) {
        return applicants(workspaceSlug, projectId, PipelineQuery.firstPage());
    }

    /**
     * A page of a project's applicants as asked, and how many are at each stage: a constant number of queries,
     * whether the project has 2 applicants or 2,000 (PipelineBenchmark counts them).
     */
    @Transactional(readOnly = true)
    public PipelineBoard applicants(String workspaceSlug, long projectId, PipelineQuery query) {
        var caller = workspaces.require(workspaceSlug, Permission.PIPELINE_VIEW);
        ProjectDetail project = projects.open(workspaceSlug, projectId);
        Map<Stage, Long> counts = counts(caller.workspaceId(), projectId);
        List<Application> page;
        long matching;
        if (query.filtersPeople()) {
            List<Long> ids = search.page(caller.workspaceId(), projectId, query);
            Map<Long, Application> found = applications.findAllInWorkspace(ids, caller.workspaceId()).stream()
                    .collect(java.util.stream.Collectors.toMap(Application::id, a -> a));
            page = ids.stream().map(found::get).filter(Objects::nonNull).toList();
            matching = search.count(caller.workspaceId(), projectId, query);
        } else {
            page = applications.findPage(caller.workspaceId(), projectId, query.stage(), sort(query.order()),
                    Limit.of(query.limit()));
            matching = query.stage() == null ? counts.values().stream().mapToLong(Long::longValue).sum()
                    : counts.get(query.stage());
        }
        return new PipelineBoard(project.id(), project.sheet().title(), rows(caller, page), matching,
                counts);
    }

    /**
     * Every applicant matching the query — not only the page shown — with the version each is at, for choosing them
     * all at once; at most {@link #SELECT_ALL_MAX}.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> selectAll(String workspaceSlug, long projectId, PipelineQuery query) {
        var caller = workspaces.require(workspaceSlug, Permission.PIPELINE_VIEW);
        projects.open(workspaceSlug, projectId);
        return search.versions(caller.workspaceId(), projectId, query, SELECT_ALL_MAX);
    }

    /**
     * The board: for each stage that has applicants, its first {@code perStage} in the order asked — one access
     * check and one count for the whole board, one query per non-empty stage.
     */
    @Transactional(readOnly = true)
    public PipelineBoard board(String workspaceSlug, long projectId, PipelineQuery.Order order, int perStage) {
        var caller = workspaces.require(workspaceSlug, Permission.PIPELINE_VIEW);
        ProjectDetail project = projects.open(workspaceSlug, projectId);
        Map<Stage, Long> counts = counts(caller.workspaceId(), projectId);
        List<Application> shown = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .flatMap(e -> applications.findPage(caller.workspaceId(), projectId, e.getKey(), sort(order),
                        Limit.of(Math.clamp(perStage, 1, PipelineQuery.MAX))).stream())
                .toList();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new PipelineBoard(project.id(), project.sheet().title(), rows(caller, shown), total, counts);
    }

    private Map<Stage, Long> counts(long workspaceId, long projectId) {
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : applications.countByStage(workspaceId, projectId)) {
            counts.put((Stage) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static Sort sort(PipelineQuery.Order order) {
        return switch (order) {
            case APPLIED -> Sort.by("createdAt", "id");
            case NEWEST -> Sort.by("createdAt", "id").descending();
            case UPDATED -> Sort.by("updatedAt", "id").descending();
        };
    }

    /** Rows with names read in one query and the moves the workspace's rule allows. */
    private List<PipelineRow> rows(WorkspaceAccess.Access caller, List<Application> shown) {
        Map<Long, UserSummary> people = users.byIds(shown.stream().map(Application::userId).distinct().toList());
        boolean interviewRequired = caller.interviewRequired();
        return shown.stream().map(a -> row(a, people.get(a.userId()), interviewRequired)).toList();
    }

    /**
     * The applicant in full. The opening is recorded with who and when — once per visit: the page drawn again after
     * the caller's own note, rating or move within {@link #SAME_VISIT} is not another opening
     * (docs/design-decisions/2026-12-01-selection-fixes.md).
     */
    public ApplicantDetail applicant(String workspaceSlug, long applicationId) {
        TeamAccess.Opened opened = access.open(workspaceSlug, applicationId);
        var caller = opened.caller();
        Application a = opened.application();
        ProjectGate.Opened project = opened.project();
        Instant now = clock.instant();
        if (!openings.openedSince(applicationId, caller.userId(), now.minus(SAME_VISIT))) {
            openings.save(new ApplicantOpening(caller.workspaceId(), applicationId, a.userId(), caller.userId(), now));
        }
        List<ApplicationEvent> history = events.findAllOf(applicationId);
        Map<Long, UserSummary> people = users.byIds(Stream.concat(Stream.of(a.userId()),
                history.stream().map(ApplicationEvent::actorId)).distinct().toList());
        Profile profile = users.profileOf(a.userId()).orElseThrow();
        boolean interviewRequired = caller.interviewRequired();
        return new ApplicantDetail(row(a, people.get(a.userId()), interviewRequired), project.id(),
                project.sheet().title(), profile.email(),
                profile.fullName(), profile.residence(), profile.bio(), talent.profileOf(a.userId()), a.motivation(),
                a.availability(),
                history.stream().map(e -> new StageEvent(e.fromStage(), e.toStage(), name(people.get(e.actorId())),
                        e.happenedAt(), e.reason())).toList(),
                interviews.findAllOf(applicationId).stream().map(Interview::item).toList(),
                poolRequests.findOfApplication(applicationId).map(PoolRequest::state).orElse(null),
                talent.hasPhoto(a.userId()),
                caller.may(Permission.DECISION_REOPEN) && (a.stage() == Stage.HIRED || a.stage() == Stage.DECLINED));
    }

    /** The applicant's photo, for those who may open the applicant (the opening itself is recorded by {@link #applicant}). */
    @Transactional(readOnly = true)
    public java.util.Optional<Photo> applicantPhoto(String workspaceSlug, long applicationId) {
        return talent.photoOf(access.open(workspaceSlug, applicationId).application().userId());
    }

    /**
     * Moves an applicant one step on, or declines them; 採用 and 見送り need a reason. {@code expectedVersion} is the
     * version the caller saw: if someone moved the applicant meanwhile, nothing happens and they are told. Hiring
     * beyond a role's headcount is refused unless {@code beyondHeadcount} says the caller confirmed it.
     */
    public void move(String workspaceSlug, long applicationId, long expectedVersion, @Nullable Stage stage, @Nullable String reason,
                     boolean beyondHeadcount) {
        moveAll(workspaceSlug, Map.of(applicationId, expectedVersion), stage, reason, beyondHeadcount);
    }

    /**
     * Moves several applicants of one project to the same stage, each by the version the caller saw — all of them or,
     * if any one cannot move, none (the message says how many could not).
     */
    public int moveAll(String workspaceSlug, Map<Long, Long> expectedVersions, @Nullable Stage stage, @Nullable String reason,
                       boolean beyondHeadcount) {
        TeamAccess.Chosen chosen = access.openAll(workspaceSlug, expectedVersions.keySet());
        var caller = chosen.caller();
        String why = InputCheck.clean(reason);
        InputCheck check = new InputCheck().line("reason", why, REASON_MAX);
        if (stage == null) {
            check.reject("stage", "selection.error.stage-required");
        }
        if ((stage == Stage.HIRED || stage == Stage.DECLINED) && why == null) {
            check.reject("reason", "selection.error.reason-required");
        }
        check.throwIfAny();
        List<Application> all = chosen.applications();
        List<Application> movedMeanwhile = all.stream().filter(a -> a.version() != expectedVersions.get(a.id())).toList();
        if (!movedMeanwhile.isEmpty()) {
            // Say what happened: to which stage the other person moved the one applicant, or how many of the chosen.
            throw all.size() == 1
                    ? new InputRejectedException("stage", "selection.error.moved-meanwhile-to", movedMeanwhile.getFirst().stage())
                    : new InputRejectedException("stage", "selection.error.moved-meanwhile-many", movedMeanwhile.size());
        }
        boolean interviewRequired = caller.interviewRequired();
        List<Application> refused = all.stream()
                .filter(a -> !a.stage().teamMoves(interviewRequired).contains(stage)).toList();
        if (!refused.isEmpty()) {
            Application first = refused.getFirst();
            String key = stage == Stage.HIRED && !first.stage().isFinal() ? "selection.error.interview-first"
                    : "selection.error.stage-move";
            throw all.size() == 1 ? new InputRejectedException("stage", key)
                    : new InputRejectedException("stage", "selection.error.some-cannot-move", refused.size());
        }
        Instant now = clock.instant();
        if (interviewRequired && (stage == Stage.INTERVIEWED || stage == Stage.HIRED)) {
            decisions.requireInterviewHeld(all, now);
        }
        if (stage == Stage.HIRED && !beyondHeadcount) {
            decisions.refuseBeyondHeadcount(chosen);
        }
        List<StageChanged.Moved> moved = new java.util.ArrayList<>();
        for (Application a : all) {
            moved.add(new StageChanged.Moved(a.id(), a.userId(), a.stage()));
            events.save(a.moveTo(stage, caller.userId(), why, now));
        }
        long projectId = chosen.project().id();
        published.publishEvent(new StageChanged(caller.workspaceId(), projectId, stage, caller.userId(), now, moved));
        if (stage == Stage.HIRED) {
            all.forEach(a -> published.publishEvent(new ApplicantHired(caller.workspaceId(), projectId, a.id(),
                    a.userId(), a.roleTitle(), caller.userId(), now)));
        }
        flushMoves();
        return all.size();
    }

    /**
     * Takes back a decision made by mistake: an admin returns a 採用 or 見送り to the stage before it, with a reason.
     * The correction is recorded in the history like any move and the applicant is told. 辞退 is the applicant's
     * own decision and is not reopened. Returns the stage the applicant is back at.
     */
    public Stage reopen(String workspaceSlug, long applicationId, long expectedVersion, @Nullable String reason) {
        var caller = workspaces.require(workspaceSlug, Permission.DECISION_REOPEN);
        Application a = access.open(workspaceSlug, applicationId).application();
        String why = InputCheck.clean(reason);
        new InputCheck().required("reason", why).line("reason", why, REASON_MAX).throwIfAny();
        if (a.version() != expectedVersion) {
            throw new InputRejectedException("stage", "selection.error.moved-meanwhile");
        }
        if (a.stage() != Stage.HIRED && a.stage() != Stage.DECLINED) {
            throw new InputRejectedException("stage", "selection.error.not-decided");
        }
        List<ApplicationEvent> history = events.findAllOf(applicationId);
        Stage decided = a.stage();
        Stage before = history.reversed().stream().filter(e -> e.toStage() == decided).findFirst()
                .map(ApplicationEvent::fromStage).orElse(Stage.APPLIED);
        Instant now = clock.instant();
        events.save(a.moveTo(before, caller.userId(), why, now));
        published.publishEvent(new DecisionReopened(caller.workspaceId(), a.projectId(), a.id(), a.userId(), decided,
                before, caller.userId(), now));
        flushMoves();
        return before;
    }

    private void flushMoves() {
        try {
            applications.flush();
        } catch (org.springframework.dao.OptimisticLockingFailureException twoAtOnce) {
            throw new InputRejectedException("stage", "selection.error.moved-meanwhile");
        }
    }

    /** Sends the same message to several applicants of one project, in the app and by e-mail. */
    public int message(String workspaceSlug, Collection<Long> applicationIds, @Nullable String text) {
        TeamAccess.Chosen opened = access.openAll(workspaceSlug, applicationIds);
        List<Application> chosen = opened.applications();
        new InputCheck().required("message", text).maxLength("message", text, MESSAGE_MAX).throwIfAny();
        published.publishEvent(new ApplicantsMessaged(opened.caller().workspaceId(), chosen.getFirst().projectId(),
                chosen.stream().map(Application::userId).toList(), Objects.requireNonNull(text).strip(),
                opened.caller().userId(), clock.instant()));
        return chosen.size();
    }

    /**
     * Asks a declined applicant whether the workspace may keep them in its talent pool. Only asks: the professional
     * answers on their page, and nothing is pooled without their yes. Once per application.
     */
    public void askToPool(String workspaceSlug, long applicationId) {
        askAllToPool(workspaceSlug, List.of(applicationId));
    }

    /**
     * Asks several declined applicants of one project at once; each answers for themselves. Those asked before are
     * left out; any one not declined refuses the whole request. Returns how many were asked.
     */
    public int askAllToPool(String workspaceSlug, Collection<Long> applicationIds) {
        TeamAccess.Chosen opened = access.openAll(workspaceSlug, applicationIds);
        var caller = opened.caller();
        List<Application> chosen = opened.applications();
        if (chosen.stream().anyMatch(a -> a.stage() != Stage.DECLINED)) {
            throw new InputRejectedException("pool", "pool.error.declined-only");
        }
        Set<Long> asked = Set.copyOf(poolRequests.askedAmong(chosen.stream().map(Application::id).toList()));
        List<Application> toAsk = chosen.stream().filter(a -> !asked.contains(a.id())).toList();
        if (toAsk.isEmpty()) {
            throw new InputRejectedException("pool", "pool.error.asked");
        }
        Instant now = clock.instant();
        toAsk.forEach(a -> poolRequests.save(new PoolRequest(caller.workspaceId(), a.userId(), a.id(), caller.userId(), now)));
        published.publishEvent(new PoolRequested(caller.workspaceId(), toAsk.getFirst().projectId(),
                toAsk.stream().map(Application::userId).toList(), caller.userId(), now));
        return toAsk.size();
    }

    private static PipelineRow row(Application a, @Nullable UserSummary person, boolean interviewRequired) {
        return new PipelineRow(a.id(), name(person), a.roleTitle(), a.stage(), a.createdAt(), a.updatedAt(), a.version(),
                a.stage().teamMoves(interviewRequired), a.nominated());
    }

    private static String name(@Nullable UserSummary person) {
        return person == null ? "" : Objects.requireNonNull(person.displayName());
    }
}
