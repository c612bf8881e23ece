package jp.enishi.ui;

import java.time.LocalDateTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.TestWorkspaces;
import jp.enishi.base.JapanTime;
import jp.enishi.identity.ui.ProfileView;
import jp.enishi.notification.ui.NotificationsView;
import jp.enishi.selection.Applying;
import jp.enishi.selection.Stage;
import jp.enishi.selection.ui.ApplicantView;
import jp.enishi.selection.ui.PipelineView;
import jp.enishi.talent.ui.TalentPoolView;
import jp.enishi.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The selection tools through their screens: board view, bulk moves, interviews, the bell, consent and the pool. */
class SelectionToolsPagesTest extends KaribuTest {

    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired Applying applying;
    @Autowired jp.enishi.talent.TalentPool pool;
    @Autowired jp.enishi.talent.PoolSearch search;
    @Autowired jp.enishi.workspace.WorkspaceDirectory directory;

    @Test
    void staff_move_two_applicants_at_once_and_see_them_on_the_board() {
        Team team = teams.create("ui-bulk");
        long project = testProjects.published(team, testProjects.complete("まとめて画面", "物語"));
        signIn.as(testProjects.professional("ui-bulk-1"));
        long first = applying.apply(project, 0, "動機", "月2日");
        signIn.as(testProjects.professional("ui-bulk-2"));
        long second = applying.apply(project, 0, "動機", "月2日");

        signInAs(team.admin());
        open("w/" + team.slug() + "/projects/" + project + "/applicants");
        current(PipelineView.class);
        _click(_get(Button.class, spec -> spec.withId("bulk-move")));
        assertThat(_get(Div.class, spec -> spec.withId("stage-counts")).getElement().getTextRecursively())
                .as("nobody chosen, nobody moved").contains("応募受付 2");
        _setValue(_get(Checkbox.class, spec -> spec.withId("choose-" + first)), true);
        _setValue(_get(Checkbox.class, spec -> spec.withId("choose-" + second)), true);
        assertThat(_get(Span.class, spec -> spec.withId("chosen-count")).getText()).isEqualTo("2人を選択中");
        @SuppressWarnings("unchecked") ComboBox<Stage> to = _get(ComboBox.class, spec -> spec.withId("bulk-stage"));
        _setValue(to, null);
        _click(_get(Button.class, spec -> spec.withId("bulk-move")));
        assertThat(to.isInvalid()).as("no stage chosen: said on the field").isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("次の段階を選んでください。");
        assertThat(_get(Div.class, spec -> spec.withId("stage-counts")).getElement().getTextRecursively())
                .contains("応募受付 2");
        _setValue(to, Stage.SCREENING);
        _click(_get(Button.class, spec -> spec.withId("bulk-move")));
        assertThat(_get(Div.class, spec -> spec.withId("stage-counts")).getElement().getTextRecursively()).contains("書類確認 2");

        open("w/" + team.slug() + "/projects/" + project + "/applicants?view=board&stage=SCREENING");
        assertThat(_get(Div.class, spec -> spec.withId("column-SCREENING")).getElement().getTextRecursively())
                .contains("ui-bulk-1", "ui-bulk-2");
        _assertNone(Div.class, spec -> spec.withId("column-APPLIED"));
    }

