package jp.enishi.project;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A project's cover image, apart from the project so lists never load the bytes. */
@Entity
class ProjectCover {

    @Id
    private long projectId;
    private String contentType;
    @JdbcTypeCode(SqlTypes.LONGVARBINARY)
    private byte[] bytes;
    private Instant uploadedAt;

    protected ProjectCover() {
        this(0, "", new byte[0], Instant.EPOCH);
    }

    ProjectCover(long projectId, String contentType, byte[] bytes, Instant uploadedAt) {
        this.projectId = projectId;
        this.contentType = contentType;
        this.bytes = bytes;
        this.uploadedAt = uploadedAt;
    }

    void replace(String contentType, byte[] bytes, Instant uploadedAt) {
        this.contentType = contentType;
        this.bytes = bytes;
        this.uploadedAt = uploadedAt;
    }

    CoverImage image() {
        return new CoverImage(contentType, bytes.clone(), uploadedAt);
    }
}
