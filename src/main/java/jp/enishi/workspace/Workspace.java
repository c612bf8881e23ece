package jp.enishi.workspace;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jp.enishi.base.Locales;
import org.jspecify.annotations.Nullable;

/** A municipality's (or prefecture's) own space in Enishi. */
@Entity
class Workspace {

    /** North to south as the JIS prefecture codes run, the prefecture itself before its municipalities. */
    static final java.util.Comparator<Workspace> DIRECTORY_ORDER = java.util.Comparator
            .comparing(Workspace::prefecture)
            .thenComparing(Workspace::kind)
            .thenComparing(Workspace::nameJa);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(updatable = false)
    private String slug;
    private String nameJa;
    private String nameEn;
    @Enumerated(EnumType.STRING)
    private Prefecture prefecture;
    @Enumerated(EnumType.STRING)
    private MunicipalityKind kind;
    private @Nullable String descriptionJa;
    private @Nullable String descriptionEn;
    private boolean interviewRequired = true;
    @Column(updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Workspace() {
        this("", "", "", Prefecture.TOKYO, MunicipalityKind.CITY, Instant.EPOCH);
    }

    Workspace(String slug, String nameJa, String nameEn, Prefecture prefecture, MunicipalityKind kind, Instant createdAt) {
        this.slug = slug;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.prefecture = prefecture;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Workspace not saved yet");
        }
        return id;
    }

    boolean interviewRequired() { return interviewRequired; }

    void requireInterview(boolean required) { interviewRequired = required; }

    String slug() { return slug; }
    String nameJa() { return nameJa; }
    String nameEn() { return nameEn; }
    Prefecture prefecture() { return prefecture; }
    MunicipalityKind kind() { return kind; }
    @Nullable String descriptionJa() { return descriptionJa; }
    @Nullable String descriptionEn() { return descriptionEn; }

    String name(Locale locale) {
        return Locales.isEnglish(locale) ? nameEn : nameJa;
    }

    void describe(@Nullable String descriptionJa, @Nullable String descriptionEn) {
        this.descriptionJa = descriptionJa;
        this.descriptionEn = descriptionEn;
    }
}
