package jp.enishi.engagement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** An on-site visit: who goes where on which day; once done, the day and what was seen. */
@Entity
@Table(name = "engagement_visit")
class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long engagementId;
    private LocalDate plannedOn;
    private @Nullable LocalDate doneOn;
    private String visitors;
    private String place;
    private @Nullable String seen;
    private long createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected Visit() {
        plannedOn = LocalDate.EPOCH;
        visitors = place = "";
        createdAt = Instant.EPOCH;
    }

    Visit(long engagementId, LocalDate plannedOn, String visitors, String place, long createdBy, Instant createdAt) {
        this.engagementId = engagementId;
        this.plannedOn = plannedOn;
        this.visitors = visitors;
        this.place = place;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Visit not saved yet");
        }
        return id;
    }

    long engagementId() { return engagementId; }
    @Nullable LocalDate doneOn() { return doneOn; }

    void done(LocalDate on, String whatWasSeen) {
        doneOn = on;
        seen = whatWasSeen;
    }

    VisitLine line() {
        return new VisitLine(id(), plannedOn, doneOn, visitors, place, seen);
    }
}
