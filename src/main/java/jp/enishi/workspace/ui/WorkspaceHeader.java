package jp.enishi.workspace.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import jp.enishi.workspace.MyWorkspace;
import jp.enishi.workspace.WorkspaceSummary;
import org.springframework.modulith.NamedInterface;

/**
 * The top of every workspace page: its name and place, its tabs, and — for people in several workspaces, such as
 * coordinators — a switcher to their other workspaces.
 */
@NamedInterface("ui")
public class WorkspaceHeader extends Div {

    public WorkspaceHeader(WorkspaceSummary workspace, List<MyWorkspace> mine, boolean showMembersTab) {
        addClassName("enishi-workspace-header");
        Locale locale = getLocale();
        Span place = new Span(WorkspaceLabels.place(this, workspace, locale));
        place.addClassName("enishi-muted");
        H1 title = new H1(workspace.name(locale));
        title.setId("workspace-name");
        add(place, title);

        FlexLayout tabs = new FlexLayout();
        tabs.addClassName("enishi-tabs");
        tabs.add(new RouterLink(getTranslation("workspace.tab.home"), WorkspaceHomeView.class,
                WorkspaceHomeView.parameters(workspace.slug())));
        // By path, not class: the projects capability builds on workspaces, not the other way round.
        com.vaadin.flow.component.html.Anchor projects = new com.vaadin.flow.component.html.Anchor(
                "w/" + workspace.slug() + "/projects", getTranslation("workspace.tab.projects"));
        projects.getElement().setAttribute("router-link", true);
        tabs.add(projects);
        boolean staff = mine.stream().anyMatch(m -> m.workspace().slug().equals(workspace.slug())
                && m.role() != jp.enishi.workspace.Role.THEME_OWNER);
        if (staff) {
            com.vaadin.flow.component.html.Anchor pool = new com.vaadin.flow.component.html.Anchor(
                    "w/" + workspace.slug() + "/talent", getTranslation("workspace.tab.talent"));
            pool.getElement().setAttribute("router-link", true);
            tabs.add(pool);
        }
        if (showMembersTab) {
            tabs.add(new RouterLink(getTranslation("workspace.tab.members"), MembersView.class,
                    WorkspaceHomeView.parameters(workspace.slug())));
        }
        add(tabs);

        if (mine.size() > 1) {
            Select<MyWorkspace> switcher = new Select<>();
            switcher.setId("workspace-switcher");
            switcher.setLabel(getTranslation("workspace.switch"));
            switcher.setItems(mine);
            switcher.setItemLabelGenerator(m -> m.workspace().name(locale));
            mine.stream().filter(m -> m.workspace().slug().equals(workspace.slug())).findFirst().ifPresent(switcher::setValue);
            switcher.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    getUI().ifPresent(ui -> ui.navigate(WorkspaceHomeView.class,
                            WorkspaceHomeView.parameters(change.getValue().workspace().slug())));
                }
            });
            add(switcher);
        }
    }
}
