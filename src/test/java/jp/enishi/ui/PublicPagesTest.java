package jp.enishi.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.button.Button;
import jp.enishi.base.ui.NotFoundView;
import jp.enishi.identity.ui.LoginView;
import jp.enishi.identity.ui.SignUpView;
import jp.enishi.workspace.ui.LandingView;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class PublicPagesTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired jp.enishi.TestWorkspaces teams;
    @org.springframework.beans.factory.annotation.Autowired jp.enishi.TestProjects testProjects;
    @org.springframework.beans.factory.annotation.Autowired jp.enishi.consortium.ConsortiumService consortium;

    @Test
    void a_card_shows_what_staff_typed_as_text_never_as_markup() {
        var team = teams.create("escape");
        testProjects.published(team, testProjects.complete("<img src=x onerror=alert(1)>蔵の企画", "物語 & <b>太字</b>"));
        open("regions/" + team.slug());
        String html = _find(_get(Div.class, spec -> spec.withId("region-projects")), Anchor.class).getFirst()
                .getElement().getProperty("innerHTML");
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;蔵の企画").doesNotContain("<img src=x");
    }

    @Test
    void a_municipality_card_shows_its_name_and_description_as_text_never_as_markup() {
        String admin = signIn.newUser("markup-admin");
        signIn.as(jp.enishi.TestWorkspaces.CONSORTIUM_ADMIN);
        consortium.onboard(new jp.enishi.workspace.NewWorkspace("<b>太字</b>村", "Bold", "bold-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                jp.enishi.workspace.Prefecture.NAGANO, jp.enishi.workspace.MunicipalityKind.VILLAGE, "説明 & <img src=x onerror=alert(1)>",
                null, admin));
        signIn.out();
        open("?q=太字");
        String html = _find(_get(Div.class, spec -> spec.withId("participants")), Anchor.class).getFirst()
                .getElement().getProperty("innerHTML");
        assertThat(html).startsWith("<h3>&lt;b&gt;太字&lt;/b&gt;村</h3>").contains("説明 &amp; &lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<b>", "<img");
    }

    @Test
    void a_visitor_sees_the_participating_municipalities_in_japanese() {
        open("");
        current(LandingView.class);
        Div newest = _get(Div.class, spec -> spec.withId("newest-projects"));
        assertThat(_find(newest, Anchor.class)).as("the newest open projects, and a link to all").hasSize(7);
        assertThat(_get(Anchor.class, spec -> spec.withId("newest-all")).getHref()).isEqualTo("projects?open=1");
        Div participants = _get(Div.class, spec -> spec.withId("participants"));
        assertThat(_find(participants, Anchor.class)).extracting(card -> card.getElement().getProperty("innerHTML"))
                .anyMatch(html -> html.startsWith("<h3>上士幌町</h3>")).anyMatch(html -> html.startsWith("<h3>塩尻市</h3>"))
                .anyMatch(html -> html.startsWith("<h3>鳥取県</h3>")).anyMatch(html -> html.startsWith("<h3>南砺市</h3>"))
                .anyMatch(html -> html.startsWith("<h3>熊本県</h3>")).anyMatch(html -> html.contains("51人が参加"));
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains("login", "signup");
    }

    @Test
    void a_municipality_card_leads_to_its_public_page_with_its_open_projects() {
        open("");
        Anchor card = _get(Anchor.class, spec -> spec.withId("region-shiojiri"));
        assertThat(card.getHref()).isEqualTo("regions/shiojiri");
        open(card.getHref());
        current(jp.enishi.project.ui.RegionPageView.class);
        assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("region-name")).getText()).isEqualTo("塩尻市");
        assertThat(_find(_get(Div.class, spec -> spec.withId("region-projects")), Anchor.class))
                .extracting(a -> a.getElement().getProperty("innerHTML")).anyMatch(html -> html.contains("WaiNari"));
        open("regions/atlantis");
        current(NotFoundView.class);
    }

    @Test
    void the_login_page_shows_no_provider_buttons_when_none_is_configured() {
        open("login");
        current(LoginView.class);
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).noneMatch(href -> href.startsWith("/oauth2/"));
    }

    @Test
    void a_visitor_who_opens_a_workspace_is_sent_to_the_login() {
        open("w/shiojiri");
        current(LoginView.class);
    }

    @Test
    void an_unknown_address_gives_the_japanese_not_found_page() {
        open("no/such/page");
        current(NotFoundView.class);
        assertThat(_find(com.vaadin.flow.component.html.H1.class)).extracting(h -> h.getText())
                .containsExactly("ページが見つかりません");
    }

    @Test
    void sign_up_shows_each_problem_on_its_field_and_keeps_the_input() {
        open("signup");
        current(SignUpView.class);
        assertThat(_get(PasswordField.class).getHelperText()).contains("10文字以上");
        _setValue(_get(EmailField.class), "hanako-at-example");
        _setValue(_get(TextField.class), "花子");
        _setValue(_get(PasswordField.class), "short");
        _click(_get(Button.class, spec -> spec.withId("sign-up")));

        EmailField email = _get(EmailField.class);
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("メールアドレスの形式");
        assertThat(_get(PasswordField.class).getErrorMessage()).contains("10文字以上");
        assertThat(_get(TextField.class).isInvalid()).isFalse();
        assertThat(_get(TextField.class).getValue()).isEqualTo("花子");
        current(SignUpView.class);
    }
}
