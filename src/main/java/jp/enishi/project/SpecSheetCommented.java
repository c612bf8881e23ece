package jp.enishi.project;

import java.time.Instant;

/** Someone on a project's team (or an invited writer) commented on a section of its spec sheet, or replied. */
public record SpecSheetCommented(long workspaceId, long projectId, long commentId, long authorId, Section section,
                                 Instant at) {
}
