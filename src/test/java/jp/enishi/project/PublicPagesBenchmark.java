package jp.enishi.project;

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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static jp.enishi.Timings.pct;
import static jp.enishi.Timings.time;

/**
 * Not a test: a measurement, run with {@code ./mvnw test -Pbenchmark -Dtest=PublicPagesBenchmark} (README). On the demo
 * data, each public page as a visitor's browser first asks for it — server time (p50/p95), bytes plain and gzipped —
 * and the heap each anonymous session keeps (1,000 visitors, {@code -Dbenchmark.visitors=…}, each with its own
 * cookie, after full GC), beside the not-found page in the same run. Prints figures; asserts nothing about speed.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "enishi.data-dir=target/benchmark-public",
        "enishi.embedded-db.port=0",
        "enishi.embedded-db.fresh=true",
        "enishi.demo-data=true",
        "vaadin.launch-browser=false",
        // Development mode records every component's creation stack trace (Vaadin's component tracker): memory
        // production never keeps. Off here, so the heap per session is the application's.
        "vaadin.devmode.componentTracker.enabled=false",
        "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap"
})
class PublicPagesBenchmark {

    @LocalServerPort int port;

    @Test
    void measure() throws Exception {
        int visitors = Integer.getInteger("benchmark.visitors", 1_000);
        List<String> pages = List.of("/regions/atlantis", "/", "/projects", "/projects?q=ワイン", "/regions/shiojiri");
        System.out.printf(Locale.ROOT, "%n=== Public pages: first request of a visitor; heap per session over %,d visitors ===%n",
                visitors);
        System.out.printf(Locale.ROOT, "%-28s %10s %10s %8s %8s %14s%n", "page", "bytes", "gzipped", "p50 ms", "p95 ms",
                "KB per session");
        for (String page : pages) {
            HttpClient one = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            Supplier<Integer> call = () -> get(one, page, false);
            // Each timed visit is left as a browser leaves a page (the unload beacon closes its UI).
            double[] ms = time(() -> body(one, page), html -> jp.enishi.HttpSignIn.unload(one, port, html), 100, 20);
            System.out.printf(Locale.ROOT, "%-28s %10d %10d %8.2f %8.2f %14.0f%n",
                    page + (page.equals("/regions/atlantis") ? " (floor)" : ""), call.get(), get(one, page, true),
                    pct(ms, 50), pct(ms, 95), perSession(page, visitors) / 1024.0);
        }
    }

    private double perSession(String path, int visitors) throws Exception {
        return jp.enishi.SessionHeap.perSession(visitors, visitor -> get(visitor, path, false));
    }

    private String body(HttpClient client, String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int get(HttpClient client, String path, boolean gzip) {
        try {
            HttpRequest.Builder request = request(path);
            if (gzip) {
                request.header("Accept-Encoding", "gzip");
            }
            return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body().length;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path.replace("ワイン", "%E3%83%AF%E3%82%A4%E3%83%B3")))
                .header("Accept-Language", "ja").header("Accept", "text/html");
    }
}
