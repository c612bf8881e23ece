package jp.enishi.draft;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestClock;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import jp.enishi.base.NoSuchRecordException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@EnishiTest
class DraftTest {

    @Autowired DraftRounds rounds;
    @Autowired DraftEntries entries;
    @Autowired DraftPicks picks;
    @Autowired DraftResults results;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects projects;
    @Autowired SignIn signIn;
    @Autowired TestClock clock;
    @Autowired DraftReveal reveal;
    @Autowired jp.enishi.notification.Notifications notifications;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    @Test
    void a_round_s_windows_follow_each_other_and_none_is_over_already() {
        signIn.as(TestWorkspaces.CONSORTIUM_ADMIN);
        LocalDate today = JapanTime.today(clock);
        InputRejectedException rejected = catchThrowableOfType(InputRejectedException.class, () -> rounds.create(
                new NewRound(" ", DraftRule.LOTTERY, 0, today.minusDays(10), today.minusDays(1), today.minusDays(2),
                        today.minusDays(3), today.minusDays(3))));
        assertThat(rejected.problems()).extracting(p -> p.field() + "=" + p.messageKey()).containsExactlyInAnyOrder(
                "title=error.required", "exclusiveMonths=project.error.range", "entryCloses=draft.error.in-the-past",
                "nominationCloses=draft.error.ends-before-start", "nominationOpens=draft.error.overlap",
                "revealOn=draft.error.reveal-after-nomination");
        assertThat(key(() -> rounds.create(new NewRound("九州", DraftRule.PERSON_CHOOSES, null, today, null, null, null,
                null)))).isEqualTo("error.required");
    }

    @Test
    void regions_pick_hidden_from_each_other_the_reveal_shows_conflicts_and_the_seeded_draw_is_reproducible_and_runs_once() {
        Team kumamoto = teams.create("draft-a");
        Team tottori = teams.create("draft-b");
        long offer = projects.published(kumamoto, projects.complete("移住の企画", "物語"));
        String one = projects.professional("drafted-one");
        String two = projects.professional("drafted-two");
        LocalDate today = JapanTime.today(clock);
        signIn.as(TestWorkspaces.CONSORTIUM_ADMIN);
        long round = rounds.create(new NewRound("移住ドラフト会議", DraftRule.LOTTERY, 12, today, today.plusDays(2),
                today.plusDays(3), today.plusDays(5), today.plusDays(7)));

        for (String pro : List.of(one, two)) {
            signIn.as(pro);
            entries.enter(round, "都内で編集者をしています。", "地域の魅力を伝える仕事");
            assertThat(key(() -> entries.enter(round, "もう一度", "同じ"))).isEqualTo("draft.error.entered");
        }
        signIn.as(kumamoto.admin());
        assertThatThrownBy(() -> picks.entrants(kumamoto.slug(), round, 0, 20)).as("not before the nomination window")
                .isInstanceOf(NoSuchRecordException.class);

        clock.advance(Duration.ofDays(3));
        signIn.as(projects.professional("drafted-late"));
        assertThat(key(() -> entries.enter(round, "遅れて", "何か"))).isEqualTo("draft.error.entry-closed");
        signIn.as(kumamoto.admin());
        List<Entrant> seen = picks.entrants(kumamoto.slug(), round, 0, 20);
        assertThat(seen).extracting(Entrant::displayName).hasSize(2);
        long first = seen.get(0).entryId();
        long second = seen.get(1).entryId();
        picks.pick(kumamoto.slug(), round, first, "熊本に来てほしい", offer, 0);
        picks.pick(kumamoto.slug(), round, second, "まず話しましょう", null, null);
        assertThat(key(() -> picks.pick(kumamoto.slug(), round, first, "もう一度", null, null))).isEqualTo("draft.error.picked");
        signIn.as(tottori.admin());
        assertThatThrownBy(() -> picks.pick(tottori.slug(), round, first, "鳥取にも", offer, 0))
                .as("an offer of another region's project").isInstanceOf(NoSuchRecordException.class);
        picks.pick(tottori.slug(), round, first, "鳥取にも来てほしい", null, null);
        assertThat(picks.ourPicks(tottori.slug(), round, Locale.JAPANESE)).singleElement()
                .satisfies(p -> assertThat(p.alsoPickedBy()).as("hidden until the reveal").isEmpty());
        signIn.as(one);
        assertThat(picksOf(round)).as("the person too waits for the reveal").isEmpty();
        signIn.as(TestWorkspaces.CONSORTIUM_ADMIN);
        assertThat(key(() -> rounds.draw(round, 42L))).isEqualTo("draft.error.not-revealed");

        clock.advance(Duration.ofDays(4));
        signIn.out();
        reveal.revealDue();
        reveal.revealDue();
        signIn.as(one);
        assertThat(notifications.mine(Locale.JAPANESE)).as("told once, with how many regions picked them")
                .filteredOn(n -> n.kind() == jp.enishi.notification.NotificationKind.DRAFT_REVEALED).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("移住ドラフト会議", "2件"));
        signIn.as(tottori.admin());
        assertThat(notifications.mine(Locale.JAPANESE))
                .filteredOn(n -> n.kind() == jp.enishi.notification.NotificationKind.DRAFT_REVEALED_REGION).hasSize(1);
        assertThat(key(() -> picks.pick(tottori.slug(), round, second, "遅れて", null, null)))
                .isEqualTo("draft.error.nomination-closed");
        assertThat(picks.ourPicks(tottori.slug(), round, Locale.JAPANESE)).singleElement()
                .satisfies(p -> assertThat(p.alsoPickedBy()).containsExactly("draft-a町"));
        signIn.as(one);
        assertThat(picksOf(round)).extracting(MyRound.Pick::region)
                .containsExactlyInAnyOrder("draft-a町", "draft-b町");

