package jp.enishi.workspace;

import com.vaadin.flow.i18n.I18NProvider;
import jp.enishi.base.Locales;
import jp.enishi.mail.spi.MailQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells an invitee by e-mail, in Japanese then English (they have no account, so no language yet), through the
 * outbox: queued in the invitation's own transaction, sent and retried after it commits. Without SMTP configured
 * ({@code spring.mail.host}) the link is logged instead; the admin also sees it on the members page to pass on.
 */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final MailQueue mail;
    private final I18NProvider texts;

    InvitationMailer(MailQueue mail, I18NProvider texts) {
        this.mail = mail;
        this.texts = texts;
    }

    @EventListener
    void on(MemberInvited invitation) {
        String subject = texts.getTranslation("mail.invitation.subject", Locales.JAPANESE, invitation.workspaceNameJa())
                + " / " + texts.getTranslation("mail.invitation.subject", Locales.ENGLISH, invitation.workspaceNameEn());
        String body = body(invitation, Locales.JAPANESE, invitation.workspaceNameJa()) + "\n\n----\n\n"
                + body(invitation, Locales.ENGLISH, invitation.workspaceNameEn());
        if (!mail.queue(invitation.workspaceId(), invitation.workspaceNameJa(), invitation.email(), subject, body)) {
            log.info("No SMTP configured; invitation link for {}: {}", invitation.email(), invitation.link());
        }
    }

    private String body(MemberInvited invitation, java.util.Locale locale, String workspaceName) {
        return texts.getTranslation("mail.invitation.body", locale, workspaceName,
                texts.getTranslation("role." + invitation.role().name(), locale), invitation.link(),
                Invitations.VALID_FOR.toDays());
    }
}
