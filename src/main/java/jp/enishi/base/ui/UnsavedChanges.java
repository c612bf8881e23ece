package jp.enishi.base.ui;

import java.util.Objects;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;
import org.jspecify.annotations.Nullable;

/**
 * Nothing a user typed is lost without a warning. A form names what it holds ({@code state}, compared with what was
 * last loaded or saved); leaving the page by a link, the drawer or back asks first (Vaadin's postponed navigation),
 * and closing or reloading the tab asks the browser's own question ({@code beforeunload}), which the page raises
 * once the user has typed into the form. See docs/design-decisions/2026-12-01-selection-fixes.md.
 */
public final class UnsavedChanges {

    /** One listener per page: it asks only while some form on the page carries the mark. */
    private static final String UNLOAD_GUARD = """
            if (!window.enishiUnloadGuard) {
              window.enishiUnloadGuard = true;
              window.addEventListener('beforeunload', e => {
                if (document.querySelector('[data-unsaved]')) { e.preventDefault(); e.returnValue = ''; }
              });
            }""";
    private static final String MARK_ON_INPUT = """
            const mark = () => this.setAttribute('data-unsaved', '');
            this.addEventListener('input', mark);
            this.addEventListener('change', mark);""";

    private final Component form;
    private final Supplier<?> state;
    private @Nullable Object saved;

    public UnsavedChanges(Component form, Supplier<?> state) {
        this.form = form;
        this.state = state;
        form.addAttachListener(e -> {
            e.getUI().getPage().executeJs(UNLOAD_GUARD);
            form.getElement().executeJs(MARK_ON_INPUT);
        });
    }

    /** What the form now holds is what is stored: loaded, or just saved. */
    public void markSaved() {
        saved = state.get();
        form.getElement().executeJs("this.removeAttribute('data-unsaved')");
    }

    public boolean hasChanges() {
        return !Objects.equals(saved, state.get());
    }

    /** From a view's {@code beforeLeave}: with changes unsaved, the navigation waits for the user's answer. */
    public void confirmLeave(BeforeLeaveEvent event) {
        if (!hasChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog ask = new ConfirmDialog(form.getTranslation("unsaved.title"), form.getTranslation("unsaved.text"),
                form.getTranslation("unsaved.leave"), e -> {
                    form.getElement().executeJs("this.removeAttribute('data-unsaved')");
                    leave.proceed();
                });
        ask.setCancelable(true);
        ask.setCancelText(form.getTranslation("unsaved.stay"));
        ask.setConfirmButtonTheme("error primary");
        ask.setId("unsaved-changes");
        ask.open();
    }
}
