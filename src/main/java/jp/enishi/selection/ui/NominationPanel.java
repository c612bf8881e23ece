package jp.enishi.selection.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import jp.enishi.base.Dates;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.project.OpenRole;
import jp.enishi.selection.Nominations;
import org.springframework.modulith.NamedInterface;

/**
 * 指名 on a pool member's page: the button that opens the nomination (project and role, "why you", answer-by) and
 * what this region has nominated the person for so far. The member page (relationship) shows it without knowing
 * selection's rules; every rule is in {@link Nominations}.
 */
@NamedInterface("nominate")
public class NominationPanel extends Div {

    private final Nominations nominations;
    private final String slug;
    private final long userId;
    private final String displayName;

    public NominationPanel(Nominations nominations, String slug, long userId, String displayName) {
        this.nominations = nominations;
        this.slug = slug;
        this.userId = userId;
        this.displayName = displayName;
        setId("nominations");
        setWidthFull();
        draw();
    }

    private void draw() {
        removeAll();
        Locale locale = getLocale();
        Button nominate = new Button(getTranslation("nomination.nominate"), e -> open());
        nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        nominate.setId("nominate");
        add(new H3(getTranslation("nomination.history")), nominate);
        for (Nominations.SentNomination n : nominations.toPerson(slug, userId)) {
            Paragraph row = new Paragraph(getTranslation("nomination.history.row", Dates.date(n.sentAt(), locale),
                    n.roleTitle(), getTranslation("nomination.status." + n.status().name()),
                    Dates.date(n.answerBy(), locale), n.sentBy()));
            row.addClassName("enishi-muted");
            add(row);
            if (n.declineReason() != null) {
                Paragraph reason = new Paragraph(getTranslation("nomination.history.reason", n.declineReason()));
                reason.addClassName("enishi-muted");
                add(reason);
            }
        }
    }

    private void open() {
        List<OpenRole> roles = nominations.openRoles(slug);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("nomination.dialog.title", displayName));
        if (roles.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("nomination.no-roles")));
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
            dialog.open();
            return;
        }
        Select<OpenRole> role = new Select<>();
        role.setLabel(getTranslation("nomination.role"));
        role.setItems(roles);
        role.setItemLabelGenerator(r -> r.projectTitle() + "／" + r.roleTitle());
        role.setValue(roles.getFirst());
        role.setWidthFull();
        role.setId("nomination-role");
        TextArea message = new TextArea(getTranslation("nomination.message"));
        message.setHelperText(getTranslation("nomination.message.help"));
        message.setMaxLength(Nominations.MESSAGE_MAX);
        message.setWidthFull();
        message.setMinHeight("8em");
        message.setId("nomination-message");
        DatePicker answerBy = new DatePicker(getTranslation("nomination.answer-by"));
        answerBy.setLocale(getLocale());
        LocalDate today = LocalDate.now(jp.enishi.base.JapanTime.ZONE);
        answerBy.setMin(today.plusDays(1));
        answerBy.setMax(today.plusDays(Nominations.ANSWER_DAYS_MAX));
        answerBy.setValue(today.plusDays(14));
        answerBy.setId("nomination-answer-by");
        Button send = new Button(getTranslation("nomination.send"), e -> {
            OpenRole chosen = role.getValue();
            try {
                nominations.nominate(slug, userId, chosen.projectId(), chosen.rolePosition(), message.getValue(),
                        answerBy.getValue());
                FieldErrors.success(getTranslation("nomination.sent"));
                dialog.close();
                draw();
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of("message", message, "answerBy", answerBy, "role", role));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("nomination-send");
        Div form = new Div(role, message, answerBy);
        form.setWidthFull();
        dialog.setWidth("min(40rem, 95vw)");
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }
}
