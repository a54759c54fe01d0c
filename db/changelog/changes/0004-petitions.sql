--liquibase formatted sql

--changeset petitionboard:0004-1 comment:Gap-free per-unit, per-year sequence behind codes like KN-2020-007 (row locked while a code is taken)
CREATE TABLE petition_code_counter (
    unit_id  BIGINT NOT NULL,
    code_year INT   NOT NULL,
    last_seq INT    NOT NULL,
    CONSTRAINT pk_petition_code_counter PRIMARY KEY (unit_id, code_year),
    CONSTRAINT fk_petition_code_counter_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE petition_code_counter;

--changeset petitionboard:0004-2 comment:One item to resolve. state_changed_at drives the board order; version guards against lost updates
CREATE TABLE petition (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id              BIGINT       NOT NULL,
    conference_id        BIGINT       NOT NULL,
    code                 VARCHAR(20)  NOT NULL,
    code_year            INT          NOT NULL,
    code_seq             INT          NOT NULL,
    title                VARCHAR(200) NOT NULL,
    content              TEXT         NOT NULL,
    domain_id            BIGINT       NOT NULL,
    department_id        BIGINT       NULL,
    state                VARCHAR(16)  NOT NULL,
    within_authority     BOOLEAN      NOT NULL DEFAULT TRUE,
    deadline             DATE         NULL,
    paused_days_left     INT          NULL,
    state_changed_at     DATETIME(3)  NOT NULL,
    created_by           BIGINT       NULL,
    created_at           DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at           DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version              INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_petition PRIMARY KEY (id),
    CONSTRAINT uq_petition_code UNIQUE (unit_id, code),
    CONSTRAINT uq_petition_code_seq UNIQUE (unit_id, code_year, code_seq),
    CONSTRAINT fk_petition_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_petition_conference FOREIGN KEY (conference_id) REFERENCES conference (id),
    CONSTRAINT fk_petition_domain FOREIGN KEY (domain_id) REFERENCES domain (id),
    CONSTRAINT fk_petition_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_petition_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT ck_petition_state CHECK (state IN ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'ESCALATED', 'ANSWERED',
                                                  'RESOLVED')),
    -- Board columns: one index per way the board filters, each ending in the keyset (state_changed_at, id).
    INDEX ix_petition_board (unit_id, state, state_changed_at, id),
    INDEX ix_petition_board_domain (unit_id, domain_id, state, state_changed_at, id),
    INDEX ix_petition_board_department (unit_id, department_id, state, state_changed_at, id),
    INDEX ix_petition_deadline (unit_id, state, deadline),
    INDEX ix_petition_conference (conference_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE petition;

--changeset petitionboard:0004-3 comment:Several delegates may raise the same petition
CREATE TABLE petition_requester (
    petition_id BIGINT NOT NULL,
    delegate_id BIGINT NOT NULL,
    position    INT    NOT NULL DEFAULT 0,
    CONSTRAINT pk_petition_requester PRIMARY KEY (petition_id, delegate_id),
    CONSTRAINT fk_petition_requester_petition FOREIGN KEY (petition_id) REFERENCES petition (id),
    CONSTRAINT fk_petition_requester_delegate FOREIGN KEY (delegate_id) REFERENCES delegate (id),
    INDEX ix_petition_requester_delegate (delegate_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE petition_requester;
