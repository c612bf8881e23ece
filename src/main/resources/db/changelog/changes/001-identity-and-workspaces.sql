--liquibase formatted sql

--changeset enishi:001-app-user
CREATE TABLE app_user (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    email            VARCHAR(254) NOT NULL,
    display_name     VARCHAR(50)  NOT NULL,
    full_name        VARCHAR(100) NULL,
    residence        VARCHAR(100) NULL,
    bio              TEXT         NULL,
    password_hash    VARCHAR(255) NULL COMMENT 'null for users who only sign in through an identity provider',
    locale           VARCHAR(8)   NOT NULL DEFAULT 'ja',
    consortium_admin BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at       DATETIME(6)  NOT NULL COMMENT 'UTC',
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_app_user_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:001-federated-identity
CREATE TABLE federated_identity (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    user_id    BIGINT       NOT NULL,
    issuer     VARCHAR(255) NOT NULL,
    subject    VARCHAR(255) NOT NULL,
    created_at DATETIME(6)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    CONSTRAINT uk_federated_identity UNIQUE (issuer, subject),
    CONSTRAINT fk_federated_identity_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:001-workspace
CREATE TABLE workspace (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    slug           VARCHAR(40)   NOT NULL,
    name_ja        VARCHAR(60)   NOT NULL,
    name_en        VARCHAR(60)   NOT NULL,
    prefecture     VARCHAR(20)   NOT NULL COMMENT 'Prefecture enum name, e.g. NAGANO',
    kind           VARCHAR(20)   NOT NULL COMMENT 'CITY, TOWN, VILLAGE or PREFECTURE',
    description_ja VARCHAR(1000) NULL,
    description_en VARCHAR(1000) NULL,
    created_at     DATETIME(6)   NOT NULL COMMENT 'UTC',
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_workspace_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset enishi:001-membership
CREATE TABLE membership (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    workspace_id BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    role         VARCHAR(20) NOT NULL COMMENT 'ADMIN, STAFF, COORDINATOR or THEME_OWNER',
    joined_at    DATETIME(6) NOT NULL COMMENT 'UTC',
    version      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_membership UNIQUE (workspace_id, user_id),
    CONSTRAINT fk_membership_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_membership_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_membership_user ON membership (user_id);

--changeset enishi:001-invitation
CREATE TABLE invitation (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    workspace_id BIGINT       NOT NULL,
    email        VARCHAR(254) NOT NULL,
    role         VARCHAR(20)  NOT NULL,
    token        VARCHAR(64)  NOT NULL COMMENT 'secret; only the invitee receives it',
    invited_by   BIGINT       NULL,
    created_at   DATETIME(6)  NOT NULL COMMENT 'UTC',
    expires_at   DATETIME(6)  NOT NULL COMMENT 'UTC',
    accepted_at  DATETIME(6)  NULL COMMENT 'UTC',
    accepted_by  BIGINT       NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_invitation_token UNIQUE (token),
    CONSTRAINT fk_invitation_workspace FOREIGN KEY (workspace_id) REFERENCES workspace (id),
    CONSTRAINT fk_invitation_invited_by FOREIGN KEY (invited_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_invitation_accepted_by FOREIGN KEY (accepted_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_invitation_workspace_email ON invitation (workspace_id, email);
