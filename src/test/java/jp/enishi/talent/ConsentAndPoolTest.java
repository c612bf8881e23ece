package jp.enishi.talent;

import java.util.Locale;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.TestWorkspaces;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@EnishiTest
class ConsentAndPoolTest {

    @Autowired Consents consents;
    @Autowired TalentPool pool;
    @Autowired PoolSearch search;
    @Autowired SharedPool shared;
    @Autowired Provisions provisions;
    @Autowired TalentProfiles talentProfiles;
    @Autowired TalentProfiles profiles;
    @Autowired Applying applying;
    @Autowired Pipeline pipeline;
    @Autowired Notifications notifications;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired SignIn signIn;
    @Autowired JdbcClient jdbc;

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
        assertThat(member(team, "pooled")).extracting(PoolHit::shared).containsExactly(false);
        assertThat(pipeline.applicant(team.slug(), id).poolAsk()).isEqualTo(PoolAsk.YES);
        assertThat(notifications.mine(Locale.JAPANESE).getFirst().kind()).isEqualTo(NotificationKind.POOL_ANSWERED);
        signIn.as(other.admin());
        assertThat(names(other)).as("not shared with other regions").noneMatch(n -> n.startsWith("pooled"));
        signIn.as(owner);
        assertThatThrownBy(() -> search.search(team.slug(), PoolQuery.everyone())).as("theme owners do not browse the pool")
                .isInstanceOf(AccessDeniedException.class);

        signIn.as(pro);
        consents.give(team.slug(), ConsentPurpose.CONSORTIUM);
        signIn.as(other.admin());
        assertThat(member(other, "pooled")).extracting(PoolHit::shared).containsExactly(true);

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
    void a_profile_closed_before_the_index_heard_of_it_is_left_out() {
        // On OpenSearch the index is updated a moment after the commit, by any node: the pool checks the rows.
        Team team = teams.create("lag");
        String pro = testProjects.professional("lag-pro");
        signIn.as(pro);
        profiles.show(ProfileVisibility.ALL_MUNICIPALITIES);
        signIn.as(team.admin());
        assertThat(names(team)).anyMatch(n -> n.startsWith("lag-pro"));

        jdbc.sql("UPDATE talent_profile SET visibility = 'APPLIED_TEAMS' WHERE user_id = "
                + "(SELECT id FROM app_user WHERE email = ?)").param(pro).update();
        assertThat(names(team)).as("the index still says open to all").noneMatch(n -> n.startsWith("lag-pro"));
    }

