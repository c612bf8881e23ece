package jp.enishi.privacy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.Locales;
import jp.enishi.base.spi.PersonalData;
import jp.enishi.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in person's own data: all of it as JSON, and deleting the account (all or nothing). Both go through
 * every {@link PersonalData} a capability declares, so none is forgotten in the download or the deletion.
 */
@Service
@Transactional
public class MyData {

    /** What a person types to confirm deleting their account. */
    public static final String CONFIRMATION = "削除";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final CurrentUser currentUser;
    private final List<PersonalData> capabilities;
    private final I18NProvider texts;
    private final Clock clock;

    MyData(CurrentUser currentUser, List<PersonalData> capabilities, I18NProvider texts, Clock clock) {
        this.currentUser = currentUser;
        this.capabilities = capabilities;
        this.texts = texts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MyDataExport export() {
        long userId = currentUser.requireId();
        Map<String, Object> data = new LinkedHashMap<>();
        capabilities.forEach(capability -> data.putAll(capability.export(userId)));
        return new MyDataExport(clock.instant(), data,
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
        // In the reverse order of the download: the account, exported first, goes last.
        capabilities.reversed().forEach(capability -> capability.forget(userId));
    }
}
