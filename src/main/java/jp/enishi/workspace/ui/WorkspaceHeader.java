package jp.enishi.workspace.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import jp.enishi.workspace.MyWorkspace;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceSummary;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The top of every workspace page: its name and place, the tabs the capabilities contribute ({@link WorkspaceTab})
 * that the member's role may open, and — for people in several workspaces, such as coordinators — a switcher to
 * their other workspaces. A view asks for one with {@link #of}.
 */
@Component
@NamedInterface("ui")
public class WorkspaceHeader {

    private final WorkspaceDirectory directory;
    private final List<WorkspaceTab> tabs;

    WorkspaceHeader(WorkspaceDirectory directory, List<WorkspaceTab> tabs) {
        this.directory = directory;
        this.tabs = tabs;
    }

    public Div of(WorkspaceSummary workspace) {
        Div header = new Div();
        header.addClassName("enishi-workspace-header");
        Locale locale = UI.getCurrent().getLocale();
        Span place = new Span(WorkspaceLabels.place(header, workspace, locale));
        place.addClassName("enishi-muted");
        H1 title = new H1(workspace.name(locale));
        title.setId("workspace-name");
        header.add(place, title);

        List<MyWorkspace> mine = directory.mine();
        MyWorkspace here = mine.stream().filter(m -> m.workspace().slug().equals(workspace.slug())).findFirst().orElse(null);
        FlexLayout bar = new FlexLayout();
        bar.addClassName("enishi-tabs");
        if (here != null) {
            tabs.stream().filter(tab -> here.role().may(tab.permission())).forEach(tab -> {
                Anchor link = new Anchor(tab.path(workspace.slug()), header.getTranslation(tab.labelKey()));
                link.getElement().setAttribute("router-link", true);
                bar.add(link);
            });
        }
        header.add(bar);

        if (mine.size() > 1) {
            Select<MyWorkspace> switcher = new Select<>();
            switcher.setId("workspace-switcher");
            switcher.setLabel(header.getTranslation("workspace.switch"));
            switcher.setItems(mine);
            switcher.setItemLabelGenerator(m -> m.workspace().name(locale));
            if (here != null) {
                switcher.setValue(here);
            }
            switcher.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    header.getUI().ifPresent(ui -> ui.navigate(WorkspaceHomeView.class,
                            WorkspaceHomeView.parameters(change.getValue().workspace().slug())));
                }
            });
            header.add(switcher);
        }
        return header;
    }
}
