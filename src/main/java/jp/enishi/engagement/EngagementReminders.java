package jp.enishi.engagement;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.enishi.base.Dates;
import jp.enishi.base.JapanTime;
import jp.enishi.base.Locales;
import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import jp.enishi.notification.Bilingual;
import jp.enishi.notification.Notice;
import jp.enishi.notification.NotificationKind;
import jp.enishi.notification.Notifications;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceSummary;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds each coordinator of a check-in or visit due today or overdue, in the app and by e-mail in their language:
 * once per engagement, item and due day (a row keyed so, written before the notice in the same transaction — a
 * second run, on this node or another, finds it and sends nothing); only while the engagement runs and the day is
 * within it; never for an item that was already past when it was set. One query finds what is due; a coordinator
 * with several items due at once gets one notice listing them, not one each.
 */
@Component
class EngagementReminders {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EngagementReminders.class);

    private static final String DUE = "SELECT e.id, e.workspace_id, e.coordinator_id, e.user_id, e.project_title,"
            + " e.role_title, '%1$s' AS item, e.%2$s_on AS due_on FROM engagement e"
            + " WHERE e.status = 'ACTIVE' AND e.coordinator_id IS NOT NULL AND e.%2$s_on <= ?"
            + " AND e.%2$s_on >= e.%2$s_set_on AND e.%2$s_on <= e.ends_on"
            + " AND NOT EXISTS (SELECT 1 FROM engagement_reminder r WHERE r.engagement_id = e.id"
            + " AND r.item = '%1$s' AND r.due_on = e.%2$s_on)";

    /** Due items handled per run; more wait for the next (the claim rows keep each sent once). */
    static final int BATCH = 5_000;
    /** Items a list notice names; the rest are counted. */
    static final int LISTED = 20;

    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final WorkspaceDirectory workspaces;
    private final WorkspaceAccess members;
    private final UserDirectory users;
    private final Clock clock;

    EngagementReminders(JdbcTemplate jdbc, Notifications notifications, WorkspaceDirectory workspaces,
                        WorkspaceAccess members, UserDirectory users, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.workspaces = workspaces;
        this.members = members;
        this.clock = clock;
    }

    private record Due(long engagementId, long workspaceId, long coordinatorId, long userId, String projectTitle,
                       String roleTitle, DueItem item, LocalDate dueOn) {
    }

    /** Sends what is due, on one node at a time. */
    @Scheduled(fixedDelayString = "${enishi.engagement.reminders-every:PT1H}", initialDelayString = "PT4M")
    @SchedulerLock(name = "engagement-reminders")
    @Transactional
    public void remindDue() {
        int sent = send();
        if (sent > 0) {
            log.info("Engagement reminders sent: {}", sent);
        }
    }

    private int send() {
        LocalDate today = JapanTime.today(clock);
        List<Due> due = jdbc.query(DUE.formatted("CHECK_IN", "next_check_in") + " UNION ALL "
                        + DUE.formatted("VISIT", "next_visit") + " ORDER BY 2, 3, 8, 1 LIMIT " + BATCH,
                (rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), DueItem.valueOf(rs.getString(7)), rs.getDate(8).toLocalDate()),
                Date.valueOf(today), Date.valueOf(today));
        if (due.isEmpty()) {
            return 0;
        }
        // Claim each item: a row already there (another run got to it) means it is not this run's to send.
        Timestamp now = Timestamp.from(clock.instant());
        List<Due> claimed = due.stream().filter(d -> jdbc.update("INSERT IGNORE INTO engagement_reminder"
                + " (engagement_id, item, due_on, sent_at) VALUES (?, ?, ?, ?)", d.engagementId(), d.item().name(),
                Date.valueOf(d.dueOn()), now) == 1).toList();
        Map<Long, WorkspaceSummary> regions = workspaces.byIds(claimed.stream().map(Due::workspaceId).distinct().toList());
        Map<Long, UserSummary> people = users.byIds(claimed.stream().map(Due::userId).distinct().toList());
        // One notice per coordinator and region: a single item says which; several come as one list.
        Map<Long, Map<Long, List<Due>>> perRegion = claimed.stream().collect(Collectors.groupingBy(Due::workspaceId,
                LinkedHashMap::new, Collectors.groupingBy(Due::coordinatorId, LinkedHashMap::new, Collectors.toList())));
        perRegion.forEach((workspaceId, perCoordinator) -> {
            Set<Long> stillMembers = members.membersAmong(workspaceId, perCoordinator.keySet());
            String slug = regions.containsKey(workspaceId) ? regions.get(workspaceId).slug() : "";
            perCoordinator.forEach((coordinatorId, items) -> {
                if (!stillMembers.contains(coordinatorId)) {
                    return;
                }
                if (items.size() == 1) {
                    Due d = items.getFirst();
                    notifications.send(Notice.to(List.of(coordinatorId), workspaceId, NotificationKind.ENGAGEMENT_DUE,
                            EngagementPaths.one(slug, d.engagementId()), d.projectTitle(), d.roleTitle(),
                            notifications.label("engagement.due." + d.item().name()), day(d.dueOn()),
                            d.dueOn().isBefore(today) ? notifications.label("engagement.due.overdue") : "",
                            name(people, d.userId())));
                } else {
                    notifications.send(Notice.to(List.of(coordinatorId), workspaceId, NotificationKind.ENGAGEMENT_DUE_LIST,
                            EngagementPaths.overview(slug), items.size(), list(items, people, notifications)));
                }
            });
        });
        return claimed.size();
    }

    private static Bilingual list(List<Due> items, Map<Long, UserSummary> people, Notifications notifications) {
        StringBuilder ja = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Due d : items.subList(0, Math.min(items.size(), LISTED))) {
            Bilingual item = notifications.label("engagement.due." + d.item().name());
            Bilingual day = day(d.dueOn());
            ja.append("・").append(name(people, d.userId())).append("（").append(d.projectTitle()).append("）：")
                    .append(item.ja()).append(" ").append(day.ja()).append('\n');
            en.append("- ").append(name(people, d.userId())).append(" (").append(d.projectTitle()).append("): ")
                    .append(item.en()).append(" ").append(day.en()).append('\n');
        }
        if (items.size() > LISTED) {
            ja.append("ほか").append(items.size() - LISTED).append("件");
            en.append("and ").append(items.size() - LISTED).append(" more");
        }
        return new Bilingual(ja.toString().strip(), en.toString().strip());
    }

    private static String name(Map<Long, UserSummary> people, long userId) {
        return people.containsKey(userId) ? people.get(userId).displayName() : "";
    }

    private static Bilingual day(LocalDate on) {
        return new Bilingual(Dates.date(on, Locales.JAPANESE), Dates.date(on, Locales.ENGLISH));
    }
}
