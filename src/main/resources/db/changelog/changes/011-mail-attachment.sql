--liquibase formatted sql

--changeset enishi:011-mail-attachment
-- One small file a mail may carry, such as the calendar file of a booked interview (a few KB).
ALTER TABLE mail_outbox
    ADD COLUMN attachment_name VARCHAR(100) NULL,
    ADD COLUMN attachment_type VARCHAR(100) NULL,
    ADD COLUMN attachment      MEDIUMBLOB   NULL;
