--liquibase formatted sql

--changeset enishi:010-interview-slot
CREATE TABLE interview_slot (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    workspace_id    BIGINT        NOT NULL,
    project_id      BIGINT        NOT NULL,
    starts_at       DATETIME(6)   NOT NULL COMMENT 'UTC',
    minutes         INT           NOT NULL,
    meeting_url     VARCHAR(500)  NULL,
    place           VARCHAR(200)  NULL COMMENT 'where, for an interview on site',
    interviewers    VARCHAR(300)  NOT NULL,
    created_by      BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    INDEX ix_interview_slot_project (workspace_id, project_id, starts_at),
    INDEX ix_interview_slot_interviewers (workspace_id, interviewers, starts_at),
    CONSTRAINT fk_interview_slot_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_interview_slot_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_interview_slot_created_by FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:010-interview-booked-slot
-- A booked slot is an interview that names it; the unique key lets exactly one applicant have a slot.
ALTER TABLE interview
    ADD COLUMN slot_id BIGINT NULL COMMENT 'the published slot this interview was booked on',
    ADD COLUMN place VARCHAR(200) NULL,
    ADD CONSTRAINT uk_interview_slot UNIQUE (slot_id),
    ADD CONSTRAINT fk_interview_slot FOREIGN KEY (slot_id) REFERENCES interview_slot (id);

--changeset enishi:010-interview-slot-invitation
CREATE TABLE interview_slot_invitation (
    application_id  BIGINT        NOT NULL,
    invited_by      BIGINT        NOT NULL,
    invited_at      DATETIME(6)   NOT NULL COMMENT 'UTC',
    PRIMARY KEY (application_id),
    CONSTRAINT fk_slot_invitation_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_slot_invitation_invited_by FOREIGN KEY (invited_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
