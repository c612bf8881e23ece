--liquibase formatted sql

--changeset enishi:015-pool-membership
-- The pools a person is in, kept on their talent profile so the search index (one document per profile) can filter
-- by it: written with every consent given or withdrawn, in the same transaction. via says how a consent came about.
ALTER TABLE consent
    ADD COLUMN via VARCHAR(20) NOT NULL DEFAULT 'SELF' COMMENT 'ConsentVia: SELF (region page or /me) or SELECTION (a pool request after selection)';
UPDATE consent c SET via = 'SELECTION'
 WHERE EXISTS (SELECT 1 FROM pool_request r WHERE r.user_id = c.user_id AND r.workspace_id = c.workspace_id AND r.answer = 'YES');
ALTER TABLE talent_profile
    ADD COLUMN pooled_in    VARCHAR(4000) NULL COMMENT 'workspace ids with an active POOL consent, space-separated',
    ADD COLUMN shared_by    VARCHAR(4000) NULL COMMENT 'workspace ids with an active CONSORTIUM consent, space-separated',
    ADD COLUMN pooled_since DATETIME(6)   NULL COMMENT 'UTC; the oldest consent in force';
INSERT INTO talent_profile (user_id, updated_at, version, visibility)
SELECT DISTINCT c.user_id, UTC_TIMESTAMP(6), 0, 'APPLIED_TEAMS' FROM consent c
 WHERE c.withdrawn_at IS NULL AND NOT EXISTS (SELECT 1 FROM talent_profile t WHERE t.user_id = c.user_id);
UPDATE talent_profile t SET
    pooled_in = (SELECT GROUP_CONCAT(DISTINCT c.workspace_id ORDER BY c.workspace_id SEPARATOR ' ') FROM consent c
                  WHERE c.user_id = t.user_id AND c.purpose = 'POOL' AND c.withdrawn_at IS NULL),
    shared_by = (SELECT GROUP_CONCAT(DISTINCT c.workspace_id ORDER BY c.workspace_id SEPARATOR ' ') FROM consent c
                  WHERE c.user_id = t.user_id AND c.purpose = 'CONSORTIUM' AND c.withdrawn_at IS NULL),
    pooled_since = (SELECT MIN(c.granted_at) FROM consent c WHERE c.user_id = t.user_id AND c.withdrawn_at IS NULL);

