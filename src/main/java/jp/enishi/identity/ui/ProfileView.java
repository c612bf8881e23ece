package jp.enishi.identity.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jp.enishi.base.EditConflictException;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.base.ui.HasUnsavedChanges;
import jp.enishi.base.ui.UnsavedChanges;
import jp.enishi.identity.AccountService;
import jp.enishi.identity.Profile;
import jp.enishi.identity.ProfileChange;

/**
 * A professional's own page: the basic profile every user has, then what other capabilities add through
 * {@link jp.enishi.base.ui.MePageSection} (their applications, …).
 */
@Route("me")
@Menu(title = "nav.me", order = 2)
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle, BeforeLeaveObserver {

    private final AccountService accounts;
    private final TextField email = new TextField();
    private final TextField displayName = new TextField();
    private final TextField fullName = new TextField();
    private final TextField residence = new TextField();
    private final TextArea bio = new TextArea();
    private final Paragraph conflict = new Paragraph();
    private long version;
    private final UnsavedChanges unsaved;

    ProfileView(AccountService accounts, java.util.List<jp.enishi.base.ui.MePageSection> sections) {
        this.accounts = accounts;
        addClassNames("enishi-page", "enishi-narrow");
        email.setLabel(getTranslation("field.email"));
        email.setReadOnly(true);
        displayName.setLabel(getTranslation("field.display-name"));
        displayName.setHelperText(getTranslation("field.display-name.help"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setId("display-name");
        fullName.setLabel(getTranslation("field.full-name"));
        residence.setLabel(getTranslation("field.residence"));
        residence.setHelperText(getTranslation("field.residence.help"));
        bio.setLabel(getTranslation("field.bio"));
        bio.setHelperText(getTranslation("field.bio.help"));
        bio.setMinHeight("8em");
        conflict.addClassName("enishi-error");
        conflict.setVisible(false);
        conflict.setId("conflict");
        Map<String, HasValidation> fields = Map.of("displayName", displayName, "fullName", fullName,
                "residence", residence, "bio", bio);

        Button save = new Button(getTranslation("action.save"), click -> save(fields));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-profile");
        Button reload = new Button(getTranslation("profile.load-latest"), click -> load());
        reload.setId("load-latest");

        FormLayout form = new FormLayout(email, displayName, fullName, residence, bio);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(bio, 2);
        unsaved = new UnsavedChanges(form, () -> java.util.List.of(displayName.getValue(), fullName.getValue(),
                residence.getValue(), bio.getValue()));
        add(new H1(getTranslation("profile.title")), new Paragraph(getTranslation("profile.intro")));
        var account = accounts.myAccount();
        if (!account.verified()) {
            // First thing on the page: until the address is confirmed, applying and the pools wait.
            Paragraph unverified = new Paragraph(getTranslation("account.unverified", account.email()));
            unverified.addClassName("enishi-error");
            unverified.setId("unverified-banner");
            add(unverified);
        }
        add(conflict, form, new HorizontalLayout(save, reload));
        sections.forEach(section -> add(section.create()));
        load();
    }

    private void load() {
        Profile profile = accounts.me();
        email.setValue(profile.email());
        displayName.setValue(profile.displayName());
        fullName.setValue(orEmpty(profile.fullName()));
        residence.setValue(orEmpty(profile.residence()));
        bio.setValue(orEmpty(profile.bio()));
        version = profile.version();
        conflict.setVisible(false);
        unsaved.markSaved();
    }

    private void save(Map<String, HasValidation> fields) {
        try {
            Profile saved = accounts.updateMe(new ProfileChange(displayName.getValue(), fullName.getValue(),
                    residence.getValue(), bio.getValue(), version));
            version = saved.version();
            unsaved.markSaved();
            FieldErrors.clear(fields);
            conflict.setVisible(false);
            FieldErrors.success(getTranslation("profile.saved"));
        } catch (InputRejectedException rejected) {
            FieldErrors.show(this, rejected, fields);
        } catch (EditConflictException stale) {
            // The user's text stays in the fields; they decide whether to load the newer version.
            conflict.setText(getTranslation("profile.conflict"));
            conflict.setVisible(true);
        }
    }

    /** Typed and not saved — the basic profile or a section such as the talent profile: ask before leaving. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (unsaved.hasChanges()) {
            unsaved.confirmLeave(event);
            return;
        }
        getChildren().filter(HasUnsavedChanges.class::isInstance).map(c -> ((HasUnsavedChanges) c).unsavedChanges())
                .filter(UnsavedChanges::hasChanges).findFirst().ifPresent(changes -> changes.confirmLeave(event));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " | Enishi";
    }
}
