--liquibase formatted sql

--changeset enishi:016-engagement
-- 伴走: what follows a 採用. The hire opens an engagement the team completes with its terms (DRAFT), then runs it
-- (ACTIVE) until its closing (CLOSED) or a decision taken back (CANCELLED). The next check-in and visit are kept on
-- the row, each with the Japan day it was set, so the overview sorts and the reminder job finds due items in one
-- indexed query; a reminder is never sent for an item that was already past when it was set.
CREATE TABLE engagement (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    workspace_id         BIGINT        NOT NULL,
    project_id           BIGINT        NOT NULL,
    application_id       BIGINT        NOT NULL,
    user_id              BIGINT        NOT NULL COMMENT 'the professional',
    project_title        VARCHAR(200)  NOT NULL COMMENT 'as it was at the hire',
    role_title           VARCHAR(200)  NOT NULL,
    status               VARCHAR(20)   NOT NULL COMMENT 'EngagementStatus: DRAFT, ACTIVE, CLOSED, CANCELLED',
    contract             VARCHAR(20)   NOT NULL COMMENT 'ContractType',
    starts_on            DATE          NOT NULL,
    ends_on              DATE          NOT NULL,
    yen_per_month        INT           NOT NULL,
    days_per_month       INT           NOT NULL,
    work_style           VARCHAR(20)   NOT NULL COMMENT 'project WorkStyle: REMOTE, HYBRID, ONSITE',
    theme_owner_id       BIGINT        NULL COMMENT 'member of the workspace',
    coordinator_id       BIGINT        NULL COMMENT '伴走者, member of the workspace; reminded of due items',
    goal                 VARCHAR(2000) NOT NULL COMMENT 'the agreed goal for the first three months',
    channel              VARCHAR(200)  NOT NULL COMMENT 'how they keep in touch',
    check_in_days        INT           NOT NULL COMMENT 'cadence of check-ins in days',
    visit_days           INT           NULL COMMENT 'cadence of on-site visits in days; NULL: none agreed',
    travel_budget_yen    INT           NOT NULL DEFAULT 0,
    travel_budget_per    VARCHAR(20)   NOT NULL DEFAULT 'ENGAGEMENT' COMMENT 'BudgetBasis: ENGAGEMENT or TRIP',
    health               VARCHAR(20)   NULL COMMENT 'CheckInStatus of the latest check-in',
    next_check_in_on     DATE          NULL,
    next_check_in_set_on DATE          NULL COMMENT 'Japan day the due date was set',
    next_visit_on        DATE          NULL,
    next_visit_set_on    DATE          NULL,
    outcome              VARCHAR(20)   NULL COMMENT 'Outcome: COMPLETED or ENDED_EARLY',
    outcome_reason       VARCHAR(1000) NULL,
    created_at           DATETIME(6)   NOT NULL COMMENT 'UTC',
    started_at           DATETIME(6)   NULL COMMENT 'UTC, when the terms were confirmed: one 成約',
    closed_at            DATETIME(6)   NULL,
    closed_by            BIGINT        NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_engagement_application UNIQUE (application_id),
    INDEX ix_engagement_workspace (workspace_id, status, starts_on),
    INDEX ix_engagement_user (user_id),
    INDEX ix_engagement_check_in_due (status, next_check_in_on),
    INDEX ix_engagement_visit_due (status, next_visit_on),
    INDEX ix_engagement_started (started_at),
    CONSTRAINT fk_engagement_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_engagement_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An end date moved: the old and the new, why and by whom. Never edited.
CREATE TABLE engagement_extension (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_id BIGINT       NOT NULL,
    from_ends_on DATE          NOT NULL,
    to_ends_on   DATE          NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    extended_by  BIGINT        NOT NULL,
    extended_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_engagement_extension (engagement_id),
    CONSTRAINT fk_extension_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A check-in, written once: a correction is a new row naming the one it corrects. team_only: the team's notes the
-- professional does not read.
CREATE TABLE check_in (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_id BIGINT        NOT NULL,
    side          VARCHAR(20)   NOT NULL COMMENT 'Side: TEAM or PROFESSIONAL',
    author_id     BIGINT        NOT NULL,
    status        VARCHAR(20)   NOT NULL COMMENT 'CheckInStatus: ON_TRACK, AT_RISK, BLOCKED',
    notes         VARCHAR(4000) NOT NULL,
    next_steps    VARCHAR(2000) NULL,
    team_only     BOOLEAN       NOT NULL DEFAULT FALSE,
    corrects_id   BIGINT        NULL,
    written_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_check_in_engagement (engagement_id, written_at),
    INDEX ix_check_in_author (author_id),
    CONSTRAINT uk_check_in_correction UNIQUE (corrects_id),
    CONSTRAINT fk_check_in_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An on-site visit, planned (planned_on) and then done (done_on, what was seen).
CREATE TABLE engagement_visit (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_id BIGINT        NOT NULL,
    planned_on    DATE          NOT NULL,
    done_on       DATE          NULL,
    visitors      VARCHAR(200)  NOT NULL,
    place         VARCHAR(200)  NOT NULL,
    seen          VARCHAR(4000) NULL,
    created_by    BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_visit_engagement (engagement_id, planned_on),
    CONSTRAINT fk_visit_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 旅費: a trip the professional claims against the engagement's travel budget; staff approve or reject it.
CREATE TABLE travel_claim (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_id BIGINT        NOT NULL,
    trip_on       DATE          NOT NULL,
    route         VARCHAR(300)  NOT NULL,
    amount_yen    INT           NOT NULL,
    receipt_note  VARCHAR(500)  NULL,
    status        VARCHAR(20)   NOT NULL COMMENT 'ClaimStatus: SUBMITTED, APPROVED, REJECTED',
    submitted_at  DATETIME(6)   NOT NULL,
    decided_by    BIGINT        NULL,
    decided_at    DATETIME(6)   NULL,
    decision_note VARCHAR(500)  NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_claim_engagement (engagement_id, status),
    CONSTRAINT fk_claim_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The closing review, one per side: what was achieved against the three-month goal, would they work together again.
CREATE TABLE engagement_review (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_id BIGINT        NOT NULL,
    side          VARCHAR(20)   NOT NULL COMMENT 'Side: TEAM (the region) or PROFESSIONAL',
    achieved      VARCHAR(4000) NOT NULL,
    again         BOOLEAN       NOT NULL,
    written_by    BIGINT        NOT NULL,
    written_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_review_side UNIQUE (engagement_id, side),
    CONSTRAINT fk_review_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A reminder sent: one per engagement, item and due day, whichever node's job got there first.
CREATE TABLE engagement_reminder (
    engagement_id BIGINT      NOT NULL,
    item          VARCHAR(20) NOT NULL COMMENT 'DueItem: CHECK_IN or VISIT',
    due_on        DATE        NOT NULL,
    sent_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (engagement_id, item, due_on),
    CONSTRAINT fk_reminder_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE region_figures
    ADD COLUMN contracts BIGINT NOT NULL DEFAULT 0 COMMENT '成約: engagements whose terms were confirmed in the year';
