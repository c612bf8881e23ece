package jp.enishi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.base.ui.ForbiddenView;
import jp.enishi.identity.ui.ProfileView;
import jp.enishi.project.PublicPaths;
import jp.enishi.project.ui.ProjectPageView;
import jp.enishi.selection.Applying;
import jp.enishi.selection.ui.ApplicantView;
import jp.enishi.selection.ui.PipelineView;
import jp.enishi.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SelectionPagesTest extends KaribuTest {

    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired Applying applying;

    @Test
    void a_professional_applies_from_the_project_page_and_follows_it_on_their_page() {
        Team team = teams.create("ui-apply");
        long project = testProjects.published(team, testProjects.complete("画面から応募", "物語"));
        String path = PublicPaths.project(project, "画面から応募").substring(1);
        open(path);
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("apply-login-0"));
        _assertNone(Button.class, spec -> spec.withId("apply-0"));

        signInAs(testProjects.professional("ui-applicant"));
        open(path);
        current(ProjectPageView.class);
        _click(_get(Button.class, spec -> spec.withId("apply-0")));
        _setValue(_get(TextArea.class, spec -> spec.withId("apply-motivation")), "ぜひ関わりたいです。");
        _setValue(_get(TextField.class, spec -> spec.withId("apply-availability")), "月4日");
        _click(_get(Button.class, spec -> spec.withId("apply-send")));

        open("me");
        current(ProfileView.class);
        assertThat(_get(Div.class, spec -> spec.withId("my-applications")).getElement().getTextRecursively())
                .contains("画面から応募", "応募受付");
    }

    @Test
    void staff_open_the_pipeline_and_an_applicant_a_theme_owner_of_another_project_cannot() {
        Team team = teams.create("ui-pipeline");
        long project = testProjects.published(team, testProjects.complete("選考画面", "物語"));
        signIn.as(testProjects.professional("ui-candidate"));
        long application = applying.apply(project, 0, "動機の本文", "月2日");
        String owner = teams.addMember(team, Role.THEME_OWNER);

        signInAs(team.admin());
        open("w/" + team.slug() + "/projects/" + project + "/applicants");
        current(PipelineView.class);
        assertThat(_get(Div.class, spec -> spec.withId("stage-counts")).getElement().getTextRecursively()).contains("応募受付 1");
        open("w/" + team.slug() + "/applications/" + application);
        current(ApplicantView.class);
        assertThat(_get(H1.class, spec -> spec.withId("applicant-name")).getText()).startsWith("ui-candidate");
        _click(_get(Button.class, spec -> spec.withId("move-" + application)));
        assertThat(_get(Div.class, spec -> spec.withId("applicant-history")).getElement().getTextRecursively())
                .contains("応募受付 → " + "書類確認");

        signInAs(owner);
        open("w/" + team.slug() + "/projects/" + project + "/applicants");
        current(ForbiddenView.class);
        open("w/" + team.slug() + "/applications/" + application);
        current(ForbiddenView.class);
    }
}
