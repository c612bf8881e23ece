--liquibase formatted sql

--changeset enishi:013-event-publication
-- Spring Modulith's event publication registry: each event with a listener that runs after commit is written here
-- in the publishing transaction and marked complete when its listener succeeds, so nothing is lost when the
-- process dies between commit and listener; incomplete ones are resubmitted at start.
CREATE TABLE event_publication (
    id                     UUID          NOT NULL,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       DATETIME(6)   NOT NULL COMMENT 'UTC',
    completion_date        DATETIME(6)   NULL COMMENT 'UTC',
    status                 VARCHAR(20)   NULL,
    completion_attempts    INT           NOT NULL DEFAULT 0,
    last_resubmission_date DATETIME(6)   NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    INDEX ix_event_publication_completion (completion_date),
    INDEX ix_event_publication_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:013-shedlock
-- ShedLock: a scheduled job takes its row before it runs, so on several nodes each run happens on one of them.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
