package jp.enishi.project;

import java.time.Instant;

/** One saved version in a sheet's history: who, when, what kind of change, and the status it left. */
public record RevisionSummary(long version, String author, Instant savedAt, RevisionKind kind, ProjectStatus status) {
}
