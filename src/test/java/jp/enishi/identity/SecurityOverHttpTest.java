package jp.enishi.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jp.enishi.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.session.SessionRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headers, cookies, CSRF, proxies and session limits through the real filter chain and Tomcat. The trusted proxy is
 * 127.0.0.2 here (a socket bound to that address plays HAProxy); the test's HTTP client connects from 127.0.0.1 and
 * is an ordinary, untrusted visitor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "enishi.data-dir=target/test-data",
        "enishi.embedded-db.port=0",
        "enishi.embedded-db.fresh=true",
        "enishi.demo-data=true",
        "vaadin.launch-browser=false",
        "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.2"
})
@Import(TestClock.Configuration.class)
class SecurityOverHttpTest {

    private static final String PROXY = "127.0.0.2";

    @LocalServerPort int port;
    @Autowired TestClock clock;
    @Autowired SessionRegistry sessions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void public_pages_carry_the_security_headers() throws Exception {
        for (String path : List.of("/", "/projects", "/login")) {
            HttpResponse<String> page = browser().get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(header(page, "Content-Security-Policy").orElse("")).as(path)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'");
            assertThat(header(page, "X-Content-Type-Options")).contains("nosniff");
            assertThat(header(page, "X-Frame-Options")).contains("DENY");
            assertThat(header(page, "Referrer-Policy")).contains("same-origin");
            assertThat(header(page, "Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()", "geolocation=()"));
            assertThat(header(page, "Strict-Transport-Security")).as("plain HTTP from a visitor: no HSTS").isEmpty();
        }
    }

