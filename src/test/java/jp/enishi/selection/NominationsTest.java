package jp.enishi.selection;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestClock;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.TestWorkspaces;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import jp.enishi.base.NoSuchRecordException;
import jp.enishi.identity.UserDirectory;
import jp.enishi.notification.NotificationKind;
import jp.enishi.notification.Notifications;
import jp.enishi.project.ProjectStatus;
import jp.enishi.talent.ConsentPurpose;
import jp.enishi.talent.Consents;
import jp.enishi.talent.ProvisionItems;
import jp.enishi.talent.Provisions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@EnishiTest
class NominationsTest {

    @Autowired Nominations nominations;
    @Autowired MyNominations mine;
    @Autowired Pipeline pipeline;
    @Autowired Consents consents;
    @Autowired Provisions provisions;
    @Autowired Notifications notifications;
    @Autowired UserDirectory users;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects projects;
    @Autowired SignIn signIn;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void a_region_nominates_someone_in_its_pool_who_accepts_into_interview_scheduling_marked_nominated() {
        Team kamishihoro = teams.create("nominating");
        long project = projects.published(kamishihoro, projects.complete("チーズ工房のブランドづくり", "物語"));
        String pro = pooled("nominee", kamishihoro);
        long proId = users.byEmail(pro).orElseThrow().id();
        signIn.as(kamishihoro.admin());
        assertThat(nominations.openRoles(kamishihoro.slug())).extracting(r -> r.projectId()).contains(project);
        LocalDate today = JapanTime.today(clock);

        assertThat(key(() -> nominations.nominate(kamishihoro.slug(), proId, project, 0, " ", today.plusDays(7))))
                .as("why you is required").isEqualTo("error.required");
        assertThat(key(() -> nominations.nominate(kamishihoro.slug(), proId, project, 0, "あなたが必要です", today)))
                .isEqualTo("nomination.error.answer-by");
        assertThat(key(() -> nominations.nominate(kamishihoro.slug(), proId, project, 0, "あなたが必要です", today.plusDays(61))))
                .isEqualTo("nomination.error.answer-by");
        assertThat(count(proId)).as("nothing half-saved").isZero();

        long id = nominations.nominate(kamishihoro.slug(), proId, project, 0, "チーズの販路を一緒に考えてほしい。", today.plusDays(7));
        assertThat(key(() -> nominations.nominate(kamishihoro.slug(), proId, project, 0, "もう一度", today.plusDays(7))))
                .as("once per role").isEqualTo("nomination.error.already");
        assertThat(nominations.toPerson(kamishihoro.slug(), proId)).singleElement()
                .satisfies(n -> assertThat(n.status()).isEqualTo(NominationStatus.OPEN));

        signIn.as(pro);
        assertThat(notifications.mine(Locale.JAPANESE).getFirst()).satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.NOMINATED);
            assertThat(n.body()).contains("チーズの販路を一緒に考えてほしい。");
        });
        MyNomination received = mine.mine(Locale.JAPANESE).getFirst();
        assertThat(received.region()).isEqualTo("nominating町");
        assertThat(received.answerable()).isTrue();
        long application = mine.accept(id, null);
        assertThat(key(() -> mine.accept(id, null))).as("answered once").isEqualTo("nomination.error.not-open");
        assertThat(key(() -> mine.decline(id, null))).isEqualTo("nomination.error.not-open");

        signIn.as(kamishihoro.admin());
        assertThat(pipeline.applicants(kamishihoro.slug(), project).rows()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(application);
            assertThat(r.stage()).isEqualTo(Stage.SCHEDULING);
            assertThat(r.nominated()).isTrue();
        });
        assertThat(notifications.mine(Locale.JAPANESE).getFirst().kind()).isEqualTo(NotificationKind.NOMINATION_ANSWERED);
        assertThat(nominations.toPerson(kamishihoro.slug(), proId)).singleElement()
                .satisfies(n -> assertThat(n.status()).isEqualTo(NominationStatus.ACCEPTED));
    }

    @Test
    void nominations_are_refused_without_consent_for_closed_or_foreign_roles_and_beyond_the_open_limit() {
        Team shiojiri = teams.create("nom-a");
        Team tottori = teams.create("nom-b");
        long shiojiriProject = projects.published(shiojiri, projects.complete("ワインの企画", "物語"));
        long tottoriProject = projects.published(tottori, projects.complete("梨の企画", "物語"));
        String pro = pooled("nom-pooled", shiojiri);
        long proId = users.byEmail(pro).orElseThrow().id();
        LocalDate by = JapanTime.today(clock).plusDays(7);

        signIn.as(tottori.admin());
        assertThat(key(() -> nominations.nominate(tottori.slug(), proId, tottoriProject, 0, "必要です", by)))
                .as("pooled in Shiojiri only, not shared").isEqualTo("nomination.error.not-in-pool");
        assertThatThrownBy(() -> nominations.nominate(tottori.slug(), proId, shiojiriProject, 0, "必要です", by))
                .as("another region's project").isInstanceOf(NoSuchRecordException.class);

        signIn.as(pro);
        consents.give(shiojiri.slug(), ConsentPurpose.CONSORTIUM);
        signIn.as(tottori.admin());
        nominations.nominate(tottori.slug(), proId, tottoriProject, 0, "鳥取でも力を貸してください。", by);
        signIn.as(pro);
        assertThat(provisions.mine()).as("a shared profile used for a nomination is a provision")
                .anyMatch(p -> p.recipient().equals("nom-b町") && p.items() == ProvisionItems.NOMINATION);

        signIn.as(shiojiri.admin());
        projects.move(shiojiri, shiojiriProject, ProjectStatus.CLOSED);
        signIn.as(shiojiri.admin());
        assertThat(key(() -> nominations.nominate(shiojiri.slug(), proId, shiojiriProject, 0, "必要です", by)))
                .isEqualTo("nomination.error.closed");

        // Four more open nominations from Shiojiri's other projects reach the limit of five.
        for (int i = 0; i < Nominations.OPEN_MAX - 1; i++) {
            long more = projects.published(shiojiri, projects.complete("企画" + i, "物語"));
            signIn.as(shiojiri.admin());
            nominations.nominate(shiojiri.slug(), proId, more, 0, "必要です", by);
        }
        long sixth = projects.published(shiojiri, projects.complete("六つ目", "物語"));
        signIn.as(shiojiri.admin());
        assertThat(key(() -> nominations.nominate(shiojiri.slug(), proId, sixth, 0, "必要です", by)))
                .isEqualTo("nomination.error.too-many");

        signIn.as(pro);
        long withdrawnFrom = consents.mine(Locale.JAPANESE).stream().filter(c -> c.purpose() == ConsentPurpose.POOL)
                .findFirst().orElseThrow().id();
        mine.decline(mine.mine(Locale.JAPANESE).getFirst().id(), "今は時間が取れません。");
        signIn.as(shiojiri.admin());
        assertThat(nominations.toPerson(shiojiri.slug(), proId)).as("the region reads the reason given")
                .extracting(Nominations.SentNomination::declineReason).contains("今は時間が取れません。");
        signIn.as(pro);
        consents.withdraw(withdrawnFrom);
        signIn.as(shiojiri.admin());
        assertThat(key(() -> nominations.nominate(shiojiri.slug(), proId, sixth, 0, "必要です", by)))
                .as("a consent withdrawn a moment ago").isEqualTo("nomination.error.not-in-pool");
    }

    @Test
    void an_unanswered_nomination_expires_after_its_day_and_cannot_be_accepted_by_anyone_else() {
        Team team = teams.create("nom-expiry");
        long project = projects.published(team, projects.complete("杉の企画", "物語"));
        String pro = pooled("nom-late", team);
        long proId = users.byEmail(pro).orElseThrow().id();
        signIn.as(team.admin());
        long id = nominations.nominate(team.slug(), proId, project, 0, "必要です", JapanTime.today(clock).plusDays(3));

        signIn.as(projects.professional("nom-intruder"));
        assertThatThrownBy(() -> mine.accept(id, null)).isInstanceOf(AccessDeniedException.class);

        clock.advance(Duration.ofDays(4));
        signIn.as(pro);
        assertThat(key(() -> mine.accept(id, null))).isEqualTo("nomination.error.expired");
        assertThat(mine.mine(Locale.JAPANESE).getFirst().status()).isEqualTo(NominationStatus.EXPIRED);
        signIn.out();
        mine.expireOverdue();
        assertThat(jdbc.queryForObject("SELECT status FROM nomination WHERE id = ?", String.class, id)).isEqualTo("EXPIRED");
        signIn.as(team.admin());
        assertThat(notifications.mine(Locale.JAPANESE).getFirst().kind()).isEqualTo(NotificationKind.NOMINATION_ANSWERED);
    }

    /** A professional who consented to the team's pool. */
    private String pooled(String name, Team team) {
        String pro = projects.professional(name);
        signIn.as(pro);
        consents.give(team.slug(), ConsentPurpose.POOL);
        signIn.out();
        return pro;
    }

    private long count(long userId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM nomination WHERE user_id = ?", Long.class, userId);
    }

    private static String key(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(InputRejectedException.class, call).problems().getFirst().messageKey();
    }
}
