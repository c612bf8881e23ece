package jp.enishi.project;

import java.util.List;
import java.util.Set;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.base.InputRejectedException;
import jp.enishi.talent.TalentProfileData;
import jp.enishi.talent.TalentProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * NUL, line breaks in one-line fields and direction overrides, as an attacker typed them into the spec sheet and the
 * talent profile: each refused on its field, nothing saved; multi-line text keeps its line breaks.
 */
@EnishiTest
class InputHygieneTest {

    @Autowired ProjectService projects;
    @Autowired TalentProfiles profiles;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void a_spec_sheet_refuses_control_characters_on_each_field_and_keeps_line_breaks_in_its_stories() {
        Team team = teams.create("hygiene");
        long id = testProjects.draft(team, testProjects.complete("元のタイトル", "物語"));
        signIn.as(team.admin());
        ProjectDetail before = projects.open(team.slug(), id);
        SpecSheet s = before.sheet();
        SpecSheet.Conditions c = s.conditions();
        SpecSheet hostile = new SpecSheet("タイトル\u0000", s.summary(), "山田\r\n太郎", "一行目\n二行目\u0007", s.localIssue(),
                s.future(), s.expectations(), List.of(new SpecSheet.RoleSpec("gnp\u202Eexe", SkillCategory.SALES, "SNS\tExcel", 1)),
                new SpecSheet.Conditions(c.contractType(), c.periodMonths(), c.payMin(), c.payMax(), c.daysPerMonth(),
                        c.workStyle(), c.travelSupport(), "長野県\n塩尻市", c.deadline()));
        InputRejectedException rejected = catchThrowableOfType(InputRejectedException.class,
                () -> projects.save(team.slug(), id, before.version(), hostile));
        assertThat(rejected.problems()).extracting(p -> p.field() + "=" + p.messageKey()).contains(
                "title=error.control-character", "themeOwner=error.line-break", "ownerStory=error.control-character",
                "roles.0.title=error.control-character", "roles.0.skills=error.control-character", "place=error.line-break");
        assertThat(projects.open(team.slug(), id).version()).as("nothing saved").isEqualTo(before.version());

        SpecSheet fine = new SpecSheet(s.title(), s.summary(), s.themeOwner(), "一行目\n\n二行目", s.localIssue(),
                s.future(), s.expectations(), s.roles(), s.conditions());
        projects.save(team.slug(), id, before.version(), fine);
        assertThat(projects.open(team.slug(), id).sheet().ownerStory()).isEqualTo("一行目\n\n二行目");
    }

    @Test
    void a_talent_profile_refuses_control_characters_in_its_one_line_fields_and_items() {
        signIn.newUser("hygiene-pro");
        TalentProfileData hostile = new TalentProfileData("見出し\u202E", Set.of(), List.of("タグ\u0000"), "経験\n二行目",
                List.of("経歴\r\n改行"), List.of(), null, null, null, Set.of(), List.of("テーマ\u2066"), Set.of(), null, -1);
        InputRejectedException rejected = catchThrowableOfType(InputRejectedException.class, () -> profiles.save(hostile));
        assertThat(rejected.problems()).extracting(p -> p.field() + "=" + p.messageKey()).containsExactlyInAnyOrder(
                "headline=error.control-character", "tags=error.control-character", "career=error.line-break",
                "themes=error.control-character");
        assertThat(profiles.mine().version()).as("nothing saved").isEqualTo(-1);
    }
}
