package jp.enishi.identity;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import jp.enishi.base.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node whose database stops: it says it is not ready (the load balancer takes it out), and a sign-in says the
 * service is unavailable within seconds instead of waiting 30 s and calling the password wrong. A database of its
 * own, so that stopping it leaves the other tests' alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "enishi.data-dir=target/test-data-db-down",
        "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
        "enishi.demo-data=false",
        "vaadin.launch-browser=false"
})
class DatabaseDownTest {

    private static final EmbeddedMariaDb DATABASE = EmbeddedMariaDb.launch(Path.of("target/db-down"), 0, true);

    @LocalServerPort int port;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::jdbcUrl);
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", DATABASE::password);
    }

    @AfterAll
    static void stop() {
        DATABASE.stop();
    }

    @Test
    void without_its_database_a_node_is_not_ready_and_sign_in_says_the_service_is_unavailable() throws Exception {
        TestBrowser browser = new TestBrowser(port);
        assertThat(browser.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        DATABASE.stop();

        long started = System.nanoTime();
        HttpResponse<String> readiness = browser.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
        assertThat(readiness.body()).contains("DOWN");

        HttpResponse<String> signIn = browser.postLogin("someone@example.org", "whatever-it-is");
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/login?error"));
        String page = browser.get("/login?error").body();
        assertThat(page).contains("サービスが一時的に利用できません").doesNotContain("パスワードが正しくありません");
        assertThat(seconds).as("both answers within the pool's timeout, not 30 s each").isLessThan(20);
    }
}
