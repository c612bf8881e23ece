package jp.enishi.selection;

import jp.enishi.project.SkillCategory;
import org.jspecify.annotations.Nullable;

/**
 * Which of a project's applicants to list: at one stage or all, matching a keyword (name, motivation, skills) and a
 * skill category or not, in which order, and how many — a project can have thousands (Tottori had 1,239 applicants
 * to 60 firms in one round), so a page is bounded.
 */
public record PipelineQuery(@Nullable Stage stage, Order order, int limit, @Nullable String keyword,
                            @Nullable SkillCategory skill) {

    public static final int PAGE = 50;
    public static final int MAX = 1_000;
    /** A keyword longer than this is cut: it is a filter, not a text. */
    public static final int KEYWORD_MAX = 100;

    public enum Order { APPLIED, NEWEST, UPDATED }

    public PipelineQuery {
        limit = Math.clamp(limit, 1, MAX);
        keyword = keyword == null || keyword.isBlank() ? null
                : keyword.strip().substring(0, Math.min(keyword.strip().length(), KEYWORD_MAX));
    }

    public PipelineQuery(@Nullable Stage stage, Order order, int limit) {
        this(stage, order, limit, null, null);
    }

    public static PipelineQuery firstPage() {
        return new PipelineQuery(null, Order.APPLIED, PAGE);
    }

    boolean filtersPeople() {
        return keyword != null || skill != null;
    }
}
