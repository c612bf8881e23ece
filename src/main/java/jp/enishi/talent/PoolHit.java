package jp.enishi.talent;

import java.time.Instant;
import java.util.List;

import jp.enishi.workspace.WorkspaceSummary;
import org.jspecify.annotations.Nullable;

/**
 * A person found in a pool, as far as consent lets the reader see them: their profile, {@code shared} when they are
 * not in the reader's own pool, and where they came from — the pools (region, how, since) the reader may know of.
 */
public record PoolHit(long userId, String displayName, TalentProfileData talent, boolean shared, boolean openProfile,
                      List<Origin> origins) {

    /** A region's pool the person is in: how they came (via), since when, and whether it is shared consortium-wide. */
    public record Origin(WorkspaceSummary region, ConsentVia via, Instant since, boolean sharedWithConsortium) {
    }

    public @Nullable Instant since() {
        return origins.stream().map(Origin::since).min(Instant::compareTo).orElse(null);
    }
}
