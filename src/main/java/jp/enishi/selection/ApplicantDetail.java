package jp.enishi.selection;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An applicant as the project's team sees them when they open the application; {@code canReopen}: the caller may take
 * back the decision (admins, on 採用 or 見送り).
 */
public record ApplicantDetail(PipelineRow row, long projectId, String projectTitle, String email,
                              @Nullable String fullName, @Nullable String residence, @Nullable String bio,
                              jp.enishi.talent.TalentProfileData talent, String motivation, String availability,
                              List<StageEvent> history, List<InterviewItem> interviews, @Nullable PoolAsk poolAsk,
                              boolean hasPhoto, boolean canReopen) {

    public ApplicantDetail {
        history = List.copyOf(history);
        interviews = List.copyOf(interviews);
    }
}
