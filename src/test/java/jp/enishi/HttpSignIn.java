package jp.enishi;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For the benchmarks: signs a client in over HTTP as the browser does — the login page's CSRF token, the form's POST,
 * and the beacon with which Vaadin's client closes the login page's UI when the browser leaves it ({@code pagehide}
 * sends {@code "UNLOAD":true}; the server closes that UI). Without the beacon every signed-in session would keep a
 * login page no browser still shows.
 */
public final class HttpSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern VAADIN_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

    private HttpSignIn() {
    }

    public static void signIn(HttpClient client, int port, String email, String password) {
        try {
            String base = "http://localhost:" + port;
            String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Accept-Language", "ja")
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(login);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            String location = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("sign-in as " + email + " failed: " + answer.statusCode() + " " + location);
            }
            unload(client, base, login);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What Vaadin's client sends on {@code pagehide}: the page's UI is closed on the server. */
    public static void unload(HttpClient client, int port, String page) {
        try {
            unload(client, "http://localhost:" + port, page);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void unload(HttpClient client, String base, String page) throws Exception {
        Matcher uiId = UI_ID.matcher(page);
        Matcher key = VAADIN_KEY.matcher(page);
        if (!uiId.find() || !key.find()) {
            throw new IllegalStateException("not a Vaadin page: no UI id or security key");
        }
        String beacon = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0,\"UNLOAD\":true}";
        HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId.group(1)))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(beacon)).build(), HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the unload beacon was answered " + answer.statusCode());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
