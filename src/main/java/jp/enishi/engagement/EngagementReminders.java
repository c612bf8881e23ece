package jp.enishi.engagement;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.enishi.base.Dates;
import jp.enishi.base.JapanTime;
import jp.enishi.base.Locales;
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
 * within it; never for an item that was already past when it was set. One query finds what is due.
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

    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final WorkspaceDirectory workspaces;
    private final WorkspaceAccess members;
    private final Clock clock;

    EngagementReminders(JdbcTemplate jdbc, Notifications notifications, WorkspaceDirectory workspaces,
                        WorkspaceAccess members, Clock clock) {
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
                        + DUE.formatted("VISIT", "next_visit") + " ORDER BY 1 LIMIT 2000",
                (rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), DueItem.valueOf(rs.getString(7)), rs.getDate(8).toLocalDate()),
                Date.valueOf(today), Date.valueOf(today));
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, WorkspaceSummary> regions = workspaces.byIds(due.stream().map(Due::workspaceId).distinct().toList());
        Timestamp now = Timestamp.from(clock.instant());
        int sent = 0;
        for (Due d : due) {
            int claimed = jdbc.update("INSERT IGNORE INTO engagement_reminder (engagement_id, item, due_on, sent_at)"
                    + " VALUES (?, ?, ?, ?)", d.engagementId(), d.item().name(), Date.valueOf(d.dueOn()), now);
            Set<Long> stillMember = members.membersAmong(d.workspaceId(), List.of(d.coordinatorId()));
            if (claimed == 0 || stillMember.isEmpty()) {
                continue;
            }
            WorkspaceSummary region = regions.get(d.workspaceId());
            notifications.send(Notice.to(stillMember, d.workspaceId(), NotificationKind.ENGAGEMENT_DUE,
                    EngagementPaths.one(region == null ? "" : region.slug(), d.engagementId()), d.projectTitle(),
                    d.roleTitle(), label(d.item()),
                    new Bilingual(Dates.date(d.dueOn(), Locales.JAPANESE), Dates.date(d.dueOn(), Locales.ENGLISH)),
                    d.dueOn().isBefore(today) ? new Bilingual("（期限を過ぎています）", " (overdue)") : ""));
            sent++;
        }
        return sent;
    }

    private static Bilingual label(DueItem item) {
        return item == DueItem.CHECK_IN ? new Bilingual("チェックイン", "Check-in") : new Bilingual("現地訪問", "On-site visit");
    }
}
