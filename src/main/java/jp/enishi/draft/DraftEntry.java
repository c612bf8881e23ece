package jp.enishi.draft;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** A professional's entry to a round: their short self-introduction and what they seek. */
@Entity
class DraftEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long roundId;
    private long userId;
    private String introduction;
    private String seeking;
    private Instant enteredAt;

    protected DraftEntry() {
        this(0, 0, "", "", Instant.EPOCH);
    }

    DraftEntry(long roundId, long userId, String introduction, String seeking, Instant enteredAt) {
        this.roundId = roundId;
        this.userId = userId;
        this.introduction = introduction;
        this.seeking = seeking;
        this.enteredAt = enteredAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Entry not saved yet");
        }
        return id;
    }

    long roundId() { return roundId; }
    long userId() { return userId; }
    String introduction() { return introduction; }
    String seeking() { return seeking; }
    Instant enteredAt() { return enteredAt; }
}
