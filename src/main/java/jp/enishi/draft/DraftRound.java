package jp.enishi.draft;

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

/** A draft round: its windows (Japan dates, inclusive), its rule, and — once drawn — the lottery's seed. */
@Entity
class DraftRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String title;
    @Enumerated(EnumType.STRING)
    private DraftRule rule;
    private int exclusiveMonths;
    private LocalDate entryOpens;
    private LocalDate entryCloses;
    private LocalDate nominationOpens;
    private LocalDate nominationCloses;
    private LocalDate revealOn;
    private @Nullable Long seed;
    private @Nullable Instant drawnAt;
    private @Nullable Instant revealedAt;
    private long createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected DraftRound() {
        this(new NewRound("", DraftRule.PERSON_CHOOSES, 0, LocalDate.EPOCH, LocalDate.EPOCH, LocalDate.EPOCH,
                LocalDate.EPOCH, LocalDate.EPOCH), 0, Instant.EPOCH);
    }

    DraftRound(NewRound form, long createdBy, Instant createdAt) {
        this.title = form.title();
        this.rule = form.rule();
        this.exclusiveMonths = form.exclusiveMonths() == null ? 0 : form.exclusiveMonths();
        this.entryOpens = form.entryOpens();
        this.entryCloses = form.entryCloses();
        this.nominationOpens = form.nominationOpens();
        this.nominationCloses = form.nominationCloses();
        this.revealOn = form.revealOn();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Round not saved yet");
        }
        return id;
    }

    DraftPhase phase(LocalDate today) {
        if (today.isBefore(entryOpens)) {
            return DraftPhase.UPCOMING;
        }
        if (!today.isAfter(entryCloses)) {
            return DraftPhase.ENTRY;
        }
        if (today.isBefore(nominationOpens)) {
            return DraftPhase.BETWEEN;
        }
        if (!today.isAfter(nominationCloses)) {
            return DraftPhase.NOMINATION;
        }
        return today.isBefore(revealOn) ? DraftPhase.AWAITING_REVEAL : DraftPhase.REVEALED;
    }

    void drawn(long seed, Instant now) {
        this.seed = seed;
        this.drawnAt = now;
    }

    /** The reveal's notices are due: its day has come and they have not gone out. */
    boolean revealDue(LocalDate today) {
        return revealedAt == null && !today.isBefore(revealOn);
    }

    void revealed(Instant now) {
        this.revealedAt = now;
    }

    String title() { return title; }
    DraftRule rule() { return rule; }
    int exclusiveMonths() { return exclusiveMonths; }
    @Nullable Long seed() { return seed; }
    @Nullable Instant drawnAt() { return drawnAt; }

    RoundView view(LocalDate today, long entrants, long picks) {
        return new RoundView(id(), title, rule, exclusiveMonths, entryOpens, entryCloses, nominationOpens,
                nominationCloses, revealOn, phase(today), seed, drawnAt, entrants, picks);
    }
}
