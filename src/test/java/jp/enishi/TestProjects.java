package jp.enishi;

import java.time.Clock;
import java.util.List;

import jp.enishi.TestWorkspaces.Team;
import jp.enishi.base.JapanTime;
import jp.enishi.project.ContractType;
import jp.enishi.project.ProjectService;
import jp.enishi.project.ProjectStatus;
import jp.enishi.project.SkillCategory;
import jp.enishi.project.SpecSheet;
import jp.enishi.project.WorkStyle;
import org.springframework.stereotype.Component;

/** Projects for tests, made through the project service as the workspace's admin. */
@Component
public class TestProjects {

    private final ProjectService projects;
    private final SignIn signIn;
    private final Clock clock;
    private final jp.enishi.identity.AccountService accounts;

    TestProjects(ProjectService projects, SignIn signIn, Clock clock, jp.enishi.identity.AccountService accounts) {
        this.projects = projects;
        this.signIn = signIn;
        this.clock = clock;
        this.accounts = accounts;
    }

    /** A sheet complete enough to publish; {@code story} goes into the theme owner's story. */
    public SpecSheet complete(String title, String story) {
        return new SpecSheet(title, "ひとことで：" + title, "テスト株式会社 山田", story, "地域の課題の説明。",
                "目指したい未来の説明。", "人材に期待することの説明。",
                List.of(new SpecSheet.RoleSpec("Webマーケター", SkillCategory.MARKETING, "SNS運用", 1)),
                new SpecSheet.Conditions(ContractType.OUTSOURCING, 3, 30_000, 50_000, 4, WorkStyle.REMOTE, true,
                        "長野県", JapanTime.today(clock).plusDays(30)));
    }

    /** A draft with the sheet, created by the admin; signed out afterwards. */
    public long draft(Team team, SpecSheet sheet) {
        signIn.as(team.admin());
        long id = projects.create(team.slug(), sheet.title());
        projects.save(team.slug(), id, projects.open(team.slug(), id).version(), sheet);
        signIn.out();
        return id;
    }

    /** Moves the project along the admin's path to the status; signed out afterwards. */
    public void move(Team team, long id, ProjectStatus... path) {
        signIn.as(team.admin());
        for (ProjectStatus next : path) {
            projects.changeStatus(team.slug(), id, next);
        }
        signIn.out();
    }

    /** A new professional with the profile minimum (自己紹介) written; signed out afterwards. */
    public String professional(String name) {
        String email = signIn.newUser(name);
        var me = accounts.me();
        accounts.updateMe(new jp.enishi.identity.ProfileChange(me.displayName(), null, "東京都", "マーケティングを10年。", me.version()));
        signIn.out();
        return email;
    }

    public long published(Team team, SpecSheet sheet) {
        long id = draft(team, sheet);
        move(team, id, ProjectStatus.IN_REVIEW, ProjectStatus.PUBLISHED);
        return id;
    }
}
