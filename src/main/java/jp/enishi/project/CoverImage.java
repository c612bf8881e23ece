package jp.enishi.project;

import java.time.Instant;

/** A cover image's bytes and type, as served to a browser. */
public record CoverImage(String contentType, byte[] bytes, Instant uploadedAt) {
}
