package jp.enishi.workspace;

import com.vaadin.flow.i18n.I18NProvider;
import jp.enishi.base.Locales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells an invitee by e-mail, in Japanese then English, once the invitation is committed. Without SMTP configured
 * ({@code spring.mail.host}) the link is logged instead; the admin also sees it on the members page to pass on.
 * Sending runs off the request thread, so a slow or absent mail server never fails the invitation itself.
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final I18NProvider texts;
    private final String from;

    InvitationMailer(ObjectProvider<JavaMailSender> mailSender, I18NProvider texts,
                     @Value("${enishi.mail.from}") String from) {
        this.mailSender = mailSender;
        this.texts = texts;
        this.from = from;
    }

    @Async
    @TransactionalEventListener
    void on(InvitationIssued invitation) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP configured; invitation link for {}: {}", invitation.email(), invitation.link());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(invitation.email());
        message.setSubject(texts.getTranslation("mail.invitation.subject", Locales.JAPANESE, invitation.workspaceNameJa())
                + " / " + texts.getTranslation("mail.invitation.subject", Locales.ENGLISH, invitation.workspaceNameEn()));
        message.setText(body(invitation, Locales.JAPANESE, invitation.workspaceNameJa()) + "\n\n----\n\n"
                + body(invitation, Locales.ENGLISH, invitation.workspaceNameEn()));
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Invitation e-mail to {} failed; the admin can still pass on the link", invitation.email(), e);
        }
    }

    private String body(InvitationIssued invitation, java.util.Locale locale, String workspaceName) {
        return texts.getTranslation("mail.invitation.body", locale, workspaceName,
                texts.getTranslation("role." + invitation.role().name(), locale), invitation.link(),
                Invitations.VALID_FOR.toDays());
    }
}
