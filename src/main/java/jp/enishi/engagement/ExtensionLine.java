package jp.enishi.engagement;

import java.time.Instant;
import java.time.LocalDate;

/** An extension as the engagement's history shows it. */
public record ExtensionLine(LocalDate from, LocalDate to, String reason, Instant at) {
}
