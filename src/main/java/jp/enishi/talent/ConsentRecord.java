package jp.enishi.talent;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One consent as its giver sees it, and as it goes into their data export. */
public record ConsentRecord(long id, long workspaceId, String workspaceName, ConsentPurpose purpose, String purposeText,
                            Instant grantedAt, @Nullable Instant withdrawnAt) {

    public boolean active() {
        return withdrawnAt == null;
    }
}
