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
import jp.enishi.talent.Photo;
import jp.enishi.talent.TalentProfiles;
import jp.enishi.notification.Bilingual;
import jp.enishi.notification.Notice;
import jp.enishi.notification.NotificationKind;
import jp.enishi.notification.Notifications;
import jp.enishi.project.ProjectDetail;
import jp.enishi.project.ProjectService;
import jp.enishi.project.ProjectTeam;
import jp.enishi.project.ProjectTeams;
import jp.enishi.workspace.Role;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceScoped;
import org.jspecify.annotations.Nullable;
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

    private final WorkspaceAccess workspaces;
    private final ProjectService projects;
    private final ApplicationRepository applications;
    private final ApplicationEventRepository events;
    private final ApplicantOpeningRepository openings;
    private final UserDirectory users;
    private final TalentProfiles talent;
    private final ProjectTeams teams;
    private final Notifications notifications;
    private final InterviewRepository interviews;
    private final PoolRequestRepository poolRequests;
    private final TeamAccess access;
    private final Clock clock;

    Pipeline(WorkspaceAccess workspaces, ProjectService projects, ApplicationRepository applications,
             ApplicationEventRepository events, ApplicantOpeningRepository openings, UserDirectory users,
             TalentProfiles talent, ProjectTeams teams, Notifications notifications,
             InterviewRepository interviews, PoolRequestRepository poolRequests, TeamAccess access, Clock clock) {
        this.workspaces = workspaces;
        this.projects = projects;
        this.applications = applications;
        this.events = events;
        this.openings = openings;
        this.users = users;
        this.talent = talent;
        this.teams = teams;
        this.notifications = notifications;
        this.interviews = interviews;
        this.poolRequests = poolRequests;
        this.access = access;
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
        var caller = workspaces.require(workspaceSlug, Role.ANY);
        ProjectDetail project = projects.open(workspaceSlug, projectId);
        Map<Stage, Long> counts = counts(caller.workspaceId(), projectId);
        List<Application> page = applications.findPage(caller.workspaceId(), projectId, query.stage(),
                sort(query.order()), Limit.of(query.limit()));
        long matching = query.stage() == null ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.get(query.stage());
        return new PipelineBoard(project.id(), project.sheet().title(), rows(caller.workspaceId(), page), matching,
                counts);
    }

    /**
     * The board: for each stage that has applicants, its first {@code perStage} in the order asked — one access
     * check and one count for the whole board, one query per non-empty stage.
     */
    @Transactional(readOnly = true)
    public PipelineBoard board(String workspaceSlug, long projectId, PipelineQuery.Order order, int perStage) {
        var caller = workspaces.require(workspaceSlug, Role.ANY);
        ProjectDetail project = projects.open(workspaceSlug, projectId);
        Map<Stage, Long> counts = counts(caller.workspaceId(), projectId);
        List<Application> shown = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .flatMap(e -> applications.findPage(caller.workspaceId(), projectId, e.getKey(), sort(order),
                        Limit.of(Math.clamp(perStage, 1, PipelineQuery.MAX))).stream())
                .toList();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new PipelineBoard(project.id(), project.sheet().title(), rows(caller.workspaceId(), shown), total, counts);
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
    private List<PipelineRow> rows(long workspaceId, List<Application> shown) {
        Map<Long, UserSummary> people = users.byIds(shown.stream().map(Application::userId).distinct().toList());
        boolean interviewRequired = workspaces.interviewRequired(workspaceId);
        return shown.stream().map(a -> row(a, people.get(a.userId()), interviewRequired)).toList();
    }

    /** The applicant in full; the opening is recorded with who and when. */
    public ApplicantDetail applicant(String workspaceSlug, long applicationId) {
        TeamAccess.Opened opened = access.open(workspaceSlug, applicationId);
        var caller = opened.caller();
        Application a = opened.application();
        ProjectDetail project = opened.project();
        openings.save(new ApplicantOpening(caller.workspaceId(), applicationId, a.userId(), caller.userId(), clock.instant()));
        List<ApplicationEvent> history = events.findAllOf(applicationId);
        Map<Long, UserSummary> people = users.byIds(Stream.concat(Stream.of(a.userId()),
                history.stream().map(ApplicationEvent::actorId)).distinct().toList());
        Profile profile = users.profileOf(a.userId()).orElseThrow();
        boolean interviewRequired = workspaces.interviewRequired(caller.workspaceId());
        return new ApplicantDetail(row(a, people.get(a.userId()), interviewRequired), project.id(),
                project.sheet().title(), profile.email(),
                profile.fullName(), profile.residence(), profile.bio(), talent.profileOf(a.userId()), a.motivation(),
                a.availability(),
                history.stream().map(e -> new StageEvent(e.fromStage(), e.toStage(), name(people.get(e.actorId())),
                        e.happenedAt(), e.reason())).toList(),
                interviews.findAllOf(applicationId).stream().map(Interview::item).toList(),
                poolRequests.findOfApplication(applicationId).map(PoolRequest::state).orElse(null),
                talent.hasPhoto(a.userId()));
    }

    /** The applicant's photo, for those who may open the applicant (the opening itself is recorded by {@link #applicant}). */
    @Transactional(readOnly = true)
    public java.util.Optional<Photo> applicantPhoto(String workspaceSlug, long applicationId) {
        return talent.photoOf(access.open(workspaceSlug, applicationId).application().userId());
    }

    /**
     * Moves an applicant one step on, or declines them; 採用 and 見送り need a reason. {@code expectedVersion} is the
     * version the caller saw: if someone moved the applicant meanwhile, nothing happens and they are told.
     */
    public void move(String workspaceSlug, long applicationId, long expectedVersion, Stage stage, @Nullable String reason) {
        moveAll(workspaceSlug, Map.of(applicationId, expectedVersion), stage, reason);
    }

    /**
     * Moves several applicants of one project to the same stage, each by the version the caller saw — all of them or,
     * if any one cannot move, none (the message says how many could not).
     */
    public int moveAll(String workspaceSlug, Map<Long, Long> expectedVersions, Stage stage, @Nullable String reason) {
        var caller = workspaces.require(workspaceSlug, Role.ANY);
        List<Application> chosen = chosen(workspaceSlug, caller.workspaceId(), expectedVersions.keySet());
        String why = InputCheck.clean(reason);
        InputCheck check = new InputCheck().maxLength("reason", why, REASON_MAX);
        if ((stage == Stage.HIRED || stage == Stage.DECLINED) && why == null) {
            check.reject("reason", "selection.error.reason-required");
        }
        check.throwIfAny();
        long movedMeanwhile = chosen.stream().filter(a -> a.version() != expectedVersions.get(a.id())).count();
        if (movedMeanwhile > 0) {
            throw new InputRejectedException("stage", "selection.error.moved-meanwhile");
        }
        boolean interviewRequired = workspaces.interviewRequired(caller.workspaceId());
        List<Application> refused = chosen.stream()
                .filter(a -> !a.stage().teamMoves(interviewRequired).contains(stage)).toList();
        if (!refused.isEmpty()) {
            Application first = refused.getFirst();
            String key = stage == Stage.HIRED && !first.stage().isFinal() ? "selection.error.interview-first"
                    : "selection.error.stage-move";
            throw chosen.size() == 1 ? new InputRejectedException("stage", key)
                    : new InputRejectedException("stage", "selection.error.some-cannot-move", refused.size());
        }
        Instant now = clock.instant();
        ProjectTeam team = teams.of(chosen.getFirst().projectId()).orElseThrow();
        Bilingual stageLabel = notifications.label("stage." + stage.name());
        for (Application a : chosen) {
            Stage from = a.stage();
            a.moveTo(stage, now);
            events.save(new ApplicationEvent(a.id(), from, stage, caller.userId(), why, now));
        }
        // One notice to all moved: the same words for each, rendered once, their addresses read in one query.
        notifications.send(Notice.to(chosen.stream().map(Application::userId).toList(), team.workspaceId(),
                NotificationKind.STAGE_CHANGED, "me", team.title(), stageLabel, workspaceName(team)));
        try {
            applications.flush();
        } catch (org.springframework.dao.OptimisticLockingFailureException twoAtOnce) {
            throw new InputRejectedException("stage", "selection.error.moved-meanwhile");
        }
        return chosen.size();
    }

    /** Sends the same message to several applicants of one project, in the app and by e-mail. */
    public int message(String workspaceSlug, Collection<Long> applicationIds, @Nullable String text) {
        var caller = workspaces.require(workspaceSlug, Role.ANY);
        List<Application> chosen = chosen(workspaceSlug, caller.workspaceId(), applicationIds);
        new InputCheck().required("message", text).maxLength("message", text, MESSAGE_MAX).throwIfAny();
        ProjectTeam team = teams.of(chosen.getFirst().projectId()).orElseThrow();
        notifications.send(Notice.to(chosen.stream().map(Application::userId).toList(), team.workspaceId(),
                NotificationKind.MESSAGE, "me", team.title(), workspaceName(team),
                Objects.requireNonNull(text).strip()));
        return chosen.size();
    }

    /**
     * Asks a declined applicant whether the workspace may keep them in its talent pool. Only asks: the professional
     * answers on their page, and nothing is pooled without their yes. Once per application.
     */
    public void askToPool(String workspaceSlug, long applicationId) {
        TeamAccess.Opened opened = access.open(workspaceSlug, applicationId);
        var caller = opened.caller();
        Application a = opened.application();
        if (a.stage() != Stage.DECLINED) {
            throw new InputRejectedException("pool", "pool.error.declined-only");
        }
        if (poolRequests.findOfApplication(applicationId).isPresent()) {
            throw new InputRejectedException("pool", "pool.error.asked");
        }
        poolRequests.save(new PoolRequest(caller.workspaceId(), a.userId(), applicationId, caller.userId(), clock.instant()));
        ProjectTeam team = teams.of(a.projectId()).orElseThrow();
        notifications.send(Notice.to(List.of(a.userId()), team.workspaceId(), NotificationKind.POOL_REQUEST, "me",
                workspaceName(team)));
    }

    /** The applications asked for, all of one project the caller may open; anything else is not found. */
    private List<Application> chosen(String workspaceSlug, long workspaceId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            throw new InputRejectedException("applicants", "selection.error.none-chosen");
        }
        List<Application> chosen = applications.findAllInWorkspace(ids, workspaceId);
        if (chosen.size() != Set.copyOf(ids).size()
                || chosen.stream().map(Application::projectId).distinct().count() != 1) {
            throw new ApplicationNotFoundException(ids.iterator().next());
        }
        projects.open(workspaceSlug, chosen.getFirst().projectId());
        return chosen;
    }

    static Bilingual workspaceName(ProjectTeam team) {
        return new Bilingual(team.workspaceNameJa(), team.workspaceNameEn());
    }

    private static PipelineRow row(Application a, @Nullable UserSummary person, boolean interviewRequired) {
        return new PipelineRow(a.id(), name(person), a.roleTitle(), a.stage(), a.createdAt(), a.updatedAt(), a.version(),
                a.stage().teamMoves(interviewRequired));
    }

    private static String name(@Nullable UserSummary person) {
        return person == null ? "" : Objects.requireNonNull(person.displayName());
    }
}
