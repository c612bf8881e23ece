--liquibase formatted sql

--changeset enishi:005-notification
CREATE TABLE notification (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    user_id         BIGINT        NOT NULL COMMENT 'the recipient',
    workspace_id    BIGINT        NULL COMMENT 'the workspace it speaks for, if any',
    kind            VARCHAR(30)   NOT NULL COMMENT 'NotificationKind enum name',
    title_ja        VARCHAR(300)  NOT NULL,
    title_en        VARCHAR(300)  NOT NULL,
    body_ja         TEXT          NOT NULL,
    body_en         TEXT          NOT NULL,
    link            VARCHAR(300)  NOT NULL COMMENT 'path inside Enishi',
    created_at      DATETIME(6)   NOT NULL COMMENT 'UTC',
    read_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    INDEX ix_notification_user (user_id, read_at, created_at),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:005-mail-outbox
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    workspace_id    BIGINT        NULL COMMENT 'whose name it is sent in; its admins see failures',
    recipient       VARCHAR(254)  NOT NULL,
    from_name       VARCHAR(200)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            TEXT          NOT NULL,
    status          VARCHAR(10)   NOT NULL COMMENT 'QUEUED, SENT or FAILED (gave up)',
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL COMMENT 'UTC; also the claim of a sender at work',
    last_error      VARCHAR(500)  NULL,
    created_at      DATETIME(6)   NOT NULL COMMENT 'UTC',
    sent_at         DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_mail_outbox_due (status, next_attempt_at),
    INDEX ix_mail_outbox_workspace (workspace_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
