--liquibase formatted sql

--changeset enishi:003-application
CREATE TABLE application (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    workspace_id    BIGINT        NOT NULL COMMENT 'the project''s workspace, so every staff query names it',
    project_id      BIGINT        NOT NULL,
    role_position   INT           NOT NULL,
    role_title      VARCHAR(100)  NOT NULL COMMENT 'as it read when they applied',
    user_id         BIGINT        NOT NULL,
    motivation      TEXT          NOT NULL,
    availability    VARCHAR(200)  NOT NULL,
    stage           VARCHAR(20)   NOT NULL COMMENT 'Stage enum name',
    created_at      DATETIME(6)   NOT NULL COMMENT 'UTC',
    updated_at      DATETIME(6)   NOT NULL COMMENT 'UTC',
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_application_once UNIQUE (project_id, role_position, user_id),
    INDEX ix_application_workspace_project (workspace_id, project_id, stage),
    INDEX ix_application_user (user_id),
    CONSTRAINT fk_application_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_application_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_application_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:003-application-event
CREATE TABLE application_event (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    application_id  BIGINT        NOT NULL,
    from_stage      VARCHAR(20)   NULL COMMENT 'null when the application arrived',
    to_stage        VARCHAR(20)   NOT NULL,
    actor_id        BIGINT        NOT NULL,
    reason          VARCHAR(1000) NULL,
    happened_at     DATETIME(6)   NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    INDEX ix_application_event (application_id, happened_at),
    CONSTRAINT fk_application_event_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_application_event_actor FOREIGN KEY (actor_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:003-applicant-view
CREATE TABLE applicant_view (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    workspace_id    BIGINT        NOT NULL,
    application_id  BIGINT        NOT NULL,
    subject_id      BIGINT        NOT NULL COMMENT 'whose profile was opened',
    viewer_id       BIGINT        NOT NULL,
    viewed_at       DATETIME(6)   NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    INDEX ix_applicant_view_subject (subject_id, viewed_at),
    CONSTRAINT fk_applicant_view_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_applicant_view_viewer FOREIGN KEY (viewer_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
