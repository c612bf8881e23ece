package jp.enishi.project;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

import jp.enishi.base.InputCheck;
import org.jspecify.annotations.Nullable;

/**
 * What a sheet must be to be saved, and more to be published. Every problem is collected with its field, so the
 * editor shows them all at once, and nothing is written while any remains.
 */
final class SpecSheetRules {

    static final int TITLE_MAX = 100;
    static final int SUMMARY_MAX = 300;
    static final int SHORT_MAX = 100;
    static final int TEXT_MAX = 10_000;
    static final int SKILLS_MAX = 300;
    static final int ROLES_MAX = 10;
    static final int HEADCOUNT_MAX = 99;
    static final int PAY_MAX = 10_000_000;
    /**
     * Script tags and script URLs are refused outright with a message; everything else that looks like HTML is shown
     * as text, and the renderer's sanitizer removes what slips past this (e.g. entity-encoded schemes).
     */
    private static final Pattern UNSAFE = Pattern.compile("(?i)<\\s*/?\\s*script|(java|vb)script\\s*:|data\\s*:\\s*text/html");

    private SpecSheetRules() {
    }

    /** Trimmed, blanks as null, so "nothing written" is stored one way and compares equal across versions. */
    static SpecSheet clean(SpecSheet s) {
        SpecSheet.Conditions c = s.conditions();
        return new SpecSheet(Objects.toString(s.title(), "").strip(), InputCheck.clean(s.summary()),
                InputCheck.clean(s.themeOwner()), InputCheck.clean(s.ownerStory()), InputCheck.clean(s.localIssue()),
                InputCheck.clean(s.future()), InputCheck.clean(s.expectations()),
                s.roles().stream().map(r -> new SpecSheet.RoleSpec(Objects.toString(r.title(), "").strip(),
                        r.category(), InputCheck.clean(r.skills()), r.headcount())).toList(),
                new SpecSheet.Conditions(c.contractType(), c.periodMonths(), c.payMin(), c.payMax(),
                        c.daysPerMonth(), c.workStyle(), c.travelSupport(), InputCheck.clean(c.place()), c.deadline()));
    }

    /** For every save. {@code storedDeadline} may stay in the past (an old sheet being tidied); a new one may not. */
    static void checkSave(SpecSheet s, @Nullable LocalDate storedDeadline, LocalDate today) {
        InputCheck check = new InputCheck()
                .required("title", s.title()).line("title", s.title(), TITLE_MAX)
                .maxLength("summary", s.summary(), SUMMARY_MAX)
                .line("themeOwner", s.themeOwner(), SHORT_MAX)
                .maxLength("ownerStory", s.ownerStory(), TEXT_MAX)
                .maxLength("localIssue", s.localIssue(), TEXT_MAX)
                .maxLength("future", s.future(), TEXT_MAX)
                .maxLength("expectations", s.expectations(), TEXT_MAX);
        safe(check, "title", s.title());
        safe(check, "summary", s.summary());
        safe(check, "themeOwner", s.themeOwner());
        safe(check, "ownerStory", s.ownerStory());
        safe(check, "localIssue", s.localIssue());
        safe(check, "future", s.future());
        safe(check, "expectations", s.expectations());

        if (s.roles().size() > ROLES_MAX) {
            check.reject("roles", "project.error.too-many-roles", ROLES_MAX);
        }
        for (int i = 0; i < s.roles().size(); i++) {
            SpecSheet.RoleSpec role = s.roles().get(i);
            String field = "roles." + i;
            check.required(field + ".title", role.title()).line(field + ".title", role.title(), SHORT_MAX)
                    .line(field + ".skills", role.skills(), SKILLS_MAX);
            safe(check, field + ".title", role.title());
            safe(check, field + ".skills", role.skills());
            if (role.category() == null) {
                check.reject(field + ".category", "error.required");
            }
            if (role.headcount() < 1 || role.headcount() > HEADCOUNT_MAX) {
                check.reject(field + ".headcount", "project.error.headcount", HEADCOUNT_MAX);
            }
        }

        SpecSheet.Conditions c = s.conditions();
        range(check, "periodMonths", c.periodMonths(), 1, 60);
        range(check, "payMin", c.payMin(), 0, PAY_MAX);
        range(check, "payMax", c.payMax(), 0, PAY_MAX);
        range(check, "daysPerMonth", c.daysPerMonth(), 1, 31);
        if (c.payMin() != null && c.payMax() != null && c.payMin() > c.payMax()) {
            check.reject("payMax", "project.error.pay-order");
        }
        check.line("place", c.place(), SHORT_MAX);
        safe(check, "place", c.place());
        if (c.deadline() != null && c.deadline().isBefore(today) && !Objects.equals(c.deadline(), storedDeadline)) {
            check.reject("deadline", "project.error.deadline-past");
        }
        check.throwIfAny();
    }

    /**
     * On top of {@link #checkSave}: a sheet people will apply to says everything the seeds' sheets say. A past
     * deadline passes only if it is {@code keptDeadline} (editing a published sheet after its deadline).
     */
    static void checkPublishable(SpecSheet s, @Nullable LocalDate keptDeadline, LocalDate today) {
        InputCheck check = new InputCheck()
                .required("summary", s.summary())
                .required("themeOwner", s.themeOwner())
                .required("ownerStory", s.ownerStory())
                .required("localIssue", s.localIssue())
                .required("future", s.future())
                .required("expectations", s.expectations());
        if (s.roles().isEmpty()) {
            check.reject("roles", "project.error.no-roles");
        }
        SpecSheet.Conditions c = s.conditions();
        if (c.contractType() == null) {
            check.reject("contractType", "error.required");
        }
        if (c.contractType() != ContractType.PRO_BONO) {
            if (c.payMin() == null) {
                check.reject("payMin", "error.required");
            }
            if (c.payMax() == null) {
                check.reject("payMax", "error.required");
            }
        }
        if (c.workStyle() == null) {
            check.reject("workStyle", "error.required");
        }
        if (c.daysPerMonth() == null) {
            check.reject("daysPerMonth", "error.required");
        }
        if (c.deadline() == null) {
            check.reject("deadline", "error.required");
        } else if (c.deadline().isBefore(today) && !c.deadline().equals(keptDeadline)) {
            check.reject("deadline", "project.error.deadline-past");
        }
        check.throwIfAny();
    }

    private static void safe(InputCheck check, String field, @Nullable String text) {
        if (text != null && UNSAFE.matcher(text).find()) {
            check.reject(field, "project.error.unsafe-markup");
        }
    }

    private static void range(InputCheck check, String field, @Nullable Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            check.reject(field, "project.error.range", min, max);
        }
    }
}
