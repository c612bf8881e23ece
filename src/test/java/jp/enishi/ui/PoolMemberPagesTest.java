package jp.enishi.ui;

import java.time.Duration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.base.ui.ForbiddenView;
import jp.enishi.base.ui.NotFoundView;
import jp.enishi.relationship.ui.PoolMemberView;
import jp.enishi.selection.Applying;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.Stage;
import jp.enishi.talent.ConsentPurpose;
import jp.enishi.talent.Consents;
import jp.enishi.talent.ui.TalentPoolView;
import jp.enishi.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A pool member's page as a region's staff use it: from the pool's list, with the timeline, notes and tags. */
class PoolMemberPagesTest extends KaribuTest {

    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired Applying applying;
    @Autowired Pipeline pipeline;
    @Autowired Consents consents;
    @Autowired JdbcTemplate jdbc;

    @Test
    void staff_open_a_pool_member_from_the_list_see_their_history_and_keep_notes_and_tags() {
        Team team = teams.create("ui-member");
        Team other = teams.create("ui-member-other");
        String owner = teams.addMember(team, Role.THEME_OWNER);
        long project = testProjects.published(team, testProjects.complete("メンバー画面の企画", "物語"));
        String pro = testProjects.professional("ui-member-pro");
        long proId = jdbc.queryForObject("SELECT id FROM app_user WHERE email = ?", Long.class, pro);
        signIn.as(pro);
        long id = applying.apply(project, 0, "動機", "月2日");
        signIn.as(team.admin());
        pipeline.move(team.slug(), id, 0, Stage.DECLINED, "今回は別の方に", false);
        signIn.as(pro);
        consents.give(team.slug(), ConsentPurpose.POOL);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM relationship_entry WHERE user_id = ?", Integer.class, proId) == 3);

        signInAs(team.admin());
        open("w/" + team.slug() + "/talent");
        current(TalentPoolView.class);
        Anchor name = _get(Anchor.class, spec -> spec.withId("member-" + proId));
        assertThat(name.getHref()).isEqualTo("w/" + team.slug() + "/talent/" + proId);

        open(name.getHref());
        current(PoolMemberView.class);
        assertThat(_get(H2.class, spec -> spec.withId("member-name")).getText()).startsWith("ui-member-pro");
        String timeline = _get(Div.class, spec -> spec.withId("member-timeline")).getElement().getTextRecursively();
        assertThat(timeline).contains("人材プールに登録", "見送り", "応募", "メンバー画面の企画", "令和");

        _setValue(_get(TextArea.class, spec -> spec.withId("note-text")), "ワインの企画で再度声をかける");
        _click(_get(Button.class, spec -> spec.withId("note-add")));
        assertThat(_get(Div.class, spec -> spec.withId("member-notes")).getElement().getTextRecursively())
                .contains("ワインの企画で再度声をかける");
        _setValue(_get(TextField.class, spec -> spec.withId("tag-text")), "ワイン");
        _click(_get(Button.class, spec -> spec.withId("tag-add")));
        assertThat(_get(Div.class, spec -> spec.withId("member-tags")).getElement().getTextRecursively()).contains("ワイン ×");
        _setValue(_get(TextArea.class, spec -> spec.withId("note-text")), "");
        _click(_get(Button.class, spec -> spec.withId("note-add")));
        assertThat(_get(TextArea.class, spec -> spec.withId("note-text")).getErrorMessage()).as("an empty note is refused")
                .isNotBlank();

        open("w/" + team.slug() + "/talent?tag=ワイン");
        assertThat(_find(Anchor.class, spec -> spec.withId("member-" + proId))).hasSize(1);
        open("w/" + team.slug() + "/talent?tag=存在しないタグ");
        assertThat(_find(Anchor.class, spec -> spec.withId("member-" + proId))).isEmpty();

        open("w/" + team.slug() + "/talent/999999999");
        current(NotFoundView.class);
        signInAs(other.admin());
        open("w/" + team.slug() + "/talent/" + proId);
        current(ForbiddenView.class);
        open("w/" + other.slug() + "/talent/" + proId);
        current(NotFoundView.class);
        signInAs(owner);
        open("w/" + team.slug() + "/talent/" + proId);
        current(ForbiddenView.class);
    }
}
