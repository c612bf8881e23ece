package jp.enishi.consortium;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jp.enishi.base.RegionFigure;
import jp.enishi.workspace.Prefecture;

/** One workspace's figures in one fiscal year, as {@link RegionFiguresJob} last counted them. */
@Entity
@Table(name = "region_figures")
@IdClass(RegionYear.Key.class)
class RegionYear {

    @Id
    private int fiscalYear;
    @Id
    private long workspaceId;
    private String slug;
    private String nameJa;
    private String nameEn;
    @Enumerated(EnumType.STRING)
    private Prefecture prefecture;
    private long projectsPublished;
    private long applications;
    private long interviews;
    private long hires;
    private long poolSize;
    private long sharedProfiles;
    private long nominationsSent;
    private long nominationsAccepted;
    private long contracts;
    private Instant computedAt;

    protected RegionYear() {
        this.slug = "";
        this.nameJa = "";
        this.nameEn = "";
        this.prefecture = Prefecture.TOKYO;
        this.computedAt = Instant.EPOCH;
    }

    /** The attribute a figure is kept in, for sorting in the query. */
    static String attribute(RegionFigure figure) {
        String[] words = figure.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    RegionRow row() {
        Map<RegionFigure, Long> figures = new EnumMap<>(RegionFigure.class);
        figures.put(RegionFigure.PROJECTS_PUBLISHED, projectsPublished);
        figures.put(RegionFigure.APPLICATIONS, applications);
        figures.put(RegionFigure.INTERVIEWS, interviews);
        figures.put(RegionFigure.HIRES, hires);
        figures.put(RegionFigure.POOL_SIZE, poolSize);
        figures.put(RegionFigure.SHARED_PROFILES, sharedProfiles);
        figures.put(RegionFigure.NOMINATIONS_SENT, nominationsSent);
        figures.put(RegionFigure.NOMINATIONS_ACCEPTED, nominationsAccepted);
        figures.put(RegionFigure.CONTRACTS, contracts);
        return new RegionRow(workspaceId, slug, nameJa, nameEn, prefecture, figures);
    }

    record Key(int fiscalYear, long workspaceId) implements Serializable {
        Key() {
            this(0, 0);
        }
    }
}
