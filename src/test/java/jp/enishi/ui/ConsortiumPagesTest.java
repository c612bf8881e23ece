package jp.enishi.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.identity.ui.ProfileView;
import jp.enishi.relationship.ui.PoolMemberView;
import jp.enishi.selection.MyNominations;
import jp.enishi.selection.NominationStatus;
import jp.enishi.talent.ConsentPurpose;
import jp.enishi.talent.Consents;
import jp.enishi.talent.ui.SharedPoolView;
import jp.enishi.talent.ui.TalentPoolView;
import jp.enishi.workspace.ui.LandingView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The consortium's pages as their users walk them: shared pool, a nomination from a member's page to /me, landing. */
class ConsortiumPagesTest extends KaribuTest {

    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired Consents consents;
    @Autowired MyNominations nominations;
    @Autowired JdbcTemplate jdbc;

    @Test
    void another_region_finds_a_shared_person_nominates_them_and_they_accept_on_their_page() {
        Team from = teams.create("ui-share-from");
        Team to = teams.create("ui-share-to");
        testProjects.published(to, testProjects.complete("鳥取の指名の企画", "物語"));
        String pro = testProjects.professional("ui-shared-pro");
        long proId = jdbc.queryForObject("SELECT id FROM app_user WHERE email = ?", Long.class, pro);
        signIn.as(pro);
        consents.give(from.slug(), ConsentPurpose.POOL);
        consents.give(from.slug(), ConsentPurpose.CONSORTIUM);

        signInAs(TestWorkspaces.CONSORTIUM_ADMIN);
        open("consortium/talent");
        current(SharedPoolView.class);
        assertThat(text("shared-pool")).contains("ui-shared-pro", "ui-share-from町");

        signInAs(to.admin());
        open("w/" + to.slug() + "/talent?scope=shared");
        current(TalentPoolView.class);
        assertThat(text("talent-pool")).contains("ui-shared-pro", "共有");
        open("w/" + to.slug() + "/talent/" + proId);
        current(PoolMemberView.class);
        _click(_get(Button.class, spec -> spec.withId("nominate")));
        _click(_get(Button.class, spec -> spec.withId("nomination-send")));
        assertThat(_get(TextArea.class, spec -> spec.withId("nomination-message")).getErrorMessage())
                .as("why you is required").isNotBlank();
        _setValue(_get(TextArea.class, spec -> spec.withId("nomination-message")), "鳥取の森で、あなたのデザインが必要です。");
        _click(_get(Button.class, spec -> spec.withId("nomination-send")));
        assertThat(text("nominations")).contains("回答待ち");

        signInAs(pro);
        open("me");
        current(ProfileView.class);
        assertThat(text("nominations")).contains("ui-share-to町", "鳥取の森で、あなたのデザインが必要です。", "回答");
        long nomination = nominations.mine(Locale.JAPANESE).getFirst().id();
        _click(_get(Button.class, spec -> spec.withId("nomination-accept-" + nomination)));
        _click(_get(Button.class, spec -> spec.withId("nomination-answer-confirm")));
        assertThat(nominations.mine(Locale.JAPANESE).getFirst().status()).isEqualTo(NominationStatus.ACCEPTED);
        assertThat(text("provisions")).contains("ui-share-to町", "指名のためのプロフィール");
    }

    @Test
    void the_landing_page_shows_a_page_of_municipalities_by_prefecture_or_name() {
        open("?pref=nagano");
        current(LandingView.class);
        assertThat(text("participants")).contains("塩尻市").doesNotContain("上士幌町");
        open("?q=上士幌");
        assertThat(text("participants")).contains("上士幌町").doesNotContain("塩尻市");
        assertThat(_get(H2.class, spec -> spec.withId("participants-count")).getText()).contains("1");
        open("?q=存在しない町");
        assertThat(text("participants")).contains("該当する自治体はありません");
        open("");
        assertThat(_find(Component.class, spec -> spec.withClasses("enishi-card"))).hasSizeBetween(5, 24);
    }

    @Test
    void a_region_sees_a_draft_round_coming_before_its_nomination_window() {
        signInAs("ito@tottori.example");
        open("w/tottori/draft");
        current(jp.enishi.draft.ui.DraftPicksView.class);
        assertThat(text("draft-coming")).as("the demo round takes entries now").contains("指名期間は", "参加しています");
    }

    /** The text a reader sees, including cards drawn as one piece of HTML (their {@code innerHTML}). */
    private static String text(String id) {
        Component found = _get(Component.class, spec -> spec.withId(id));
        StringBuilder text = new StringBuilder(found.getElement().getTextRecursively());
        found.getElement().getChildren().forEach(child -> markup(child, text));
        return text.toString();
    }

    private static void markup(com.vaadin.flow.dom.Element element, StringBuilder text) {
        if (element.hasProperty("innerHTML")) {
            text.append(' ').append(org.springframework.web.util.HtmlUtils.htmlUnescape(element.getProperty("innerHTML")));
        }
        element.getChildren().forEach(child -> markup(child, text));
    }
}