--changeset enishi:015-provision-record
-- 個人情報の提供の記録 (APPI Art. 29/30): every time a region other than the one a person consented to — or the
-- consortium's secretariat — received their profile. One row per recipient, person, items and day; kept three years
-- (a daily job deletes older rows), even after the person's account is deleted, as the law asks of the provider.
CREATE TABLE provision_record (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    user_id        BIGINT       NOT NULL COMMENT 'whose data; not a foreign key: the record outlives the account',
    person_name    VARCHAR(100) NOT NULL COMMENT 'as it was then, so the record still names them',
    recipient_id   BIGINT       NULL COMMENT 'workspace that received it; NULL: the consortium secretariat',
    recipient_name VARCHAR(200) NOT NULL,
    items          VARCHAR(20)  NOT NULL COMMENT 'ProvisionItems: SUMMARY, PROFILE, NOMINATION',
    basis          VARCHAR(20)  NOT NULL COMMENT 'CONSORTIUM_CONSENT or OPEN_PROFILE',
    basis_detail   VARCHAR(300) NOT NULL COMMENT 'the consents (region, date) or the setting it rested on',
    provided_on    DATE         NOT NULL COMMENT 'Japan date',
    provided_at    DATETIME(6)  NOT NULL COMMENT 'UTC, the first time that day',
    PRIMARY KEY (id),
    CONSTRAINT uk_provision_record UNIQUE (user_id, recipient_id, items, provided_on),
    INDEX ix_provision_record_date (provided_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:015-nomination
-- 指名: a region asks a person for a role of one of its published projects; the person accepts (an application at
-- 面談調整, marked nominated) or declines. One per role and person, ever; answer_by ends it unanswered.
CREATE TABLE nomination (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    workspace_id   BIGINT        NOT NULL,
    project_id     BIGINT        NOT NULL,
    role_position  INT           NOT NULL,
    role_title     VARCHAR(200)  NOT NULL,
    user_id        BIGINT        NOT NULL,
    message        TEXT          NOT NULL COMMENT 'why you (あなたが必要な理由)',
    answer_by      DATE          NOT NULL COMMENT 'Japan date; open until its end',
    status         VARCHAR(20)   NOT NULL COMMENT 'NominationStatus',
    decline_reason VARCHAR(1000) NULL,
    application_id BIGINT        NULL COMMENT 'the application an acceptance made',
    nominated_by   BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL COMMENT 'UTC',
    answered_at    DATETIME(6)   NULL COMMENT 'UTC',
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_nomination_role UNIQUE (project_id, role_position, user_id),
    INDEX ix_nomination_user (user_id, status),
    INDEX ix_nomination_workspace (workspace_id, created_at),
    INDEX ix_nomination_due (status, answer_by),
    CONSTRAINT fk_nomination_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_nomination_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
ALTER TABLE application
    ADD COLUMN nominated BOOLEAN NOT NULL DEFAULT FALSE COMMENT 'came from an accepted 指名';

--changeset enishi:015-region-figures
-- The regions side by side: each workspace's figures per Japanese fiscal year, counted from the capabilities'
-- records by a job (RegionFiguresJob) and read a page at a time, sorted in SQL, by the consortium's grid. A copy:
-- computed_at says how fresh; nothing here is typed in.
CREATE TABLE region_figures (
    fiscal_year          INT          NOT NULL COMMENT 'Japanese fiscal year (April-March) by its first year',
    workspace_id         BIGINT       NOT NULL,
    slug                 VARCHAR(60)  NOT NULL,
    name_ja              VARCHAR(100) NOT NULL,
    name_en              VARCHAR(100) NOT NULL,
    prefecture           VARCHAR(20)  NOT NULL,
    projects_published   BIGINT       NOT NULL,
    applications         BIGINT       NOT NULL,
    interviews           BIGINT       NOT NULL,
    hires                BIGINT       NOT NULL,
    pool_size            BIGINT       NOT NULL,
    shared_profiles      BIGINT       NOT NULL,
    nominations_sent     BIGINT       NOT NULL,
    nominations_accepted BIGINT       NOT NULL,
    computed_at          DATETIME(6)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (fiscal_year, workspace_id),
    INDEX ix_region_figures_prefecture (fiscal_year, prefecture)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:015-draft
-- ドラフト会議 (seed 004, Kyushu's 移住ドラフト会議): the consortium admin runs a round with an entry window, a
-- nomination window and a reveal day; professionals enter it; regions pick entrants, hidden from each other until
-- the reveal; then the person chooses, or a seeded lottery decides between regions.
CREATE TABLE draft_round (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    title             VARCHAR(120) NOT NULL,
    rule              VARCHAR(20)  NOT NULL COMMENT 'DraftRule: PERSON_CHOOSES or LOTTERY',
    exclusive_months  INT          NOT NULL COMMENT 'lottery: how long the winner negotiates alone',
    entry_opens       DATE         NOT NULL COMMENT 'Japan dates, each window inclusive',
    entry_closes      DATE         NOT NULL,
    nomination_opens  DATE         NOT NULL,
    nomination_closes DATE         NOT NULL,
    reveal_on         DATE         NOT NULL,
    seed              BIGINT       NULL COMMENT 'the lottery''s seed, kept and shown once drawn',
    drawn_at          DATETIME(6)  NULL COMMENT 'UTC',
    created_by        BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL COMMENT 'UTC',
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE TABLE draft_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    round_id     BIGINT        NOT NULL,
    user_id      BIGINT        NOT NULL,
    introduction VARCHAR(1000) NOT NULL,
    seeking      VARCHAR(1000) NOT NULL,
    entered_at   DATETIME(6)   NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    CONSTRAINT uk_draft_entry UNIQUE (round_id, user_id),
    INDEX ix_draft_entry_user (user_id),
    CONSTRAINT fk_draft_entry_round FOREIGN KEY (round_id) REFERENCES draft_round (id),
    CONSTRAINT fk_draft_entry_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE TABLE draft_pick (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    round_id       BIGINT        NOT NULL,
    entry_id       BIGINT        NOT NULL,
    user_id        BIGINT        NOT NULL COMMENT 'the entrant',
    workspace_id   BIGINT        NOT NULL COMMENT 'the region that picked',
    message        TEXT          NOT NULL COMMENT 'why you',
    project_id     BIGINT        NULL COMMENT 'the offer: a role of an open project, or NULL for come and talk',
    role_position  INT           NULL,
    offer_title    VARCHAR(300)  NULL,
    picked_by      BIGINT        NOT NULL,
    picked_at      DATETIME(6)   NOT NULL COMMENT 'UTC',
    outcome        VARCHAR(20)   NOT NULL COMMENT 'DraftOutcome',
    exclusive_until DATE         NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_draft_pick UNIQUE (entry_id, workspace_id),
    INDEX ix_draft_pick_round (round_id, workspace_id),
    CONSTRAINT fk_draft_pick_entry FOREIGN KEY (entry_id) REFERENCES draft_entry (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:015-draft-reveal
-- When the reveal's notices went out: once per round, by the job that runs on one node at a time.
ALTER TABLE draft_round ADD COLUMN revealed_at DATETIME(6) NULL COMMENT 'UTC; the reveal notices were sent';