    @Test
    void the_shared_pool_finds_in_japanese_only_who_is_shared_records_each_provision_and_loses_a_person_at_withdrawal() {
        Team shiojiri = teams.create("share-from");
        Team tottori = teams.create("share-to");
        String pro = testProjects.professional("sharer");
        signIn.as(pro);
        var mine = talentProfiles.mine();
        talentProfiles.save(new TalentProfileData("ワイナリーのブランドづくり", java.util.Set.of(jp.enishi.project.SkillCategory.BRANDING_DESIGN),
                java.util.List.of("ラベルデザイン"), "塩尻のワイン生産者とラベルを刷新した。", java.util.List.of(), java.util.List.of(), 4, null,
                jp.enishi.project.WorkStyle.HYBRID, java.util.Set.of(jp.enishi.workspace.Region.CHUGOKU), java.util.List.of("ワイン"),
                java.util.Set.of(Motivation.CONTRIBUTING_TO_A_REGION), null, mine.version()));
        consents.give(shiojiri.slug(), ConsentPurpose.POOL);
        String word = "ラベルデザイン";

        signIn.as(TestWorkspaces.CONSORTIUM_ADMIN);
        assertThat(sharedNames("ワイン")).as("pooled in one region only: not in the consortium's pool").noneMatch(n -> n.startsWith("sharer"));
        signIn.as(tottori.admin());
        assertThat(regional(tottori, "ワイン")).as("nor in another region's").noneMatch(h -> h.displayName().startsWith("sharer"));

        signIn.as(pro);
        consents.give(shiojiri.slug(), ConsentPurpose.CONSORTIUM);
        signIn.as(TestWorkspaces.CONSORTIUM_ADMIN);
        for (String query : java.util.List.of("ワイン 生産者", "わいん", "デザイン", "塩", word)) {
            assertThat(sharedNames(query)).as("found by %s", query).anyMatch(n -> n.startsWith("sharer"));
        }
        PoolPage page = shared.search(new PoolQuery("ラベル", jp.enishi.project.SkillCategory.BRANDING_DESIGN,
                jp.enishi.workspace.Region.CHUGOKU, null, null, PoolQuery.Scope.ALL, null, 0, 20));
        PoolHit hit = page.hits().stream().filter(h -> h.displayName().startsWith("sharer")).findFirst().orElseThrow();
        assertThat(hit.origins()).singleElement().satisfies(o -> {
            assertThat(o.region().slug()).isEqualTo(shiojiri.slug());
            assertThat(o.via()).isEqualTo(ConsentVia.SELF);
            assertThat(o.sharedWithConsortium()).isTrue();
        });
        assertThat(page.skills()).containsKey(jp.enishi.project.SkillCategory.BRANDING_DESIGN);
        assertThat(page.sharedBy().keySet()).anyMatch(w -> w.slug().equals(shiojiri.slug()));

        signIn.as(tottori.admin());
        PoolHit seen = regional(tottori, "ラベル").stream().filter(h -> h.displayName().startsWith("sharer")).findFirst().orElseThrow();
        assertThat(seen.shared()).isTrue();
        pool.member(tottori.slug(), seen.userId());
        signIn.as(shiojiri.admin());
        assertThat(regional(shiojiri, "ラベル")).filteredOn(h -> h.displayName().startsWith("sharer"))
                .extracting(PoolHit::shared).containsExactly(false);

        signIn.as(pro);
        assertThat(provisions.mine()).as("the secretariat's and Tottori's reads, never Shiojiri's own")
                .extracting(Provision::recipient, Provision::items)
                .contains(org.assertj.core.groups.Tuple.tuple("連携協議会事務局", ProvisionItems.SUMMARY),
                        org.assertj.core.groups.Tuple.tuple("share-to町", ProvisionItems.SUMMARY),
                        org.assertj.core.groups.Tuple.tuple("share-to町", ProvisionItems.PROFILE))
                .noneMatch(t -> "share-from町".equals(t.toArray()[0]));
        assertThat(provisions.mine()).allSatisfy(p -> {
            assertThat(p.basis()).isEqualTo(ProvisionBasis.CONSORTIUM_CONSENT);
            assertThat(p.basisDetail()).startsWith("share-from町");
        });
        long recorded = provisions.countMine();
        signIn.as(tottori.admin());
        regional(tottori, "ラベル");
        signIn.as(pro);
        assertThat(provisions.countMine()).as("once per recipient, items and day").isEqualTo(recorded);

        ConsentRecord sharing = consents.mine(Locale.JAPANESE).stream()
                .filter(c -> c.purpose() == ConsentPurpose.CONSORTIUM).findFirst().orElseThrow();
        consents.withdraw(sharing.id());
        signIn.as(TestWorkspaces.CONSORTIUM_ADMIN);
        assertThat(sharedNames(word)).as("gone from the index at once").noneMatch(n -> n.startsWith("sharer"));
        signIn.as(tottori.admin());
        assertThat(regional(tottori, word)).noneMatch(h -> h.displayName().startsWith("sharer"));
        assertThatThrownBy(() -> pool.member(tottori.slug(), seen.userId())).isInstanceOf(jp.enishi.base.NoSuchRecordException.class);
        signIn.as(shiojiri.admin());
        assertThat(regional(shiojiri, word)).as("still in the region's own pool").anyMatch(h -> h.displayName().startsWith("sharer"));
    }

    private java.util.List<String> sharedNames(String text) {
        return shared.search(new PoolQuery(text, null, null, null, null, PoolQuery.Scope.ALL, null, 0, PoolQuery.LIMIT_MAX))
                .hits().stream().map(PoolHit::displayName).toList();
    }

    private java.util.List<PoolHit> regional(Team team, String text) {
        return search.search(team.slug(), new PoolQuery(text, null, null, null, null, PoolQuery.Scope.ALL, null, 0,
                PoolQuery.LIMIT_MAX)).hits();
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

    /** Names in the workspace's pool, every page (demo professionals who show their profile to all are there too). */
    private java.util.List<String> names(Team team) {
        return everyone(team).stream().map(PoolHit::displayName).toList();
    }

    private java.util.List<PoolHit> member(Team team, String name) {
        return everyone(team).stream().filter(m -> m.displayName().startsWith(name)).toList();
    }

    private java.util.List<PoolHit> everyone(Team team) {
        java.util.List<PoolHit> all = new java.util.ArrayList<>();
        PoolPage page;
        do {
            page = search.search(team.slug(), PoolQuery.everyone().page(all.size(), PoolQuery.LIMIT_MAX));
            all.addAll(page.hits());
        } while (!page.hits().isEmpty() && all.size() < page.total());
        return all;
    }

    private static String key(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(InputRejectedException.class, call).problems().getFirst().messageKey();
    }
}
