package jp.enishi.talent;

import jp.enishi.project.SkillCategory;
import jp.enishi.project.WorkStyle;
import jp.enishi.workspace.Region;
import org.jspecify.annotations.Nullable;

/**
 * A search of a talent pool: Japanese words (as on the board: whole words, readings, characters), filters, which
 * part of the pool, a tag of the workspace's own, and the page.
 */
public record PoolQuery(@Nullable String text, @Nullable SkillCategory skill, @Nullable Region region,
                        @Nullable WorkStyle workStyle, @Nullable Motivation motivation, Scope scope,
                        @Nullable String tag, int offset, int limit) {

    public static final int PAGE = 20;
    public static final int LIMIT_MAX = 100;

    /** Which part of a region's pool; label key {@code pool.scope.<NAME>}. */
    public enum Scope {
        /** Its own pool and the profiles shared with it. */
        ALL,
        /** Only people who consented to this region's pool. */
        OURS,
        /** Only profiles shared by other regions or open to every municipality. */
        SHARED
    }

    public static PoolQuery everyone() {
        return new PoolQuery(null, null, null, null, null, Scope.ALL, null, 0, PAGE);
    }

    public PoolQuery page(int offset, int limit) {
        return new PoolQuery(text, skill, region, workStyle, motivation, scope, tag, offset, limit);
    }
}
