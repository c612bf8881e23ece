package jp.enishi.project;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The text of a spec sheet as the team writes it: what the editor shows, what a save sends, what each revision keeps.
 * Long texts are a Markdown subset. Only the title is needed for a draft; publishing needs the rest
 * ({@link ProjectService#changeStatus}).
 */
public record SpecSheet(String title, @Nullable String summary, @Nullable String themeOwner,
                        @Nullable String ownerStory, @Nullable String localIssue, @Nullable String future,
                        @Nullable String expectations, List<RoleSpec> roles, Conditions conditions) {

    public SpecSheet {
        roles = List.copyOf(roles);
    }

    public static SpecSheet titled(String title) {
        return new SpecSheet(title, null, null, null, null, null, null, List.of(), Conditions.NONE);
    }

    /** A role sought: e.g. 「Webメディアプロデューサー」, web/IT, 2 people. */
    public record RoleSpec(String title, @Nullable SkillCategory category, @Nullable String skills, int headcount) {
    }

    /** 募集条件: pay in yen per month, workload in days per month, the last day to apply. */
    public record Conditions(@Nullable ContractType contractType, @Nullable Integer periodMonths,
                             @Nullable Integer payMin, @Nullable Integer payMax, @Nullable Integer daysPerMonth,
                             @Nullable WorkStyle workStyle, boolean travelSupport, @Nullable String place,
                             @Nullable LocalDate deadline) {

        public static final Conditions NONE = new Conditions(null, null, null, null, null, null, false, null, null);
    }
}
