package jp.enishi.selection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line of an application's history: from which stage to which, by whom, when, why. */
public record StageEvent(@Nullable Stage from, Stage to, String by, Instant at, @Nullable String reason) {
}
