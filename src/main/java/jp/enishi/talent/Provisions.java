package jp.enishi.talent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.enishi.base.JapanTime;
import jp.enishi.identity.CurrentUser;
import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceSummary;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 個人情報の提供の記録 (APPI Art. 29/30): whenever a shared profile reaches a region other than the ones the person
 * pooled themselves with — a search hit, its page, a nomination — or the consortium's secretariat, one record per
 * recipient, person, items and day, with what it rested on. The person reads them on /me and in their export (Art.
 * 33); they are kept three years and then deleted by a daily job that runs once across nodes
 * (docs/design-decisions/2026-12-02-shared-pool.md).
 */
@Service
public class Provisions {

    /** Art. 30 and its rules: three years from the provision. */
    public static final int KEEP_YEARS = 3;
    static final int SHOWN_MAX = 200;

    private final ProvisionRecordRepository records;
    private final ConsentRepository consents;
    private final UserDirectory users;
    private final WorkspaceDirectory workspaces;
    private final CurrentUser currentUser;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final Clock clock;

    Provisions(ProvisionRecordRepository records, ConsentRepository consents, UserDirectory users,
               WorkspaceDirectory workspaces, CurrentUser currentUser, org.springframework.jdbc.core.JdbcTemplate jdbc,
               Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.consents = consents;
        this.users = users;
        this.workspaces = workspaces;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records that {@code recipientId} (null: the secretariat) received {@code items} of these people's profiles —
     * in its own transaction, so a read-only page records too, and a provision is kept once the data was read.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(@Nullable Long recipientId, String recipientName, ProvisionItems items, Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return;
        }
        Map<Long, UserSummary> people = users.byIds(userIds);
        Map<Long, List<Consent>> shared = consents.findActiveOf(userIds).stream()
                .filter(c -> c.purpose() == ConsentPurpose.CONSORTIUM)
                .collect(Collectors.groupingBy(Consent::userId));
        Map<Long, WorkspaceSummary> regions = workspaces.byIds(shared.values().stream().flatMap(List::stream)
                .map(Consent::workspaceId).distinct().toList());
        List<Subject> subjects = new ArrayList<>();
        for (long userId : userIds) {
            UserSummary person = people.get(userId);
            if (person != null) {
                subjects.add(new Subject(userId, person.displayName(), shared.getOrDefault(userId, List.of()).stream()
                        .map(c -> regions.get(c.workspaceId()).nameJa() + " " + JapanTime.date(c.grantedAt())).toList()));
            }
        }
        write(recipientId, recipientName, items, subjects);
    }

    /**
     * The same for a page of search hits, from what the page already holds (names; the shared pools with their
     * regions and dates): one statement for the page, no further reads.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordHits(@Nullable Long recipientId, String recipientName, List<PoolHit> hits) {
        write(recipientId, recipientName, ProvisionItems.SUMMARY, hits.stream().map(h -> new Subject(h.userId(),
                h.displayName(), h.origins().stream().filter(PoolHit.Origin::sharedWithConsortium)
                        .map(o -> o.region().nameJa() + " " + JapanTime.date(o.since())).toList())).toList());
    }

    /** Whose data, and the CONSORTIUM consents it rested on (region and date); none: their open profile. */
    private record Subject(long userId, String name, List<String> consents) {
    }

    private void write(@Nullable Long recipientId, String recipientName, ProvisionItems items, List<Subject> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = JapanTime.today(clock);
        StringBuilder sql = new StringBuilder("INSERT IGNORE INTO provision_record (user_id, person_name, recipient_id,"
                + " recipient_name, items, basis, basis_detail, provided_on, provided_at) VALUES ");
        List<Object> values = new ArrayList<>();
        for (Subject s : subjects) {
            sql.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
            String detail = s.consents().isEmpty() ? "全自治体に公開 (ProfileVisibility.ALL_MUNICIPALITIES)"
                    : String.join("、", s.consents());
            values.addAll(java.util.Arrays.asList(s.userId(), s.name(), recipientId, recipientName, items.name(),
                    (s.consents().isEmpty() ? ProvisionBasis.OPEN_PROFILE : ProvisionBasis.CONSORTIUM_CONSENT).name(),
                    detail.length() > 300 ? detail.substring(0, 300) : detail, java.sql.Date.valueOf(today),
                    java.sql.Timestamp.from(now)));
        }
        jdbc.update(sql.toString(), values.toArray());
    }

    /** The signed-in person's records, newest first (at most {@value #SHOWN_MAX}; all of them are in the export). */
    @Transactional(readOnly = true)
    public List<Provision> mine() {
        return currentUser.id().map(id -> records.findOf(id, Limit.of(SHOWN_MAX)).stream().map(ProvisionRecord::view)
                .toList()).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public long countMine() {
        return currentUser.id().map(records::countOf).orElse(0L);
    }

    @Transactional(readOnly = true)
    List<Provision> exportOf(long userId) {
        return records.findOf(userId, Limit.unlimited()).stream().map(ProvisionRecord::view).toList();
    }

    /** Deletes the records older than three years; daily, on one node at a time. */
    @Scheduled(cron = "0 30 3 * * *", zone = "Asia/Tokyo")
    @SchedulerLock(name = "provision-records-retention")
    @Transactional
    public void forgetExpired() {
        records.deleteProvidedBefore(JapanTime.today(clock).minusYears(KEEP_YEARS));
    }
}
