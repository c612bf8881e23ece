package jp.enishi.engagement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The record of an end day moved: from, to, why, by whom. */
@Entity
@Table(name = "engagement_extension")
class Extension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long engagementId;
    private LocalDate fromEndsOn;
    private LocalDate toEndsOn;
    private String reason;
    private long extendedBy;
    private Instant extendedAt;

    protected Extension() {
        fromEndsOn = toEndsOn = LocalDate.EPOCH;
        reason = "";
        extendedAt = Instant.EPOCH;
    }

    Extension(long engagementId, LocalDate fromEndsOn, LocalDate toEndsOn, String reason, long extendedBy, Instant at) {
        this.engagementId = engagementId;
        this.fromEndsOn = fromEndsOn;
        this.toEndsOn = toEndsOn;
        this.reason = reason;
        this.extendedBy = extendedBy;
        this.extendedAt = at;
    }

    ExtensionLine line() {
        return new ExtensionLine(fromEndsOn, toEndsOn, reason, extendedAt);
    }
}
