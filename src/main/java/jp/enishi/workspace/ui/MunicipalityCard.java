package jp.enishi.workspace.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jp.enishi.workspace.WorkspaceSummary;

/** A participating municipality as the public sees it: name, where, what it does with related population. */
class MunicipalityCard extends Div {

    MunicipalityCard(WorkspaceSummary workspace, Locale locale) {
        addClassName("enishi-card");
        Span where = new Span(WorkspaceLabels.place(this, workspace, locale));
        where.addClassName("enishi-muted");
        add(new H3(workspace.name(locale)), where, new Paragraph(workspace.description(locale)));
    }
}
