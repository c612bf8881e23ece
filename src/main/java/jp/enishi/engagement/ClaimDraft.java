package jp.enishi.engagement;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A travel claim as the professional's form sends it. */
public record ClaimDraft(@Nullable LocalDate tripOn, @Nullable String route, @Nullable Integer amountYen,
                         @Nullable String receiptNote) {

    public static final int ROUTE_MAX = 300;
    public static final int RECEIPT_MAX = 500;
}
