package jp.enishi.base.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.Problem;

/** Shows a service's verdict on a form: each problem on its field, in the user's language. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Clears earlier messages, then marks each rejected field; a problem without a field becomes a notification. The
     * first rejected field gets the focus, so on a phone the message scrolls into view.
     */
    public static void show(Component view, InputRejectedException rejected, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        rejected.problems().stream().map(p -> fields.get(p.field())).filter(f -> f instanceof com.vaadin.flow.component.Focusable<?>)
                .findFirst().ifPresent(f -> ((com.vaadin.flow.component.Focusable<?>) f).focus());
        for (Problem problem : rejected.problems()) {
            String message = view.getTranslation(problem.messageKey(), problem.args().toArray());
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                error(message);
            }
        }
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    public static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
