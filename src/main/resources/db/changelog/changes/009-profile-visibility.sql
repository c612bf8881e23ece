--liquibase formatted sql

--changeset enishi:009-profile-visibility
ALTER TABLE talent_profile
    ADD COLUMN visibility VARCHAR(20) NOT NULL DEFAULT 'APPLIED_TEAMS'
        COMMENT 'ProfileVisibility: APPLIED_TEAMS (default) or ALL_MUNICIPALITIES',
    ADD COLUMN visibility_changed_at DATETIME(6) NULL COMMENT 'UTC';
