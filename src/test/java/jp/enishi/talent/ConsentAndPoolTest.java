package jp.enishi.talent;

import java.util.Locale;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.base.InputRejectedException;
import jp.enishi.notification.NotificationKind;
import jp.enishi.notification.Notifications;
import jp.enishi.selection.Applying;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.PoolAsk;
import jp.enishi.selection.Stage;
import jp.enishi.workspace.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@EnishiTest
class ConsentAndPoolTest {

    @Autowired Consents consents;
    @Autowired TalentPool pool;
    @Autowired TalentProfiles profiles;
    @Autowired Applying applying;
    @Autowired Pipeline pipeline;
    @Autowired Notifications notifications;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void a_declined_applicant_is_pooled_only_after_saying_yes_and_leaves_the_pool_the_moment_they_withdraw() {
        Team team = teams.create("pool");
        Team other = teams.create("pool-other");
        long project = testProjects.published(team, testProjects.complete("プールの企画", "物語"));
        String pro = testProjects.professional("pooled");
        signIn.as(pro);
        long id = applying.apply(project, 0, "動機", "月2日");
        String owner = teams.addMember(team, Role.THEME_OWNER);
        signIn.as(team.admin());

        assertThat(key(() -> pipeline.askToPool(team.slug(), id))).isEqualTo("pool.error.declined-only");
        pipeline.move(team.slug(), id, 0, Stage.DECLINED, "今回は別の方に", false);
        pipeline.askToPool(team.slug(), id);
        assertThat(key(() -> pipeline.askToPool(team.slug(), id))).isEqualTo("pool.error.asked");
        assertThat(names(team)).as("asked is not pooled").noneMatch(n -> n.startsWith("pooled"));

        signIn.as(pro);
        assertThat(notifications.mine(Locale.JAPANESE).getFirst().kind()).isEqualTo(NotificationKind.POOL_REQUEST);
        var request = applying.poolRequests(Locale.JAPANESE).getFirst();
        assertThat(request.state()).isEqualTo(PoolAsk.ASKED);
        applying.answerPoolRequest(request.id(), true);
        assertThat(key(() -> applying.answerPoolRequest(request.id(), false))).isEqualTo("pool.error.answered");
        ConsentRecord given = consents.mine(Locale.JAPANESE).getFirst();
        assertThat(given.purpose()).isEqualTo(ConsentPurpose.POOL);
        assertThat(given.purposeText()).startsWith("pool町が").contains("人材プール");

        signIn.as(team.admin());
        assertThat(member(team, "pooled")).extracting(PoolMember::shared).containsExactly(false);
        assertThat(pipeline.applicant(team.slug(), id).poolAsk()).isEqualTo(PoolAsk.YES);
        assertThat(notifications.mine(Locale.JAPANESE).getFirst().kind()).isEqualTo(NotificationKind.POOL_ANSWERED);
        signIn.as(other.admin());
        assertThat(names(other)).as("not shared with other regions").noneMatch(n -> n.startsWith("pooled"));
        signIn.as(owner);
        assertThatThrownBy(() -> pool.members(team.slug())).as("theme owners do not browse the pool")
                .isInstanceOf(AccessDeniedException.class);

        signIn.as(pro);
        consents.give(team.slug(), ConsentPurpose.CONSORTIUM);
        signIn.as(other.admin());
        assertThat(member(other, "pooled")).extracting(PoolMember::shared).containsExactly(true);

        signIn.as(team.admin());
        long proId = member(team, "pooled").getFirst().userId();
        assertThat(key(() -> pool.message(team.slug(), proId, " "))).isEqualTo("error.required");
        pool.message(team.slug(), proId, "来月、ワイナリーで収穫祭があります。");
        signIn.as(pro);
        assertThat(notifications.mine(Locale.JAPANESE).getFirst()).satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.POOL_MESSAGE);
            assertThat(n.body()).startsWith("来月、ワイナリーで収穫祭があります。");
        });

        signIn.as(pro);
        consents.withdraw(given.id());
        assertThat(consents.mine(Locale.JAPANESE)).as("the record stays, in force no more").hasSize(2)
                .noneMatch(ConsentRecord::active);
        signIn.as(team.admin());
        assertThat(names(team)).noneMatch(n -> n.startsWith("pooled"));
        assertThatThrownBy(() -> pool.message(team.slug(), proId, "まだいますか？")).as("no writing after withdrawal")
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(other.admin());
        assertThat(names(other)).as("sharing rests on the pool consent").noneMatch(n -> n.startsWith("pooled"));
    }

    @Test
    void a_profile_open_to_all_municipalities_is_in_every_pool_until_closed_again() {
        Team team = teams.create("open");
        Team other = teams.create("open-other");
        String pro = testProjects.professional("open-pro");
        signIn.as(pro);
        assertThat(profiles.visibility()).isEqualTo(ProfileVisibility.APPLIED_TEAMS);
        profiles.show(ProfileVisibility.ALL_MUNICIPALITIES);
        for (Team t : java.util.List.of(team, other)) {
            signIn.as(t.admin());
            assertThat(names(t)).anyMatch(n -> n.startsWith("open-pro"));
        }
        signIn.as(pro);
        profiles.show(ProfileVisibility.APPLIED_TEAMS);
        signIn.as(team.admin());
        assertThat(names(team)).noneMatch(n -> n.startsWith("open-pro"));
    }

    @Test
    void sharing_needs_the_pool_first_and_nobody_withdraws_or_answers_for_someone_else() {
        Team team = teams.create("consent");
        String pro = testProjects.professional("consenting");
        signIn.as(pro);
        assertThat(key(() -> consents.give(team.slug(), ConsentPurpose.CONSORTIUM))).isEqualTo("consent.error.pool-first");
        assertThat(key(() -> consents.give("no-such-place", ConsentPurpose.POOL))).isEqualTo("consent.error.no-such-workspace");
        consents.give(team.slug(), ConsentPurpose.POOL);
        consents.give(team.slug(), ConsentPurpose.POOL);
        long consent = consents.mine(Locale.JAPANESE).getFirst().id();
        assertThat(consents.mine(Locale.JAPANESE)).as("giving twice records once").hasSize(1);

        signIn.as(testProjects.professional("intruder"));
        assertThatThrownBy(() -> consents.withdraw(consent)).isInstanceOf(AccessDeniedException.class);
        assertThat(consents.mine(Locale.JAPANESE)).isEmpty();
        signIn.as(pro);
        assertThat(consents.mine(Locale.JAPANESE).getFirst().active()).isTrue();
    }

    /** Names in the workspace's pool (demo professionals who show their profile to all are there too). */
    private java.util.List<String> names(Team team) {
        return pool.members(team.slug()).stream().map(PoolMember::displayName).toList();
    }

    private java.util.List<PoolMember> member(Team team, String name) {
        return pool.members(team.slug()).stream().filter(m -> m.displayName().startsWith(name)).toList();
    }

    private static String key(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(InputRejectedException.class, call).problems().getFirst().messageKey();
    }
}
