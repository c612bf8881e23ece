package jp.enishi.consortium;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestClock;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.TestWorkspaces;
import jp.enishi.base.FiscalYear;
import jp.enishi.base.JapanTime;
import jp.enishi.base.RegionFigure;
import jp.enishi.selection.Applying;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.Stage;
import jp.enishi.talent.ConsentPurpose;
import jp.enishi.talent.Consents;
import jp.enishi.workspace.Prefecture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@EnishiTest
class RegionsSideBySideTest {

    @Autowired RegionsSideBySide regions;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects projects;
    @Autowired Applying applying;
    @Autowired Pipeline pipeline;
    @Autowired Consents consents;
    @Autowired SignIn signIn;
    @Autowired jp.enishi.workspace.WorkspaceService workspaces;
    @Autowired TestClock clock;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void each_region_s_year_is_counted_from_its_records_sorted_in_the_database_totalled_and_exported() {
        Team team = teams.create("figures");
        long project = projects.published(team, projects.complete("数える企画", "物語"));
        for (String name : List.of("fig-one", "fig-two")) {
            String pro = projects.professional(name);
            signIn.as(pro);
            applying.apply(project, 0, "動機", "月2日");
            consents.give(team.slug(), ConsentPurpose.POOL);
        }
        signIn.as(team.admin());
        workspaces.requireInterview(team.slug(), false);
        long first = pipeline.applicants(team.slug(), project).rows().getFirst().id();
        pipeline.move(team.slug(), first, 0, Stage.HIRED, "書類と実績で十分", false);
        FiscalYear year = FiscalYear.of(JapanTime.today(clock));

        signIn.as(TestWorkspaces.CONSORTIUM_ADMIN);
        regions.recount(year);
        RegionRow row = find(regions.rows(year, Prefecture.NAGANO, null, false, 0, RegionsSideBySide.PAGE_MAX), team.slug());
        assertThat(row.get(RegionFigure.PROJECTS_PUBLISHED)).isEqualTo(1);
        assertThat(row.get(RegionFigure.APPLICATIONS)).isEqualTo(2);
        assertThat(row.get(RegionFigure.HIRES)).isEqualTo(1);
        assertThat(row.get(RegionFigure.POOL_SIZE)).isEqualTo(2);
        assertThat(row.get(RegionFigure.SHARED_PROFILES)).isZero();

        List<RegionRow> byApplications = regions.rows(year, null, RegionFigure.APPLICATIONS, true, 0, 3);
        assertThat(byApplications).extracting(r -> r.get(RegionFigure.APPLICATIONS)).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        long all = regions.count(year, null);
        List<RegionRow> everyone = new java.util.ArrayList<>();
        for (int offset = 0; offset < all; offset += 7) {
            everyone.addAll(regions.rows(year, null, RegionsSideBySide.By.NAME, false, offset, 7));
        }
        assertThat(everyone).as("pages that meet, no region twice").hasSize((int) all)
                .extracting(RegionRow::workspaceId).doesNotHaveDuplicates();
        assertThat(regions.totals(year, null).sums().get(RegionFigure.APPLICATIONS))
                .isEqualTo(everyone.stream().mapToLong(r -> r.get(RegionFigure.APPLICATIONS)).sum());

        byte[] csv = regions.export(year, Prefecture.NAGANO, RegionsSideBySide.Format.CSV, Locale.JAPANESE);
        assertThat(new String(csv, 0, 3, StandardCharsets.ISO_8859_1)).as("UTF-8 BOM").isEqualTo("\u00ef\u00bb\u00bf");
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("公開したプロジェクト", "figures町");
        byte[] xlsx = regions.export(year, null, RegionsSideBySide.Format.XLSX, Locale.ENGLISH);
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).as("a zip: .xlsx").isEqualTo("PK");

        FiscalYear previous = new FiscalYear(year.startYear() - 1);
        regions.recount(previous);
        assertThat(find(regions.rows(previous, Prefecture.NAGANO, null, false, 0, RegionsSideBySide.PAGE_MAX), team.slug())
                .get(RegionFigure.APPLICATIONS)).as("last year's count has none of this year's").isZero();
        assertThat(regions.years()).contains(year, previous);
    }

    @Test
    void only_the_consortium_admin_reads_the_regions_side_by_side() {
        Team team = teams.create("figures-denied");
        signIn.as(team.admin());
        FiscalYear year = FiscalYear.of(LocalDate.now());
        assertThatThrownBy(() -> regions.rows(year, null, null, false, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> regions.recount(year)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> regions.export(year, null, RegionsSideBySide.Format.CSV, Locale.JAPANESE))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static RegionRow find(List<RegionRow> rows, String slug) {
        return rows.stream().filter(r -> r.slug().equals(slug)).findFirst().orElseThrow();
    }
}
