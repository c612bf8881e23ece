package jp.enishi.project;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import jp.enishi.project.ProjectAccess.Caller;
import jp.enishi.project.ProjectAccess.Need;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.Role;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceScoped;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's projects: create, write the sheet (conflict-safe), cover, team and status. Every method starts with
 * {@link ProjectAccess}, which holds the rules of who may do what.
 */
@Service
@Transactional
@WorkspaceScoped
public class ProjectService {

    private final ProjectAccess access;
    private final ProjectRepository projects;
    private final ProjectMemberRepository team;
    private final ProjectCoverRepository covers;
    private final ProjectRevisions revisions;
    private final WorkspaceDirectory directory;
    private final UserDirectory users;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    ProjectService(ProjectAccess access, ProjectRepository projects, ProjectMemberRepository team,
                   ProjectCoverRepository covers, ProjectRevisions revisions, WorkspaceDirectory directory,
                   UserDirectory users, ApplicationEventPublisher published, Clock clock) {
        this.access = access;
        this.projects = projects;
        this.team = team;
        this.covers = covers;
        this.revisions = revisions;
        this.directory = directory;
        this.users = users;
        this.published = published;
        this.clock = clock;
    }

    /** A new draft with only a title; its creator joins its team. */
    public long create(String workspaceSlug, String title) {
        WorkspaceAccess.Access caller = access.member(workspaceSlug, Permission.PROJECT_WRITE);
        SpecSheet sheet = SpecSheetRules.clean(SpecSheet.titled(title == null ? "" : title));
        SpecSheetRules.checkSave(sheet, null, today());
        Instant now = clock.instant();
        var prefecture = directory.bySlug(workspaceSlug).orElseThrow().prefecture();
        Project project = new Project(caller.workspaceId(), prefecture, sheet.title(), caller.userId(), now);
        projects.saveAndFlush(project);
        team.save(new ProjectMember(project.id(), caller.userId(), caller.userId(), now));
        revisions.record(project, caller.userId(), RevisionKind.CREATED);
        return project.id();
    }

    @Transactional(readOnly = true)
    public ProjectList list(String workspaceSlug, @Nullable ProjectStatus status) {
        WorkspaceAccess.Access caller = access.member(workspaceSlug, Permission.PROJECT_WRITE);
        List<Project> visible = access.seesAllProjects(caller.role())
                ? projects.findAllInWorkspace(caller.workspaceId())
                : projects.findAllInWorkspace(caller.workspaceId(), team.projectIdsOf(caller.userId()));
        Map<ProjectStatus, Long> counts = new EnumMap<>(ProjectStatus.class);
        for (ProjectStatus s : ProjectStatus.values()) {
            counts.put(s, visible.stream().filter(p -> p.status() == s).count());
        }
        List<ProjectRow> rows = visible.stream().filter(p -> status == null || p.status() == status)
                .map(p -> new ProjectRow(p.id(), p.title(), p.status(), p.deadline(), p.sheet().roles().size(),
                        p.updatedAt()))
                .toList();
        return new ProjectList(rows, counts);
    }

    @Transactional(readOnly = true)
    public ProjectDetail open(String workspaceSlug, long projectId) {
        return detail(access.require(workspaceSlug, projectId, Need.READ), workspaceSlug);
    }

    /**
     * Saves the sheet if nobody else saved since {@code baseVersion}; if someone did, their changes and the
     * caller's are merged field by field, and refused with {@link SpecSheetConflictException} only when both changed
     * the same field differently.
     */
    public SaveResult save(String workspaceSlug, long projectId, long baseVersion, SpecSheet sheet) {
        Caller caller = access.require(workspaceSlug, projectId, Need.EDIT);
        Project project = caller.project();
        SpecSheet mine = SpecSheetRules.clean(sheet);
        SpecSheet current = project.sheet();
        SpecSheet toWrite = mine;
        Set<Section> theirs = EnumSet.noneOf(Section.class);
        if (project.version() != baseVersion) {
            SpecSheet base = revisions.sheetAt(projectId, baseVersion)
                    .orElseThrow(() -> new IllegalArgumentException("No version " + baseVersion + " of " + projectId));
            SheetSections.Merge merge = SheetSections.merge(base, mine, current);
            toWrite = merge.sheet();
            if (!merge.clashing().isEmpty()) {
                throw new SpecSheetConflictException(toWrite, current, project.version(),
                        SheetSections.ordered(merge.clashing()), revisions.authorsAfter(projectId, baseVersion));
            }
            theirs = merge.theirs();
        }
        SpecSheetRules.checkSave(toWrite, project.deadline(), today());
        if (project.status() == ProjectStatus.PUBLISHED) {
            SpecSheetRules.checkPublishable(toWrite, project.deadline(), today());
        }
        if (!toWrite.equals(current)) {
            project.write(toWrite, caller.userId(), clock.instant());
            try {
                projects.saveAndFlush(project);
            } catch (OptimisticLockingFailureException raced) {
                // Someone saved in the same instant, after this call read the sheet: say so, keep nothing half-saved.
                throw new InputRejectedException("sheet", "project.error.raced");
            }
            revisions.record(project, caller.userId(), RevisionKind.EDITED);
        }
        return new SaveResult(project.version(), toWrite, SheetSections.ordered(theirs));
    }

