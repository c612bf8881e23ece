package jp.enishi.project.ui;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import jp.enishi.base.Dates;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.AddressValues;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.base.ui.UnsavedChanges;
import jp.enishi.project.ProjectDetail;
import jp.enishi.project.ProjectService;
import jp.enishi.project.ProjectStatus;
import jp.enishi.project.SaveResult;
import jp.enishi.project.SpecSheetConflictException;
import jp.enishi.project.SpecSheetReview;
import jp.enishi.workspace.ui.WorkspaceRoutes;

/**
 * Where a team writes a spec sheet: the sheet, review comments, history and team in tabs, and for admins the status
 * moves. Saving names the version the editor started from; the service merges or reports a conflict, and the
 * writer's text stays in the form either way.
 */
@Route("w/:workspace/projects/:project")
@PermitAll
public class ProjectEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final ProjectService projects;
    private final SpecSheetReview review;
    private final SpecSheetForm form = new SpecSheetForm();
    private final UnsavedChanges unsaved = new UnsavedChanges(form, form::read);
    private final Div header = new Div();
    private final TabSheet tabs = new TabSheet();
    private final java.util.Map<Div, Supplier<Component>> unbuiltTabs = new java.util.HashMap<>();
    private ProjectDetail detail;
    private long baseVersion;
    private String title = "Enishi";
    private int requestedTab;

    ProjectEditorView(ProjectService projects, SpecSheetReview review) {
        this.projects = projects;
        this.review = review;
        addClassNames("enishi-page", "enishi-editor");
        tabs.setWidthFull();
        // The open tab is part of the address (?tab=review), so a link can point a teammate at the comments.
        tabs.addSelectedChangeListener(e -> {
            fillSelectedTab();
            if (e.isFromClient() && detail != null) {
                requestedTab = tabs.getSelectedIndex();
                String tab = TABS.get(tabs.getSelectedIndex());
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        "w/" + detail.workspaceSlug() + "/projects/" + detail.id() + (tab.equals("sheet") ? "" : "?tab=" + tab)));
            }
        });
        add(header, tabs);
    }

    private static final java.util.List<String> TABS = java.util.List.of("sheet", "review", "history", "team");

    public static RouteParameters parameters(String workspaceSlug, long projectId) {
        return new RouteParameters(java.util.Map.of(WorkspaceRoutes.PARAMETER, workspaceSlug, "project", Long.toString(projectId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().get("project").flatMap(AddressValues::longValue).orElse(-1L);
        requestedTab = Math.max(0, TABS.indexOf(event.getLocation().getQueryParameters().getSingleParameter("tab").orElse("sheet")));
        ProjectDetail loaded = WorkspaceRoutes.load(event, slug -> projects.open(slug, id));
        if (loaded != null) {
            show(loaded, true);
        }
    }

    private void show(ProjectDetail loaded, boolean loadForm) {
        detail = loaded;
        baseVersion = loaded.version();
        title = loaded.sheet().title() + " | Enishi";
        if (loadForm) {
            form.write(loaded.sheet());
            unsaved.markSaved();
        }
        form.setReadOnly(!loaded.canEdit());
        renderHeader();
        int selected = requestedTab;
        unbuiltTabs.clear();
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        Button save = new Button(getTranslation("project.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-sheet");
        save.setVisible(loaded.canEdit());
        Div sheetTab = new Div(new CoverEditor(projects, loaded, this::reload), form, save);
        tabs.add(getTranslation("project.tab.sheet"), sheetTab);
        // The other tabs are built when first opened: most visits edit the sheet, and every component built is
        // kept in the session (docs/design-decisions/2026-12-03-launch-rush.md, StaffPagesBenchmark).
        addLater("project.tab.review", () -> new ReviewPanel(review, loaded.workspaceSlug(), loaded.id()));
        addLater("project.tab.history", () -> new HistoryPanel(review, loaded.workspaceSlug(), loaded.id()));
        addLater("project.tab.team", () -> new TeamPanel(projects, loaded, this::reload));
        tabs.setSelectedIndex(Math.min(selected, tabs.getTabCount() - 1));
        fillSelectedTab();
    }

    private void addLater(String labelKey, Supplier<Component> content) {
        Div place = new Div();
        tabs.add(getTranslation(labelKey), place);
        unbuiltTabs.put(place, content);
    }

    /** Builds the selected tab's content the first time it is shown. */
    private void fillSelectedTab() {
        Component selected = tabs.getSelectedTab() == null ? null : tabs.getComponent(tabs.getSelectedTab());
        Supplier<Component> content = selected == null ? null : unbuiltTabs.remove(selected);
        if (content != null) {
            ((Div) selected).add(content.get());
        }
    }

    private void renderHeader() {
        header.removeAll();
        header.addClassName("enishi-editor-header");
        Locale locale = getLocale();
        // An invited writer from outside may not list the workspace's projects: their way back is their own page.
        Anchor list = detail.canManageTeam()
                ? new Anchor("w/" + detail.workspaceSlug() + "/projects", getTranslation("project.back-to-list"))
                : new Anchor("me", getTranslation("project.back-to-me"));
        list.getElement().setAttribute("router-link", true);
        list.setId("editor-back");
        H1 heading = new H1(detail.sheet().title());
        heading.setId("editor-title");
        Span updated = new Span(getTranslation("project.updated", Dates.dateTime(detail.updatedAt(), locale), detail.updatedBy()));
        updated.addClassName("enishi-muted");
        header.add(list, heading, new StatusActions(detail, this::move), updated);
        if (detail.status().isPublic()) {
            Anchor page = new Anchor(detail.publicPath(), getTranslation("project.public-page"));
            page.setId("public-page-link");
            // By path: selection builds on projects, not the other way round.
            Anchor applicants = new Anchor("w/" + detail.workspaceSlug() + "/projects/" + detail.id() + "/applicants",
                    getTranslation("project.applicants"));
            applicants.getElement().setAttribute("router-link", true);
            applicants.setId("applicants-link");
            header.add(new Div(page, new Span(" · "), applicants));
        }
    }

    private void save() {
        if (form.hasUnreadableInput()) {
            FieldErrors.error(getTranslation("project.error.unreadable"));
            return;
        }
        try {
            SaveResult result = projects.save(detail.workspaceSlug(), detail.id(), baseVersion, form.read());
            form.write(result.saved());
            unsaved.markSaved();
            show(projects.open(detail.workspaceSlug(), detail.id()), false);
            if (result.mergedFromOthers().isEmpty()) {
                FieldErrors.success(getTranslation("project.saved"));
            } else {
                FieldErrors.success(getTranslation("project.saved-merged", sections(result.mergedFromOthers())));
            }
        } catch (InputRejectedException rejected) {
            FieldErrors.show(this, rejected, form.fields());
        } catch (SpecSheetConflictException conflict) {
            form.write(conflict.yours());
            baseVersion = conflict.latestVersion();
            new ConflictDialog(conflict).open();
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (detail != null && detail.canEdit()) {
            unsaved.confirmLeave(event);
        }
    }

    private void move(ProjectStatus next) {
        if (unsaved.hasChanges()) {
            FieldErrors.error(getTranslation("project.error.save-first"));
            return;
        }
        try {
            show(projects.changeStatus(detail.workspaceSlug(), detail.id(), next), true);
            FieldErrors.success(getTranslation("project.moved", ProjectLabels.status(this, next)));
        } catch (InputRejectedException rejected) {
            requestedTab = 0;
            tabs.setSelectedIndex(0);
            FieldErrors.show(this, rejected, form.fields());
            FieldErrors.error(getTranslation(next == ProjectStatus.PUBLISHED ? "project.error.not-publishable"
                    : "project.error.status-move"));
        }
    }

    /** After a cover or team change: the sheet being typed stays as typed, on the version it was started from. */
    private void reload() {
        ProjectDetail fresh = projects.open(detail.workspaceSlug(), detail.id());
        if (unsaved.hasChanges()) {
            long typedOn = baseVersion;
            show(fresh, false);
            baseVersion = typedOn;
        } else {
            show(fresh, true);
        }
    }

    private String sections(java.util.List<jp.enishi.project.Section> sections) {
        return sections.stream().map(s -> getTranslation("project.section." + s.name())).collect(Collectors.joining("、"));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
