package jp.enishi.workspace;

import java.util.List;

/** What a member sees on the workspace home page. */
public record WorkspaceHome(WorkspaceSummary workspace, Role myRole, List<Member> members) {

    public boolean canManageMembers() {
        return myRole.may(Permission.MEMBERS_MANAGE);
    }
}
