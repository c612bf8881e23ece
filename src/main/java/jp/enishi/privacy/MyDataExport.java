package jp.enishi.privacy;

import java.time.Instant;
import java.util.List;

import jp.enishi.identity.Profile;
import jp.enishi.notification.NotificationExport;
import jp.enishi.selection.ApplicationExport;
import jp.enishi.selection.ProfileOpening;
import jp.enishi.talent.ConsentRecord;
import jp.enishi.talent.TalentProfileData;
import org.jspecify.annotations.Nullable;

/** Everything Enishi holds about one person, as they download it; {@code notes} says what is left out and why. */
public record MyDataExport(Instant exportedAt, Profile account, TalentProfileData talentProfile,
                           @Nullable PhotoExport photo, List<ConsentRecord> consents, List<ApplicationExport> applications,
                           List<ProfileOpening> openedBy, List<NotificationExport> notifications, List<String> notes) {

    /** The photo, as the image file's bytes in Base64. */
    public record PhotoExport(String contentType, String base64) {
    }
}
