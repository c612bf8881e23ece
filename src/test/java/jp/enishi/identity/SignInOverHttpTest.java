package jp.enishi.identity;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import jp.enishi.TestClock;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in through the real servlet filter chain: a full OIDC authorization-code login against an in-process
 * provider (mock-oauth2-server, RS256-signed ID tokens, discovery by issuer URI), and the e-mail and password form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "enishi.data-dir=target/test-data",
        "enishi.embedded-db.port=0",
        "enishi.embedded-db.fresh=true",
        "enishi.demo-data=true",
        "vaadin.launch-browser=false",
        "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
        "spring.security.oauth2.client.registration.keycloak.client-id=enishi",
        "spring.security.oauth2.client.registration.keycloak.client-secret=test-secret",
        "spring.security.oauth2.client.registration.keycloak.client-name=Keycloak",
        "spring.security.oauth2.client.registration.keycloak.scope=openid,profile,email"
})
@Import(TestClock.Configuration.class)
class SignInOverHttpTest {

    private static final String ISSUER_ID = "enishi";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
    /** The test database outlives a run: subjects and addresses are new each time. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.keycloak.issuer-uri",
                () -> PROVIDER.issuerUrl(ISSUER_ID).toString());
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @Test
    void an_oidc_login_creates_one_user_for_the_issuer_and_subject_and_finds_it_again() throws Exception {
        HttpResponse<String> first = oidcLogin(browser(), "kc-1-" + RUN, Map.of(
                "email", "Midori-" + RUN + "@Example.org", "email_verified", true, "name", "緑 みどり"));
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/start"));

        Long userId = jdbc.queryForObject("""
                SELECT u.id FROM app_user u JOIN federated_identity f ON f.user_id = u.id
                WHERE f.issuer = ? AND f.subject = ?""", Long.class, PROVIDER.issuerUrl(ISSUER_ID).toString(), "kc-1-" + RUN);
        assertThat(jdbc.queryForMap("SELECT email, display_name, password_hash FROM app_user WHERE id = ?", userId))
                .containsEntry("email", "midori-" + RUN + "@example.org")
                .containsEntry("display_name", "緑 みどり")
                .containsEntry("password_hash", null);

        // The same person again, now with another address at the provider: still the same Enishi user.
        HttpResponse<String> second = oidcLogin(browser(), "kc-1-" + RUN, Map.of(
                "email", "midori-" + RUN + "@elsewhere.example", "email_verified", true, "name", "緑"));
        assertThat(second.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/start"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM federated_identity WHERE subject = ?", Integer.class, "kc-1-" + RUN))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE email = ?", Integer.class, "midori-" + RUN + "@elsewhere.example"))
                .isZero();
    }

    @Test
    void the_session_after_an_oidc_login_opens_the_signed_in_pages() throws Exception {
        TestBrowser browser = browser();
        assertThat(browser.get("/me").statusCode()).isEqualTo(302);
        oidcLogin(browser, "kc-2-" + RUN, Map.of("email", "aoi-" + RUN + "@example.org", "email_verified", true));
        HttpResponse<String> me = browser.get("/me");
        assertThat(me.statusCode()).isEqualTo(200);
    }

    @Test
    void a_provider_that_does_not_verify_an_existing_address_cannot_take_over_that_account() throws Exception {
        HttpResponse<String> response = oidcLogin(browser(), "kc-intruder-" + RUN, Map.of(
                "email", "hanako@pro.example", "email_verified", false, "name", "Not Hanako"));
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error=federated"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM federated_identity WHERE subject = ?", Integer.class, "kc-intruder-" + RUN))
                .isZero();
    }

    @Test
    void provider_roles_in_the_token_give_no_enishi_authority() throws Exception {
        TestBrowser browser = browser();
        oidcLogin(browser, "kc-3-" + RUN, Map.of("email", "ren-" + RUN + "@example.org", "email_verified", true,
                "roles", List.of("CONSORTIUM_ADMIN", "ROLE_CONSORTIUM_ADMIN"), "groups", List.of("admin")));
        assertThat(jdbc.queryForObject("SELECT consortium_admin FROM app_user WHERE email = ?", Boolean.class, "ren-" + RUN + "@example.org"))
                .isFalse();
        // The consortium view is a Vaadin route: the filter chain lets the page load in, the view's check refuses it.
        // Here the user only proves they are signed in; ConsortiumAndProfilePagesTest checks the refusal itself.
        assertThat(browser.get("/me").statusCode()).isEqualTo(200);
    }

    @Test
    void the_password_form_signs_in_and_a_wrong_password_goes_back_to_the_login() throws Exception {
        TestBrowser browser = browser();
        HttpResponse<String> wrong = browser.postLogin("yamada@shiojiri.example", "not-the-password");
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/login?error"));

        HttpResponse<String> right = browser.postLogin("yamada@shiojiri.example", "enishi-demo-2026");
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/start"));
        assertThat(browser.get("/me").statusCode()).isEqualTo(200);
    }

    @Test
    void the_session_id_changes_at_sign_in_with_the_password_form_and_the_old_one_opens_nothing() throws Exception {
        TestBrowser browser = browser();
        browser.get("/login");
        String before = browser.sessionId();
        assertThat(before).isNotEmpty();
        browser.postLogin("yamada@shiojiri.example", "enishi-demo-2026");
        String after = browser.sessionId();
        assertThat(after).isNotEmpty().isNotEqualTo(before);
        assertThat(browser.get("/me").statusCode()).isEqualTo(200);
        assertThat(browser().getWithSession("/me", before).statusCode()).as("the id seen before sign-in").isEqualTo(302);
    }

    @Test
    void the_session_id_changes_at_sign_in_through_the_identity_provider() throws Exception {
        TestBrowser browser = browser();
        browser.get("/login");
        String before = browser.sessionId();
        assertThat(before).isNotEmpty();
        oidcLogin(browser, "kc-fixation-" + RUN, Map.of("email", "kaede-" + RUN + "@example.org", "email_verified", true));
        String after = browser.sessionId();
        assertThat(after).isNotEmpty().isNotEqualTo(before);
        assertThat(browser.get("/me").statusCode()).isEqualTo(200);
        assertThat(browser().getWithSession("/me", before).statusCode()).isEqualTo(302);
    }

    @Test
    void a_dead_link_gives_a_signed_in_user_the_not_found_page_and_a_visitor_the_login() throws Exception {
        TestBrowser visitor = browser();
        HttpResponse<String> anonymous = visitor.get("/no/such/page");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));

        TestBrowser officer = browser();
        officer.postLogin("suzuki@shiojiri.example", "enishi-demo-2026");
        // The filter chain lets the request through to Vaadin, which renders NotFoundView in the first response and
        // answers with its status: crawlers and monitors read it.
        HttpResponse<String> dead = officer.get("/no/such/page");
        assertThat(dead.statusCode()).isEqualTo(404);
        assertThat(dead.body()).contains("ページが見つかりません");
        assertThat(officer.get("/w/no-such-workspace").statusCode()).as("an unknown workspace").isEqualTo(404);
        HttpResponse<String> foreign = officer.get("/w/tottori");
        assertThat(foreign.statusCode()).as("another municipality's workspace").isEqualTo(403);
        assertThat(foreign.body()).doesNotContain("鳥取");
        assertThat(officer.get("/w/shiojiri").statusCode()).isEqualTo(200);
    }

    @Test
    void the_login_page_shows_a_button_for_the_configured_provider() {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("jp.enishi"), context, UI::new));
        try {
            UI.getCurrent().navigate("login");
            assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains("/oauth2/authorization/keycloak");
            assertThat(_find(Anchor.class)).extracting(Anchor::getText).contains("Keycloakでログイン");
        } finally {
            MockVaadin.tearDown();
        }
    }

    /** Runs the authorization-code flow as a browser does and returns Enishi's answer to the provider's callback. */
    private HttpResponse<String> oidcLogin(TestBrowser browser, String subject, Map<String, Object> claims) throws Exception {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of("enishi"), claims, 3600));
        HttpResponse<String> toProvider = browser.get("/oauth2/authorization/keycloak");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(PROVIDER.issuerUrl(ISSUER_ID).toString()).contains("code_challenge=", "nonce=");

        HttpResponse<String> backToEnishi = browser.get(URI.create(authorize));
        assertThat(backToEnishi.statusCode()).isEqualTo(302);
        String callback = backToEnishi.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith("http://localhost:" + port + "/login/oauth2/code/keycloak?code=");
        return browser.get(URI.create(callback));
    }

    private TestBrowser browser() {
        return new TestBrowser(port);
    }
}
