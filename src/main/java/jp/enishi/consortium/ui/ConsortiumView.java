package jp.enishi.consortium.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.enishi.consortium.ConsortiumService;
import jp.enishi.workspace.WorkspaceOverview;

/** The consortium admin's screen: every workspace with its member count, and onboarding of a new municipality. */
@Route("consortium")
@Menu(title = "nav.consortium", order = 3)
@RolesAllowed("CONSORTIUM_ADMIN")
public class ConsortiumView extends VerticalLayout implements HasDynamicTitle {

    private final ConsortiumService consortium;
    private final Grid<WorkspaceOverview> grid = new Grid<>();
    private final H2 count = new H2();

    ConsortiumView(ConsortiumService consortium) {
        this.consortium = consortium;
        addClassName("enishi-page");
        Locale locale = getLocale();
        grid.setId("workspaces");
        grid.addColumn(o -> o.workspace().name(locale)).setHeader(getTranslation("field.name")).setAutoWidth(true);
        grid.addColumn(o -> o.workspace().prefecture().displayName(locale)).setHeader(getTranslation("field.prefecture")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation("kind." + o.workspace().kind().name())).setHeader(getTranslation("field.kind")).setAutoWidth(true);
        grid.addColumn(o -> "/w/" + o.workspace().slug()).setHeader(getTranslation("field.slug")).setAutoWidth(true);
        grid.addColumn(WorkspaceOverview::members).setHeader(getTranslation("consortium.members")).setAutoWidth(true);
        grid.setAllRowsVisible(true);

        add(new H1(getTranslation("consortium.title")), new Paragraph(getTranslation("consortium.intro")), count, grid,
                new H2(getTranslation("consortium.onboard")), new OnboardingForm(consortium, this::refresh));
        refresh();
    }

    private void refresh() {
        List<WorkspaceOverview> workspaces = consortium.workspaces();
        count.setText(getTranslation("consortium.workspaces", workspaces.size()));
        grid.setItems(workspaces);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consortium.title") + " | Enishi";
    }
}
