package jp.enishi.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browserless UI tests: the real views, services and database, navigated like a user. The faked request reads the
 * user and roles from Spring Security, as the servlet filter would (what karibu's MockSpringSecurity does from
 * 2.7.2 on), so Vaadin's view access control runs for real.
 */
@EnishiTest
abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("jp.enishi");

    @Autowired ApplicationContext context;
    @Autowired SignIn signIn;

    @BeforeEach
    void setUpVaadin() {
        var trust = new AuthenticationTrustResolverImpl();
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session) {
                @Override
                public java.security.Principal getUserPrincipal() {
                    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                    return auth == null || trust.isAnonymous(auth) ? null : auth;
                }
            };
            request.setUserInRole((principal, role) -> principal instanceof Authentication auth
                    && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    /** Signs in as a browser does after the login form: a full page load, so the layout is built for this user. */
    void signInAs(String email) {
        signIn.as(email);
        MockVaadin.tearDown();
        setUpVaadin();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        signIn.out();
    }

    /**
     * Opens the path as typing it into the address bar would: a server-side page load. ({@code UI.navigate} hands
     * unknown paths to the client-side router, which a browserless test does not have.)
     */
    static void open(String path) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }

    static <T extends Component> T current(Class<T> view) {
        Component current = UI.getCurrent().getCurrentView();
        assertThat(current).isInstanceOf(view);
        return view.cast(current);
    }
}
