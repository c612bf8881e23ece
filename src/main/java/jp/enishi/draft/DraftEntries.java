package jp.enishi.draft;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import jp.enishi.identity.CurrentUser;
import jp.enishi.identity.UserDirectory;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A professional's side of the draft: enter a round while its entry window is open (opt-in: the participating
 * regions will read the introduction), leave it before the reveal, see every pick after the reveal, and — where the
 * person chooses — choose one region. Own entries only.
 */
@Service
@Transactional
public class DraftEntries {

    public static final int TEXT_MAX = 400;

    private final CurrentUser currentUser;
    private final DraftRoundRepository rounds;
    private final DraftEntryRepository entries;
    private final DraftPickRepository picks;
    private final UserDirectory users;
    private final WorkspaceDirectory workspaces;
    private final Clock clock;

    DraftEntries(CurrentUser currentUser, DraftRoundRepository rounds, DraftEntryRepository entries,
                 DraftPickRepository picks, UserDirectory users, WorkspaceDirectory workspaces, Clock clock) {
        this.currentUser = currentUser;
        this.rounds = rounds;
        this.entries = entries;
        this.picks = picks;
        this.users = users;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /** Rounds open for entry, and every round the person entered, newest first. */
    @Transactional(readOnly = true)
    public List<MyRound> mine(Locale locale) {
        long userId = currentUser.requireId();
        LocalDate today = JapanTime.today(clock);
        Map<Long, DraftEntry> entered = entries.findByUserId(userId).stream()
                .collect(Collectors.toMap(DraftEntry::roundId, e -> e));
        List<MyRound> shown = new ArrayList<>();
        for (DraftRound round : rounds.findNewest(Limit.of(DraftRounds.SHOWN))) {
            DraftEntry entry = entered.get(round.id());
            DraftPhase phase = round.phase(today);
            if (entry == null && phase != DraftPhase.ENTRY) {
                continue;
            }
            List<MyRound.Pick> seen = List.of();
            if (entry != null && phase == DraftPhase.REVEALED) {
                List<DraftPick> all = picks.findOfEntries(List.of(entry.id()));
                Map<Long, WorkspaceSummary> regions = workspaces.byIds(all.stream().map(DraftPick::workspaceId).toList());
                seen = all.stream().map(p -> new MyRound.Pick(p.id(), regions.get(p.workspaceId()).name(locale),
                        p.message(), p.offerTitle(), p.outcome(), p.exclusiveUntil(), p.pickedAt())).toList();
            }
            shown.add(new MyRound(round.view(today, 0, 0), entry == null ? null : entry.introduction(),
                    entry == null ? null : entry.seeking(), seen));
        }
        return shown;
    }

    public void enter(long roundId, @Nullable String introduction, @Nullable String seeking) {
        long userId = currentUser.requireId();
        DraftRound round = rounds.findById(roundId)
                .orElseThrow(() -> new InputRejectedException("round", "draft.error.entry-closed"));
        InputCheck check = new InputCheck()
                .required("introduction", introduction).maxLength("introduction", introduction, TEXT_MAX)
                .required("seeking", seeking).maxLength("seeking", seeking, TEXT_MAX);
        if (round.phase(JapanTime.today(clock)) != DraftPhase.ENTRY) {
            check.reject("round", "draft.error.entry-closed");
        }
        if (!users.isVerified(userId)) {
            check.reject("round", "consent.error.email-not-verified");
        }
        check.throwIfAny();
        if (entries.findByRoundIdAndUserId(roundId, userId).isPresent()) {
            throw new InputRejectedException("round", "draft.error.entered");
        }
        try {
            entries.saveAndFlush(new DraftEntry(roundId, userId, Objects.requireNonNull(introduction).strip(),
                    Objects.requireNonNull(seeking).strip(), clock.instant()));
        } catch (DataIntegrityViolationException twiceAtOnce) {
            throw new InputRejectedException("round", "draft.error.entered");
        }
    }

    /** Leaves a round before its reveal; the regions' picks of the person go with the entry. */
    public void leave(long roundId) {
        long userId = currentUser.requireId();
        DraftEntry entry = entries.findByRoundIdAndUserId(roundId, userId)
                .orElseThrow(() -> new AccessDeniedException("Not entered"));
        DraftRound round = rounds.findById(roundId).orElseThrow();
        DraftPhase phase = round.phase(JapanTime.today(clock));
        if (phase == DraftPhase.AWAITING_REVEAL || phase == DraftPhase.REVEALED) {
            throw new InputRejectedException("round", "draft.error.too-late-to-leave");
        }
        picks.deleteAll(picks.findOfEntries(List.of(entry.id())));
        entries.delete(entry);
    }

    /** Chooses one region's pick, in a round where the person chooses, after the reveal: once. */
    public void choose(long pickId) {
        long userId = currentUser.requireId();
        DraftPick chosen = picks.findById(pickId).filter(p -> p.userId() == userId)
                .orElseThrow(() -> new AccessDeniedException("Not a pick of you"));
        DraftRound round = rounds.findById(chosen.roundId()).orElseThrow();
        if (round.rule() != DraftRule.PERSON_CHOOSES || round.phase(JapanTime.today(clock)) != DraftPhase.REVEALED) {
            throw new InputRejectedException("pick", "draft.error.not-choosable");
        }
        List<DraftPick> all = picks.findOfEntries(List.of(chosen.entryId()));
        if (all.stream().anyMatch(p -> p.outcome() != DraftOutcome.PENDING)) {
            throw new InputRejectedException("pick", "draft.error.chosen");
        }
        all.forEach(p -> p.settle(p.id() == pickId ? DraftOutcome.CHOSEN : DraftOutcome.NOT_CHOSEN, null));
        picks.saveAllAndFlush(all);
    }

    /** For the data export. */
    @Transactional(readOnly = true)
    List<Map<String, Object>> exportOf(long userId) {
        LocalDate today = JapanTime.today(clock);
        return entries.findByUserId(userId).stream().map(e -> {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            DraftRound round = rounds.findById(e.roundId()).orElseThrow();
            row.put("round", round.title());
            row.put("introduction", e.introduction());
            row.put("seeking", e.seeking());
            row.put("enteredAt", e.enteredAt());
            // Picks are hidden from everyone, the person too, until the reveal.
            row.put("picks", round.phase(today) != DraftPhase.REVEALED ? List.of()
                    : picks.findOfEntries(List.of(e.id())).stream()
                            .map(p -> Map.of("message", p.message(), "outcome", p.outcome(), "pickedAt", p.pickedAt()))
                            .toList());
            return row;
        }).toList();
    }

    /** With the account: entries and the picks of them go. */
    void forget(long userId) {
        List<DraftEntry> mine = entries.findByUserId(userId);
        picks.deleteAll(picks.findOfEntries(mine.stream().map(DraftEntry::id).toList()));
        entries.deleteAll(mine);
    }
}
