package jp.enishi.selection;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pipeline as a file: what Japanese Excel opens, without formulas from applicants' text, and only one's own. */
@EnishiTest
class PipelineExportTest {

    @Autowired PipelineExport export;
    @Autowired Applying applying;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired jp.enishi.TestApplicants applicants;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void the_csv_has_a_bom_japanese_headers_and_no_formula_from_an_applicant() {
        Team team = teams.create("export");
        long project = testProjects.published(team, testProjects.complete("書き出しの企画", "物語"));
        String pro = testProjects.professional("export-pro");
        signIn.as(pro);
        applying.apply(project, 0, "=HYPERLINK(\"https://evil.example\")", "@月2日");
        signIn.as(team.admin());

        byte[] csv = export.export(team.slug(), project, PipelineExport.Format.CSV, Locale.JAPANESE);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("氏名,役割,段階,応募日時（日本時間）");
        assertThat(text).contains("export-pro", "Webマーケター", "応募受付", "'=HYPERLINK", "'@月2日")
                .doesNotContain(",=HYPERLINK", ",@月2日");
        assertThat(new String(export.export(team.slug(), project, PipelineExport.Format.CSV, Locale.ENGLISH),
                StandardCharsets.UTF_8)).contains("Name,Role,Stage");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM applicant_view v JOIN app_user u ON u.id = v.subject_id"
                + " WHERE u.email = ?", Integer.class, pro)).as("each export is in the person's audit").isEqualTo(2);
    }

    @Test
    void the_xlsx_is_a_workbook_and_another_workspace_cannot_export_by_id() throws Exception {
        Team team = teams.create("export-x");
        long project = testProjects.published(team, testProjects.complete("Excelの企画", "物語"));
        applicants.apply(project, testProjects.professional("export-x-pro"));
        signIn.as(team.admin());
        byte[] xlsx = export.export(team.slug(), project, PipelineExport.Format.XLSX, Locale.JAPANESE);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("pipeline", ".xlsx");
        java.nio.file.Files.write(file, xlsx);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            String strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            // fastexcel writes non-ASCII text as character references.
            assertThat(strings).contains("&#x6c0f;&#x540d;", "export-x-pro");
            assertThat(sheet).as("dates are date cells (numbers with a style), not text").containsPattern("<c r=\"D2\" s=\"\\d+\" t=\"n\"><v>\\d+\\.\\d+</v>");
        } finally {
            java.nio.file.Files.delete(file);
        }

        Team other = teams.create("export-other");
        signIn.as(other.admin());
        assertThatThrownBy(() -> export.export(team.slug(), project, PipelineExport.Format.CSV, Locale.JAPANESE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.export(other.slug(), project, PipelineExport.Format.CSV, Locale.JAPANESE))
                .as("a foreign project id under one's own workspace").isInstanceOf(jp.enishi.base.NoSuchRecordException.class);
    }
}
