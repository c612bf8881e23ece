package jp.enishi.draft.ui;

import jp.enishi.workspace.Permission;
import jp.enishi.workspace.ui.WorkspaceTab;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The draft's tab of the workspace header, for those who may nominate. */
@Component
@Order(30)
class DraftTab implements WorkspaceTab {

    @Override
    public String labelKey() {
        return "workspace.tab.draft";
    }

    @Override
    public String path(String workspaceSlug) {
        return DraftPaths.picks(workspaceSlug);
    }

    @Override
    public Permission permission() {
        return Permission.POOL_NOMINATE;
    }
}
