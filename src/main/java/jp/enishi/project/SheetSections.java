package jp.enishi.project;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sheet seen section by section: which sections differ between two versions, and a sheet assembled from the
 * sections of two others. This is what lets two people edit different sections of one sheet at once and both keep
 * their text (three-way merge per section in {@link ProjectService#save}).
 */
final class SheetSections {

    private SheetSections() {
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

    /** {@code base} with the given sections taken from {@code source}. */
    static SpecSheet take(SpecSheet base, SpecSheet source, Set<Section> sections) {
        SpecSheet overview = sections.contains(Section.OVERVIEW) ? source : base;
        return new SpecSheet(overview.title(), overview.summary(), overview.themeOwner(),
                (sections.contains(Section.OWNER_STORY) ? source : base).ownerStory(),
                (sections.contains(Section.LOCAL_ISSUE) ? source : base).localIssue(),
                (sections.contains(Section.FUTURE) ? source : base).future(),
                (sections.contains(Section.EXPECTATIONS) ? source : base).expectations(),
                (sections.contains(Section.ROLES) ? source : base).roles(),
                (sections.contains(Section.CONDITIONS) ? source : base).conditions());
    }

    static List<Section> ordered(Set<Section> sections) {
        return Arrays.stream(Section.values()).filter(sections::contains).toList();
    }
}
