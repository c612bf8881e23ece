package jp.enishi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import jp.enishi.base.ui.ForbiddenView;
import jp.enishi.consortium.RegionRow;
import jp.enishi.consortium.ui.ConsortiumView;
import jp.enishi.identity.AccountService;
import jp.enishi.identity.ProfileChange;
import jp.enishi.identity.ui.LoginView;
import jp.enishi.identity.ui.ProfileView;
import jp.enishi.workspace.MunicipalityKind;
import jp.enishi.workspace.Prefecture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ConsortiumAndProfilePagesTest extends KaribuTest {

    @Autowired AccountService accounts;

    @Test
    void the_consortium_admin_sees_every_workspace_and_onboards_a_municipality() {
        signIn.as("admin@enishi.example");
        open("consortium");
        current(ConsortiumView.class);
        @SuppressWarnings("unchecked") Grid<RegionRow> grid = _get(Grid.class, spec -> spec.withId("regions"));
        _click(_get(Button.class, spec -> spec.withId("figures-recount")));
        int before = _size(grid);
        assertThat(before).isGreaterThanOrEqualTo(5);

        _setValue(_get(TextField.class, spec -> spec.withId("onboard-slug")), "shiojiri");
        _click(_get(Button.class, spec -> spec.withId("onboard-submit")));
        assertThat(_get(TextField.class, spec -> spec.withId("onboard-slug")).getErrorMessage()).contains("既に使われています");
        assertThat(_get(TextField.class, spec -> spec.withId("onboard-name-ja")).getErrorMessage()).isEqualTo("入力してください。");
        assertThat(_size(grid)).isEqualTo(before);

        String slug = "chizu-" + System.nanoTime() % 100000;
        _setValue(_get(TextField.class, spec -> spec.withId("onboard-name-ja")), "智頭町");
        _setValue(_get(TextField.class, spec -> spec.withId("onboard-name-en")), "Chizu");
        _setValue(_get(TextField.class, spec -> spec.withId("onboard-slug")), slug);
        _setValue(_get(ComboBox.class, spec -> spec.withId("onboard-prefecture")), Prefecture.TOTTORI);
        _setValue(_get(Select.class, spec -> spec.withId("onboard-kind")), MunicipalityKind.TOWN);
        _setValue(_get(EmailField.class, spec -> spec.withId("onboard-admin-email")), "admin@chizu.example");
        _click(_get(Button.class, spec -> spec.withId("onboard-submit")));

        assertThat(_size(grid)).isEqualTo(before + 1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("onboard-result")).getText())
                .contains("智頭町", "admin@chizu.example", "/invitations/");
    }

    @Test
    void staff_cannot_open_the_consortium_page() {
        signIn.as("yamada@shiojiri.example");
        open("consortium");
        assertThat(UIcurrentIsNot(ConsortiumView.class)).isTrue();
    }

    @Test
    void a_visitor_is_sent_to_login_from_my_page() {
        open("me");
        current(LoginView.class);
    }

    @Test
    void a_professional_edits_their_profile_and_a_stale_save_keeps_their_text() {
        signIn.newUser("pro");
        open("me");
        current(ProfileView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("display-name")), "中村 花子");
        _click(_get(Button.class, spec -> spec.withId("save-profile")));
        assertThat(accounts.me().displayName()).isEqualTo("中村 花子");

        // Someone saves in another tab; this tab still holds the older version.
        accounts.updateMe(new ProfileChange("別タブの名前", null, null, null, accounts.me().version()));
        _setValue(_get(TextField.class, spec -> spec.withId("display-name")), "この画面の名前");
        _click(_get(Button.class, spec -> spec.withId("save-profile")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("conflict")).isVisible()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("display-name")).getValue()).isEqualTo("この画面の名前");
        assertThat(accounts.me().displayName()).isEqualTo("別タブの名前");

        _click(_get(Button.class, spec -> spec.withId("load-latest")));
        assertThat(_get(TextField.class, spec -> spec.withId("display-name")).getValue()).isEqualTo("別タブの名前");
    }

    @Test
    void a_too_long_display_name_is_shown_on_the_field() {
        signIn.newUser("long");
        open("me");
        _setValue(_get(TextField.class, spec -> spec.withId("display-name")), "あ".repeat(51));
        _click(_get(Button.class, spec -> spec.withId("save-profile")));
        assertThat(_get(TextField.class, spec -> spec.withId("display-name")).getErrorMessage()).isEqualTo("50文字以内で入力してください。");
    }

    private static boolean UIcurrentIsNot(Class<?> view) {
        var current = com.vaadin.flow.component.UI.getCurrent().getCurrentView();
        return !view.isInstance(current) && (current instanceof ForbiddenView || current instanceof jp.enishi.base.ui.NotFoundView);
    }
}
