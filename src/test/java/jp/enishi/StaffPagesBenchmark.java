package jp.enishi;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static jp.enishi.Timings.pct;
import static jp.enishi.Timings.time;

/**
 * Not a test: a measurement, run with {@code ./mvnw test -Pbenchmark -Dtest=StaffPagesBenchmark} (README). A
 * municipal officer's pages as their browser first asks for them, signed in over HTTP like the login form does:
 * server time (p50/p95) and the heap each signed-in session keeps over 1,000 sessions
 * ({@code -Dbenchmark.sessions=…}, each its own cookie, after full GC), beside the not-found page opened by a
 * signed-in session in the same run (the floor: what signing in alone keeps). Prints figures; asserts nothing.
 * About 3 minutes per page (each session signs in: a password hash each).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "enishi.data-dir=target/benchmark-staff",
        "enishi.embedded-db.port=0",
        "enishi.embedded-db.fresh=true",
        "enishi.demo-data=true",
        "vaadin.launch-browser=false",
        // As in PublicPagesBenchmark: the dev-mode component tracker's stack traces are not kept in production.
        "vaadin.devmode.componentTracker.enabled=false",
        "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap"
})
class StaffPagesBenchmark {

    private static final String OFFICER = "yamada@shiojiri.example";
    private static final String DEMO_PASSWORD = "enishi-demo-2026";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void measure() throws Exception {
        int sessions = Integer.getInteger("benchmark.sessions", 1_000);
        long project = jdbc.sql("SELECT p.id FROM project p JOIN workspace w ON w.id = p.workspace_id "
                + "WHERE w.slug = 'shiojiri' AND p.status = 'PUBLISHED' ORDER BY p.id LIMIT 1").query(Long.class).single();
        String editor = "/w/shiojiri/projects/" + project;
        // The page's name beside its path: -Dbenchmark.only=editor,applicants measures those (and the floor).
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("floor", "/regions/atlantis");
        pages.put("home", "/w/shiojiri");
        pages.put("projects", "/w/shiojiri/projects");
        pages.put("editor", editor);
        pages.put("applicants", editor + "/applicants");
        pages.put("talent", "/w/shiojiri/talent");
        pages.put("engagements", "/w/shiojiri/engagements");
        List<String> only = List.of(System.getProperty("benchmark.only", "").split(","));
        System.out.printf(Locale.ROOT, "%n=== Staff pages, signed in as %s; heap per session over %,d sessions ===%n",
                OFFICER, sessions);
        System.out.printf(Locale.ROOT, "%-44s %10s %8s %8s %14s%n", "page", "bytes", "p50 ms", "p95 ms", "KB per session");
        for (var named : pages.entrySet()) {
            if (!named.getKey().equals("floor") && !only.contains("") && !only.contains(named.getKey())) {
                continue;
            }
            String page = named.getValue();
            HttpClient one = signedIn();
            Supplier<Integer> call = () -> get(one, page);
            // Each timed visit is left as a browser leaves a page (the unload beacon closes its UI).
            double[] ms = time(() -> body(one, page), html -> HttpSignIn.unload(one, port, html), 50, 10);
            double perSession = SessionHeap.perSession(sessions, visitor -> {
                signIn(visitor);
                get(visitor, page);
            });
            System.out.printf(Locale.ROOT, "%-44s %10d %8.2f %8.2f %14.0f%n",
                    page + " (" + named.getKey() + ")", call.get(), pct(ms, 50), pct(ms, 95), perSession / 1024.0);
        }
    }

    private HttpClient signedIn() {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(client);
        return client;
    }

    private void signIn(HttpClient client) {
        HttpSignIn.signIn(client, port, OFFICER, DEMO_PASSWORD);
    }

    private int get(HttpClient client, String path) {
        return body(client, path).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    private String body(HttpClient client, String path) {
        try {
            HttpResponse<String> answer = client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200 && !path.equals("/regions/atlantis")) {
                throw new IllegalStateException(path + " answered " + answer.statusCode());
            }
            return answer.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "ja").header("Accept", "text/html");
    }
}
