package jp.enishi.selection;

import org.jspecify.annotations.Nullable;

/**
 * Which of a project's applicants to list: at one stage or all, in which order, and how many — a project can have
 * thousands (Tottori had 1,363 applicants in a month), so a page is bounded.
 */
public record PipelineQuery(@Nullable Stage stage, Order order, int limit) {

    public static final int PAGE = 50;
    public static final int MAX = 1_000;

    public enum Order { APPLIED, NEWEST, UPDATED }

    public PipelineQuery {
        limit = Math.clamp(limit, 1, MAX);
    }

    public static PipelineQuery firstPage() {
        return new PipelineQuery(null, Order.APPLIED, PAGE);
    }
}
