package jp.enishi.consortium;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.enishi.base.FiscalYear;
import jp.enishi.base.JapanTime;
import jp.enishi.base.RegionFigure;
import jp.enishi.base.spi.RegionFigureSource;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceSummary;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the regions' figures for the current and the previous fiscal year from every capability's records (one
 * grouped query per figure, whatever the number of workspaces) and replaces that year's rows of
 * {@code region_figures} in one transaction: readers see the old year or the new one, never half. Every
 * {@code enishi.consortium.figures-every} (15 minutes), on one node at a time; the consortium admin can ask for it
 * now (docs/design-decisions/2026-12-02-shared-pool.md).
 */
@Component
class RegionFiguresJob {

    private static final Logger log = LoggerFactory.getLogger(RegionFiguresJob.class);

    private final List<RegionFigureSource> sources;
    private final WorkspaceDirectory directory;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RegionFiguresJob(List<RegionFigureSource> sources, WorkspaceDirectory directory, JdbcTemplate jdbc, Clock clock) {
        this.sources = sources;
        this.directory = directory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${enishi.consortium.figures-every:PT15M}",
            initialDelayString = "${enishi.consortium.figures-first:PT20S}")
    @SchedulerLock(name = "region-figures")
    public void refresh() {
        FiscalYear current = FiscalYear.of(JapanTime.today(clock));
        recompute(new FiscalYear(current.startYear() - 1));
        recompute(current);
    }

    /** Counts one fiscal year again; the year so far if it is the current one. */
    @Transactional
    public void recompute(FiscalYear year) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Instant from = year.firstDay().atStartOfDay(JapanTime.ZONE).toInstant();
        Instant end = year.next().firstDay().atStartOfDay(JapanTime.ZONE).toInstant();
        Instant to = end.isAfter(now) ? now : end;
        Map<RegionFigure, Map<Long, Long>> counts = new EnumMap<>(RegionFigure.class);
        for (RegionFigureSource source : sources) {
            counts.putAll(source.count(from, to));
        }
        Map<Long, WorkspaceSummary> workspaces = directory.all();
        List<Object[]> rows = new ArrayList<>(workspaces.size());
        Timestamp computed = Timestamp.from(now);
        workspaces.forEach((id, w) -> {
            List<Object> row = new ArrayList<>(List.of(year.startYear(), id, w.slug(), w.nameJa(), w.nameEn(),
                    w.prefecture().name()));
            for (RegionFigure figure : RegionFigure.values()) {
                row.add(counts.getOrDefault(figure, Map.of()).getOrDefault(id, 0L));
            }
            row.add(computed);
            rows.add(row.toArray());
        });
        jdbc.update("DELETE FROM region_figures WHERE fiscal_year = ?", year.startYear());
        jdbc.batchUpdate("INSERT INTO region_figures (fiscal_year, workspace_id, slug, name_ja, name_en, prefecture,"
                + " projects_published, applications, interviews, hires, pool_size, shared_profiles, nominations_sent,"
                + " nominations_accepted, contracts, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        log.info("Region figures of {} counted for {} workspaces in {} ms", year.englishLabel(), rows.size(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
