package jp.enishi.consortium.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.consortium.ConsortiumService;
import jp.enishi.workspace.MunicipalityKind;
import jp.enishi.workspace.NewWorkspace;
import jp.enishi.workspace.PendingInvitation;
import jp.enishi.workspace.Prefecture;

/** One form onboards a municipality: its workspace and the invitation of its first admin. */
class OnboardingForm extends VerticalLayout {

    OnboardingForm(ConsortiumService consortium, Runnable onboarded) {
        setPadding(false);
        Locale locale = getLocale();
        TextField nameJa = new TextField(getTranslation("field.name-ja"));
        nameJa.setId("onboard-name-ja");
        nameJa.setPlaceholder("上士幌町");
        TextField nameEn = new TextField(getTranslation("field.name-en"));
        nameEn.setId("onboard-name-en");
        nameEn.setPlaceholder("Kamishihoro");
        TextField slug = new TextField(getTranslation("field.slug"));
        slug.setId("onboard-slug");
        slug.setHelperText(getTranslation("field.slug.help"));
        slug.setPrefixComponent(new com.vaadin.flow.component.html.Span("/w/"));
        ComboBox<Prefecture> prefecture = new ComboBox<>(getTranslation("field.prefecture"));
        prefecture.setId("onboard-prefecture");
        prefecture.setItems(Arrays.asList(Prefecture.values()));
        prefecture.setItemLabelGenerator(p -> p.displayName(locale));
        Select<MunicipalityKind> kind = new Select<>();
        kind.setId("onboard-kind");
        kind.setLabel(getTranslation("field.kind"));
        kind.setItems(MunicipalityKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        TextArea descriptionJa = new TextArea(getTranslation("field.description-ja"));
        TextArea descriptionEn = new TextArea(getTranslation("field.description-en"));
        EmailField adminEmail = new EmailField(getTranslation("field.first-admin-email"));
        adminEmail.setId("onboard-admin-email");
        adminEmail.setHelperText(getTranslation("field.first-admin-email.help"));
        Map<String, HasValidation> fields = Map.of("nameJa", nameJa, "nameEn", nameEn, "slug", slug,
                "prefecture", prefecture, "kind", kind, "descriptionJa", descriptionJa, "descriptionEn", descriptionEn,
                "firstAdminEmail", adminEmail);
        Paragraph result = new Paragraph();
        result.setId("onboard-result");

        Button submit = new Button(getTranslation("consortium.onboard.submit"), click -> {
            try {
                PendingInvitation invitation = consortium.onboard(new NewWorkspace(nameJa.getValue(), nameEn.getValue(),
                        slug.getValue(), prefecture.getValue(), kind.getValue(), descriptionJa.getValue(),
                        descriptionEn.getValue(), adminEmail.getValue()));
                FieldErrors.clear(fields);
                result.setText(getTranslation("consortium.onboarded", nameJa.getValue(), invitation.email(), invitation.link()));
                FieldErrors.success(getTranslation("consortium.onboarded.short", nameJa.getValue()));
                onboarded.run();
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, fields);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("onboard-submit");

        FormLayout form = new FormLayout(nameJa, nameEn, slug, prefecture, kind, adminEmail, descriptionJa, descriptionEn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        add(form, submit, result);
    }
}
