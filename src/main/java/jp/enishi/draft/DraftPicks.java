package jp.enishi.draft;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import jp.enishi.base.NoSuchRecordException;
import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import jp.enishi.project.ApplicationTarget;
import jp.enishi.project.ProjectBoard;
import jp.enishi.talent.TalentProfileData;
import jp.enishi.talent.TalentProfiles;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceScoped;
import jp.enishi.workspace.WorkspaceSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's side of a draft round: read the entrants during the nomination window (a page at a time) and pick
 * them, each with "why you" and an offer — a role of an open project of the region, or come and talk. A region sees
 * only its own picks; who else picked the same person only after the reveal. Rounds and entries are the
 * consortium's, not a workspace's: the parameters name them {@code round} and {@code entry}.
 */
@Service
@Transactional
@WorkspaceScoped
public class DraftPicks {

    public static final int MESSAGE_MAX = 2000;
    public static final int PAGE = 20;

    private final WorkspaceAccess workspaces;
    private final WorkspaceDirectory directory;
    private final DraftRoundRepository rounds;
    private final DraftEntryRepository entries;
    private final DraftPickRepository picks;
    private final UserDirectory users;
    private final TalentProfiles profiles;
    private final ProjectBoard board;
    private final Clock clock;

    DraftPicks(WorkspaceAccess workspaces, WorkspaceDirectory directory, DraftRoundRepository rounds,
               DraftEntryRepository entries, DraftPickRepository picks, UserDirectory users, TalentProfiles profiles,
               ProjectBoard board, Clock clock) {
        this.workspaces = workspaces;
        this.directory = directory;
        this.rounds = rounds;
        this.entries = entries;
        this.picks = picks;
        this.users = users;
        this.profiles = profiles;
        this.board = board;
        this.clock = clock;
    }

    /**
     * The consortium's rounds, newest first, with how many have entered: a region sees one coming before its
     * nomination window opens (the entrants themselves only from then on).
     */
    @Transactional(readOnly = true)
    public List<RoundView> rounds(String workspaceSlug) {
        workspaces.require(workspaceSlug, Permission.POOL_NOMINATE);
        LocalDate today = JapanTime.today(clock);
        List<DraftRound> open = rounds.findNewest(Limit.of(DraftRounds.SHOWN));
        Map<Long, Long> entrants = jp.enishi.base.spi.Counts.of(entries.countPerRound(
                open.stream().map(DraftRound::id).toList()));
        return open.stream().map(r -> r.view(today, entrants.getOrDefault(r.id(), 0L), 0)).toList();
    }

    /** A page of the round's entrants, from its nomination window on. */
    @Transactional(readOnly = true)
    public List<Entrant> entrants(String workspaceSlug, long round, int offset, int limit) {
        var caller = workspaces.require(workspaceSlug, Permission.POOL_NOMINATE);
        requireFrom(round, DraftPhase.NOMINATION);
        int size = Math.clamp(limit, 1, 100);
        List<DraftEntry> page = entries.findPage(round, PageRequest.of(Math.max(0, offset) / size, size));
        List<Long> people = page.stream().map(DraftEntry::userId).toList();
        Map<Long, UserSummary> names = users.byIds(people);
        Map<Long, TalentProfileData> talent = profiles.profilesOf(people);
        Set<Long> ours = picks.findByRoundIdAndWorkspaceIdOrderByPickedAt(round, caller.workspaceId()).stream()
                .map(DraftPick::entryId).collect(Collectors.toSet());
        return page.stream().filter(e -> names.containsKey(e.userId())).map(e -> {
            TalentProfileData t = talent.getOrDefault(e.userId(), TalentProfileData.empty());
            return new Entrant(e.id(), names.get(e.userId()).displayName(), e.introduction(), e.seeking(), t.headline(),
                    t.skills(), ours.contains(e.id()));
        }).toList();
    }

    @Transactional(readOnly = true)
    public long countEntrants(String workspaceSlug, long round) {
        workspaces.require(workspaceSlug, Permission.POOL_NOMINATE);
        requireFrom(round, DraftPhase.NOMINATION);
        return entries.countByRoundId(round);
    }

