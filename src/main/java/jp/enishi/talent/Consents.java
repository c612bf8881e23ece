package jp.enishi.talent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.Locales;
import jp.enishi.identity.CurrentUser;
import jp.enishi.identity.UserDirectory;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in professional's consents, per workspace: give one (the words shown are kept with it), withdraw it at
 * once, and see the record of both. Nothing here lets anyone else give or read a consent.
 */
@Service
@Transactional
public class Consents {

    private final CurrentUser currentUser;
    private final ConsentRepository consents;
    private final WorkspaceDirectory workspaces;
    private final WorkspaceAccess access;
    private final UserDirectory users;
    private final I18NProvider texts;
    private final ApplicationEventPublisher published;
    private final PoolMembership membership;
    private final Clock clock;

    Consents(CurrentUser currentUser, ConsentRepository consents, WorkspaceDirectory workspaces, WorkspaceAccess access,
             UserDirectory users, I18NProvider texts, ApplicationEventPublisher published, PoolMembership membership,
             Clock clock) {
        this.membership = membership;
        this.users = users;
        this.access = access;
        this.currentUser = currentUser;
        this.consents = consents;
        this.workspaces = workspaces;
        this.texts = texts;
        this.published = published;
        this.clock = clock;
    }

    /** Every consent the signed-in user gave, newest first, withdrawn ones included. */
    @Transactional(readOnly = true)
    public List<ConsentRecord> mine(Locale locale) {
        return currentUser.id().map(userId -> records(consents.findAllOf(userId), locale)).orElse(List.of());
    }

    /** The words of a purpose for a workspace (by its slug), in the reader's language, as they would be agreed to. */
    @Transactional(readOnly = true)
    public String purposeText(String workspace, ConsentPurpose purpose, Locale locale) {
        return texts.getTranslation("consent.purpose." + purpose.name(), locale, summary(workspace).name(locale));
    }

    /**
     * Gives a consent to a workspace, named by its slug: the professional acts on their own data towards that
     * workspace, not inside it, so no membership is asked. Giving one already in force changes nothing; CONSORTIUM
     * needs POOL first.
     */
    public void give(String workspace, ConsentPurpose purpose) {
        long userId = currentUser.requireId();
        WorkspaceSummary summary = summary(workspace);
        long workspaceId = access.idOf(summary.slug());
        give(userId, workspaceId, summary, purpose, ConsentVia.SELF);
    }

    /**
     * The same, for a yes to a workspace's invitation — its request after selection, or to stay on as alumni after an
     * engagement; the capability that invited has checked the invitation is theirs.
     */
    public void giveInvited(long workspaceId, ConsentPurpose purpose, ConsentVia via) {
        long userId = currentUser.requireId();
        WorkspaceSummary summary = workspaces.byIds(List.of(workspaceId)).get(workspaceId);
        if (summary == null) {
            throw new InputRejectedException("workspace", "consent.error.no-such-workspace");
        }
        give(userId, workspaceId, summary, purpose, via);
    }

    /** Whether the signed-in user has the consent in force with the workspace. */
    @Transactional(readOnly = true)
    public boolean inForce(long workspaceId, ConsentPurpose purpose) {
        return currentUser.id().map(userId -> consents.findActive(userId, workspaceId).stream()
                .anyMatch(c -> c.purpose() == purpose)).orElse(false);
    }

    private void give(long userId, long workspaceId, WorkspaceSummary workspace, ConsentPurpose purpose, ConsentVia via) {
        List<Consent> active = consents.findActive(userId, workspaceId);
        if (active.stream().anyMatch(c -> c.purpose() == purpose)) {
            return;
        }
        if (purpose == ConsentPurpose.CONSORTIUM && active.stream().noneMatch(c -> c.purpose() == ConsentPurpose.POOL)) {
            throw new InputRejectedException("purpose", "consent.error.pool-first");
        }
        if (!users.isVerified(userId)) {
            // A pool holds people a region may contact: only at an address its owner has confirmed.
            throw new InputRejectedException("purpose", "consent.error.email-not-verified");
        }
        String key = "consent.purpose." + purpose.name();
        Instant now = clock.instant();
        consents.save(new Consent(userId, workspaceId, purpose,
                texts.getTranslation(key, Locales.JAPANESE, workspace.nameJa()),
                texts.getTranslation(key, Locales.ENGLISH, workspace.nameEn()), now, via));
        membership.refresh(userId);
        published.publishEvent(new ConsentGiven(workspaceId, userId, purpose, now));
    }

    /** Withdraws one's own consent at once; withdrawing POOL withdraws the sharing that rests on it too. */
    public void withdraw(long consentId) {
        long userId = currentUser.requireId();
        Consent consent = consents.findById(consentId).filter(c -> c.userId() == userId)
                .orElseThrow(() -> new AccessDeniedException("Not your consent"));
        Instant now = clock.instant();
        consent.withdraw(now);
        published.publishEvent(new ConsentWithdrawn(consent.workspaceId(), userId, consent.purpose(), now));
        if (consent.purpose() == ConsentPurpose.POOL) {
            consents.findActive(userId, consent.workspaceId()).forEach(c -> {
                c.withdraw(now);
                published.publishEvent(new ConsentWithdrawn(c.workspaceId(), userId, c.purpose(), now));
            });
        }
        membership.refresh(userId);
    }

    /** For a person's data export. */
    @Transactional(readOnly = true)
    List<ConsentRecord> exportOf(long userId) {
        return records(consents.findAllOf(userId), Locales.JAPANESE);
    }

    /** Forgets a person's consents when their account is deleted: nothing may be pooled any more. */
    void forget(long userId) {
        consents.deleteAllOf(userId);
    }

    private List<ConsentRecord> records(List<Consent> all, Locale locale) {
        Map<Long, WorkspaceSummary> names = workspaces.byIds(all.stream().map(Consent::workspaceId).distinct().toList());
        return all.stream().map(c -> c.record(names.get(c.workspaceId()).name(locale), Locales.isEnglish(locale))).toList();
    }

    private WorkspaceSummary summary(String slug) {
        return workspaces.bySlug(slug)
                .orElseThrow(() -> new InputRejectedException("workspace", "consent.error.no-such-workspace"));
    }
}
