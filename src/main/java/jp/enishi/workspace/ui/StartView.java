package jp.enishi.workspace.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import jp.enishi.workspace.MyWorkspace;
import jp.enishi.workspace.WorkspaceDirectory;

/**
 * Where every sign-in lands, shown to nobody: staff go to their (first) workspace, a consortium admin without a
 * workspace to the consortium, a professional to their own page.
 */
@Route(value = "start", autoLayout = false)
@PermitAll
public class StartView extends Div implements BeforeEnterObserver {

    private final WorkspaceDirectory directory;
    private final AuthenticationContext authentication;

    StartView(WorkspaceDirectory directory, AuthenticationContext authentication) {
        this.directory = directory;
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var mine = directory.mine();
        if (!mine.isEmpty()) {
            MyWorkspace first = mine.getFirst();
            event.forwardTo(WorkspaceHomeView.class, WorkspaceHomeView.parameters(first.workspace().slug()));
        } else if (authentication.hasRole("CONSORTIUM_ADMIN")) {
            event.forwardTo("consortium");
        } else {
            event.forwardTo("me");
        }
    }
}
