package jp.enishi.selection;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An invitation to choose an interview time, as the professional sees it on their page: the slots still open, and
 * the one they booked with whether they may still change it (until the cut-off before it).
 */
public record MySlotOffer(long applicationId, String projectTitle, String workspaceName, @Nullable Booking booked,
                          List<Slot> open) {

    public MySlotOffer {
        open = List.copyOf(open);
    }

    public record Slot(long id, Instant startsAt, int minutes, boolean online) {
    }

    public record Booking(long interviewId, Instant startsAt, int minutes, @Nullable String meetingUrl,
                          @Nullable String place, String interviewers, boolean changeable) {
    }
}
