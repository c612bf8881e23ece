package jp.enishi.selection;

import java.time.Instant;

/** One of the signed-in professional's applications, as they see it. */
public record MyApplication(long id, String projectTitle, String projectPath, String workspaceName, String roleTitle,
                            Stage stage, Instant appliedAt, Instant updatedAt, java.util.List<MyInterview> interviews) {

    public MyApplication {
        interviews = java.util.List.copyOf(interviews);
    }

    public boolean canWithdraw() {
        return !stage.isFinal();
    }
}
