package jp.enishi.project;

import jp.enishi.workspace.Prefecture;
import jp.enishi.workspace.Region;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor asks the public board: words (Japanese or not) and filters, each optional. {@code payAtLeast}: the
 * top of the pay range reaches at least this many yen a month. {@code openOnly}: still taking applications today.
 */
public record BoardQuery(@Nullable String text, @Nullable Region region, @Nullable Prefecture prefecture,
                         @Nullable SkillCategory skill, @Nullable WorkStyle workStyle, @Nullable Integer payAtLeast,
                         boolean openOnly, int offset, int limit) {

    public static final int PAGE = 20;
    public static final int TEXT_MAX = 200;
    /** "さらに表示" grows the page up to this many projects. */
    public static final int LIMIT_MAX = 1_000;

    public static BoardQuery everything() {
        return new BoardQuery(null, null, null, null, null, null, false, 0, PAGE);
    }
}
