--liquibase formatted sql

--changeset enishi:006-interview
CREATE TABLE interview (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    workspace_id    BIGINT        NOT NULL,
    application_id  BIGINT        NOT NULL,
    starts_at       DATETIME(6)   NOT NULL COMMENT 'UTC',
    minutes         INT           NOT NULL,
    meeting_url     VARCHAR(500)  NULL,
    interviewers    VARCHAR(300)  NOT NULL COMMENT 'names as the team writes them; local partners need no account',
    note            TEXT          NULL COMMENT 'the team''s notes; never shown to the applicant',
    rating          INT           NULL COMMENT '1 to 5',
    scheduled_by    BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL COMMENT 'UTC',
    updated_at      DATETIME(6)   NOT NULL COMMENT 'UTC',
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_interview_application (application_id, starts_at),
    INDEX ix_interview_workspace (workspace_id),
    CONSTRAINT fk_interview_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_interview_scheduled_by FOREIGN KEY (scheduled_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:006-consent
CREATE TABLE consent (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    user_id         BIGINT        NOT NULL,
    workspace_id    BIGINT        NOT NULL,
    purpose         VARCHAR(20)   NOT NULL COMMENT 'ConsentPurpose enum name',
    purpose_text_ja VARCHAR(1000) NOT NULL COMMENT 'the words the person agreed to, as shown then',
    purpose_text_en VARCHAR(1000) NOT NULL,
    granted_at      DATETIME(6)   NOT NULL COMMENT 'UTC',
    withdrawn_at    DATETIME(6)   NULL COMMENT 'UTC; a withdrawn consent is kept as a record and grants nothing',
    PRIMARY KEY (id),
    INDEX ix_consent_user (user_id, workspace_id),
    INDEX ix_consent_workspace (workspace_id, purpose, withdrawn_at),
    CONSTRAINT fk_consent_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_consent_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:006-pool-request
CREATE TABLE pool_request (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    workspace_id    BIGINT        NOT NULL,
    user_id         BIGINT        NOT NULL COMMENT 'who is asked',
    application_id  BIGINT        NOT NULL,
    asked_by        BIGINT        NOT NULL,
    asked_at        DATETIME(6)   NOT NULL COMMENT 'UTC',
    answer          VARCHAR(3)    NULL COMMENT 'YES or NO; null while unanswered',
    answered_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_pool_request_once UNIQUE (application_id),
    INDEX ix_pool_request_user (user_id, answer),
    CONSTRAINT fk_pool_request_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_pool_request_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
