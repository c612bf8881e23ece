package jp.enishi.workspace.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.router.RouteConfiguration;
import jp.enishi.base.ui.DrawerLinks;
import jp.enishi.workspace.WorkspaceDirectory;
import org.springframework.stereotype.Component;

/** The signed-in user's workspaces in the drawer, so staff and coordinators reach them from any page. */
@Component
class MyWorkspaceLinks implements DrawerLinks {

    private final WorkspaceDirectory directory;

    MyWorkspaceLinks(WorkspaceDirectory directory) {
        this.directory = directory;
    }

    /** None for a visitor: {@link WorkspaceDirectory#mine()} is empty then. */
    @Override
    public List<Link> links(Locale locale) {
        return directory.mine().stream()
                .map(mine -> new Link(mine.workspace().name(locale), RouteConfiguration.forApplicationScope()
                        .getUrl(WorkspaceHomeView.class, WorkspaceHomeView.parameters(mine.workspace().slug()))))
                .toList();
    }
}
