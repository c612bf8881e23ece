package jp.enishi.selection;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One application as it goes into its applicant's data export. */
public record ApplicationExport(String project, String role, String motivation, String availability, Stage stage,
                                Instant appliedAt, List<Step> course, List<MyInterview> interviews,
                                @Nullable PoolAsk poolRequest) {

    public ApplicationExport {
        course = List.copyOf(course);
        interviews = List.copyOf(interviews);
    }

    public record Step(@Nullable Stage from, Stage to, Instant at) {
    }
}
