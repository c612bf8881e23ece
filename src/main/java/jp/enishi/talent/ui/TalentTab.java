package jp.enishi.talent.ui;

import jp.enishi.talent.TalentPaths;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.ui.WorkspaceTab;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The talent pool's tab of the workspace header. */
@Component
@Order(20)
class TalentTab implements WorkspaceTab {

    @Override
    public String labelKey() {
        return "workspace.tab.talent";
    }

    @Override
    public String path(String workspaceSlug) {
        return TalentPaths.pool(workspaceSlug);
    }

    @Override
    public Permission permission() {
        return Permission.POOL_VIEW;
    }
}
