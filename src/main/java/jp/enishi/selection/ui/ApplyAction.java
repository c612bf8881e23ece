package jp.enishi.selection.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jp.enishi.project.BoardCard;
import jp.enishi.project.ui.RoleActions;
import jp.enishi.selection.Applying;

/** 「この役割に応募する」 under each role of an open project; visitors are asked to sign in first. */
@org.springframework.stereotype.Component
class ApplyAction implements RoleActions {

    private final Applying applying;
    private final AuthenticationContext authentication;

    ApplyAction(Applying applying, AuthenticationContext authentication) {
        this.applying = applying;
        this.authentication = authentication;
    }

    @Override
    public Component forRole(BoardCard card, int rolePosition) {
        if (!card.open()) {
            return new Span();
        }
        if (!authentication.isAuthenticated()) {
            Anchor login = new Anchor("login", new Span());
            login.setText(login.getTranslation("apply.sign-in-first"));
            login.setId("apply-login-" + rolePosition);
            return login;
        }
        Button apply = new Button();
        apply.setText(apply.getTranslation("apply.button"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("apply-" + rolePosition);
        apply.addClickListener(e -> new ApplyDialog(applying, card, rolePosition).open());
        return apply;
    }
}
