package jp.enishi.engagement;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A visit as both sides read it. */
public record VisitLine(long id, LocalDate plannedOn, @Nullable LocalDate doneOn, String visitors, String place,
                        @Nullable String seen) {
}
