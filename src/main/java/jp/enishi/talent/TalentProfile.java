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
import jp.enishi.project.SkillCategory;
import jp.enishi.project.WorkStyle;
import jp.enishi.workspace.Region;
import org.jspecify.annotations.Nullable;

/** A professional's talent profile; lists are kept as comma- or line-separated text, small and read whole. */
@Entity
class TalentProfile {

    @Id
    private long userId;
    private @Nullable String headline;
    private @Nullable String skills;
    private @Nullable String tags;
    private @Nullable String experience;
    private @Nullable String career;
    private @Nullable String links;
    private @Nullable Integer daysPerMonth;
    private @Nullable LocalDate availableFrom;
    @Enumerated(EnumType.STRING)
    private @Nullable WorkStyle workStyle;
    private @Nullable String regions;
    private @Nullable String themes;
    private @Nullable String motivations;
    private @Nullable Integer payExpectation;
    @Enumerated(EnumType.STRING)
    private ProfileVisibility visibility = ProfileVisibility.APPLIED_TEAMS;
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
