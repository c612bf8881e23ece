package jp.enishi.selection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.enishi.base.InputRejectedException;
import org.springframework.stereotype.Component;

/**
 * What a move to a decision must satisfy beyond the stage order, asked by {@link Pipeline#moveAll} before anything
 * is written: where the workspace requires an interview, one has taken place; hiring stays within a role's headcount
 * unless the caller confirmed going beyond it.
 */
@Component
class DecisionRules {

    private final ApplicationRepository applications;
    private final InterviewRepository interviews;

    DecisionRules(ApplicationRepository applications, InterviewRepository interviews) {
        this.applications = applications;
        this.interviews = interviews;
    }

    /** The workspace's rule means an interview took place: one on record whose time has come. */
    void requireInterviewHeld(List<Application> moving, Instant now) {
        Set<Long> held = Set.copyOf(interviews.applicationsInterviewedBefore(
                moving.stream().map(Application::id).toList(), now));
        long without = moving.stream().filter(a -> !held.contains(a.id())).count();
        if (without > 0) {
            throw moving.size() == 1 ? new InputRejectedException("stage", "selection.error.interview-not-held")
                    : new InputRejectedException("stage", "selection.error.some-not-interviewed", without);
        }
    }

    /** Hiring more people than a role asks for is possible, but only when the caller has confirmed it. */
    void refuseBeyondHeadcount(TeamAccess.Chosen chosen) {
        Map<Integer, Long> hired = new java.util.HashMap<>();
        for (Object[] row : applications.countHiredByRole(chosen.project().id())) {
            hired.put((Integer) row[0], (Long) row[1]);
        }
        var roles = chosen.project().sheet().roles();
        Map<Integer, Long> adding = chosen.applications().stream()
                .collect(java.util.stream.Collectors.groupingBy(Application::rolePosition,
                        java.util.stream.Collectors.counting()));
        for (var e : adding.entrySet()) {
            int position = e.getKey();
            if (position < 0 || position >= roles.size()) {
                continue;
            }
            int headcount = roles.get(position).headcount();
            long after = hired.getOrDefault(position, 0L) + e.getValue();
            if (after > headcount) {
                throw new InputRejectedException("headcount", "selection.error.beyond-headcount",
                        roles.get(position).title(), headcount, after);
            }
        }
    }
}
