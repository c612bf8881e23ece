package jp.enishi.workspace.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jp.enishi.workspace.WorkspaceSummary;

/** A participating municipality as the public sees it: name, where, what it does with related population. */
class MunicipalityCard extends Anchor {

    /** The whole card links to the municipality's public page (by path: that page belongs to projects). */
    MunicipalityCard(WorkspaceSummary workspace, Locale locale) {
        setHref("regions/" + workspace.slug());
        getElement().setAttribute("router-link", true);
        setId("region-" + workspace.slug());
        addClassNames("enishi-card", "enishi-card-link");
        Span where = new Span(WorkspaceLabels.place(this, workspace, locale));
        where.addClassName("enishi-muted");
        add(new H3(workspace.name(locale)), where, new Paragraph(workspace.description(locale)));
    }
}
