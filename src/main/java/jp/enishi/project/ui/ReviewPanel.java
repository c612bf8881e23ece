package jp.enishi.project.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.enishi.base.Dates;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.project.ReviewComment;
import jp.enishi.project.Section;
import jp.enishi.project.SpecSheetReview;

/** Review comments per section (中間フィードバック): write one, reply, resolve; resolved ones fold away. */
class ReviewPanel extends Div {

    private final SpecSheetReview review;
    private final String slug;
    private final long projectId;
    private final Div threads = new Div();
    private final Checkbox showResolved = new Checkbox();

    ReviewPanel(SpecSheetReview review, String slug, long projectId) {
        this.review = review;
        this.slug = slug;
        this.projectId = projectId;
        addClassName("enishi-review");
        Select<Section> section = new Select<>();
        section.setLabel(getTranslation("review.section"));
        section.setItems(Section.values());
        section.setItemLabelGenerator(s -> getTranslation("project.section." + s.name()));
        section.setValue(Section.OVERVIEW);
        section.setId("review-section");
        TextArea body = new TextArea(getTranslation("review.comment"));
        body.setId("review-body");
        body.setWidthFull();
        body.setMaxLength(2000);
        Button post = new Button(getTranslation("review.post"), e -> {
            try {
                review.comment(slug, projectId, section.getValue(), body.getValue());
                body.clear();
                body.setInvalid(false);
                refresh();
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, java.util.Map.of("body", body));
            }
        });
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.setId("review-post");
        showResolved.setLabel(getTranslation("review.show-resolved"));
        showResolved.addValueChangeListener(e -> refresh());
        Div form = new Div(section, body, post);
        form.addClassName("enishi-review-form");
        add(form, showResolved, threads);
        refresh();
    }

    void refresh() {
        threads.removeAll();
        List<ReviewComment> all = review.comments(slug, projectId);
        Locale locale = getLocale();
        long open = all.stream().filter(c -> !c.resolved()).count();
        threads.add(new Div(getTranslation("review.open-count", open)));
        all.stream().filter(c -> showResolved.getValue() || !c.resolved()).forEach(c -> threads.add(thread(c, locale)));
    }

    private Div thread(ReviewComment c, Locale locale) {
        Div box = new Div();
        box.addClassName("enishi-thread");
        if (c.resolved()) {
            box.addClassName("enishi-thread-resolved");
        }
        Span section = new Span(getTranslation("project.section." + c.section().name()));
        section.addClassName("enishi-chip");
        box.add(section, comment(c, locale));
        c.replies().forEach(r -> {
            Div reply = comment(r, locale);
            reply.addClassName("enishi-reply");
            box.add(reply);
        });
        TextField answer = new TextField();
        answer.setPlaceholder(getTranslation("review.reply.placeholder"));
        answer.setId("reply-" + c.id());
        answer.setMaxLength(2000);
        Button send = new Button(getTranslation("review.reply"), e -> {
            try {
                review.reply(slug, c.id(), answer.getValue());
                refresh();
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, java.util.Map.of("body", answer));
            }
        });
        send.setId("reply-send-" + c.id());
        Button resolve = new Button(getTranslation(c.resolved() ? "review.reopen" : "review.resolve"), e -> {
            review.resolve(slug, c.id(), !c.resolved());
            refresh();
        });
        resolve.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        resolve.setId("resolve-" + c.id());
        Div actions = new Div(answer, send, resolve);
        actions.addClassName("enishi-thread-actions");
        box.add(actions);
        return box;
    }

    private Div comment(ReviewComment c, Locale locale) {
        Span who = new Span(c.author() + " · " + Dates.dateTime(c.createdAt(), locale));
        who.addClassName("enishi-muted");
        Div body = new Div(c.body());
        body.addClassName("enishi-comment-body");
        Div box = new Div(who, body);
        if (c.resolved()) {
            Span resolved = new Span(getTranslation("review.resolved-by", c.resolvedBy()));
            resolved.addClassName("enishi-muted");
            box.add(resolved);
        }
        return box;
    }
}
