package jp.enishi.engagement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A trip the professional claims: day, route, yen and a note about the receipt; decided once by staff. */
@Entity
class TravelClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long engagementId;
    private LocalDate tripOn;
    private String route;
    private int amountYen;
    private @Nullable String receiptNote;
    @Enumerated(EnumType.STRING)
    private ClaimStatus status = ClaimStatus.SUBMITTED;
    private Instant submittedAt;
    private @Nullable Long decidedBy;
    private @Nullable Instant decidedAt;
    private @Nullable String decisionNote;
    @Version
    private long version;

    protected TravelClaim() {
        tripOn = LocalDate.EPOCH;
        route = "";
        submittedAt = Instant.EPOCH;
    }

    TravelClaim(long engagementId, LocalDate tripOn, String route, int amountYen, @Nullable String receiptNote,
                Instant submittedAt) {
        this.engagementId = engagementId;
        this.tripOn = tripOn;
        this.route = route;
        this.amountYen = amountYen;
        this.receiptNote = receiptNote;
        this.submittedAt = submittedAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Claim not saved yet");
        }
        return id;
    }

    long engagementId() { return engagementId; }
    ClaimStatus status() { return status; }
    int amountYen() { return amountYen; }
    LocalDate tripOn() { return tripOn; }

    void decide(boolean approve, @Nullable String note, long by, Instant at) {
        status = approve ? ClaimStatus.APPROVED : ClaimStatus.REJECTED;
        decisionNote = note;
        decidedBy = by;
        decidedAt = at;
    }

    /** The account is deleted: the amount stays in the municipality's accounts, the route and the note go. */
    void anonymise() {
        route = "";
        receiptNote = null;
    }

    ClaimLine line() {
        return new ClaimLine(id(), tripOn, route, amountYen, receiptNote, status, decisionNote, submittedAt);
    }
}
