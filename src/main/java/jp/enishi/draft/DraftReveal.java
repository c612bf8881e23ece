package jp.enishi.draft;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.enishi.base.JapanTime;
import jp.enishi.notification.Notice;
import jp.enishi.notification.NotificationKind;
import jp.enishi.notification.Notifications;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceSummary;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a round's reveal day, tells every entrant how many regions picked them (their picks are on /me), and every
 * region's picker that the picks are out; once per round — the round keeps when — and on one node at a time.
 */
@Component
class DraftReveal {

    private final DraftRoundRepository rounds;
    private final DraftEntryRepository entries;
    private final DraftPickRepository picks;
    private final Notifications notifications;
    private final WorkspaceDirectory workspaces;
    private final Clock clock;

    DraftReveal(DraftRoundRepository rounds, DraftEntryRepository entries, DraftPickRepository picks,
                Notifications notifications, WorkspaceDirectory workspaces, Clock clock) {
        this.workspaces = workspaces;
        this.rounds = rounds;
        this.entries = entries;
        this.picks = picks;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT3M")
    @SchedulerLock(name = "draft-reveal")
    @Transactional
    public void revealDue() {
        for (DraftRound round : rounds.findRevealDue(JapanTime.today(clock))) {
            List<DraftPick> all = picks.findAllOf(round.id());
            Map<Long, Long> perEntrant = all.stream().collect(Collectors.groupingBy(DraftPick::userId, Collectors.counting()));
            for (DraftEntry entry : entries.findAllOf(round.id(), Limit.unlimited())) {
                notifications.send(Notice.to(List.of(entry.userId()), null, NotificationKind.DRAFT_REVEALED, "me",
                        round.title(), perEntrant.getOrDefault(entry.userId(), 0L)));
            }
            Map<Long, java.util.Set<Long>> pickers = all.stream().collect(Collectors.groupingBy(DraftPick::workspaceId,
                    Collectors.mapping(DraftPick::pickedBy, Collectors.toSet())));
            Map<Long, WorkspaceSummary> regions = workspaces.byIds(pickers.keySet());
            pickers.forEach((workspaceId, who) -> notifications.send(Notice.to(who, workspaceId,
                    NotificationKind.DRAFT_REVEALED_REGION,
                    "w/" + regions.get(workspaceId).slug() + "/draft?round=" + round.id(), round.title())));
            round.revealed(clock.instant());
        }
    }
}
