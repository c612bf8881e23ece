package jp.enishi.project;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sheet seen section by section and field by field: which sections differ between two versions, and the
 * three-way merge that lets two people edit one sheet at once and both keep their text ({@link ProjectService#save}).
 * The merge goes field by field: one person's title and another's summary (both 概要) merge without a word lost; only
 * the same field changed differently by both is a clash, reported as its section.
 */
final class SheetSections {

    /** The fields of a sheet in a fixed order, each with the section it belongs to. */
    private static final Section[] FIELD_SECTIONS = {
            Section.OVERVIEW, Section.OVERVIEW, Section.OVERVIEW, Section.OWNER_STORY, Section.LOCAL_ISSUE,
            Section.FUTURE, Section.EXPECTATIONS, Section.ROLES,
            Section.CONDITIONS, Section.CONDITIONS, Section.CONDITIONS, Section.CONDITIONS, Section.CONDITIONS,
            Section.CONDITIONS, Section.CONDITIONS, Section.CONDITIONS, Section.CONDITIONS};

    private SheetSections() {
    }

    /** The result of a three-way merge: the sheet to write, and the sections where both changed one field differently. */
    record Merge(SpecSheet sheet, Set<Section> clashing, Set<Section> theirs) {
    }

    /**
     * {@code current} with every field the caller changed since {@code base} put in; a field both changed to
     * different values takes the caller's value (so the form keeps their text) and marks its section as clashing.
     * {@code theirs} are the sections where only the other person changed something.
     */
    static Merge merge(SpecSheet base, SpecSheet mine, SpecSheet current) {
        Object[] b = fields(base);
        Object[] m = fields(mine);
        Object[] c = fields(current);
        Object[] merged = c.clone();
        Set<Section> clashing = EnumSet.noneOf(Section.class);
        Set<Section> theirs = EnumSet.noneOf(Section.class);
        Set<Section> ours = EnumSet.noneOf(Section.class);
        for (int i = 0; i < b.length; i++) {
            boolean mineChanged = !Objects.equals(b[i], m[i]);
            boolean theirsChanged = !Objects.equals(b[i], c[i]);
            if (mineChanged) {
                merged[i] = m[i];
                ours.add(FIELD_SECTIONS[i]);
                if (theirsChanged && !Objects.equals(m[i], c[i])) {
                    clashing.add(FIELD_SECTIONS[i]);
                }
            } else if (theirsChanged) {
                theirs.add(FIELD_SECTIONS[i]);
            }
        }
        theirs.removeAll(clashing);
        return new Merge(sheet(merged), clashing, theirs);
    }

    private static Object[] fields(SpecSheet s) {
        SpecSheet.Conditions c = s.conditions();
        return new Object[] {s.title(), blankAsNull(s.summary()), blankAsNull(s.themeOwner()), blankAsNull(s.ownerStory()),
                blankAsNull(s.localIssue()), blankAsNull(s.future()), blankAsNull(s.expectations()), s.roles(),
                c.contractType(), c.periodMonths(), c.payMin(), c.payMax(), c.daysPerMonth(), c.workStyle(),
                c.travelSupport(), blankAsNull(c.place()), c.deadline()};
    }

    @SuppressWarnings("unchecked")
    private static SpecSheet sheet(Object[] f) {
        return new SpecSheet((String) f[0], (String) f[1], (String) f[2], (String) f[3], (String) f[4], (String) f[5],
                (String) f[6], (List<SpecSheet.RoleSpec>) f[7],
                new SpecSheet.Conditions((ContractType) f[8], (Integer) f[9], (Integer) f[10], (Integer) f[11],
                        (Integer) f[12], (WorkStyle) f[13], (Boolean) f[14], (String) f[15], (java.time.LocalDate) f[16]));
    }

    private static Object blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static Object valueOf(SpecSheet s, Section section) {
        return switch (section) {
            case OVERVIEW -> Arrays.asList(s.title(), s.summary(), s.themeOwner());
            case OWNER_STORY -> Objects.toString(s.ownerStory(), "");
            case LOCAL_ISSUE -> Objects.toString(s.localIssue(), "");
            case FUTURE -> Objects.toString(s.future(), "");
            case EXPECTATIONS -> Objects.toString(s.expectations(), "");
            case ROLES -> s.roles();
            case CONDITIONS -> s.conditions();
        };
    }

    static Set<Section> changed(SpecSheet from, SpecSheet to) {
        return Arrays.stream(Section.values())
                .filter(section -> !valueOf(from, section).equals(valueOf(to, section)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Section.class)));
    }

    static List<Section> ordered(Set<Section> sections) {
        return Arrays.stream(Section.values()).filter(sections::contains).toList();
    }
}
