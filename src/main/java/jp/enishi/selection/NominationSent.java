package jp.enishi.selection;

import java.time.Instant;
import java.time.LocalDate;

/** A region nominated (指名) someone for a role: told to them in the app and by e-mail, and on the timeline. */
public record NominationSent(long workspaceId, long projectId, long nominationId, long userId, String roleTitle,
                             LocalDate answerBy, long nominatedBy, Instant at) {
}