    @Test
    void signed_in_pages_are_not_stored_by_the_browser() throws Exception {
        TestBrowser officer = browser();
        officer.postLogin("suzuki@shiojiri.example", "enishi-demo-2026");
        HttpResponse<String> me = officer.get("/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(header(me, "Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }

    @Test
    void the_login_post_without_the_csrf_token_signs_no_one_in() throws Exception {
        TestBrowser visitor = browser();
        visitor.get("/login");
        HttpResponse<String> forged = visitor.post("/login", "username=" + TestBrowser.encode("suzuki@shiojiri.example")
                + "&password=" + TestBrowser.encode("enishi-demo-2026"));
        // Refused: Vaadin's handler for a CSRF failure sends the browser back to the login page, not on to /start.
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(header(forged, "Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(visitor.get("/me").statusCode()).as("still signed out").isEqualTo(302);
        // With the token (what the real form sends) the same browser signs in.
        visitor.postLogin("suzuki@shiojiri.example", "enishi-demo-2026");
        assertThat(visitor.get("/me").statusCode()).isEqualTo(200);
    }

    @Test
    void the_session_cookie_is_http_only_same_site_and_secure_behind_the_trusted_tls_proxy() throws Exception {
        HttpResponse<String> direct = browser().get("/login");
        String cookie = header(direct, "Set-Cookie").orElseThrow();
        assertThat(cookie).contains("JSESSIONID=", "HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        String viaProxy = rawGet(PROXY, "/login", "X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.7");
        assertThat(setCookie(viaProxy)).contains("JSESSIONID=", "Secure", "HttpOnly", "SameSite=Lax");
        assertThat(viaProxy).containsIgnoringCase("Strict-Transport-Security: max-age=31536000 ; includeSubDomains");

        String forged = rawGet("127.0.0.1", "/login", "X-Forwarded-Proto: https");
        assertThat(setCookie(forged)).as("a visitor claiming TLS is not believed").doesNotContain("Secure");
        assertThat(forged).doesNotContainIgnoringCase("Strict-Transport-Security");
    }

    @Test
    void a_forged_forwarded_host_does_not_move_the_login_redirect_but_the_proxy_s_does() throws Exception {
        String forged = rawGet("127.0.0.1", "/me", "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https");
        assertThat(location(forged)).doesNotContain("evil.example").startsWith("http://localhost:" + port + "/login");

        String proxied = rawGet(PROXY, "/me", "X-Forwarded-Host: portal.enishi.example", "X-Forwarded-Proto: https",
                "X-Forwarded-Port: 443");
        assertThat(location(proxied)).isEqualTo("https://portal.enishi.example/login");
    }

    @Test
    void a_signed_in_session_ends_twelve_hours_after_sign_in_however_active() throws Exception {
        TestBrowser officer = browser();
        officer.postLogin("suzuki@shiojiri.example", "enishi-demo-2026");
        assertThat(officer.get("/me").statusCode()).isEqualTo(200);
        for (int i = 0; i < 28; i++) { // an action every 25 minutes: never idle, 11 h 40 min in all
            clock.advance(Duration.ofMinutes(25));
            assertThat(officer.get("/me").statusCode()).as("active, within the limit").isEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(21));
        HttpResponse<String> late = officer.get("/me");
        assertThat(late.statusCode()).isEqualTo(302);
        assertThat(header(late, "Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?expired"));
        assertThat(officer.get("/me").statusCode()).as("signed out for good").isEqualTo(302);
    }

    @Test
    void an_open_tab_s_heartbeats_do_not_keep_an_idle_session_signed_in_but_actions_do() throws Exception {
        TestBrowser active = browser();
        active.postLogin("suzuki@shiojiri.example", "enishi-demo-2026");
        TestBrowser idle = browser();
        idle.postLogin("yamada@shiojiri.example", "enishi-demo-2026");
        assertThat(active.get("/me").statusCode()).isEqualTo(200);
        assertThat(idle.get("/me").statusCode()).isEqualTo(200);
        for (int i = 0; i < 7; i++) {
            clock.advance(Duration.ofMinutes(5));
            idle.get("/?v-r=heartbeat&v-uiId=0"); // what an open tab sends while nobody touches it
            assertThat(active.get("/me").statusCode()).as("someone working").isEqualTo(200);
        }
        HttpResponse<String> back = idle.get("/me");
        // The heartbeat after 30 idle minutes already ended it (the open tab then shows the session-expired message).
        assertThat(back.statusCode()).as("35 minutes of heartbeats only").isEqualTo(302);
        assertThat(header(back, "Location")).hasValueSatisfying(to -> assertThat(to).contains("/login"));
    }

    @Test
    void a_session_ended_elsewhere_is_signed_out_at_its_next_request() throws Exception {
        TestBrowser laptop = browser();
        laptop.postLogin("ito@tottori.example", "enishi-demo-2026");
        assertThat(laptop.get("/me").statusCode()).isEqualTo(200);
        // What a password change on another device does (AccountSecurityTest checks that it does it).
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof LocalUserDetails user && user.getUsername().equals("ito@tottori.example")) {
                sessions.getAllSessions(principal, false).forEach(s -> s.expireNow());
            }
        }
        HttpResponse<String> after = laptop.get("/me");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(header(after, "Location")).hasValueSatisfying(to -> assertThat(to).contains("/login"));
    }

    @Test
    void an_oversized_upload_is_answered_413_with_a_message_whether_its_length_is_declared_or_chunked() throws Exception {
        byte[] body = multipart(5 * 1024 * 1024);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/VAADIN/dynamic/resource/1/x/upload"))
                .header("Content-Type", "multipart/form-data; boundary=enishi");
        HttpResponse<String> declared = http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("大きすぎます", "too large");

        HttpResponse<String> chunked = http.send(request.POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(body))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("大きすぎます");
    }

    private static byte[] multipart(int size) {
        byte[] head = ("--enishi\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n--enishi--\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + size + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, head.length + size, tail.length);
        return body;
    }

    private String rawGet(String from, String path, String... headers) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
            for (String h : headers) {
                request.append(h).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
        }
    }

    private static String setCookie(String rawHeaders) {
        return rawHeaders.lines().filter(l -> l.regionMatches(true, 0, "Set-Cookie:", 0, 11)).findFirst().orElse("");
    }

    private static String location(String rawHeaders) {
        return rawHeaders.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).findFirst()
                .map(l -> l.substring(9).strip()).orElse("");
    }

    private static Optional<String> header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name);
    }

    private TestBrowser browser() {
        return new TestBrowser(port);
    }
}
