package jp.enishi.talent;

import java.time.Instant;

/** A professional withdrew a consent; from now on the workspace no longer sees them in its pool for that purpose. */
public record ConsentWithdrawn(long workspaceId, long userId, ConsentPurpose purpose, Instant at) {
}
