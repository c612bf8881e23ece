package jp.enishi.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.TestWorkspaces;
import jp.enishi.base.InputRejectedException;
import jp.enishi.selection.Applying;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.Stage;
import jp.enishi.talent.ConsentPurpose;
import jp.enishi.talent.Consents;
import jp.enishi.talent.TalentPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@EnishiTest
class MyDataTest {

    @Autowired MyData myData;
    @Autowired Applying applying;
    @Autowired Pipeline pipeline;
    @Autowired Consents consents;
    @Autowired TalentPool pool;
    @Autowired jp.enishi.talent.PoolSearch search;
    @Autowired jp.enishi.talent.TalentProfiles talent;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void the_export_holds_everything_about_the_person_and_nothing_about_anyone_else() {
        Team team = teams.create("export");
        long project = testProjects.published(team, testProjects.complete("書き出しの企画", "物語"));
        String other = testProjects.professional("export-other");
        signIn.as(other);
        applying.apply(project, 0, "他人の動機：秘密の経歴", "他人の都合");
        String pro = testProjects.professional("exporter");
        signIn.as(pro);
        applying.apply(project, 0, "私の動機：ワインが好き", "月3日");
        consents.give(team.slug(), ConsentPurpose.POOL);
        talent.uploadPhoto(jp.enishi.TestImages.png());
        signIn.as(team.admin());
        long mine = jdbc.queryForObject("SELECT a.id FROM application a JOIN app_user u ON u.id = a.user_id WHERE u.email = ?",
                Long.class, pro);
        pipeline.move(team.slug(), mine, 0, Stage.SCREENING, "チーム内のメモ：要確認", false);

        signIn.as(pro);
        String json = new String(myData.exportJson(), StandardCharsets.UTF_8);
        assertThat(json).contains(pro, "私の動機：ワインが好き", "書き出しの企画", "SCREENING", "人材プール", "選考の状況",
                        java.util.Base64.getEncoder().encodeToString(jp.enishi.TestImages.png()).substring(0, 40))
                .doesNotContain("他人の動機", "export-other", "チーム内のメモ", team.admin());
    }

    @Test
    void deleting_the_account_anonymises_the_person_and_keeps_the_municipality_s_record() {
        Team team = teams.create("delete");
        long project = testProjects.published(team, testProjects.complete("削除の企画", "物語"));
        String pro = testProjects.professional("leaver");
        signIn.as(pro);
        long id = applying.apply(project, 0, "消えるべき動機", "月1日");
        consents.give(team.slug(), ConsentPurpose.POOL);

        assertThat(catchThrowableOfType(InputRejectedException.class, () -> myData.deleteAccount("はい"))
                .problems().getFirst().messageKey()).isEqualTo("privacy.error.confirm");
        myData.deleteAccount("削除");
        signIn.out();

        assertThatThrownBy(() -> userDetails.loadUserByUsername(pro)).isInstanceOf(UsernameNotFoundException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE email = ? OR display_name LIKE 'leaver%'",
                Integer.class, pro)).isZero();
        assertThat(jdbc.queryForMap("SELECT motivation, availability, stage FROM application WHERE id = ?", id))
                .containsEntry("motivation", "").containsEntry("availability", "").containsEntry("stage", "WITHDRAWN");
        signIn.as(team.admin());
        assertThat(search.search(team.slug(), new jp.enishi.talent.PoolQuery(null, null, null, null, null,
                jp.enishi.talent.PoolQuery.Scope.OURS, null, 0, 100)).hits()).noneMatch(m -> m.displayName().startsWith("leaver"));
        assertThat(pipeline.applicants(team.slug(), project).rows()).singleElement()
                .satisfies(r -> assertThat(r.name()).isEqualTo("（退会済み）"));
    }

    @Test
    void a_workspace_s_last_admin_cannot_delete_their_account_and_nothing_is_deleted() {
        Team team = teams.create("lastadmin");
        signIn.as(team.admin());
        assertThat(catchThrowableOfType(InputRejectedException.class, () -> myData.deleteAccount("削除"))
                .problems().getFirst().messageKey()).isEqualTo("privacy.error.last-admin");
        signIn.out();
        assertThat(userDetails.loadUserByUsername(team.admin()).getUsername()).isEqualTo(team.admin());
    }
}
