package jp.enishi.identity;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import jp.enishi.base.Locales;
import jp.enishi.mail.spi.MailQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends account e-mails through the outbox, in the account's language then the other one. Without SMTP
 * ({@code spring.mail.host}) a link is written to the log instead, so the demo can be walked through.
 */
@Component
class AccountMailer {

    private static final Logger log = LoggerFactory.getLogger(AccountMailer.class);

    private final MailQueue mail;
    private final I18NProvider texts;

    AccountMailer(MailQueue mail, I18NProvider texts) {
        this.mail = mail;
        this.texts = texts;
    }

    @EventListener
    void on(AccountMail message) {
        String key = "mail.account." + message.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Locale first = message.language();
        Locale second = Locales.isEnglish(first) ? Locales.JAPANESE : Locales.ENGLISH;
        String link = message.link() == null ? "" : message.link();
        String subject = texts.getTranslation(key + ".subject", first) + " / " + texts.getTranslation(key + ".subject", second);
        String body = texts.getTranslation(key + ".body", first, link) + "\n\n----\n\n"
                + texts.getTranslation(key + ".body", second, link);
        if (!mail.queue(null, null, message.email(), subject, body)) {
            log.info("No SMTP configured; {} {}", message, message.link() == null ? "" : message.link());
        }
    }
}
