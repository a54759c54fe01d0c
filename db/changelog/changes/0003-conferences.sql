--liquibase formatted sql

--changeset petitionboard:0003-1 comment:A dated session where petitions were raised
CREATE TABLE conference (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id        BIGINT        NOT NULL,
    kind           VARCHAR(24)   NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    held_on        DATE          NOT NULL,
    venue          VARCHAR(300)  NULL,
    chairs         VARCHAR(500)  NULL,
    plan_number    VARCHAR(100)  NULL,
    legal_basis    VARCHAR(1000) NULL,
    delegate_count INT           NULL,
    minutes_note   TEXT          NULL,
    created_by     BIGINT        NULL,
    created_at     DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_conference PRIMARY KEY (id),
    CONSTRAINT fk_conference_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_conference_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT ck_conference_kind CHECK (kind IN ('DIALOGUE', 'VOTER_CONTACT', 'CITIZEN_RECEPTION')),
    CONSTRAINT ck_conference_delegates CHECK (delegate_count IS NULL OR delegate_count >= 0),
    INDEX ix_conference_unit_held_on (unit_id, held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE conference;

--changeset petitionboard:0003-2 comment:Who raised a petition; contact details are personal data
CREATE TABLE delegate (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id           BIGINT       NOT NULL,
    full_name         VARCHAR(150) NOT NULL,
    organisation      VARCHAR(200) NULL,
    residential_group VARCHAR(100) NULL,
    phone             VARCHAR(30)  NULL,
    address           VARCHAR(300) NULL,
    created_at        DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT pk_delegate PRIMARY KEY (id),
    CONSTRAINT fk_delegate_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_delegate_unit_name (unit_id, full_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE delegate;
