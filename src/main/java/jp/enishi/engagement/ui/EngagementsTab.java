package jp.enishi.engagement.ui;

import jp.enishi.engagement.EngagementPaths;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.ui.WorkspaceTab;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The engagements' tab of the workspace header. */
@Component
@Order(25)
class EngagementsTab implements WorkspaceTab {

    @Override
    public String labelKey() {
        return "workspace.tab.engagements";
    }

    @Override
    public String path(String workspaceSlug) {
        return EngagementPaths.overview(workspaceSlug);
    }

    @Override
    public Permission permission() {
        return Permission.ENGAGEMENT_WORK;
    }
}
