package jp.enishi.talent;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A professional's photo; shown only where their profile is (their own page, teams they applied to, pools). */
@Entity
class TalentPhoto {

    @Id
    private long userId;
    private String contentType;
    @Column(name = "image")
    @JdbcTypeCode(SqlTypes.LONGVARBINARY)
    private byte[] bytes;
    private Instant uploadedAt;

    protected TalentPhoto() {
        this(0, "", new byte[0], Instant.EPOCH);
    }

    TalentPhoto(long userId, String contentType, byte[] bytes, Instant uploadedAt) {
        this.userId = userId;
        this.contentType = contentType;
        this.bytes = bytes.clone();
        this.uploadedAt = uploadedAt;
    }

    Photo photo() {
        return new Photo(contentType, bytes.clone());
    }
}
