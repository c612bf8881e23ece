package jp.enishi.privacy;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.i18n.I18NProvider;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.Locales;
import jp.enishi.identity.AccountService;
import jp.enishi.identity.CurrentUser;
import jp.enishi.notification.Notifications;
import jp.enishi.selection.Applying;
import jp.enishi.talent.Consents;
import jp.enishi.talent.TalentProfiles;
import jp.enishi.workspace.Departures;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The signed-in person's own data: all of it as JSON, and deleting the account (all or nothing). */
@Service
@Transactional
public class MyData {

    /** What a person types to confirm deleting their account. */
    public static final String CONFIRMATION = "削除";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final TalentProfiles talent;
    private final Consents consents;
    private final Applying applying;
    private final Notifications notifications;
    private final Departures departures;
    private final I18NProvider texts;
    private final Clock clock;

    MyData(CurrentUser currentUser, AccountService accounts, TalentProfiles talent, Consents consents,
           Applying applying, Notifications notifications, Departures departures, I18NProvider texts, Clock clock) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.talent = talent;
        this.consents = consents;
        this.applying = applying;
        this.notifications = notifications;
        this.departures = departures;
        this.texts = texts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MyDataExport export() {
        long userId = currentUser.requireId();
        MyDataExport.PhotoExport photo = talent.myPhoto().map(p -> new MyDataExport.PhotoExport(p.contentType(),
                java.util.Base64.getEncoder().encodeToString(p.bytes()))).orElse(null);
        return new MyDataExport(clock.instant(), accounts.me(), talent.mine(), photo, consents.exportOf(userId),
                applying.exportOf(userId), applying.openingsExportOf(userId), notifications.exportOf(userId),
                List.of(texts.getTranslation("privacy.export.note", Locales.JAPANESE),
                        texts.getTranslation("privacy.export.note", Locales.ENGLISH)));
    }

    @Transactional(readOnly = true)
    public byte[] exportJson() {
        return JSON.writeValueAsBytes(export());
    }

    /**
     * Deletes the signed-in user's account once they typed {@link #CONFIRMATION}: their profile, consents and notices
     * go; open applications are withdrawn and what they wrote removed; the account keeps no name, address or sign-in.
     * A workspace's last admin must hand over first. All in one transaction: nothing is half-deleted.
     */
    public void deleteAccount(@Nullable String confirmation) {
        long userId = currentUser.requireId();
        if (confirmation == null || !CONFIRMATION.equals(confirmation.strip())) {
            throw new InputRejectedException("confirmation", "privacy.error.confirm", CONFIRMATION);
        }
        departures.leaveEverywhere();
        applying.anonymise(userId);
        consents.forget(userId);
        talent.forget(userId);
        notifications.forget(userId);
        accounts.anonymiseMe();
    }
}