    /**
     * Picks an entrant in the nomination window: once per region and entrant; the offer a role of the region's own
     * open project ({@code projectId} and {@code rolePosition}), or none — come and talk.
     */
    public long pick(String workspaceSlug, long round, long entry, @Nullable String message, @Nullable Long projectId,
                     @Nullable Integer rolePosition) {
        var caller = workspaces.require(workspaceSlug, Permission.POOL_NOMINATE);
        DraftRound draft = rounds.findById(round).orElseThrow(() -> new NoSuchRecordException("round " + round));
        DraftEntry entrant = entries.findById(entry).filter(e -> e.roundId() == round)
                .orElseThrow(() -> new NoSuchRecordException("entry " + entry));
        String offer = null;
        if (projectId != null) {
            ApplicationTarget target = board.applicationTarget(projectId, rolePosition == null ? -1 : rolePosition)
                    .filter(t -> t.workspaceId() == caller.workspaceId())
                    .orElseThrow(() -> new NoSuchRecordException("role of project " + projectId));
            if (!target.open()) {
                throw new InputRejectedException("offer", "nomination.error.closed");
            }
            offer = target.projectTitle() + "／" + target.roleTitle();
        }
        InputCheck check = new InputCheck().required("message", message).maxLength("message", message, MESSAGE_MAX);
        if (draft.phase(JapanTime.today(clock)) != DraftPhase.NOMINATION) {
            check.reject("round", "draft.error.nomination-closed");
        }
        check.throwIfAny();
        if (picks.existsByEntryIdAndWorkspaceId(entry, caller.workspaceId())) {
            throw new InputRejectedException("entry", "draft.error.picked");
        }
        try {
            return picks.saveAndFlush(new DraftPick(round, entry, entrant.userId(), caller.workspaceId(),
                    Objects.requireNonNull(message).strip(), projectId, projectId == null ? null : rolePosition, offer,
                    caller.userId(), clock.instant())).id();
        } catch (DataIntegrityViolationException twiceAtOnce) {
            throw new InputRejectedException("entry", "draft.error.picked");
        }
    }

    /** The region's own picks in a round; after the reveal, with the other regions that picked the same person. */
    @Transactional(readOnly = true)
    public List<OurPick> ourPicks(String workspaceSlug, long round, Locale locale) {
        var caller = workspaces.require(workspaceSlug, Permission.POOL_NOMINATE);
        DraftRound draft = requireFrom(round, DraftPhase.NOMINATION);
        List<DraftPick> ours = picks.findByRoundIdAndWorkspaceIdOrderByPickedAt(round, caller.workspaceId());
        Map<Long, UserSummary> names = users.byIds(ours.stream().map(DraftPick::userId).toList());
        boolean revealed = draft.phase(JapanTime.today(clock)) == DraftPhase.REVEALED;
        Map<Long, List<DraftPick>> same = revealed
                ? picks.findOfEntries(ours.stream().map(DraftPick::entryId).toList()).stream()
                        .filter(p -> p.workspaceId() != caller.workspaceId())
                        .collect(Collectors.groupingBy(DraftPick::entryId))
                : Map.of();
        Map<Long, WorkspaceSummary> regions = directory.byIds(same.values().stream().flatMap(List::stream)
                .map(DraftPick::workspaceId).distinct().toList());
        return ours.stream().map(p -> new OurPick(p.id(),
                names.containsKey(p.userId()) ? names.get(p.userId()).displayName() : "", p.message(), p.offerTitle(),
                p.outcome(), p.exclusiveUntil(), same.getOrDefault(p.entryId(), List.of()).stream()
                        .map(o -> regions.get(o.workspaceId()).name(locale)).toList())).toList();
    }

    private DraftRound requireFrom(long round, DraftPhase from) {
        DraftRound draft = rounds.findById(round).orElseThrow(() -> new NoSuchRecordException("round " + round));
        if (draft.phase(JapanTime.today(clock)).compareTo(from) < 0) {
            throw new NoSuchRecordException("round " + round + " not open to regions yet");
        }
        return draft;
    }
}
