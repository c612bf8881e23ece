package jp.enishi.relationship;

import java.time.Instant;

import jp.enishi.base.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * One line of a timeline: what happened, when, in which fiscal year, about which project (its title as it is now)
 * and a detail (a stage, a role, a section of the sheet).
 */
public record TimelineEntry(RelationshipKind kind, Instant at, FiscalYear fiscalYear, @Nullable String projectTitle,
                            @Nullable String detail) {
}
