package jp.enishi.workspace.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.workspace.InvitationNotFoundException;
import jp.enishi.workspace.InvitationPreview;
import jp.enishi.workspace.InvitationService;

/**
 * The page an invitation e-mail links to. Signing in comes first (Spring Security returns here afterwards); then the
 * invitee sees the workspace and accepts.
 */
@Route("invitations/:token")
@PermitAll
public class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;

    InvitationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassNames("enishi-page", "enishi-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        InvitationPreview preview;
        try {
            preview = invitations.preview(token);
        } catch (InvitationNotFoundException unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new H1(getTranslation("invitation.title")));
        if (preview.status() == InvitationPreview.Status.OTHER_ACCOUNT) {
            // Someone else's invitation: say so without naming the workspace.
            add(new Paragraph(getTranslation("error.invitation-other-account")));
            return;
        }
        Locale locale = getLocale();
        add(new Paragraph(getTranslation("invitation.text", preview.workspace().name(locale),
                WorkspaceLabels.role(this, preview.role()))));
        switch (preview.status()) {
            case OPEN -> {
                Button accept = new Button(getTranslation("invitation.accept"), click -> accept(token));
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                accept.setId("accept-invitation");
                add(accept);
            }
            case EXPIRED -> add(new Paragraph(getTranslation("error.invitation-expired")));
            default -> add(new Paragraph(getTranslation("invitation.already-accepted")));
        }
    }

    private void accept(String token) {
        try {
            String slug = invitations.accept(token);
            getUI().ifPresent(ui -> ui.navigate(WorkspaceHomeView.class, WorkspaceHomeView.parameters(slug)));
        } catch (InputRejectedException rejected) {
            FieldErrors.show(this, rejected, Map.of());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title") + " | Enishi";
    }
}
