package jp.enishi.engagement;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One side's closing review: what was achieved against the three-month goal, and would they work together again. */
@Entity
@Table(name = "engagement_review")
class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long engagementId;
    @Enumerated(EnumType.STRING)
    private Side side;
    private String achieved;
    private boolean again;
    private long writtenBy;
    private Instant writtenAt;

    protected Review() {
        side = Side.TEAM;
        achieved = "";
        writtenAt = Instant.EPOCH;
    }

    Review(long engagementId, Side side, String achieved, boolean again, long writtenBy, Instant writtenAt) {
        this.engagementId = engagementId;
        this.side = side;
        this.achieved = achieved;
        this.again = again;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    long engagementId() { return engagementId; }
    Side side() { return side; }

    ReviewLine line() {
        return new ReviewLine(side, achieved, again, writtenAt);
    }
}
