package jp.enishi.project;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A review comment on a section with its replies (replies have none of their own). */
public record ReviewComment(long id, Section section, String author, String body, Instant createdAt,
                            @Nullable String resolvedBy, @Nullable Instant resolvedAt, List<ReviewComment> replies) {

    public ReviewComment {
        replies = List.copyOf(replies);
    }

    public boolean resolved() {
        return resolvedAt != null;
    }
}
