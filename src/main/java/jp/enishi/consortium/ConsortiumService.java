package jp.enishi.consortium;

import java.util.List;

import jp.enishi.workspace.NewWorkspace;
import jp.enishi.workspace.PendingInvitation;
import jp.enishi.workspace.WorkspaceOverview;
import jp.enishi.workspace.WorkspaceRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The consortium admin's reads and actions across workspaces. It sees aggregates (member counts), never a
 * workspace's people; regional KPIs side by side will join here.
 */
@Service
@PreAuthorize("hasRole('CONSORTIUM_ADMIN')")
public class ConsortiumService {

    private final WorkspaceRegistry registry;

    ConsortiumService(WorkspaceRegistry registry) {
        this.registry = registry;
    }

    public List<WorkspaceOverview> workspaces() {
        return registry.overview();
    }

    /** Onboards a municipality in one step: its workspace, and an invitation for its first admin. */
    public PendingInvitation onboard(NewWorkspace form) {
        return registry.register(form);
    }
}
