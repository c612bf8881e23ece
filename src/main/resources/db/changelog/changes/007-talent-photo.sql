--liquibase formatted sql

--changeset enishi:007-talent-photo
CREATE TABLE talent_photo (
    user_id         BIGINT        NOT NULL,
    content_type    VARCHAR(20)   NOT NULL,
    image           MEDIUMBLOB    NOT NULL COMMENT 'PNG or JPEG, at most 2 MB, checked by its bytes',
    uploaded_at     DATETIME(6)   NOT NULL COMMENT 'UTC',
    PRIMARY KEY (user_id),
    CONSTRAINT fk_talent_photo_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
