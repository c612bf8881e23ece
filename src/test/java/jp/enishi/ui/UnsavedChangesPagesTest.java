package jp.enishi.ui;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.identity.ui.ProfileView;
import jp.enishi.project.ui.ProjectEditorView;
import jp.enishi.project.ui.ProjectListView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Typed text is never lost silently: leaving a form with unsaved changes asks first. */
class UnsavedChangesPagesTest extends KaribuTest {

    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;

    @Test
    void leaving_the_spec_sheet_with_unsaved_text_asks_first_and_stays_when_told() {
        Team team = teams.create("ui-unsaved");
        long project = testProjects.draft(team, testProjects.complete("書きかけの企画", "物語"));
        signInAs(team.admin());
        open("w/" + team.slug() + "/projects/" + project);
        current(ProjectEditorView.class);

        UI.getCurrent().navigate("w/" + team.slug() + "/projects");
        current(ProjectListView.class);
        _assertNone(ConfirmDialog.class);

        open("w/" + team.slug() + "/projects/" + project);
        _setValue(_get(TextArea.class, spec -> spec.withId("field-localIssue")), "いま書いている課題の説明");
        UI.getCurrent().navigate("w/" + team.slug() + "/projects");
        current(ProjectEditorView.class);
        ConfirmDialog ask = _get(ConfirmDialog.class, spec -> spec.withId("unsaved-changes"));
        assertThat(_get(TextArea.class, spec -> spec.withId("field-localIssue")).getValue())
                .isEqualTo("いま書いている課題の説明");
        ask.close();
        current(ProjectEditorView.class);

        _click(_get(Button.class, spec -> spec.withId("save-sheet")));
        UI.getCurrent().navigate("w/" + team.slug() + "/projects");
        current(ProjectListView.class);
    }

    @Test
    void leaving_the_talent_profile_with_unsaved_text_asks_and_leaves_when_told() {
        signInAs(testProjects.professional("ui-unsaved-pro"));
        open("me");
        current(ProfileView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("talent-headline")), "ワインのマーケター");
        UI.getCurrent().navigate("projects");
        current(ProfileView.class);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("unsaved-changes")));
        current(jp.enishi.project.ui.ProjectBoardView.class);
    }
}
