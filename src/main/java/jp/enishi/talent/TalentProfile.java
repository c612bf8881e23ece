package jp.enishi.talent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jp.enishi.project.SearchAnalyzers;
import jp.enishi.project.SkillCategory;
import jp.enishi.project.WorkStyle;
import jp.enishi.workspace.Region;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * A professional's talent profile; lists are kept as comma- or line-separated text, small and read whole. It also
 * carries the pools its owner is in ({@code pooledIn}, {@code sharedBy}: written by {@link PoolMembership} with each
 * consent), so the talent index — one document per profile — can be searched by who may see it
 * (docs/design-decisions/2026-12-02-shared-pool.md).
 */
@Entity
@Indexed(index = "talent")
class TalentProfile {

    @Id
    private long userId;
    @FullTextField(analyzer = SearchAnalyzers.JAPANESE)
    private @Nullable String headline;
    private @Nullable String skills;
    @FullTextField(analyzer = SearchAnalyzers.JAPANESE)
    private @Nullable String tags;
    @FullTextField(analyzer = SearchAnalyzers.JAPANESE)
    private @Nullable String experience;
    @FullTextField(analyzer = SearchAnalyzers.JAPANESE)
    private @Nullable String career;
    private @Nullable String links;
    @GenericField
    private @Nullable Integer daysPerMonth;
    @GenericField
    private @Nullable LocalDate availableFrom;
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private @Nullable WorkStyle workStyle;
    private @Nullable String regions;
    @FullTextField(analyzer = SearchAnalyzers.JAPANESE)
    private @Nullable String themes;
    private @Nullable String motivations;
    private @Nullable Integer payExpectation;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private ProfileVisibility visibility = ProfileVisibility.APPLIED_TEAMS;
    private @Nullable String pooledIn;
    private @Nullable String sharedBy;
    @GenericField(sortable = Sortable.YES)
    private @Nullable Instant pooledSince;
    private @Nullable Instant visibilityChangedAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected TalentProfile() {
        this(0, Instant.EPOCH);
    }

    TalentProfile(long userId, Instant now) {
        this.userId = userId;
        this.updatedAt = now;
    }

    long userId() {
        return userId;
    }

    ProfileVisibility visibility() {
        return visibility;
    }

    void show(ProfileVisibility to, Instant now) {
        visibility = to;
        visibilityChangedAt = now;
    }

    long version() {
        return version;
    }

    /** The pools in force, as {@link PoolMembership} computed them from the consents; empty lists: in none. */
    void pools(Collection<Long> pooledIn, Collection<Long> sharedBy, @Nullable Instant since) {
        this.pooledIn = join(pooledIn.stream().sorted().map(String::valueOf).toList(), " ");
        this.sharedBy = join(sharedBy.stream().sorted().map(String::valueOf).toList(), " ");
        this.pooledSince = since;
    }

    boolean isPooledIn(long workspaceId) {
        return ids(pooledIn).contains(workspaceId);
    }

    /** Seen across the consortium: shared from some region's pool, or shown to every municipality by its owner. */
    boolean isShared() {
        return sharedBy != null || visibility == ProfileVisibility.ALL_MUNICIPALITIES;
    }

    List<Long> sharedByIds() {
        return ids(sharedBy);
    }

    @Nullable Instant pooledSince() {
        return pooledSince;
    }

    @GenericField(name = "pooledIn")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "pooledIn")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    List<Long> getPooledInIds() {
        return ids(pooledIn);
    }

    /** The regions whose pools share this person with the consortium: a facet ("which region pooled them"). */
    @GenericField(name = "sharedBy", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "sharedBy")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    List<Long> getSharedByIds() {
        return ids(sharedBy);
    }

    @GenericField(name = "shared")
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "sharedBy")),
            @ObjectPath(@PropertyValue(propertyName = "visibility"))}, reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    boolean getSharedFlag() {
        return isShared();
    }

    @KeywordField(name = "skill", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "skills")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    Set<SkillCategory> getSkillSet() {
        return enums(skills, SkillCategory.class);
    }

    @KeywordField(name = "region", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "regions")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    Set<Region> getRegionSet() {
        return enums(regions, Region.class);
    }

    @KeywordField(name = "motivation", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "motivations")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    Set<Motivation> getMotivationSet() {
        return enums(motivations, Motivation.class);
    }

    /**
     * The profile's words once more with the Japanese names of its skills and motivations, for the whole-word,
     * reading and bigram fields: 「デザイン」 finds a designer who wrote nothing, わいん finds ワイン (see
     * {@link SearchAnalyzers}).
     */
    @FullTextField(name = "words", analyzer = SearchAnalyzers.JAPANESE)
    @FullTextField(name = "reading", analyzer = SearchAnalyzers.READING)
    @FullTextField(name = "bigram", analyzer = SearchAnalyzers.BIGRAM, searchAnalyzer = SearchAnalyzers.BIGRAM_QUERY)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "headline")), @ObjectPath(@PropertyValue(propertyName = "skills")),
            @ObjectPath(@PropertyValue(propertyName = "tags")), @ObjectPath(@PropertyValue(propertyName = "experience")),
            @ObjectPath(@PropertyValue(propertyName = "career")), @ObjectPath(@PropertyValue(propertyName = "themes")),
            @ObjectPath(@PropertyValue(propertyName = "motivations"))}, reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    String getSearchText() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {headline, tags, experience, career, themes}) {
            if (part != null) {
                text.append(part).append('\n');
            }
        }
        getSkillSet().forEach(s -> text.append(TalentLabels.japanese("skill." + s.name())).append('\n'));
        getMotivationSet().forEach(m -> text.append(TalentLabels.japanese("motivation." + m.name())).append('\n'));
        return text.toString();
    }

    private static List<Long> ids(@Nullable String text) {
        return text == null ? List.of() : Arrays.stream(text.split(" ")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    TalentProfileData data() {
        return new TalentProfileData(headline, enums(skills, SkillCategory.class), split(tags, ","), experience,
                split(career, "\n"), split(links, "\n"), daysPerMonth, availableFrom, workStyle,
                enums(regions, Region.class), split(themes, ","), enums(motivations, Motivation.class), payExpectation,
                version);
    }

    void write(TalentProfileData d, Instant now) {
        headline = d.headline();
        skills = join(d.skills().stream().map(Enum::name).sorted().toList(), ",");
        tags = join(d.tags(), ",");
        experience = d.experience();
        career = join(d.career(), "\n");
        links = join(d.links(), "\n");
        daysPerMonth = d.daysPerMonth();
        availableFrom = d.availableFrom();
        workStyle = d.workStyle();
        regions = join(d.regions().stream().map(Enum::name).sorted().toList(), ",");
        themes = join(d.themes(), ",");
        motivations = join(d.motivations().stream().map(Enum::name).sorted().toList(), ",");
        payExpectation = d.payExpectation();
        updatedAt = now;
    }

    private static @Nullable String join(Collection<String> values, String separator) {
        return values.isEmpty() ? null : String.join(separator, values);
    }

    private static List<String> split(@Nullable String text, String separator) {
        return text == null ? List.of() : Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <E extends Enum<E>> Set<E> enums(@Nullable String text, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        Function<String, E> parse = name -> Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name))
                .findFirst().orElse(null);
        split(text, ",").stream().map(parse).filter(java.util.Objects::nonNull).forEach(set::add);
        return set;
    }

}
