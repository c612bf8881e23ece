package jp.enishi.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 「問題が起きました」: a page that failed to open for a reason nobody foresaw. Instead of Vaadin's own error page (a
 * stack trace in development), the user reads what happened in their language with an incident id; the log has the
 * error under that id ({@link Incidents}).
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = Incidents.record(parameter.getCaughtException());
        removeAll();
        Paragraph incident = new Paragraph(getTranslation("error.incident", id));
        incident.setId("incident");
        add(new H1(getTranslation("error.internal.title")), incident, new Anchor("/", getTranslation("error.back-home")));
        addClassName("enishi-page");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
