package jp.enishi.workspace.ui;

import jp.enishi.workspace.Permission;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The workspace's own tabs: its home first, its members last. */
final class WorkspaceTabs {

    private WorkspaceTabs() {
    }

    @Component
    @Order(0)
    static class Home implements WorkspaceTab {
        @Override
        public String labelKey() {
            return "workspace.tab.home";
        }

        @Override
        public String path(String workspaceSlug) {
            return "w/" + workspaceSlug;
        }

        @Override
        public Permission permission() {
            return Permission.WORKSPACE_OPEN;
        }
    }

    @Component
    @Order(90)
    static class Members implements WorkspaceTab {
        @Override
        public String labelKey() {
            return "workspace.tab.members";
        }

        @Override
        public String path(String workspaceSlug) {
            return "w/" + workspaceSlug + "/members";
        }

        @Override
        public Permission permission() {
            return Permission.MEMBERS_MANAGE;
        }
    }
}
