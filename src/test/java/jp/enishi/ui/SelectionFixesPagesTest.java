package jp.enishi.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.selection.Applying;
import jp.enishi.selection.Stage;
import jp.enishi.selection.ui.ApplicantView;
import jp.enishi.selection.ui.PipelineView;
import jp.enishi.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The screens of selection where users were hurt: a refused move, the headcount, taking a decision back. */
class SelectionFixesPagesTest extends KaribuTest {

    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired jp.enishi.TestApplicants applicants;
    @Autowired Applying applying;
    @Autowired WorkspaceService workspaces;

    @Test
    @SuppressWarnings("unchecked")
    void a_decline_refused_for_want_of_a_reason_stays_a_decline_and_never_becomes_a_hire() {
        Team team = teams.create("ui-decline");
        long project = testProjects.published(team, testProjects.complete("見送りの画面", "物語"));
        long id = applicants.apply(project, testProjects.professional("ui-declined"));
        signIn.as(team.admin());
        workspaces.requireInterview(team.slug(), false);

        signInAs(team.admin());
        open("w/" + team.slug() + "/applications/" + id);
        current(ApplicantView.class);
        Select<Stage> next = _get(Select.class, spec -> spec.withId("next-" + id));
        assertThat(next.getValue()).as("the first offer is the next step, never a decision").isEqualTo(Stage.SCREENING);
        _setValue(next, Stage.DECLINED);
        _click(_get(Button.class, spec -> spec.withId("move-" + id)));

        TextField reason = _get(TextField.class, spec -> spec.withId("reason-" + id));
        assertThat(reason.isInvalid()).as("the message stands on the reason field").isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("採用・見送りには理由を記録してください。");
        assertThat(_get(Select.class, spec -> spec.withId("next-" + id)).getValue()).as("the chosen stage is kept")
                .isEqualTo(Stage.DECLINED);
        assertThat(_get(Span.class, spec -> spec.withId("applicant-stage")).getText()).isEqualTo("応募受付");

        _setValue(reason, "今回は別の方にお願いします。");
        _click(_get(Button.class, spec -> spec.withId("move-" + id)));
        assertThat(_get(Span.class, spec -> spec.withId("applicant-stage")).getText()).isEqualTo("見送り");
        assertThat(_get(Div.class, spec -> spec.withId("applicant-history")).getElement().getTextRecursively())
                .contains("応募受付 → 見送り").doesNotContain("採用");
    }

    @Test
    @SuppressWarnings("unchecked")
    void hiring_beyond_the_headcount_asks_first_and_an_admin_can_take_it_back() {
        Team team = teams.create("ui-headcount");
        long project = testProjects.published(team, testProjects.complete("一人の募集", "物語"));
        long first = applicants.apply(project, testProjects.professional("ui-first"));
        long second = applicants.apply(project, testProjects.professional("ui-second"));
        signIn.as(team.admin());
        workspaces.requireInterview(team.slug(), false);

        signInAs(team.admin());
        for (long id : new long[] {first, second}) {
            open("w/" + team.slug() + "/projects/" + project + "/applicants");
            current(PipelineView.class);
            _setValue(_get(Select.class, spec -> spec.withId("next-" + id)), Stage.HIRED);
            _setValue(_get(TextField.class, spec -> spec.withId("reason-" + id)), "お願いしたい");
            _click(_get(Button.class, spec -> spec.withId("move-" + id)));
        }
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("beyond-headcount-" + second));
        assertThat(_get(Div.class, spec -> spec.withId("stage-counts")).getElement().getTextRecursively())
                .as("not hired before the confirmation").contains("採用 1");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(_get(Div.class, spec -> spec.withId("stage-counts")).getElement().getTextRecursively()).contains("採用 2");

        open("w/" + team.slug() + "/applications/" + second);
        _setValue(_get(TextField.class, spec -> spec.withId("reopen-reason")), "二人目は誤りでした");
        _click(_get(Button.class, spec -> spec.withId("reopen")));
        assertThat(_get(Span.class, spec -> spec.withId("applicant-stage")).getText()).isEqualTo("応募受付");
        assertThat(_get(Div.class, spec -> spec.withId("applicant-history")).getElement().getTextRecursively())
                .contains("採用 → 応募受付", "二人目は誤りでした");
    }

    /** Found with two real browsers: the stale page's move got no message at all. */
    @Test
    @SuppressWarnings("unchecked")
    void a_move_from_a_stale_page_says_where_someone_else_moved_the_applicant_and_shows_it() {
        Team team = teams.create("ui-stale");
        long project = testProjects.published(team, testProjects.complete("古い画面", "物語"));
        long id = applicants.apply(project, testProjects.professional("ui-stale-pro"));
        signInAs(team.admin());
        open("w/" + team.slug() + "/projects/" + project + "/applicants");
        current(PipelineView.class);
        // Meanwhile a colleague, on another screen, moves the applicant on.
        applicants.move(team, id, Stage.SCREENING);
        signIn.as(team.admin());

        _click(_get(Button.class, spec -> spec.withId("move-" + id)));
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .anySatisfy(n -> assertThat(n.getElement().getProperty("text", ""))
                        .contains("他の方が", "「書類確認」へ移していました"));
        assertThat(_get(Select.class, spec -> spec.withId("next-" + id)).getValue())
                .as("the page now offers the move from the current stage").isNotEqualTo(Stage.SCREENING);
    }

    @Test
    void withdrawing_an_application_asks_first() {
        Team team = teams.create("ui-withdraw");
        long project = testProjects.published(team, testProjects.complete("辞退の画面", "物語"));
        String pro = testProjects.professional("ui-withdrawer");
        long id = applicants.apply(project, pro);

        signInAs(pro);
        open("me");
        _click(_get(Button.class, spec -> spec.withId("withdraw-" + id)));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-withdraw-" + id));
        assertThat(applying.mine(java.util.Locale.JAPANESE).getFirst().stage()).as("not before the answer")
                .isEqualTo(Stage.APPLIED);
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(applying.mine(java.util.Locale.JAPANESE).getFirst().stage()).isEqualTo(Stage.WITHDRAWN);
    }
}
