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

    /** The signed-in user's workspaces; none for an anonymous visitor. */
    public List<MyWorkspace> mine() {
        return currentUser.id()
                .map(userId -> memberships.findAllOfUser(userId).stream()
                        .map(m -> new MyWorkspace(WorkspaceSummary.of(m.workspace()), m.role())).toList())
                .orElse(List.of());
    }
}
