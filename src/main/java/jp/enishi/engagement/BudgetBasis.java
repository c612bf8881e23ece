package jp.enishi.engagement;

/**
 * How a programme gives travel support (Kumamoto pays travel to the prefecture per engagement): one budget for the
 * whole engagement, or a ceiling per trip; label key {@code engagement.budget.<NAME>}.
 */
public enum BudgetBasis {
    ENGAGEMENT, TRIP
}
