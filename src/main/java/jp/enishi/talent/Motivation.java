package jp.enishi.talent;

/**
 * Why a professional wants to work with a region — the seeds' personas (Kamishihoro, Shiojiri); label key
 * {@code motivation.<NAME>}.
 */
public enum Motivation {
    CAREER_GROWTH, DOING_WHAT_I_LOVE, CONTRIBUTING_TO_A_REGION, A_SECOND_HOME, TWO_REGION_LIVING, SIDE_INCOME
}
