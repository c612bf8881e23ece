package jp.enishi.engagement;

import java.time.LocalDate;

import jp.enishi.project.WorkStyle;
import org.jspecify.annotations.Nullable;

/**
 * What the team and the professional agreed, as the team confirms it: the contract, its dates (at least three months;
 * a later extension is recorded), pay and days a month, how they work, the theme owner and the coordinator (伴走者),
 * the goal of the first three months, how they keep in touch, the cadence of check-ins (and of on-site visits, where
 * agreed — Nanto visits every two months) and the travel support.
 */
public record Terms(@Nullable ContractType contract, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
                    @Nullable Integer yenPerMonth, @Nullable Integer daysPerMonth, @Nullable WorkStyle workStyle,
                    @Nullable Long themeOwnerId, @Nullable Long coordinatorId, @Nullable String goal,
                    @Nullable String channel, @Nullable Integer checkInDays, @Nullable Integer visitDays,
                    @Nullable Integer travelBudgetYen, @Nullable BudgetBasis travelBudgetPer) {

    public static final int MIN_MONTHS = 3;
    public static final int YEN_MAX = 10_000_000;
    public static final int DAYS_MAX = 31;
    public static final int CHECK_IN_DAYS_MIN = 7;
    public static final int CHECK_IN_DAYS_MAX = 92;
    public static final int VISIT_DAYS_MIN = 14;
    public static final int VISIT_DAYS_MAX = 366;
    public static final int GOAL_MAX = 2000;
    public static final int CHANNEL_MAX = 200;

    /** What the form starts from when a hire opens an engagement: the first of next month, three months, every two weeks. */
    static Terms proposed(LocalDate today, long coordinatorId) {
        LocalDate start = today.withDayOfMonth(1).plusMonths(1);
        return new Terms(ContractType.OUTSOURCING, start, start.plusMonths(MIN_MONTHS).minusDays(1), 0, 4,
                WorkStyle.HYBRID, null, coordinatorId, "", "", 14, null, 0, BudgetBasis.ENGAGEMENT);
    }
}