    @Test
    void an_interview_scheduled_on_screen_reaches_the_applicant_s_bell_and_page() {
        Team team = teams.create("ui-interview");
        long project = testProjects.published(team, testProjects.complete("面談画面", "物語"));
        String pro = testProjects.professional("ui-interviewee");
        signIn.as(pro);
        long application = applying.apply(project, 0, "動機", "月2日");

        signInAs(team.admin());
        open("w/" + team.slug() + "/applications/" + application);
        current(ApplicantView.class);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("interview-when")),
                LocalDateTime.now(JapanTime.ZONE).minusDays(1));
        _setValue(_get(TextField.class, spec -> spec.withId("interview-interviewers")), "山田");
        _click(_get(Button.class, spec -> spec.withId("interview-schedule")));
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("interview-when")).getErrorMessage())
                .isEqualTo("面談の日時は、これから先の日時にしてください。");
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("interview-when")),
                LocalDateTime.now(JapanTime.ZONE).plusDays(3).withHour(10).withMinute(30));
        _setValue(_get(TextField.class, spec -> spec.withId("interview-url")), "https://meet.example/xyz");
        _click(_get(Button.class, spec -> spec.withId("interview-schedule")));
        assertThat(_get(Span.class, spec -> spec.withId("applicant-stage")).getText()).isEqualTo("面談調整");
        assertThat(_get(Div.class, spec -> spec.withId("interviews")).getElement().getTextRecursively())
                .contains("10:30", "担当：山田");

        signInAs(pro);
        open("me");
        Anchor bell = _get(Anchor.class, spec -> spec.withId("notification-bell"));
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("お知らせ（未読 1 件）");
        assertThat(_get(Div.class, spec -> spec.withId("my-applications")).getElement().getTextRecursively())
                .contains("面談：", "10:30");
        open("notifications");
        current(NotificationsView.class);
        assertThat(_get(Div.class, spec -> spec.withId("notifications")).getElement().getTextRecursively())
                .contains("面談のご案内：面談画面", "https://meet.example/xyz");
        open("me");
        assertThat(_get(Anchor.class, spec -> spec.withId("notification-bell")).getElement().getAttribute("aria-label"))
                .isEqualTo("お知らせ（未読 0 件）");
    }

    @Test
    void a_professional_consents_on_their_page_and_the_workspace_sees_them_in_its_pool() {
        Team team = teams.create("ui-pool");
        String pooled = testProjects.professional("ui-pooled");
        signInAs(pooled);
        open("me");
        current(ProfileView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<WorkspaceSummary> workspace =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("consent-workspace"));
        // The box fetches as one types; the value is the workspace found.
        _setValue(workspace, directory.bySlug(team.slug()).orElseThrow());
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("consent-words")).getText())
                .contains("ui-pool町が", "人材プール");
        _click(_get(Button.class, spec -> spec.withId("consent-give")));
        assertThat(_get(Div.class, spec -> spec.withId("consents-active")).getElement().getTextRecursively())
                .contains("ui-pool町", "人材プールへの登録");

        signInAs(team.admin());
        open("w/" + team.slug() + "/talent");
        current(TalentPoolView.class);
        assertThat(_get(Div.class, spec -> spec.withId("talent-pool")).getElement().getTextRecursively()).contains("ui-pooled");
        long pooledId = search.search(team.slug(), new jp.enishi.talent.PoolQuery(null, null, null, null, null,
                jp.enishi.talent.PoolQuery.Scope.OURS, null, 0, 100)).hits().stream().filter(m -> m.displayName().startsWith("ui-pooled"))
                .findFirst().orElseThrow().userId();
        Div rows = _get(Div.class, spec -> spec.withId("talent-pool"));
        assertThat(rows.getElement().getOuterHTML()).contains("id=\"write-" + pooledId + "\"");
        // A click naming someone not on the page (a forged event) opens nothing.
        clickWrite(rows, 999_999_999L);
        _assertNone(TextArea.class, spec -> spec.withId("pool-message-text"));
        clickWrite(rows, pooledId);
        _click(_get(Button.class, spec -> spec.withId("pool-message-send")));
        assertThat(_get(TextArea.class, spec -> spec.withId("pool-message-text")).getErrorMessage()).isNotBlank();
        _setValue(_get(TextArea.class, spec -> spec.withId("pool-message-text")), "秋の収穫祭にいらっしゃいませんか。");
        _click(_get(Button.class, spec -> spec.withId("pool-message-send")));
        _assertNone(TextArea.class, spec -> spec.withId("pool-message-text"));

        signInAs(pooled);
        open("notifications");
        assertThat(_get(Div.class, spec -> spec.withId("notifications")).getElement().getTextRecursively())
                .contains("ui-pool町からのお便り", "秋の収穫祭にいらっしゃいませんか。");
    }

    /** The click a row's write button sends (one listener on the rows, not a Button per row). */
    private static void clickWrite(Div rows, long userId) {
        var data = JsonNodeFactory.instance.objectNode()
                .put(TalentPoolView.WRITE_CLICKED, true).put(TalentPoolView.WRITE_TO, String.valueOf(userId));
        _fireDomEvent(rows.getElement(), new DomEvent(rows.getElement(), "click", data));
    }

    @Test
    void a_declined_applicant_is_asked_to_stay_in_the_pool_from_their_page() {
        Team team = teams.create("ui-ask");
        long project = testProjects.published(team, testProjects.complete("お誘い画面", "物語"));
        signIn.as(testProjects.professional("ui-asked"));
        long application = applying.apply(project, 0, "動機", "月2日");
        signInAs(team.admin());
        open("w/" + team.slug() + "/applications/" + application);
        _assertNone(Button.class, spec -> spec.withId("ask-to-pool"));
        _get(Div.class, spec -> spec.withId("interviews"));
        @SuppressWarnings("unchecked")
        Select<jp.enishi.selection.Stage> next = _get(Select.class, spec -> spec.withId("next-" + application));
        _setValue(next, jp.enishi.selection.Stage.DECLINED);
        _setValue(_get(TextField.class, spec -> spec.withId("reason-" + application)), "今回は見送り");
        _click(_get(Button.class, spec -> spec.withId("move-" + application)));
        _assertNone(Div.class, spec -> spec.withId("interviews"));
        _click(_get(Button.class, spec -> spec.withId("ask-to-pool")));
        assertThat(_get(Span.class, spec -> spec.withId("pool-state")).getText()).isEqualTo("回答待ち");
    }

    @Test
    void the_talent_pool_filters_by_skill_and_region_from_the_address() {
        signInAs("yamada@shiojiri.example");
        open("w/shiojiri/talent?skill=MARKETING");
        assertThat(_get(Div.class, spec -> spec.withId("talent-pool")).getElement().getTextRecursively()).contains("中村 花子");
        open("w/shiojiri/talent?skill=MARKETING&region=KYUSHU_OKINAWA");
        assertThat(_get(Div.class, spec -> spec.withId("talent-pool")).getElement().getTextRecursively())
                .doesNotContain("中村 花子");
        open("w/shiojiri/talent?skill=NO_SUCH_SKILL");
        assertThat(_get(Div.class, spec -> spec.withId("talent-pool")).getElement().getTextRecursively())
                .as("an unknown value filters nothing").contains("中村 花子");
    }

    @Test
    void the_delete_dialog_says_what_is_kept_and_refuses_without_the_word() {
        signInAs(testProjects.professional("ui-leaver"));
        open("me");
        _get(Anchor.class, spec -> spec.withId("download-my-data"));
        _click(_get(Button.class, spec -> spec.withId("delete-account")));
        _setValue(_get(TextField.class, spec -> spec.withId("delete-confirmation")), "はい");
        _click(_get(Button.class, spec -> spec.withId("delete-confirm")));
        assertThat(_get(TextField.class, spec -> spec.withId("delete-confirmation")).getErrorMessage())
                .isEqualTo("確認のため「削除」と入力してください。");
        current(ProfileView.class);
    }
}
