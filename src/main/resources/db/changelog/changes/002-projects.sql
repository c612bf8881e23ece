--liquibase formatted sql

--changeset enishi:002-project
CREATE TABLE project (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    workspace_id    BIGINT        NOT NULL,
    prefecture      VARCHAR(20)   NOT NULL COMMENT 'the workspace''s prefecture, copied so the board filters without a join',
    status          VARCHAR(20)   NOT NULL COMMENT 'DRAFT, IN_REVIEW, PUBLISHED, CLOSED or ARCHIVED',
    title           VARCHAR(100)  NOT NULL,
    summary         VARCHAR(300)  NULL,
    theme_owner     VARCHAR(100)  NULL COMMENT 'the theme owner as the sheet names them, e.g. a firm and a person',
    owner_story     TEXT          NULL COMMENT 'Markdown subset',
    local_issue     TEXT          NULL COMMENT 'Markdown subset',
    future          TEXT          NULL COMMENT 'Markdown subset',
    expectations    TEXT          NULL COMMENT 'Markdown subset',
    contract_type   VARCHAR(20)   NULL COMMENT 'ContractType enum name',
    period_months   INT           NULL,
    pay_min         INT           NULL COMMENT 'yen per month',
    pay_max         INT           NULL COMMENT 'yen per month',
    days_per_month  INT           NULL,
    work_style      VARCHAR(20)   NULL COMMENT 'REMOTE, ONSITE or HYBRID',
    travel_support  BOOLEAN       NOT NULL DEFAULT FALSE,
    place           VARCHAR(100)  NULL,
    deadline        DATE          NULL COMMENT 'last day applications are accepted, Japan time',
    has_cover       BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by      BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL COMMENT 'UTC',
    updated_by      BIGINT        NOT NULL,
    updated_at      DATETIME(6)   NOT NULL COMMENT 'UTC',
    published_at    DATETIME(6)   NULL COMMENT 'UTC; first publication',
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_project_workspace_status (workspace_id, status),
    INDEX ix_project_status_published (status, published_at),
    CONSTRAINT fk_project_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_project_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT fk_project_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:002-project-role
CREATE TABLE project_role (
    project_id      BIGINT        NOT NULL,
    position        INT           NOT NULL,
    title           VARCHAR(100)  NOT NULL,
    skill_category  VARCHAR(30)   NOT NULL COMMENT 'SkillCategory enum name',
    skills          VARCHAR(300)  NULL,
    headcount       INT           NOT NULL,
    PRIMARY KEY (project_id, position),
    CONSTRAINT fk_project_role_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:002-project-cover
CREATE TABLE project_cover (
    project_id      BIGINT        NOT NULL,
    content_type    VARCHAR(40)   NOT NULL COMMENT 'image/png or image/jpeg, from the file''s own bytes',
    bytes           MEDIUMBLOB    NOT NULL,
    uploaded_at     DATETIME(6)   NOT NULL COMMENT 'UTC',
    PRIMARY KEY (project_id),
    CONSTRAINT fk_project_cover_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:002-project-member
CREATE TABLE project_member (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    project_id      BIGINT        NOT NULL,
    user_id         BIGINT        NOT NULL,
    added_by        BIGINT        NOT NULL,
    added_at        DATETIME(6)   NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    CONSTRAINT uk_project_member UNIQUE (project_id, user_id),
    INDEX ix_project_member_user (user_id),
    CONSTRAINT fk_project_member_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_member_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:002-project-revision
CREATE TABLE project_revision (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    project_id      BIGINT        NOT NULL,
    project_version BIGINT        NOT NULL COMMENT 'the project''s version this revision produced',
    author_id       BIGINT        NOT NULL,
    saved_at        DATETIME(6)   NOT NULL COMMENT 'UTC',
    change_kind     VARCHAR(20)   NOT NULL COMMENT 'CREATED, EDITED, STATUS or COVER',
    status          VARCHAR(20)   NOT NULL,
    sheet           MEDIUMTEXT    NOT NULL COMMENT 'the whole spec sheet as JSON',
    PRIMARY KEY (id),
    CONSTRAINT uk_project_revision UNIQUE (project_id, project_version),
    CONSTRAINT fk_project_revision_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_revision_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:002-project-comment
CREATE TABLE project_comment (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    project_id      BIGINT        NOT NULL,
    section         VARCHAR(20)   NOT NULL COMMENT 'Section enum name',
    parent_id       BIGINT        NULL COMMENT 'the comment this replies to',
    author_id       BIGINT        NOT NULL,
    body            TEXT          NOT NULL,
    created_at      DATETIME(6)   NOT NULL COMMENT 'UTC',
    resolved_by     BIGINT        NULL,
    resolved_at     DATETIME(6)   NULL COMMENT 'UTC',
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_project_comment_project (project_id, created_at),
    CONSTRAINT fk_project_comment_project FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_comment_parent FOREIGN KEY (parent_id) REFERENCES project_comment (id) ON DELETE CASCADE,
    CONSTRAINT fk_project_comment_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
