package jp.enishi.project.ui;

import jp.enishi.project.ProjectPaths;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.ui.WorkspaceTab;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The projects tab of the workspace header. */
@Component
@Order(10)
class ProjectsTab implements WorkspaceTab {

    @Override
    public String labelKey() {
        return "workspace.tab.projects";
    }

    @Override
    public String path(String workspaceSlug) {
        return ProjectPaths.list(workspaceSlug);
    }

    @Override
    public Permission permission() {
        return Permission.PROJECT_WRITE;
    }
}
