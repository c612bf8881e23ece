package jp.enishi.project;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A line in a workspace's project list. */
public record ProjectRow(long id, String title, ProjectStatus status, @Nullable LocalDate deadline, int roles,
                         Instant updatedAt) {
}
