package jp.enishi.ui;

import java.time.LocalDateTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.base.JapanTime;
import jp.enishi.base.ui.ForbiddenView;
import jp.enishi.selection.Applying;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.Stage;
import jp.enishi.selection.ui.SlotsView;
import jp.enishi.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Interview slots through their screens: staff publish and invite, the professional books on their page. */
class InterviewSlotsPagesTest extends KaribuTest {

    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired jp.enishi.TestApplicants applicants;
    @Autowired Applying applying;
    @Autowired Pipeline pipeline;

    @Test
    void staff_publish_slots_invite_an_applicant_and_the_applicant_books_one_on_their_page() {
        Team team = teams.create("ui-slots");
        long project = testProjects.published(team, testProjects.complete("面談枠の画面", "物語"));
        String pro = testProjects.professional("ui-booker");
        long id = applicants.apply(project, pro);
        applicants.move(team, id, Stage.SCREENING, Stage.SCHEDULING);
        signIn.as(team.admin());

        signInAs(team.admin());
        open("w/" + team.slug() + "/projects/" + project + "/slots");
        current(SlotsView.class);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("slots-when")),
                LocalDateTime.now(JapanTime.ZONE).plusDays(3).withHour(19).withMinute(0).withSecond(0).withNano(0));
        _setValue(_get(TextField.class, spec -> spec.withId("slots-url")), "https://meet.example/slots");
        _setValue(_get(TextField.class, spec -> spec.withId("slots-interviewers")), "鈴木");
        _click(_get(Button.class, spec -> spec.withId("slots-publish")));
        assertThat(_find(Button.class, spec -> spec.withText("取り消す"))).as("eight free slots").hasSize(8);

        open("w/" + team.slug() + "/projects/" + project + "/applicants");
        _setValue(_get(Checkbox.class, spec -> spec.withId("choose-" + id)), true);
        _click(_get(Button.class, spec -> spec.withId("bulk-invite-slots")));

        signInAs(pro);
        open("me");
        Div mine = _get(Div.class, spec -> spec.withId("my-slots"));
        assertThat(mine.isVisible()).isTrue();
        Button first = _find(mine, Button.class).stream()
                .filter(b -> b.getId().orElse("").startsWith("book-")).findFirst().orElseThrow();
        _click(first);
        assertThat(_get(Span.class, spec -> spec.withId("booked-" + id)).getText()).startsWith("予約済み：");

        signInAs(team.admin());
        open("w/" + team.slug() + "/projects/" + project + "/slots");
        assertThat(_get(Div.class, spec -> spec.withId("slots")).getElement().getTextRecursively()).contains("予約：ui-booker");

        String owner = teams.addMember(team, Role.THEME_OWNER);
        signInAs(owner);
        open("w/" + team.slug() + "/projects/" + project + "/slots");
        current(ForbiddenView.class);
        signInAs("yamada@shiojiri.example");
        open("w/" + team.slug() + "/projects/" + project + "/slots");
        current(ForbiddenView.class);
    }
}
