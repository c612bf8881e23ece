package jp.enishi.project;

import jp.enishi.TestImages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jp.enishi.SignIn;
import jp.enishi.TestClock;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What SNS sites and browsers get without signing in, through the real filter chain: the project page's Open Graph
 * tags in the first HTML, and cover images of public projects only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "enishi.data-dir=target/test-data",
        "enishi.embedded-db.port=0",
        "enishi.embedded-db.fresh=true",
        "enishi.demo-data=true",
        "enishi.base-url=https://enishi.example",
        "vaadin.launch-browser=false",
        "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap"
})
@Import(TestClock.Configuration.class)
class PublicProjectsOverHttpTest {

    @LocalServerPort int port;
    @Autowired ProjectService projects;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired SignIn signIn;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void a_shared_project_link_carries_open_graph_tags_and_its_cover() throws Exception {
        Team team = teams.create("og");
        long id = testProjects.published(team, testProjects.complete("漆の町の滞在企画 <\"&>", "物語"));
        signIn.as(team.admin());
        projects.uploadCover(team.slug(), id, TestImages.png());
        signIn.out();

        HttpResponse<String> page = get(PublicPaths.project(id, "漆の町の滞在企画"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<meta property=\"og:title\" content=\"漆の町の滞在企画 &lt;&quot;&amp;&gt; | og町\">")
                .contains("<meta property=\"og:description\" content=\"ひとことで：漆の町の滞在企画 &lt;&quot;&amp;&gt;\">")
                .contains("<meta property=\"og:image\" content=\"https://enishi.example/media/projects/" + id + "/cover\">")
                .contains("<meta name=\"twitter:card\" content=\"summary_large_image\">");

        HttpResponse<byte[]> cover = http.send(request(CoverImageControllerPath.of(id)), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(cover.statusCode()).isEqualTo(200);
        assertThat(cover.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(cover.body()).isEqualTo(TestImages.png());
    }

    @Test
    void a_closed_project_says_so_in_its_card_and_a_draft_shows_nothing() throws Exception {
        Team team = teams.create("og-closed");
        long closed = testProjects.published(team, testProjects.complete("締め切った企画", "物語"));
        testProjects.move(team, closed, ProjectStatus.CLOSED);
        long draft = testProjects.draft(team, testProjects.complete("下書きの企画", "物語"));
        signIn.as(team.admin());
        projects.uploadCover(team.slug(), draft, TestImages.png());
        signIn.out();

        assertThat(get(PublicPaths.project(closed, "x")).body()).contains("content=\"【募集終了】締め切った企画");
        assertThat(get(PublicPaths.project(draft, "x")).body()).doesNotContain("og:title").doesNotContain("下書きの企画");
        assertThat(http.send(request(CoverImageControllerPath.of(draft)), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_municipality_has_a_public_page_with_its_open_projects_and_open_graph_tags() throws Exception {
        Team team = teams.create("og-region");
        testProjects.published(team, testProjects.complete("町の募集中の企画", "物語"));

        HttpResponse<String> page = get("/regions/" + team.slug());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<meta property=\"og:title\" content=\"og-region町の関係人口プロジェクト")
                .contains("<meta property=\"og:url\" content=\"https://enishi.example/regions/" + team.slug() + "\">");
        assertThat(get("/regions/no-such-town").statusCode()).isEqualTo(404);
    }

    @Test
    void pages_go_compressed_to_browsers_that_accept_it() throws Exception {
        HttpResponse<byte[]> plain = http.send(request("/projects"), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> zipped = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/projects"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.body().length).as("the board's first render, gzipped, beside plain")
                .isLessThan(plain.body().length / 3);
        assertThat(new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("<html");
    }

    @Test
    void the_favicon_is_served_to_anyone() throws Exception {
        HttpResponse<byte[]> icon = http.send(request("/favicon.ico"), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
    }

    /** The controller's address, spelled out: a test that computed it with the controller would prove nothing. */
    private static final class CoverImageControllerPath {
        static String of(long id) {
            return "/media/projects/" + id + "/cover";
        }
    }
}
