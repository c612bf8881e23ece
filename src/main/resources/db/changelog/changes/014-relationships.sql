--liquibase formatted sql

--changeset enishi:014-relationship-entry
-- Each person's history with a region (関係の記録), appended from the capabilities' events after they commit: one
-- row per thing that happened, with the workspace named in every query. source makes an event recorded twice (a
-- resubmitted publication) a no-op.
CREATE TABLE relationship_entry (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    workspace_id BIGINT       NOT NULL,
    user_id      BIGINT       NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    occurred_at  DATETIME(6)  NOT NULL COMMENT 'UTC',
    fiscal_year  INT          NOT NULL COMMENT 'Japanese fiscal year (April-March) it counts in, by its first year',
    project_id   BIGINT       NULL,
    detail       VARCHAR(200) NULL,
    source       VARCHAR(160) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_relationship_entry_source UNIQUE (source),
    INDEX ix_relationship_entry_person (workspace_id, user_id, occurred_at),
    INDEX ix_relationship_entry_user (user_id, occurred_at),
    INDEX ix_relationship_entry_year (workspace_id, fiscal_year, user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:014-pool-note
-- The pool's own notes about a person (pool CRM): the workspace's working record, never shown to other regions.
CREATE TABLE pool_note (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    workspace_id BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    author_id    BIGINT      NOT NULL,
    body         TEXT        NOT NULL,
    created_at   DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    INDEX ix_pool_note_person (workspace_id, user_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:014-pool-tag
CREATE TABLE pool_tag (
    workspace_id BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    tag          VARCHAR(30) NOT NULL,
    PRIMARY KEY (workspace_id, user_id, tag),
    INDEX ix_pool_tag_tag (workspace_id, tag)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:014-relationship-backfill
-- What happened before the timeline existed, from the records that hold it: each application's course and each
-- consent. Fiscal years in Japan time (UTC+9, no daylight saving), April to March. Sources carry the record's own id.
INSERT IGNORE INTO relationship_entry (workspace_id, user_id, kind, occurred_at, fiscal_year, project_id, detail, source)
SELECT a.workspace_id, a.user_id,
       CASE WHEN e.from_stage IS NULL THEN 'APPLIED'
            WHEN e.to_stage = 'HIRED' THEN 'HIRED'
            WHEN e.to_stage = 'DECLINED' THEN 'DECLINED'
            WHEN e.to_stage = 'WITHDRAWN' THEN 'WITHDREW'
            ELSE 'STAGE_CHANGED' END,
       e.happened_at,
       YEAR(DATE_SUB(DATE_ADD(e.happened_at, INTERVAL 9 HOUR), INTERVAL 3 MONTH)),
       a.project_id,
       CASE WHEN e.from_stage IS NULL OR e.to_stage = 'WITHDRAWN' THEN a.role_title ELSE e.to_stage END,
       CONCAT('backfill-event:', e.id)
FROM application_event e JOIN application a ON a.id = e.application_id;

INSERT IGNORE INTO relationship_entry (workspace_id, user_id, kind, occurred_at, fiscal_year, project_id, detail, source)
SELECT c.workspace_id, c.user_id, CASE WHEN c.purpose = 'POOL' THEN 'JOINED_POOL' ELSE 'SHARED' END, c.granted_at,
       YEAR(DATE_SUB(DATE_ADD(c.granted_at, INTERVAL 9 HOUR), INTERVAL 3 MONTH)), NULL, NULL,
       CONCAT('backfill-consent:', c.id)
FROM consent c;

INSERT IGNORE INTO relationship_entry (workspace_id, user_id, kind, occurred_at, fiscal_year, project_id, detail, source)
SELECT c.workspace_id, c.user_id, CASE WHEN c.purpose = 'POOL' THEN 'LEFT_POOL' ELSE 'UNSHARED' END, c.withdrawn_at,
       YEAR(DATE_SUB(DATE_ADD(c.withdrawn_at, INTERVAL 9 HOUR), INTERVAL 3 MONTH)), NULL, NULL,
       CONCAT('backfill-withdrawal:', c.id)
FROM consent c WHERE c.withdrawn_at IS NOT NULL;
