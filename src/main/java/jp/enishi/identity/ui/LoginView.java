package jp.enishi.identity.ui;

import java.util.List;
import java.util.stream.StreamSupport;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.enishi.identity.SignInThrottledException;
import jp.enishi.identity.SignInUnavailableException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;

/**
 * Sign in with e-mail and password, or with any configured identity provider: one button per provider, none when
 * no provider is configured.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph problem = new Paragraph();

    LoginView(ObjectProvider<ClientRegistrationRepository> providers) {
        addClassNames("enishi-page", "enishi-narrow");
        setAlignItems(Alignment.CENTER);

        form.setI18n(texts());
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(event -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        problem.addClassName("enishi-error");
        problem.setVisible(false);
        problem.setId("login-problem");

        Div federated = new Div();
        federated.addClassName("enishi-providers");
        for (ClientRegistration provider : providers(providers)) {
            Anchor button = new Anchor("/oauth2/authorization/" + provider.getRegistrationId(),
                    getTranslation("login.with", provider.getClientName()));
            button.setRouterIgnore(true);
            button.addClassName("enishi-provider-button");
            federated.add(button);
        }

        Anchor signUp = new Anchor("signup", getTranslation("login.sign-up"));
        signUp.setId("sign-up-link");
        add(new H1(getTranslation("login.title")), problem, form, federated, signUp);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("expired")) {
            problem.setText(getTranslation("login.expired"));
            problem.setVisible(true);
        }
        if (!parameters.containsKey("error")) {
            return;
        }
        Object cause = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        // The same words whether or not the address has an account: only the wait differs, and it is counted for
        // unknown addresses too.
        String text = cause instanceof SignInThrottledException throttled
                ? getTranslation("login.throttled", throttled.seconds())
                : cause instanceof SignInUnavailableException
                ? getTranslation("login.unavailable")
                : getTranslation(List.of("federated").equals(parameters.get("error")) ? "login.federated-failed" : "login.failed");
        problem.setText(text);
        problem.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | Enishi";
    }

    private LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle("");
        f.setUsername(getTranslation("field.email"));
        f.setPassword(getTranslation("field.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot"));
        // Errors are shown above the form, where a throttled attempt is told how long to wait.
        i18n.setErrorMessage(null);
        return i18n;
    }

    private static List<ClientRegistration> providers(ObjectProvider<ClientRegistrationRepository> providers) {
        ClientRegistrationRepository repository = providers.getIfAvailable();
        if (repository instanceof Iterable<?> all) {
            return StreamSupport.stream(all.spliterator(), false).map(ClientRegistration.class::cast).toList();
        }
        return List.of();
    }
}
