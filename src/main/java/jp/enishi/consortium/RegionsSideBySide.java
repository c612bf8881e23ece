package jp.enishi.consortium;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jp.enishi.base.FiscalYear;
import jp.enishi.base.JapanTime;
import jp.enishi.base.RegionFigure;
import jp.enishi.base.TableFiles;
import jp.enishi.workspace.Prefecture;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regions side by side for the consortium admin: each workspace's figures per fiscal year, read a page at a
 * time and sorted in the database (1,741 workspaces or more), the year's totals, and the whole year as a
 * spreadsheet or a CSV (UTF-8 with BOM). Aggregates only: no person is named anywhere here.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('CONSORTIUM_ADMIN')")
public class RegionsSideBySide {

    public static final int PAGE_MAX = 500;

    /** How the export is written. */
    public enum Format { XLSX, CSV }

    /** The sortable columns besides the figures. */
    public enum By { NAME, PREFECTURE }

    private final EntityManager entityManager;
    private final RegionFiguresJob job;
    private final com.vaadin.flow.i18n.I18NProvider texts;
    private final Clock clock;

    RegionsSideBySide(EntityManager entityManager, RegionFiguresJob job, com.vaadin.flow.i18n.I18NProvider texts,
                      Clock clock) {
        this.entityManager = entityManager;
        this.job = job;
        this.texts = texts;
        this.clock = clock;
    }

    /** The fiscal years there are figures for, newest first; at least the current one. */
    public List<FiscalYear> years() {
        List<Integer> years = entityManager.createQuery(
                "select distinct r.fiscalYear from RegionYear r order by r.fiscalYear desc", Integer.class).getResultList();
        FiscalYear current = FiscalYear.of(JapanTime.today(clock));
        List<FiscalYear> all = new ArrayList<>(years.stream().map(FiscalYear::new).toList());
        if (!all.contains(current)) {
            all.addFirst(current);
        }
        return all;
    }

    /**
     * One page of a year's regions, optionally of one prefecture, sorted by a figure (or {@link By}) in the
     * database, then by prefecture and name.
     */
    public List<RegionRow> rows(FiscalYear year, @Nullable Prefecture prefecture, @Nullable Object sortBy,
                                boolean descending, int offset, int limit) {
        String order = switch (sortBy) {
            case RegionFigure figure -> "r." + RegionYear.attribute(figure) + (descending ? " desc" : " asc") + ", ";
            case By.NAME -> "r.nameJa" + (descending ? " desc" : " asc") + ", ";
            case By.PREFECTURE -> "r.prefecture" + (descending ? " desc" : " asc") + ", ";
            case null, default -> "";
        };
        TypedQuery<RegionYear> query = entityManager.createQuery("select r from RegionYear r where r.fiscalYear = :year"
                + (prefecture == null ? "" : " and r.prefecture = :prefecture")
                + " order by " + order + "r.prefecture, r.nameJa, r.workspaceId", RegionYear.class)
                .setParameter("year", year.startYear())
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.clamp(limit, 1, PAGE_MAX));
        if (prefecture != null) {
            query.setParameter("prefecture", prefecture);
        }
        return query.getResultList().stream().map(RegionYear::row).toList();
    }

    public long count(FiscalYear year, @Nullable Prefecture prefecture) {
        TypedQuery<Long> query = entityManager.createQuery("select count(r) from RegionYear r where r.fiscalYear = :year"
                + (prefecture == null ? "" : " and r.prefecture = :prefecture"), Long.class)
                .setParameter("year", year.startYear());
        if (prefecture != null) {
            query.setParameter("prefecture", prefecture);
        }
        return query.getSingleResult();
    }

    /** The year's totals (of one prefecture, if given) and when they were counted. */
    public Totals totals(FiscalYear year, @Nullable Prefecture prefecture) {
        StringBuilder select = new StringBuilder("select max(r.computedAt)");
        for (RegionFigure figure : RegionFigure.values()) {
            select.append(", coalesce(sum(r.").append(RegionYear.attribute(figure)).append("), 0)");
        }
        TypedQuery<Object[]> query = entityManager.createQuery(select + " from RegionYear r where r.fiscalYear = :year"
                + (prefecture == null ? "" : " and r.prefecture = :prefecture"), Object[].class)
                .setParameter("year", year.startYear());
        if (prefecture != null) {
            query.setParameter("prefecture", prefecture);
        }
        Object[] row = query.getSingleResult();
        Map<RegionFigure, Long> sums = new EnumMap<>(RegionFigure.class);
        for (RegionFigure figure : RegionFigure.values()) {
            sums.put(figure, ((Number) row[figure.ordinal() + 1]).longValue());
        }
        return new Totals(sums, (Instant) row[0]);
    }

    /** Counts the year again now, instead of waiting for the job. */
    @Transactional
    public void recount(FiscalYear year) {
        job.recompute(year);
    }

    /** The whole year, every region, as the grid shows it: labels in the reader's language. */
    public byte[] export(FiscalYear year, @Nullable Prefecture prefecture, Format format, Locale locale) {
        List<RegionRow> all = new ArrayList<>();
        long total = count(year, prefecture);
        for (int offset = 0; offset < total; offset += PAGE_MAX) {
            all.addAll(rows(year, prefecture, null, false, offset, PAGE_MAX));
        }
        List<String> headers = new ArrayList<>(List.of(texts.getTranslation("field.name", locale),
                texts.getTranslation("field.prefecture", locale)));
        for (RegionFigure figure : RegionFigure.values()) {
            headers.add(texts.getTranslation("figure." + figure.name(), locale));
        }
        String title = year.label(locale);
        List<List<@Nullable Object>> rows = all.stream().map(row -> {
            List<@Nullable Object> cells = new ArrayList<>(List.of(row.name(locale), row.prefecture().displayName(locale)));
            for (RegionFigure figure : RegionFigure.values()) {
                cells.add(row.get(figure));
            }
            return cells;
        }).toList();
        return format == Format.XLSX ? TableFiles.xlsx(title, headers, rows) : TableFiles.csv(headers, rows);
    }

    /** A year's sums per figure, and when they were counted (null: not yet). */
    public record Totals(Map<RegionFigure, Long> sums, @Nullable Instant computedAt) {
    }
}
