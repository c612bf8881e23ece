package jp.enishi.notification.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jp.enishi.base.Dates;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.base.ui.WorkspaceHomeSection;
import jp.enishi.mail.MailProblem;
import jp.enishi.mail.MailProblem;
import jp.enishi.notification.MailOutbox;

/** On a workspace's home, for its admins only: e-mails sent in its name that have not arrived, with a retry. */
@org.springframework.stereotype.Component
class MailProblemsSection implements WorkspaceHomeSection {

    private final MailOutbox outbox;

    MailProblemsSection(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Optional<Component> create(String workspaceSlug, boolean admin) {
        if (!admin) {
            return Optional.empty();
        }
        List<MailProblem> problems = outbox.problems(workspaceSlug);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div();
        section.setId("mail-problems");
        section.addClassName("enishi-mail-problems");
        var locale = UI.getCurrent().getLocale();
        section.add(new H2(section.getTranslation("mailproblems.title")),
                new Paragraph(section.getTranslation("mailproblems.intro", MailProblem.ATTEMPTS)));
        for (MailProblem p : problems) {
            Span state = new Span(p.gaveUp() ? section.getTranslation("mailproblems.gave-up")
                    : section.getTranslation("mailproblems.next", Dates.dateTime(p.nextAttemptAt(), locale)));
            state.addClassName("enishi-muted");
            Div row = new Div(new Span(section.getTranslation("mailproblems.row", Dates.dateTime(p.createdAt(), locale),
                    p.recipient(), p.attempts(), p.subject())), state);
            Span error = new Span(p.lastError());
            error.addClassName("enishi-muted");
            row.add(new Div(error));
            if (p.gaveUp()) {
                Button retry = new Button(section.getTranslation("mailproblems.retry"), e -> {
                    outbox.retry(workspaceSlug, p.id());
                    FieldErrors.success(section.getTranslation("mailproblems.retried"));
                    e.getSource().setEnabled(false);
                });
                row.add(retry);
            }
            row.addClassName("enishi-project-row");
            section.add(row);
        }
        return Optional.of(section);
    }
}
