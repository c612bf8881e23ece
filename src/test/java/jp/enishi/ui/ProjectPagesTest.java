package jp.enishi.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.base.ui.ForbiddenView;
import jp.enishi.base.ui.NotFoundView;
import jp.enishi.project.BoardCard;
import jp.enishi.project.BoardQuery;
import jp.enishi.project.MyProjects;
import jp.enishi.project.ProjectBoard;
import jp.enishi.project.ProjectService;
import jp.enishi.project.ProjectStatus;
import jp.enishi.project.PublicPaths;
import jp.enishi.project.SpecSheet;
import jp.enishi.project.ui.ProjectBoardView;
import jp.enishi.project.ui.ProjectEditorView;
import jp.enishi.project.ui.ProjectListView;
import jp.enishi.project.ui.ProjectPageView;
import jp.enishi.workspace.Region;
import jp.enishi.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectPagesTest extends KaribuTest {

    @Autowired ProjectBoard board;
    @Autowired ProjectService projects;
    @Autowired MyProjects myProjects;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;

    @Test
    void a_visitor_searches_the_board_in_japanese_from_a_shared_link() {
        open("projects?q=%E3%83%AF%E3%82%A4%E3%83%B3&region=chubu");
        current(ProjectBoardView.class);
        assertThat(_get(TextField.class, spec -> spec.withId("board-search")).getValue()).isEqualTo("ワイン");
        @SuppressWarnings("unchecked") com.vaadin.flow.component.combobox.ComboBox<Region> region =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("board-region"));
        assertThat(region.getValue()).isEqualTo(Region.CHUBU);
        assertThat(cardTitles()).contains("WaiNariを活用した地域資源の可視化による販路拡大")
                .doesNotContain("週1副社長：老舗和菓子店の社長の参謀");
    }

    @Test
    void a_filter_changed_on_the_board_goes_into_the_address_so_back_works() {
        open("projects");
        _setValue(_get(Checkbox.class, spec -> spec.withId("board-open")), true);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("projects?open=1");
        assertThat(cardTitles()).doesNotContain("週1副社長：酒蔵の新商品開発").contains("県内ホテルの人事制度づくり");
    }

    @Test
    void a_closed_project_says_so_and_a_draft_is_not_found() {
        BoardCard closed = board.search(new BoardQuery("酒蔵", null, null, null, null, null, false, 0, 20)).cards().stream()
                .filter(c -> c.sheet().title().equals("週1副社長：酒蔵の新商品開発")).findFirst().orElseThrow();
        open(closed.path().substring(1));
        current(ProjectPageView.class);
        assertThat(_get(Div.class, spec -> spec.withId("project-state")).getText()).isEqualTo("このプロジェクトの募集は終了しました");

        Team team = teams.create("page");
        long draft = testProjects.draft(team, testProjects.complete("まだ下書き", "物語"));
        open(PublicPaths.project(draft, "まだ下書き").substring(1));
        current(NotFoundView.class);
    }

    @Test
    void staff_start_a_project_from_their_list_and_save_its_sheet() {
        signInAs("suzuki@shiojiri.example");
        open("w/shiojiri/projects");
        current(ProjectListView.class);
        assertThat(_get(Div.class, spec -> spec.withId("status-filter")).getElement().getTextRecursively()).contains("公開中");
        _setValue(_get(TextField.class, spec -> spec.withId("new-project-title")), "UIから始めた企画");
        _click(_get(Button.class, spec -> spec.withId("new-project")));
        current(ProjectEditorView.class);
        assertThat(_get(H1.class, spec -> spec.withId("editor-title")).getText()).isEqualTo("UIから始めた企画");

        _setValue(_get(TextArea.class, spec -> spec.withId("field-localIssue")), "空き店舗が増えています。");
        _click(_get(Button.class, spec -> spec.withId("save-sheet")));
        long id = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getSegments().getLast());
        assertThat(projects.open("shiojiri", id).sheet().localIssue()).isEqualTo("空き店舗が増えています。");
    }

    @Test
    void the_review_tab_is_built_when_opened_and_a_link_to_it_opens_it() {
        signInAs("yamada@shiojiri.example");
        long id = projects.list("shiojiri", null).rows().getFirst().id();
        open("w/shiojiri/projects/" + id);
        assertThat(_find(Button.class, spec -> spec.withId("review-post"))).as("not built before it is opened").isEmpty();
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        assertThat(_find(Button.class, spec -> spec.withId("review-post"))).hasSize(1);

        open("w/shiojiri/projects/" + id + "?tab=review");
        assertThat(_find(Button.class, spec -> spec.withId("review-post"))).as("?tab=review").hasSize(1);
    }

    @Test
    void the_cover_upload_is_built_when_the_writer_asks_for_it() {
        signInAs("yamada@shiojiri.example");
        long id = projects.list("shiojiri", null).rows().getFirst().id();
        open("w/shiojiri/projects/" + id);
        assertThat(_find(com.vaadin.flow.component.upload.Upload.class)).as("not built before it is asked for").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("cover-choose")));
        assertThat(_find(com.vaadin.flow.component.upload.Upload.class, spec -> spec.withId("cover-upload"))).hasSize(1);
        _assertNone(Button.class, spec -> spec.withId("cover-choose"));
    }

    @Test
    void a_second_writer_of_the_same_section_sees_the_other_text_and_keeps_their_own() {
        Team team = teams.create("ui-conflict");
        long id = testProjects.draft(team, testProjects.complete("同時に書く", "元の物語"));
        String staff = teams.addMember(team, Role.STAFF);
        signInAs(team.admin());
        open("w/" + team.slug() + "/projects/" + id);
        _setValue(_get(TextArea.class, spec -> spec.withId("field-ownerStory")), "管理者の物語");

        signIn.as(staff);
        var opened = projects.open(team.slug(), id);
        projects.save(team.slug(), id, opened.version(), withStory(opened.sheet(), "職員の物語"));
        signIn.as(team.admin());
        _click(_get(Button.class, spec -> spec.withId("save-sheet")));

        Dialog dialog = _get(Dialog.class, spec -> spec.withId("conflict-dialog"));
        assertThat(dialog.getElement().getTextRecursively()).contains("職員の物語");
        assertThat(_get(TextArea.class, spec -> spec.withId("field-ownerStory")).getValue()).isEqualTo("管理者の物語");
        assertThat(projects.open(team.slug(), id).sheet().ownerStory()).isEqualTo("職員の物語");
    }

    @Test
    void publishing_an_incomplete_sheet_marks_each_missing_field() {
        Team team = teams.create("ui-publish");
        signInAs(team.admin());
        long id = projects.create(team.slug(), "空っぽ");
        projects.changeStatus(team.slug(), id, ProjectStatus.IN_REVIEW);
        open("w/" + team.slug() + "/projects/" + id);
        _click(_get(Button.class, spec -> spec.withId("move-published")));
        assertThat(_get(TextArea.class, spec -> spec.withId("field-ownerStory")).isInvalid()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("field-ownerStory")).getErrorMessage()).isEqualTo("入力してください。");
        assertThat(projects.open(team.slug(), id).status()).isEqualTo(ProjectStatus.IN_REVIEW);
    }

    @Test
    void the_invited_demo_designer_reaches_her_draft_from_the_drawer_and_no_other() {
        signInAs("aiko@pro.example");
        var invited = myProjects.invited(java.util.Locale.JAPANESE);
        assertThat(invited).singleElement().satisfies(p -> assertThat(p.workspaceSlug()).isEqualTo("shiojiri"));
        open("w/shiojiri/projects/" + invited.getFirst().projectId());
        current(ProjectEditorView.class);

        long otherDraft = board.search(BoardQuery.everything()).cards().getFirst().id();
        open("w/shiojiri/projects");
        current(ForbiddenView.class);
        open("w/shiojiri/projects/" + otherDraft);
        current(ForbiddenView.class);
    }

    @Test
    void script_in_a_sheet_reaches_the_public_page_as_harmless_text() {
        Team team = teams.create("ui-xss");
        long id = testProjects.published(team, testProjects.complete("XSSの確認",
                "<img src=x onerror=alert(1)> [リンク](jav&#x61;script:alert(2)) <iframe src=//evil.example></iframe>"));
        open(PublicPaths.project(id, "XSSの確認").substring(1));
        current(ProjectPageView.class);
        List<String> rendered = _find(com.vaadin.flow.component.Html.class).stream()
                .map(html -> html.getElement().getProperty("innerHTML", "")).toList();
        assertThat(rendered).anySatisfy(html -> assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;"));
        for (String html : rendered) {
            var fragment = org.jsoup.Jsoup.parseBodyFragment(html);
            assertThat(fragment.select("img, iframe, script")).isEmpty();
            assertThat(fragment.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("http"));
        }
    }

    /** The cards' titles as the browser shows them: each card is one piece of escaped HTML. */
    private static List<String> cardTitles() {
        return _find(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("board-results")),
                com.vaadin.flow.component.html.Anchor.class).stream()
                .map(a -> a.getElement().getProperty("innerHTML"))
                .map(html -> org.springframework.web.util.HtmlUtils.htmlUnescape(
                        html.substring(html.indexOf("<h3>") + 4, html.indexOf("</h3>"))))
                .toList();
    }

    private static SpecSheet withStory(SpecSheet s, String story) {
        return new SpecSheet(s.title(), s.summary(), s.themeOwner(), story, s.localIssue(), s.future(),
                s.expectations(), s.roles(), s.conditions());
    }
}
