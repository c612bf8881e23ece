package jp.enishi.engagement;

import java.time.Instant;

/** A closing review as it reads. */
public record ReviewLine(Side side, String achieved, boolean again, Instant writtenAt) {
}
