package jp.enishi.selection;

import java.time.Instant;

/** One of the signed-in professional's applications, as they see it. */
public record MyApplication(long id, String projectTitle, String projectPath, String workspaceName, String roleTitle,
                            Stage stage, Instant appliedAt, Instant updatedAt) {

    public boolean canWithdraw() {
        return !stage.isFinal();
    }
}