    /** Workspace admins only, along {@link ProjectStatus#next()}; publishing needs a complete sheet. */
    public ProjectDetail changeStatus(String workspaceSlug, long projectId, ProjectStatus status) {
        Caller caller = access.require(workspaceSlug, projectId,
                status == ProjectStatus.IN_REVIEW ? Need.SEND_TO_REVIEW : Need.CHANGE_STATUS);
        Project project = caller.project();
        if (!project.status().next().contains(status)) {
            throw new InputRejectedException("status", "project.error.status-move");
        }
        if (status == ProjectStatus.PUBLISHED) {
            SpecSheetRules.checkPublishable(project.sheet(), null, today());
        }
        ProjectStatus from = project.status();
        project.moveTo(status, caller.userId(), clock.instant());
        projects.saveAndFlush(project);
        revisions.record(project, caller.userId(), RevisionKind.STATUS);
        published.publishEvent(new ProjectStatusChanged(caller.workspaceId(), projectId, from, status, caller.userId(),
                clock.instant()));
        return detail(caller, workspaceSlug);
    }

    /** A PNG or JPEG of at most 2 MB, judged by its bytes and stored re-encoded ({@link jp.enishi.base.ImageRules}). */
    public void uploadCover(String workspaceSlug, long projectId, byte[] bytes) {
        Caller caller = access.require(workspaceSlug, projectId, Need.EDIT);
        var image = jp.enishi.base.ImageRules.accept(caller.userId(), bytes, "cover", "project.error.cover-too-large",
                "project.error.cover-type");
        Instant now = clock.instant();
        covers.findById(projectId).ifPresentOrElse(c -> c.replace(image.contentType(), image.bytes(), now),
                () -> covers.save(new ProjectCover(projectId, image.contentType(), image.bytes(), now)));
        coverChanged(caller, true);
    }

    public void removeCover(String workspaceSlug, long projectId) {
        Caller caller = access.require(workspaceSlug, projectId, Need.EDIT);
        covers.deleteById(projectId);
        coverChanged(caller, false);
    }

    @Transactional(readOnly = true)
    public Optional<CoverImage> cover(String workspaceSlug, long projectId) {
        access.require(workspaceSlug, projectId, Need.READ);
        return covers.findById(projectId).map(ProjectCover::image);
    }

    /** Adds someone with an Enishi account to the team; from outside the workspace, they may then edit this draft. */
    public TeamMember addToTeam(String workspaceSlug, long projectId, String email) {
        Caller caller = access.require(workspaceSlug, projectId, Need.MANAGE_TEAM);
        InputCheck check = new InputCheck().email("email", email);
        check.throwIfAny();
        UserSummary user = users.byEmail(email)
                .orElseThrow(() -> new InputRejectedException("email", "project.error.no-account"));
        if (team.find(projectId, user.id()).isPresent()) {
            throw new InputRejectedException("email", "project.error.already-on-team");
        }
        team.save(new ProjectMember(projectId, user.id(), caller.userId(), clock.instant()));
        return teamOf(caller).stream().filter(m -> m.userId() == user.id()).findFirst().orElseThrow();
    }

    public void removeFromTeam(String workspaceSlug, long projectId, long userId) {
        access.require(workspaceSlug, projectId, Need.MANAGE_TEAM);
        team.find(projectId, userId).ifPresent(team::delete);
    }

    private void coverChanged(Caller caller, boolean present) {
        Project project = caller.project();
        project.coverChanged(present, caller.userId(), clock.instant());
        projects.saveAndFlush(project);
        revisions.record(project, caller.userId(), RevisionKind.COVER);
    }

    private ProjectDetail detail(Caller caller, String workspaceSlug) {
        Project p = caller.project();
        String updatedBy = users.byId(p.updatedBy()).map(UserSummary::displayName).orElse("");
        boolean admin = caller.role() != null && caller.role().may(Permission.PROJECT_PUBLISH);
        Set<ProjectStatus> next = admin ? p.status().next()
                : caller.maySendToReview() ? Set.of(ProjectStatus.IN_REVIEW) : Set.of();
        return new ProjectDetail(p.id(), workspaceSlug, p.status(), p.version(), p.sheet(), p.hasCover(), updatedBy,
                p.updatedAt(), caller.canEdit(), caller.role() != null, next,
                teamOf(caller), PublicPaths.project(p.id(), p.title()));
    }

    private List<TeamMember> teamOf(Caller caller) {
        List<ProjectMember> members = team.findAllOfProject(caller.project().id());
        Map<Long, UserSummary> people = users.byIds(members.stream().map(ProjectMember::userId).toList());
        Set<Long> workspaceMembers = access.memberIds(caller.workspaceId(), people.keySet());
        return members.stream().map(m -> people.get(m.userId())).filter(java.util.Objects::nonNull)
                .map(u -> new TeamMember(u.id(), u.displayName(), u.email(), !workspaceMembers.contains(u.id())))
                .toList();
    }

    private LocalDate today() {
        return JapanTime.today(clock);
    }
}
