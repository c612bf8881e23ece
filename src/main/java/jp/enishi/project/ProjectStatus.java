package jp.enishi.project;

import java.util.Map;
import java.util.Set;

/**
 * Where a project is in its life; label key {@code project.status.<NAME>}. Only published and closed projects are
 * public. The moves a workspace admin may make are listed here, so the rule lives in one place.
 */
public enum ProjectStatus {
    DRAFT, IN_REVIEW, PUBLISHED, CLOSED, ARCHIVED;

    private static final Map<ProjectStatus, Set<ProjectStatus>> NEXT = Map.of(
            DRAFT, Set.of(IN_REVIEW, ARCHIVED),
            IN_REVIEW, Set.of(DRAFT, PUBLISHED, ARCHIVED),
            PUBLISHED, Set.of(CLOSED),
            CLOSED, Set.of(PUBLISHED, ARCHIVED),
            ARCHIVED, Set.of(DRAFT));

    public Set<ProjectStatus> next() {
        return NEXT.get(this);
    }

    public boolean isPublic() {
        return this == PUBLISHED || this == CLOSED;
    }

    /** The team may still change the text: once published, the sheet people applied to stays as it was. */
    public boolean isEditable() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
