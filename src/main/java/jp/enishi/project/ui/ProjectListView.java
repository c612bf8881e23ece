package jp.enishi.project.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jp.enishi.base.Dates;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.project.ProjectList;
import jp.enishi.project.ProjectRow;
import jp.enishi.project.ProjectService;
import jp.enishi.project.ProjectStatus;
import jp.enishi.workspace.MyWorkspace;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.ui.WorkspaceHeader;
import jp.enishi.workspace.ui.WorkspaceRoutes;
import org.jspecify.annotations.Nullable;

/** A workspace's projects with a count per status and a filter by status ({@code ?status=draft}); start a new one. */
@Route("w/:workspace/projects")
@PermitAll
public class ProjectListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projects;
    private final WorkspaceDirectory directory;
    private final WorkspaceHeader header;
    private String title = "Enishi";

    ProjectListView(ProjectService projects, WorkspaceDirectory directory, WorkspaceHeader header) {
        this.projects = projects;
        this.directory = directory;
        this.header = header;
        addClassName("enishi-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ProjectStatus status = event.getLocation().getQueryParameters().getSingleParameter("status")
                .flatMap(s -> java.util.Arrays.stream(ProjectStatus.values())
                        .filter(v -> v.name().equalsIgnoreCase(s.replace('-', '_'))).findFirst())
                .orElse(null);
        String slug = event.getRouteParameters().get(WorkspaceRoutes.PARAMETER).orElse("");
        ProjectList list = WorkspaceRoutes.load(event, s -> projects.list(s, status));
        if (list != null) {
            render(slug, list, status);
        }
    }

    private void render(String slug, ProjectList list, @Nullable ProjectStatus status) {
        Locale locale = getLocale();
        MyWorkspace mine = directory.mine().stream().filter(m -> m.workspace().slug().equals(slug)).findFirst().orElseThrow();
        title = getTranslation("projects.title") + " — " + mine.workspace().name(locale) + " | Enishi";
        removeAll();
        add(header.of(mine.workspace()));

        Div filters = new Div();
        filters.addClassName("enishi-status-filter");
        filters.setId("status-filter");
        filters.add(filter(slug, null, getTranslation("projects.all", list.total()), status == null));
        for (ProjectStatus s : ProjectStatus.values()) {
            filters.add(filter(slug, s, ProjectLabels.status(this, s) + " " + list.counts().get(s), s == status));
        }
        add(filters, newProject(slug));

        Div rows = new Div();
        rows.addClassName("enishi-project-rows");
        rows.setId("project-rows");
        for (ProjectRow row : list.rows()) {
            Anchor link = new Anchor("w/" + slug + "/projects/" + row.id(), row.title());
            link.getElement().setAttribute("router-link", true);
            Span state = new Span(ProjectLabels.status(this, row.status()));
            state.addClassNames("enishi-status", "enishi-status-" + row.status().name().toLowerCase(Locale.ROOT));
            Span meta = new Span(getTranslation("projects.row", row.deadline() == null ? "—" : Dates.date(row.deadline(), locale),
                    row.roles(), Dates.date(row.updatedAt(), locale)));
            meta.addClassName("enishi-muted");
            Div line = new Div(state, link, meta);
            line.addClassName("enishi-project-row");
            rows.add(line);
        }
        if (list.rows().isEmpty()) {
            rows.add(new Span(getTranslation("projects.none")));
        }
        add(rows);
    }

    private Anchor filter(String slug, @Nullable ProjectStatus status, String label, boolean selected) {
        String query = status == null ? "" : "?" + QueryParameters.of("status", status.name().toLowerCase(Locale.ROOT).replace('_', '-')).getQueryString();
        Anchor a = new Anchor("w/" + slug + "/projects" + query, label);
        a.getElement().setAttribute("router-link", true);
        if (selected) {
            a.addClassName("enishi-selected");
        }
        return a;
    }

    private Div newProject(String slug) {
        TextField name = new TextField();
        name.setPlaceholder(getTranslation("projects.new.placeholder"));
        name.setAriaLabel(getTranslation("project.field.title"));
        name.setId("new-project-title");
        name.setMaxLength(100);
        Button create = new Button(getTranslation("projects.new"), e -> {
            try {
                long id = projects.create(slug, name.getValue());
                getUI().ifPresent(ui -> ui.navigate(ProjectEditorView.class, ProjectEditorView.parameters(slug, id)));
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of("title", name));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-project");
        Div form = new Div(name, create);
        form.addClassName("enishi-inline-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