        signIn.as(TestWorkspaces.CONSORTIUM_ADMIN);
        assertThat(rounds.draw(round, 20261202L)).isEqualTo(20261202L);
        assertThat(key(() -> rounds.draw(round, 20261202L))).as("a draw runs once").isEqualTo("draft.error.drawn");
        assertThat(rounds.rounds()).filteredOn(r -> r.id() == round).singleElement()
                .satisfies(r -> assertThat(r.seed()).isEqualTo(20261202L));
        signIn.as(two);
        assertThat(picksOf(round)).singleElement().satisfies(p -> {
            assertThat(p.outcome()).as("picked once: won without a draw").isEqualTo(DraftOutcome.WON);
            assertThat(p.exclusiveUntil()).isEqualTo(JapanTime.today(clock).plusMonths(12));
        });
        signIn.as(one);
        assertThat(picksOf(round)).extracting(MyRound.Pick::outcome)
                .containsExactlyInAnyOrder(DraftOutcome.WON, DraftOutcome.LOST);

        var shown = results.of(round).orElseThrow();
        assertThat(shown.pickedEntrants()).isEqualTo(2);
        assertThat(shown.regions()).extracting(r -> r.region().slug() + ":" + r.picks() + ":" + r.settled())
                .contains(kumamoto.slug() + ":2:" + (1 + (won(kumamoto, round) ? 1 : 0)));
    }

    @Test
    void the_same_seed_draws_the_same_winners_and_another_seed_may_not() {
        Map<Long, List<Long>> picked = Map.of(1L, List.of(10L, 11L, 12L), 2L, List.of(20L, 21L), 3L, List.of(30L));
        Map<Long, Long> once = DraftLottery.draw(7L, picked);
        assertThat(DraftLottery.draw(7L, picked)).isEqualTo(once);
        assertThat(once.get(3L)).isEqualTo(30L);
        assertThat(once.get(1L)).isIn(10L, 11L, 12L);
        // Over many seeds every region of a conflict wins sometimes: the draw is not fixed to an order.
        java.util.Set<Long> winnersOfOne = new java.util.HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            winnersOfOne.add(DraftLottery.draw(seed, picked).get(1L));
        }
        assertThat(winnersOfOne).containsExactlyInAnyOrder(10L, 11L, 12L);
        assertThat(DraftLottery.draw(7L, Map.of(1L, List.of(12L, 10L, 11L)))).as("order of the picks does not matter")
                .containsEntry(1L, once.get(1L));
    }

    @Test
    void where_the_person_chooses_they_choose_once_after_the_reveal() {
        Team a = teams.create("choose-a");
        Team b = teams.create("choose-b");
        String pro = projects.professional("chooser");
        LocalDate today = JapanTime.today(clock);
        signIn.as(TestWorkspaces.CONSORTIUM_ADMIN);
        long round = rounds.create(new NewRound("選べるラウンド", DraftRule.PERSON_CHOOSES, null, today, today,
                today.plusDays(1), today.plusDays(1), today.plusDays(2)));
        signIn.as(pro);
        entries.enter(round, "自己紹介", "求めること");
        clock.advance(Duration.ofDays(1));
        for (Team t : List.of(a, b)) {
            signIn.as(t.admin());
            long entry = picks.entrants(t.slug(), round, 0, 20).getFirst().entryId();
            picks.pick(t.slug(), round, entry, t.slug() + "に来てほしい", null, null);
        }
        signIn.as(pro);
        assertThat(picksOf(round)).isEmpty();
        assertThatThrownBy(() -> entries.choose(0L)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        clock.advance(Duration.ofDays(1));
        List<MyRound.Pick> mine = picksOf(round);
        assertThat(mine).hasSize(2);
        entries.choose(mine.getFirst().id());
        assertThat(key(() -> entries.choose(mine.get(1).id()))).isEqualTo("draft.error.chosen");
        assertThat(picksOf(round)).extracting(MyRound.Pick::outcome)
                .containsExactlyInAnyOrder(DraftOutcome.CHOSEN, DraftOutcome.NOT_CHOSEN);
        signIn.as(TestWorkspaces.CONSORTIUM_ADMIN);
        assertThat(key(() -> rounds.draw(round, null))).isEqualTo("draft.error.not-lottery");
    }

    /** The signed-in entrant's picks in this round (other tests' rounds may be open for entry too). */
    private List<MyRound.Pick> picksOf(long round) {
        return entries.mine(Locale.JAPANESE).stream().filter(r -> r.round().id() == round).findFirst().orElseThrow().picks();
    }

    private boolean won(Team team, long round) {
        signIn.as(team.admin());
        return picks.ourPicks(team.slug(), round, Locale.JAPANESE).stream()
                .anyMatch(p -> p.outcome() == DraftOutcome.WON && p.displayName().startsWith("drafted-one"));
    }

    private static String key(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(InputRejectedException.class, call).problems().getFirst().messageKey();
    }
}
