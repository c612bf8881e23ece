package jp.enishi.base;

import java.util.List;

/**
 * One thing wrong with what a user entered: the form field it belongs to and a translation key for the message.
 *
 * @param field the field name the view shows the message on
 * @param messageKey a key in {@code vaadin-i18n/translations_*.properties}
 * @param args values for the message's placeholders
 */
public record Problem(String field, String messageKey, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }
}
