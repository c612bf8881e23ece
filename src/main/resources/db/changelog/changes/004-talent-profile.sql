--liquibase formatted sql

--changeset enishi:004-talent-profile
CREATE TABLE talent_profile (
    user_id         BIGINT        NOT NULL,
    headline        VARCHAR(120)  NULL,
    skills          VARCHAR(400)  NULL COMMENT 'SkillCategory names, comma-separated',
    tags            VARCHAR(300)  NULL COMMENT 'free skill tags, comma-separated',
    experience      TEXT          NULL,
    career          TEXT          NULL COMMENT 'career items, one per line',
    links           TEXT          NULL COMMENT 'http(s) addresses, one per line',
    days_per_month  INT           NULL,
    available_from  DATE          NULL,
    work_style      VARCHAR(20)   NULL COMMENT 'WorkStyle enum name',
    regions         VARCHAR(200)  NULL COMMENT 'Region names, comma-separated',
    themes          VARCHAR(300)  NULL COMMENT 'themes of interest, comma-separated',
    motivations     VARCHAR(200)  NULL COMMENT 'Motivation names, comma-separated',
    pay_expectation INT           NULL COMMENT 'yen per month',
    updated_at      DATETIME(6)   NOT NULL COMMENT 'UTC',
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_talent_profile_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
