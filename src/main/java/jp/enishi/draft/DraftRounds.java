package jp.enishi.draft;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import jp.enishi.base.NoSuchRecordException;
import jp.enishi.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consortium admin's draft rounds: open one (its windows in order, none already over), see them, and — for a
 * lottery round after its reveal — run the draw once, seeded and recorded.
 */
@Service
@Transactional
@PreAuthorize("hasRole('CONSORTIUM_ADMIN')")
public class DraftRounds {

    static final int TITLE_MAX = 120;
    static final int SHOWN = 50;

    private final DraftRoundRepository rounds;
    private final DraftEntryRepository entries;
    private final DraftPickRepository picks;
    private final CurrentUser currentUser;
    private final Clock clock;

    DraftRounds(DraftRoundRepository rounds, DraftEntryRepository entries, DraftPickRepository picks,
                CurrentUser currentUser, Clock clock) {
        this.rounds = rounds;
        this.entries = entries;
        this.picks = picks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Opens a round; every wrong field is told at once and nothing is saved. */
    public long create(NewRound form) {
        LocalDate today = JapanTime.today(clock);
        InputCheck check = new InputCheck().required("title", form.title()).line("title", form.title(), TITLE_MAX);
        if (form.rule() == null) {
            check.reject("rule", "error.required");
        } else if (form.rule() == DraftRule.LOTTERY && (form.exclusiveMonths() == null || form.exclusiveMonths() < 1
                || form.exclusiveMonths() > 36)) {
            check.reject("exclusiveMonths", "project.error.range", 1, 36);
        }
        Map<String, LocalDate> dates = new java.util.LinkedHashMap<>();
        dates.put("entryOpens", form.entryOpens());
        dates.put("entryCloses", form.entryCloses());
        dates.put("nominationOpens", form.nominationOpens());
        dates.put("nominationCloses", form.nominationCloses());
        dates.put("revealOn", form.revealOn());
        dates.forEach((field, date) -> {
            if (date == null) {
                check.reject(field, "error.required");
            }
        });
        if (!dates.containsValue(null)) {
            if (form.entryCloses().isBefore(today)) {
                check.reject("entryCloses", "draft.error.in-the-past");
            }
            if (form.entryCloses().isBefore(form.entryOpens())) {
                check.reject("entryCloses", "draft.error.ends-before-start");
            }
            if (form.nominationCloses().isBefore(form.nominationOpens())) {
                check.reject("nominationCloses", "draft.error.ends-before-start");
            }
            if (!form.nominationOpens().isAfter(form.entryCloses())) {
                check.reject("nominationOpens", "draft.error.overlap");
            }
            if (!form.revealOn().isAfter(form.nominationCloses())) {
                check.reject("revealOn", "draft.error.reveal-after-nomination");
            }
        }
        check.throwIfAny();
        NewRound clean = new NewRound(form.title().strip(), form.rule(),
                form.rule() == DraftRule.LOTTERY ? form.exclusiveMonths() : 0, form.entryOpens(), form.entryCloses(),
                form.nominationOpens(), form.nominationCloses(), form.revealOn());
        return rounds.save(new DraftRound(clean, currentUser.requireId(), clock.instant())).id();
    }

    @Transactional(readOnly = true)
    public List<RoundView> rounds() {
        LocalDate today = JapanTime.today(clock);
        List<DraftRound> shown = rounds.findNewest(Limit.of(SHOWN));
        List<Long> ids = shown.stream().map(DraftRound::id).toList();
        Map<Long, Long> entrants = jp.enishi.base.spi.Counts.of(entries.countPerRound(ids));
        Map<Long, Long> picked = jp.enishi.base.spi.Counts.of(picks.countPerRound(ids));
        return shown.stream().map(r -> r.view(today, entrants.getOrDefault(r.id(), 0L), picked.getOrDefault(r.id(), 0L)))
                .toList();
    }

    /**
     * Draws, once, between the regions that picked the same person; a person picked once is won without a draw.
     * The seed is the admin's if given (to repeat a public draw), else a secure random one; kept and shown after.
     * Returns the seed.
     */
    public long draw(long roundId, @Nullable Long seed) {
        DraftRound round = rounds.findById(roundId).orElseThrow(() -> new NoSuchRecordException("round " + roundId));
        LocalDate today = JapanTime.today(clock);
        if (round.rule() != DraftRule.LOTTERY) {
            throw new InputRejectedException("round", "draft.error.not-lottery");
        }
        if (round.phase(today) != DraftPhase.REVEALED) {
            throw new InputRejectedException("round", "draft.error.not-revealed");
        }
        if (round.drawnAt() != null) {
            throw new InputRejectedException("round", "draft.error.drawn");
        }
        long used = seed != null ? seed : new SecureRandom().nextLong();
        List<DraftPick> all = picks.findAllOf(roundId);
        Map<Long, Long> winners = DraftLottery.draw(used, all.stream().collect(Collectors.groupingBy(DraftPick::entryId,
                Collectors.mapping(DraftPick::id, Collectors.toList()))));
        LocalDate until = today.plusMonths(round.exclusiveMonths());
        for (DraftPick pick : all) {
            boolean won = winners.get(pick.entryId()) == pick.id();
            pick.settle(won ? DraftOutcome.WON : DraftOutcome.LOST, won ? until : null);
        }
        Instant now = clock.instant();
        round.drawn(used, now);
        try {
            rounds.saveAndFlush(round);
        } catch (ObjectOptimisticLockingFailureException twiceAtOnce) {
            throw new InputRejectedException("round", "draft.error.drawn");
        }
        return used;
    }
}
