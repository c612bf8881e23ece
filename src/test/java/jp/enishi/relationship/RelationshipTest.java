package jp.enishi.relationship;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.base.NoSuchRecordException;
import jp.enishi.privacy.MyData;
import jp.enishi.selection.Applying;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.Stage;
import jp.enishi.talent.ConsentGiven;
import jp.enishi.talent.ConsentPurpose;
import jp.enishi.talent.Consents;
import jp.enishi.talent.PoolNotes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Each person's timeline with a region, written from the capabilities' events after they commit: what the region
 * reads, what the person reads, and that no region reads another's entries or notes.
 */
@EnishiTest
class RelationshipTest {

    @Autowired Timelines timelines;
    @Autowired MyTimeline myTimeline;
    @Autowired TimelineRecorder recorder;
    @Autowired PoolNotes poolNotes;
    @Autowired Consents consents;
    @Autowired Applying applying;
    @Autowired Pipeline pipeline;
    @Autowired MyData myData;
    @Autowired ListenerFailures failures;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void a_region_reads_its_own_timeline_and_notes_with_a_person_and_never_another_regions() {
        Team a = teams.create("timeline-a");
        Team b = teams.create("timeline-b");
        long project = testProjects.published(a, testProjects.complete("関わりの企画", "物語"));
        String pro = testProjects.professional("related");
        long proId = idOf(pro);
        signIn.as(pro);
        long application = applying.apply(project, 0, "動機", "月2日");
        signIn.as(a.admin());
        pipeline.move(a.slug(), application, 0, Stage.SCREENING, null, false);
        pipeline.move(a.slug(), application, 1, Stage.DECLINED, "今回は別の方に", false);
        signIn.as(pro);
        consents.give(a.slug(), ConsentPurpose.POOL);

        signIn.as(a.admin());
        List<TimelineEntry> seen = await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> timelines.of(a.slug(), proId).entries(), entries -> entries.size() == 4);
        assertThat(seen).extracting(TimelineEntry::kind).containsExactly(RelationshipKind.JOINED_POOL,
                RelationshipKind.DECLINED, RelationshipKind.STAGE_CHANGED, RelationshipKind.APPLIED);
        assertThat(seen.getLast().projectTitle()).isEqualTo("関わりの企画");
        assertThat(seen.get(2).detail()).isEqualTo("SCREENING");
        assertThat(seen.getFirst().fiscalYear().japaneseLabel()).startsWith("令和");
        poolNotes.addNote(a.slug(), proId, "観光の企画に向いている（A町のメモ）");
        poolNotes.tag(a.slug(), proId, "観光");
        assertThat(poolNotes.taggedWith(a.slug(), "観光")).containsExactly(proId);

        signIn.as(b.admin());
        assertThatThrownBy(() -> timelines.of(b.slug(), proId)).as("not in B's pool: B reads nothing of them")
                .isInstanceOf(NoSuchRecordException.class);
        assertThatThrownBy(() -> timelines.of(a.slug(), proId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> poolNotes.notes(a.slug(), proId)).isInstanceOf(AccessDeniedException.class);
        assertThat(poolNotes.allTags(b.slug())).isEmpty();

        signIn.as(pro);
        List<RegionTimeline> mine = myTimeline.mine();
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().workspaceNameJa()).startsWith("timeline-a");
        assertThat(mine.getFirst().entries()).hasSize(4);
        String export = new String(myData.exportJson(), StandardCharsets.UTF_8);
        assertThat(export).contains("relationships", "JOINED_POOL").doesNotContain("A町のメモ");

        consents.withdraw(consents.mine(Locale.JAPANESE).getFirst().id());
        signIn.as(a.admin());
        assertThatThrownBy(() -> timelines.of(a.slug(), proId)).as("a withdrawn consent closes the page at once")
                .isInstanceOf(NoSuchRecordException.class);
        assertThatThrownBy(() -> poolNotes.notes(a.slug(), proId)).isInstanceOf(NoSuchRecordException.class);
        signIn.as(pro);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> myTimeline.mine().getFirst().entries().getFirst().kind(),
                kind -> kind == RelationshipKind.LEFT_POOL);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE event_type LIKE '%ConsentWithdrawn'"
                + " AND completion_date IS NOT NULL", Integer.class)).as("through the publication registry").isPositive();
    }

    @Test
    void an_event_delivered_twice_is_recorded_once() {
        Team a = teams.create("timeline-twice");
        String pro = testProjects.professional("twice");
        long proId = idOf(pro);
        long workspaceId = jdbc.queryForObject("SELECT id FROM workspace WHERE slug = ?", Long.class, a.slug());
        ConsentGiven given = new ConsentGiven(workspaceId, proId, ConsentPurpose.POOL, java.time.Instant.now());
        // The listener itself, twice in a row, as a resubmitted publication would call it (the bean runs it async).
        TimelineRecorder target = AopTestUtils.getTargetObject(recorder);
        transactions.executeWithoutResult(status -> target.on(given));
        transactions.executeWithoutResult(status -> target.on(given));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM relationship_entry WHERE user_id = ?", Integer.class, proId))
                .isEqualTo(1);
    }

    @Test
    void a_failing_listener_in_the_transaction_rolls_the_action_back() {
        Team a = teams.create("timeline-rollback");
        String pro = testProjects.professional("rollback");
        long proId = idOf(pro);
        signIn.as(pro);
        failures.arm(proId);
        try {
            assertThatThrownBy(() -> consents.give(a.slug(), ConsentPurpose.POOL)).hasMessageContaining("on purpose");
        } finally {
            failures.disarm(proId);
        }
        assertThat(consents.mine(Locale.JAPANESE)).as("the consent rolled back with its listener").isEmpty();
        consents.give(a.slug(), ConsentPurpose.POOL);
        assertThat(consents.mine(Locale.JAPANESE)).hasSize(1);
    }

    private long idOf(String email) {
        return jdbc.queryForObject("SELECT id FROM app_user WHERE email = ?", Long.class, email);
    }
}
