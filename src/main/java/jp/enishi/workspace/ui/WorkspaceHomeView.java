package jp.enishi.workspace.ui;

import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import jp.enishi.base.Dates;
import jp.enishi.workspace.Member;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceHome;
import jp.enishi.workspace.WorkspaceService;

/** A workspace's home: what it is and who works in it. Members only; the service decides. */
@Route("w/:workspace")
@PermitAll
public class WorkspaceHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkspaceService workspaces;
    private final WorkspaceDirectory directory;
    private final WorkspaceHeader header;
    private final java.util.List<jp.enishi.base.ui.WorkspaceHomeSection> sections;
    private String title = "Enishi";

    WorkspaceHomeView(WorkspaceService workspaces, WorkspaceDirectory directory, WorkspaceHeader header,
                      java.util.List<jp.enishi.base.ui.WorkspaceHomeSection> sections) {
        this.sections = sections;
        this.workspaces = workspaces;
        this.directory = directory;
        this.header = header;
        addClassName("enishi-page");
    }

    static RouteParameters parameters(String slug) {
        return new RouteParameters(WorkspaceRoutes.PARAMETER, slug);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        WorkspaceHome home = WorkspaceRoutes.load(event, workspaces::home);
        if (home == null) {
            return;
        }
        Locale locale = getLocale();
        title = home.workspace().name(locale) + " | Enishi";
        removeAll();
        add(header.of(home.workspace()));
        Paragraph description = new Paragraph(home.workspace().description(locale));
        description.addClassName("enishi-lead");
        add(description);

        add(new H2(getTranslation("workspace.members", home.members().size())));
        Grid<Member> members = new Grid<>();
        members.setId("members");
        // Columns share the width and long names wrap, so the list fits a phone without scrolling sideways.
        members.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        members.addColumn(Member::displayName).setHeader(getTranslation("field.display-name")).setFlexGrow(3);
        members.addColumn(m -> WorkspaceLabels.role(this, m.role())).setHeader(getTranslation("field.role")).setFlexGrow(2);
        members.addColumn(m -> Dates.date(m.joinedAt(), locale)).setHeader(getTranslation("field.joined")).setFlexGrow(2);
        members.setItems(home.members());
        members.setAllRowsVisible(true);
        add(members);
        String slug = home.workspace().slug();
        sections.forEach(section -> section.create(slug, home.canManageMembers()).ifPresent(this::add));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
