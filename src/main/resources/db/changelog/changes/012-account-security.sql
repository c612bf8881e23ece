--liquibase formatted sql

--changeset enishi:012-sign-in-failure
-- Failed sign-ins counted per source address and per account (the address's SHA-256, never the address itself), in
-- the database so that every node throttles the same attacker. A row is forgotten an hour after its last failure.
CREATE TABLE sign_in_failure (
    scope           VARCHAR(10) NOT NULL COMMENT 'ADDRESS or ACCOUNT',
    key_hash        CHAR(64)    NOT NULL COMMENT 'SHA-256 hex of the source address or the normalised e-mail',
    failures        INT         NOT NULL,
    last_failure_at DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (scope, key_hash),
    INDEX ix_sign_in_failure_last (last_failure_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:012-account-token
-- Single-use links sent by e-mail (verify the address, reset the password). Only the token's SHA-256 is kept.
CREATE TABLE account_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    user_id    BIGINT      NOT NULL,
    purpose    VARCHAR(20) NOT NULL COMMENT 'VERIFY_EMAIL or RESET_PASSWORD',
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL COMMENT 'UTC',
    expires_at DATETIME(6) NOT NULL COMMENT 'UTC',
    used_at    DATETIME(6) NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    INDEX ix_account_token_user (user_id, purpose),
    CONSTRAINT fk_account_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:012-app-user-verification
-- Accounts that existed before verification was asked for keep working: their address counts as verified.
ALTER TABLE app_user
    ADD COLUMN email_verified_at      DATETIME(6) NULL COMMENT 'UTC; null until the address is confirmed',
    ADD COLUMN privacy_notice_version VARCHAR(20) NULL COMMENT 'the purpose-of-use notice agreed at sign-up',
    ADD COLUMN privacy_agreed_at      DATETIME(6) NULL COMMENT 'UTC',
    ADD COLUMN password_changed_at    DATETIME(6) NULL COMMENT 'UTC';
UPDATE app_user SET email_verified_at = created_at;
