package jp.enishi.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 「アクセス権がありません」. Says nothing about what was asked for: a foreign workspace's name or existence of its
 * data is not shown.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class ForbiddenView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H1(getTranslation("error.forbidden.title")), new Paragraph(getTranslation("error.forbidden.text")),
                new Anchor("/", getTranslation("error.back-home")));
        addClassName("enishi-page");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
