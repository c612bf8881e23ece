package jp.enishi.consortium;

import java.util.Locale;
import java.util.Map;

import jp.enishi.base.Locales;
import jp.enishi.base.RegionFigure;
import jp.enishi.workspace.Prefecture;

/** A region's line in the side-by-side view: which workspace, and its figures for the year. */
public record RegionRow(long workspaceId, String slug, String nameJa, String nameEn, Prefecture prefecture,
                        Map<RegionFigure, Long> figures) {

    public RegionRow {
        figures = Map.copyOf(figures);
    }

    public String name(Locale locale) {
        return Locales.isEnglish(locale) ? nameEn : nameJa;
    }

    public long get(RegionFigure figure) {
        return figures.getOrDefault(figure, 0L);
    }
}
