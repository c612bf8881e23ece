package jp.enishi.selection;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.identity.Profile;
import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import jp.enishi.project.ProjectDetail;
import jp.enishi.project.ProjectService;
import jp.enishi.workspace.Role;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceScoped;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's side of selection for one project: its applicants by stage, one applicant in full (each opening
 * recorded), and moving applicants through the stages. Who may: members of the workspace who may open the project —
 * admins, staff, coordinators, and theme owners of their own projects ({@link ProjectService#open} decides).
 */
@Service
@Transactional
@WorkspaceScoped
public class Pipeline {

    static final int REASON_MAX = 1000;

    private final WorkspaceAccess workspaces;
    private final ProjectService projects;
    private final ApplicationRepository applications;
    private final ApplicationEventRepository events;
    private final ApplicantOpeningRepository openings;
    private final UserDirectory users;
    private final jp.enishi.talent.TalentProfiles talent;
    private final Clock clock;

    Pipeline(WorkspaceAccess workspaces, ProjectService projects, ApplicationRepository applications,
             ApplicationEventRepository events, ApplicantOpeningRepository openings, UserDirectory users,
             jp.enishi.talent.TalentProfiles talent, Clock clock) {
        this.workspaces = workspaces;
        this.projects = projects;
        this.applications = applications;
        this.events = events;
        this.openings = openings;
        this.users = users;
        this.talent = talent;
        this.clock = clock;
    }

    /** A project's applicants, oldest first, and how many are at each stage. */
    @Transactional(readOnly = true)
    public PipelineBoard applicants(String workspaceSlug, long projectId) {
        var caller = workspaces.require(workspaceSlug, Role.ANY);
        ProjectDetail project = projects.open(workspaceSlug, projectId);
        List<Application> all = applications.findAllOfProject(caller.workspaceId(), projectId);
        Map<Long, UserSummary> people = users.byIds(all.stream().map(Application::userId).distinct().toList());
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            counts.put(s, all.stream().filter(a -> a.stage() == s).count());
        }
        return new PipelineBoard(project.id(), project.sheet().title(),
                all.stream().map(a -> row(a, people.get(a.userId()))).toList(), counts);
    }

    /** The applicant in full; the opening is recorded with who and when. */
    public ApplicantDetail applicant(String workspaceSlug, long applicationId) {
        var caller = workspaces.require(workspaceSlug, Role.ANY);
        Application a = applications.findInWorkspace(applicationId, caller.workspaceId())
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
        ProjectDetail project = projects.open(workspaceSlug, a.projectId());
        openings.save(new ApplicantOpening(caller.workspaceId(), applicationId, a.userId(), caller.userId(), clock.instant()));
        List<ApplicationEvent> history = events.findAllOf(applicationId);
        Map<Long, UserSummary> people = users.byIds(Stream.concat(Stream.of(a.userId()),
                history.stream().map(ApplicationEvent::actorId)).distinct().toList());
        Profile profile = users.profileOf(a.userId()).orElseThrow();
        return new ApplicantDetail(row(a, people.get(a.userId())), project.id(), project.sheet().title(), profile.email(),
                profile.fullName(), profile.residence(), profile.bio(), talent.profileOf(a.userId()), a.motivation(),
                a.availability(),
                history.stream().map(e -> new StageEvent(e.fromStage(), e.toStage(), name(people.get(e.actorId())),
                        e.happenedAt(), e.reason())).toList());
    }

    /**
     * Moves an applicant one step on, or declines them; 採用 and 見送り need a reason. {@code expectedVersion} is the
     * version the caller saw: if someone moved the applicant meanwhile, nothing happens and they are told.
     */
    public void move(String workspaceSlug, long applicationId, long expectedVersion, Stage stage, @Nullable String reason) {
        var caller = workspaces.require(workspaceSlug, Role.ANY);
        Application a = applications.findInWorkspace(applicationId, caller.workspaceId())
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
        projects.open(workspaceSlug, a.projectId());
        if (a.version() != expectedVersion) {
            throw new InputRejectedException("stage", "selection.error.moved-meanwhile");
        }
        if (!a.stage().teamMoves().contains(stage)) {
            throw new InputRejectedException("stage", stage == Stage.HIRED && !a.stage().isFinal()
                    ? "selection.error.interview-first" : "selection.error.stage-move");
        }
        String why = InputCheck.clean(reason);
        InputCheck check = new InputCheck().maxLength("reason", why, REASON_MAX);
        if ((stage == Stage.HIRED || stage == Stage.DECLINED) && why == null) {
            check.reject("reason", "selection.error.reason-required");
        }
        check.throwIfAny();
        Stage from = a.stage();
        Instant now = clock.instant();
        a.moveTo(stage, now);
        applications.saveAndFlush(a);
        events.save(new ApplicationEvent(applicationId, from, stage, caller.userId(), why, now));
    }

    private static PipelineRow row(Application a, @Nullable UserSummary person) {
        return new PipelineRow(a.id(), name(person), a.roleTitle(), a.stage(), a.createdAt(), a.updatedAt(), a.version(),
                a.stage().teamMoves());
    }

    private static String name(@Nullable UserSummary person) {
        return person == null ? "" : Objects.requireNonNull(person.displayName());
    }
}
