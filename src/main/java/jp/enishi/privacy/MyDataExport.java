package jp.enishi.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything Enishi holds about one person, as they download it: each capability's parts under their names
 * ({@link jp.enishi.base.spi.PersonalData}); {@code notes} says what is left out and why.
 */
public record MyDataExport(Instant exportedAt, Map<String, Object> data, List<String> notes) {
}
