--liquibase formatted sql

--changeset enishi:008-interview-required
ALTER TABLE workspace
    ADD COLUMN interview_required BOOLEAN NOT NULL DEFAULT TRUE
        COMMENT 'selection: 採用 only after 面談済; an admin may turn it off (e.g. small side-job postings)';
