package jp.enishi.selection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;
import jp.enishi.base.JapanTime;
import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import jp.enishi.project.ProjectDetail;
import jp.enishi.project.ProjectService;
import jp.enishi.talent.TalentProfileData;
import jp.enishi.talent.TalentProfiles;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.Role;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's pipeline as a file for reports and offline work: every applicant with role, stage, dates (Japan time),
 * skills, availability, the pay they expect (yen a month, a number) and motivation, headers in the caller's language — as .xlsx (real date cells) or CSV (UTF-8
 * with BOM, so Japanese Excel opens it; cells that start like a formula are neutralised). Who may: whoever may open
 * the project's pipeline. An export shows each applicant's application to the caller, so each is recorded in the
 * privacy audit like an opening.
 */
@Service
@Transactional
@WorkspaceScoped
public class PipelineExport {

    public enum Format { XLSX, CSV }

    private static final List<String> HEADERS = List.of("export.name", "export.role", "export.stage", "export.applied",
            "export.updated", "export.skills", "export.tags", "export.availability", "export.pay", "export.motivation");

    private final WorkspaceAccess workspaces;
    private final ProjectService projects;
    private final ApplicationRepository applications;
    private final UserDirectory users;
    private final TalentProfiles talent;
    private final I18NProvider texts;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PipelineExport(WorkspaceAccess workspaces, ProjectService projects, ApplicationRepository applications,
                   UserDirectory users, TalentProfiles talent, I18NProvider texts, JdbcTemplate jdbc, Clock clock) {
        this.workspaces = workspaces;
        this.projects = projects;
        this.applications = applications;
        this.users = users;
        this.talent = talent;
        this.texts = texts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The whole pipeline of the project in the format asked, oldest application first. */
    public byte[] export(String workspaceSlug, long projectId, Format format, Locale locale) {
        var caller = workspaces.require(workspaceSlug, Permission.PIPELINE_VIEW);
        ProjectDetail project = projects.open(workspaceSlug, projectId);
        List<Application> all = applications.findAllOfProject(caller.workspaceId(), project.id());
        Map<Long, UserSummary> people = users.byIds(all.stream().map(Application::userId).distinct().toList());
        Map<Long, TalentProfileData> profiles = talent.profilesOf(all.stream().map(Application::userId).distinct().toList());
        List<Row> rows = all.stream().map(a -> row(a, people.get(a.userId()),
                profiles.getOrDefault(a.userId(), TalentProfileData.empty()), locale)).toList();
        recordOpenings(caller.workspaceId(), caller.userId(), all);
        List<String> headers = HEADERS.stream().map(k -> texts.getTranslation(k, locale)).toList();
        return format == Format.XLSX ? xlsx(project.sheet().title(), headers, rows) : csv(headers, rows);
    }

    /** One line of the export, as the person reading it will see it. */
    record Row(String name, String role, String stage, LocalDateTime applied, LocalDateTime updated, String skills,
               String tags, String availability, @Nullable Integer payYen, String motivation) {

        List<String> texts() {
            return List.of(name, role, stage, JapanTime.format(applied), JapanTime.format(updated), skills, tags,
                    availability, payYen == null ? "" : payYen.toString(), motivation);
        }
    }

    private Row row(Application a, UserSummary person, TalentProfileData profile, Locale locale) {
        return new Row(person == null ? "" : person.displayName(), a.roleTitle(),
                texts.getTranslation("stage." + a.stage().name(), locale), japan(a.createdAt()), japan(a.updatedAt()),
                String.join("、", profile.skills().stream().sorted()
                        .map(s -> texts.getTranslation("skill." + s.name(), locale)).toList()),
                String.join("、", profile.tags()), a.availability(), profile.payExpectation(), a.motivation());
    }

    private static LocalDateTime japan(Instant instant) {
        return LocalDateTime.ofInstant(instant, JapanTime.ZONE);
    }

    /** One batch of rows for the privacy audit: the export showed these applications to the caller. */
    private void recordOpenings(long workspaceId, long viewerId, List<Application> exported) {
        Instant now = clock.instant();
        jdbc.batchUpdate("INSERT INTO applicant_view (workspace_id, application_id, subject_id, viewer_id, viewed_at)"
                        + " VALUES (?, ?, ?, ?, ?)", exported, 500, (statement, a) -> {
                    statement.setLong(1, workspaceId);
                    statement.setLong(2, a.id());
                    statement.setLong(3, a.userId());
                    statement.setLong(4, viewerId);
                    statement.setObject(5, LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
                });
    }

    private static byte[] xlsx(String sheetName, List<String> headers, List<Row> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Enishi", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(sheetTitle(sheetName));
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                int line = r + 1;
                sheet.value(line, 0, row.name());
                sheet.value(line, 1, row.role());
                sheet.value(line, 2, row.stage());
                sheet.value(line, 3, row.applied());
                sheet.style(line, 3).format("yyyy/mm/dd hh:mm").set();
                sheet.value(line, 4, row.updated());
                sheet.style(line, 4).format("yyyy/mm/dd hh:mm").set();
                sheet.value(line, 5, row.skills());
                sheet.value(line, 6, row.tags());
                sheet.value(line, 7, row.availability());
                if (row.payYen() != null) {
                    sheet.value(line, 8, row.payYen());
                    sheet.style(line, 8).format("¥#,##0").set();
                }
                sheet.value(line, 9, row.motivation());
            }
            sheet.freezePane(0, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Excel's sheet names: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetTitle(String projectTitle) {
        String cleaned = projectTitle.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (cleaned.isEmpty()) {
            return "Enishi";
        }
        return cleaned.codePointCount(0, cleaned.length()) <= 31 ? cleaned
                : cleaned.substring(0, cleaned.offsetByCodePoints(0, 31));
    }

    private static byte[] csv(List<String> headers, List<Row> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            // The BOM first: CSVPrinter writes the header as soon as it is created.
            writer.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder()
                    .setHeader(headers.toArray(String[]::new)).get())) {
                for (Row row : rows) {
                    printer.printRecord(row.texts().stream().map(PipelineExport::neutralised).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A cell a spreadsheet would run as a formula (= + - @, or a tab or CR before one) is made plain text. */
    static String neutralised(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
