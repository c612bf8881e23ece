package jp.enishi.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.enishi.engagement.CheckInStatus;
import jp.enishi.engagement.EngagementRow;
import jp.enishi.engagement.ui.EngagementView;
import jp.enishi.engagement.ui.EngagementsView;
import jp.enishi.engagement.ui.MyEngagementView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engagement pages as Nanto's officer and its new hire walk them (demo data): the hire waits with its terms to
 * confirm at the top of the list; bad terms are told at each field and nothing is saved; good ones start it; the
 * professional writes a check-in on their page and the team reads it.
 */
class EngagementPagesTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void a_new_hire_s_terms_are_confirmed_on_the_page_and_the_professional_checks_in() {
        long engagement = jdbc.queryForObject("SELECT e.id FROM engagement e JOIN app_user u ON u.id = e.user_id"
                + " WHERE u.email = 'fujita@side.example'", Long.class);
        signInAs("kobayashi@nanto.example");
        open("w/nanto/engagements");
        current(EngagementsView.class);
        assertThat(text("engagement-count")).isEqualTo("2件");
        @SuppressWarnings("unchecked")
        Grid<EngagementRow> grid = _get(Grid.class, spec -> spec.withId("engagements"));
        assertThat(GridKt._get(grid, 0).personName()).as("the terms to confirm before what runs on track")
                .isEqualTo("藤田 健");

        open("w/nanto/engagements/" + engagement);
        current(EngagementView.class);
        _setValue(_get(IntegerField.class, spec -> spec.withId("terms-yen")), -1);
        _setValue(_get(TextArea.class, spec -> spec.withId("terms-goal")), " ");
        _click(_get(Button.class, spec -> spec.withId("terms-confirm")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("terms-yen")).getErrorMessage()).contains("0から");
        assertThat(_get(TextArea.class, spec -> spec.withId("terms-goal")).getErrorMessage()).isEqualTo("入力してください。");
        assertThat(status(engagement)).as("nothing saved").isEqualTo("DRAFT");

        _setValue(_get(IntegerField.class, spec -> spec.withId("terms-yen")), 60_000);
        _setValue(_get(TextArea.class, spec -> spec.withId("terms-goal")), "和紙の新商品の試作を3点つくる。");
        _setValue(_get(TextField.class, spec -> spec.withId("terms-channel")), "月2回のオンライン面談");
        _click(_get(Button.class, spec -> spec.withId("terms-confirm")));
        assertThat(status(engagement)).isEqualTo("ACTIVE");
        assertThat(text("engagement-terms")).contains("月¥60,000・月4日", "和紙の新商品の試作を3点つくる。");

        signInAs("fujita@side.example");
        open("me");
        assertThat(text("my-engagements")).contains("南砺市", "伴走中");
        open("me/engagements/" + engagement);
        current(MyEngagementView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CheckInStatus> health = _get(RadioButtonGroup.class, spec -> spec.withId("check-in-status"));
        _setValue(health, CheckInStatus.AT_RISK);
        _setValue(_get(TextArea.class, spec -> spec.withId("check-in-notes")), "工房との日程がなかなか合いません。");
        _click(_get(Button.class, spec -> spec.withId("check-in-write")));
        assertThat(text("check-ins")).contains("工房との日程がなかなか合いません。", "要注意");

        signInAs("kobayashi@nanto.example");
        open("w/nanto/engagements/" + engagement);
        assertThat(text("engagement-state")).contains("要注意");
        assertThat(text("check-ins")).contains("藤田 健（プロ人材）", "工房との日程がなかなか合いません。");
    }

    private String status(long engagement) {
        return jdbc.queryForObject("SELECT status FROM engagement WHERE id = ?", String.class, engagement);
    }

    private static String text(String id) {
        Component found = _get(Component.class, spec -> spec.withId(id));
        return found.getElement().getTextRecursively();
    }
}
