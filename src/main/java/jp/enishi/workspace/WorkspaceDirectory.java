package jp.enishi.workspace;

import java.util.List;

import jp.enishi.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads that are not about one workspace: the public list of participants, and the caller's own workspaces. */
@Service
@Transactional(readOnly = true)
public class WorkspaceDirectory {

    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final CurrentUser currentUser;

    WorkspaceDirectory(WorkspaceRepository workspaces, MembershipRepository memberships, CurrentUser currentUser) {
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.currentUser = currentUser;
    }

    /** The participating municipalities, public facts only, for the landing page. */
    public List<WorkspaceSummary> participants() {
        return workspaces.findAll().stream().sorted(Workspace.DIRECTORY_ORDER).map(WorkspaceSummary::of).toList();
    }

    /** Public facts of a workspace. */
    public java.util.Optional<WorkspaceSummary> bySlug(String slug) {
        return workspaces.findBySlug(slug).map(WorkspaceSummary::of);
    }

    /** Public facts of many workspaces by id, in one query: for lists that show where each project is. */
    public java.util.Map<Long, WorkspaceSummary> byIds(java.util.Collection<Long> ids) {
        return workspaces.findAllById(ids).stream()
                .collect(java.util.stream.Collectors.toMap(Workspace::id, WorkspaceSummary::of));
    }

    /** The signed-in user's workspaces; none for an anonymous visitor. */
    public List<MyWorkspace> mine() {
        return currentUser.id()
                .map(userId -> memberships.findAllOfUser(userId).stream()
                        .map(m -> new MyWorkspace(WorkspaceSummary.of(m.workspace()), m.role())).toList())
                .orElse(List.of());
    }
}
