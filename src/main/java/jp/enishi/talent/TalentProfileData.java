package jp.enishi.talent;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.enishi.project.SkillCategory;
import jp.enishi.project.WorkStyle;
import jp.enishi.workspace.Region;
import org.jspecify.annotations.Nullable;

/**
 * A talent profile as its owner edits it. {@code version} is the one they loaded: saving over someone else's newer
 * save (their other device) is refused, not silently done.
 */
public record TalentProfileData(@Nullable String headline, Set<SkillCategory> skills, List<String> tags,
                                @Nullable String experience, List<String> career, List<String> links,
                                @Nullable Integer daysPerMonth, @Nullable LocalDate availableFrom,
                                @Nullable WorkStyle workStyle, Set<Region> regions, List<String> themes,
                                Set<Motivation> motivations, @Nullable Integer payExpectation, long version) {

    public TalentProfileData {
        skills = Set.copyOf(skills);
        tags = List.copyOf(tags);
        career = List.copyOf(career);
        links = List.copyOf(links);
        regions = Set.copyOf(regions);
        themes = List.copyOf(themes);
        motivations = Set.copyOf(motivations);
    }

    public static TalentProfileData empty() {
        return new TalentProfileData(null, Set.of(), List.of(), null, List.of(), List.of(), null, null, null, Set.of(),
                List.of(), Set.of(), null, -1);
    }
}
