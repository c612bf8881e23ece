package jp.enishi.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jp.enishi.base.Locales;
import org.springframework.stereotype.Component;

/**
 * When a session has ended (idle, or the absolute limit after sign-in), the page says so in the user's language
 * and a click leads to the sign-in, instead of Vaadin's English "Session Expired".
 */
@Component
class SessionExpiredMessage implements VaadinServiceInitListener {

    private final I18NProvider texts;

    SessionExpiredMessage(I18NProvider texts) {
        this.texts = texts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            var locale = info.getLocale() == null ? Locales.JAPANESE : Locales.fromTag(info.getLocale().toLanguageTag());
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredCaption(texts.getTranslation("session.expired.caption", locale));
            messages.setSessionExpiredMessage(texts.getTranslation("session.expired.message", locale));
            messages.setSessionExpiredURL("login?expired");
            messages.setSessionExpiredNotificationEnabled(true);
            return messages;
        });
    }
}
