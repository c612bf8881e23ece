package jp.enishi.identity.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.enishi.identity.AccountService;

/** The page the confirmation link opens: the address is confirmed, or the link is used up or expired. */
@Route("verify-email")
@AnonymousAllowed
public class VerifyEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final Paragraph result = new Paragraph();

    VerifyEmailView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("enishi-page", "enishi-narrow");
        result.setId("verify-result");
        add(new H1(getTranslation("verify.title")), result, new Anchor("me", getTranslation("verify.to-me")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of("")).getFirst();
        result.setText(getTranslation(accounts.verifyEmail(token) ? "verify.done" : "verify.invalid"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " | Enishi";
    }
}
