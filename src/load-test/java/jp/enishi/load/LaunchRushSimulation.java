package jp.enishi.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.IntStream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Launch day (seed 004: Tottori's own site went down at the start of its 2020 campaign): visitors arrive on the
 * board within a minute, search it in Japanese and open a project, while professionals sign in and apply.
 * Every step is what Vaadin's client does: the page (the UI is rendered in it: eagerServerLoad, so there is no
 * separate {@code ?v-r=init}), then UIDL messages with the page's CSRF token, the UI id and the sync and client ids
 * each answer gives. A message Vaadin answers with an error or an expired session counts as a failed request.
 * <p>Run by docker/load-test.sh; alone: {@code ./mvnw -Pload-test test-compile gatling:test -Denishi.url=…}.
 * {@code -Dvisitors=1000 -Dapplicants=200 -DrampSeconds=60}; applicants sign in as load-001@load.example… (the
 * script creates them; {@code -DfirstApplicant=201} starts at load-201) with the demo password.
 */
public class LaunchRushSimulation extends Simulation {

    static final String BASE = System.getProperty("enishi.url", "http://localhost:8080");
    static final int VISITORS = Integer.getInteger("visitors", 1000);
    static final int APPLICANTS = Integer.getInteger("applicants", 200);
    /** The first applicant's number: the warm-up runs sign in as others than the rush (each applies once). */
    static final int FIRST_APPLICANT = Integer.getInteger("firstApplicant", 1);
    static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("rampSeconds", 60));
    static final String PASSWORD = System.getProperty("password", "enishi-demo-2026");
    static final List<String> WORDS = List.of("ワイン", "わいん", "漆器", "観光", "デザイン", "木曽", "チーズ",
            "売店", "ブランド", "関係人口", "テレワーク", "ふるさと納税", "職人");
    static final String CLICK = """
            {"event.shiftKey":false,"event.metaKey":false,"event.detail":1,"event.ctrlKey":false,\
            "event.clientX":10,"event.clientY":10,"event.altKey":false,"event.button":0,"event.screenY":10,\
            "event.screenX":10}""";

    HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/json;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("ja,en;q=0.5")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Gatling launch rush (Enishi)");

    /** The node id of the element with this id attribute, as a page or an answer declares it. */
    static CheckBuilder node(String elementId, String saveAs) {
        return regex("\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"" + elementId + "\"")
                .saveAs(saveAs);
    }

    /** A page load: the HTML carries the first UIDL, the CSRF token and the UI id. */
    static ChainBuilder page(String name, String path, CheckBuilder... more) {
        CheckBuilder[] checks = new CheckBuilder[more.length + 3];
        checks[0] = status().is(200);
        checks[1] = regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("csrf");
        checks[2] = regex("\"v-uiId\":(\\d+)").saveAs("uiId");
        System.arraycopy(more, 0, checks, 3, more.length);
        return exec(http(name).get(path).check(checks))
                .exec(session -> session.set("syncId", "0").set("clientId", "0"));
    }

    /** One UIDL round trip; the answer's syncId and clientId are kept for the next. */
    static ChainBuilder uidl(String name, Function<Session, String> rpc, CheckBuilder... more) {
        CheckBuilder[] checks = new CheckBuilder[more.length + 4];
        checks[0] = status().is(200);
        checks[1] = regex("\"syncId\":(\\d+)").saveAs("syncId");
        checks[2] = regex("\"clientId\":(\\d+)").saveAs("clientId");
        checks[3] = regex("\"(appError|sessionExpired)\"").notExists();
        System.arraycopy(more, 0, checks, 4, more.length);
        return exec(http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("csrf") + "\",\"rpc\":"
                        + rpc.apply(session) + ",\"syncId\":" + session.getString("syncId")
                        + ",\"clientId\":" + session.getString("clientId") + "}"))
                .check(checks));
    }

    static String typed(Session session, String node, String value) {
        String n = session.getString(node);
        return "{\"type\":\"mSync\",\"node\":" + n + ",\"feature\":1,\"property\":\"value\",\"value\":\""
                + value.replace("\"", "\\\"") + "\"},{\"type\":\"event\",\"node\":" + n
                + ",\"event\":\"change\",\"data\":{}}";
    }

    static String click(Session session, String node) {
        return "{\"type\":\"event\",\"node\":" + session.getString(node) + ",\"event\":\"click\",\"data\":" + CLICK + "}";
    }

    ScenarioBuilder visitors = scenario("visitor: board, Japanese search, a project")
            .exec(page("board", "/projects", node("board-search", "searchNode"), node("board-search-button", "searchButton")))
            .pause(Duration.ofMillis(500), Duration.ofSeconds(3))
            .exec(session -> session.set("word", WORDS.get(ThreadLocalRandom.current().nextInt(WORDS.size()))))
            .exec(uidl("board: search in Japanese",
                    session -> "[" + typed(session, "searchNode", session.getString("word")) + ","
                            + click(session, "searchButton") + "]",
                    regex("projects/(\\d+)-").findRandom().optional().saveAs("project")))
            .pause(Duration.ofMillis(500), Duration.ofSeconds(3))
            .doIf(session -> session.contains("project")).then(
                    page("project page", "/projects/#{project}"));

    ScenarioBuilder applicants = scenario("professional: sign in, apply")
            .feed(listFeeder(IntStream.range(FIRST_APPLICANT, FIRST_APPLICANT + Math.max(1, APPLICANTS))
                    .mapToObj(i -> Map.<String, Object>of("email", String.format("load-%03d@load.example", i)))
                    .toList()).queue())
            .exec(http("sign-in page").get("/login").check(status().is(200),
                    regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("loginCsrf")))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(http("sign in").post("/login").disableFollowRedirect()
                    .formParam("username", "#{email}").formParam("password", PASSWORD)
                    .formParam("_csrf", "#{loginCsrf}")
                    .check(status().is(302), header("Location").not(BASE + "/login?error")))
            .exec(page("open projects", "/projects?open=1", regex("projects/(\\d+)-").findRandom().saveAs("project")))
            .pause(Duration.ofMillis(500), Duration.ofSeconds(2))
            .exec(page("project page, signed in", "/projects/#{project}", node("apply-0", "applyButton")))
            .pause(Duration.ofMillis(500), Duration.ofSeconds(2))
            .exec(uidl("apply: open the form", session -> "[" + click(session, "applyButton") + "]",
                    node("apply-motivation", "motivation"), node("apply-availability", "availability"),
                    node("apply-send", "send")))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(uidl("apply: send", session -> "[" + typed(session, "motivation",
                            "地域の事業者と一緒に販路を広げたいと考え、応募しました。週末を中心に関わります。") + ","
                            + typed(session, "availability", "月2日、週末中心") + "," + click(session, "send") + "]",
                    substring("応募しました")));

    {
        List<io.gatling.javaapi.core.PopulationBuilder> arrivals = new java.util.ArrayList<>();
        arrivals.add(visitors.injectOpen(rampUsers(VISITORS).during(RAMP)));
        if (APPLICANTS > 0) {
            arrivals.add(applicants.injectOpen(rampUsers(APPLICANTS).during(RAMP)));
        }
        setUp(arrivals)
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L),
                        forAll().responseTime().percentile(95.0).lte(500));
    }
}
