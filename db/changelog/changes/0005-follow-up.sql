--liquibase formatted sql

--changeset petitionboard:0005-1 comment:Leader to department, with instruction (ý kiến chỉ đạo) and deadline; ended_at is set when superseded
CREATE TABLE assignment (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    petition_id   BIGINT      NOT NULL,
    department_id BIGINT      NOT NULL,
    instruction   TEXT        NOT NULL,
    deadline      DATE        NOT NULL,
    assigned_by   BIGINT      NOT NULL,
    assigned_at   DATETIME(3) NOT NULL,
    ended_at      DATETIME(3) NULL,
    CONSTRAINT pk_assignment PRIMARY KEY (id),
    CONSTRAINT fk_assignment_petition FOREIGN KEY (petition_id) REFERENCES petition (id),
    CONSTRAINT fk_assignment_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_assignment_assigned_by FOREIGN KEY (assigned_by) REFERENCES app_user (id),
    INDEX ix_assignment_petition (petition_id, assigned_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE assignment;

--changeset petitionboard:0005-2 comment:A department's dated progress note
CREATE TABLE progress_update (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    petition_id      BIGINT      NOT NULL,
    department_id    BIGINT      NOT NULL,
    note             TEXT        NOT NULL,
    percent_complete INT         NOT NULL,
    reported_by      BIGINT      NOT NULL,
    reported_at      DATETIME(3) NOT NULL,
    CONSTRAINT pk_progress_update PRIMARY KEY (id),
    CONSTRAINT fk_progress_update_petition FOREIGN KEY (petition_id) REFERENCES petition (id),
    CONSTRAINT fk_progress_update_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_progress_update_reported_by FOREIGN KEY (reported_by) REFERENCES app_user (id),
    CONSTRAINT ck_progress_update_percent CHECK (percent_complete BETWEEN 0 AND 100),
    INDEX ix_progress_update_petition (petition_id, reported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE progress_update;

--changeset petitionboard:0005-3 comment:Files attached to a progress update (up to 10 MB each, type checked by the service)
CREATE TABLE attachment (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    progress_update_id BIGINT       NOT NULL,
    file_name          VARCHAR(255) NOT NULL,
    content_type       VARCHAR(100) NOT NULL,
    size_bytes         BIGINT       NOT NULL,
    content            LONGBLOB     NOT NULL,
    uploaded_by        BIGINT       NOT NULL,
    uploaded_at        DATETIME(3)  NOT NULL,
    CONSTRAINT pk_attachment PRIMARY KEY (id),
    CONSTRAINT fk_attachment_progress_update FOREIGN KEY (progress_update_id) REFERENCES progress_update (id),
    CONSTRAINT fk_attachment_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES app_user (id),
    CONSTRAINT ck_attachment_size CHECK (size_bytes BETWEEN 0 AND 10485760)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE attachment;

--changeset petitionboard:0005-4 comment:The reply to the citizen: on the spot, by a department, or relayed from the higher level
CREATE TABLE answer (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    petition_id     BIGINT       NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    content         TEXT         NOT NULL,
    document_number VARCHAR(100) NULL,
    document_date   DATE         NULL,
    speaker_name    VARCHAR(150) NULL,
    answered_by     BIGINT       NOT NULL,
    answered_at     DATETIME(3)  NOT NULL,
    CONSTRAINT pk_answer PRIMARY KEY (id),
    CONSTRAINT fk_answer_petition FOREIGN KEY (petition_id) REFERENCES petition (id),
    CONSTRAINT fk_answer_answered_by FOREIGN KEY (answered_by) REFERENCES app_user (id),
    CONSTRAINT ck_answer_kind CHECK (kind IN ('ON_THE_SPOT', 'DEPARTMENT', 'LEADER', 'HIGHER_LEVEL')),
    INDEX ix_answer_petition (petition_id, answered_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE answer;

--changeset petitionboard:0005-5 comment:Items outside the unit's authority, sent up and tracked until the higher level replies
CREATE TABLE escalation (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    petition_id       BIGINT       NOT NULL,
    target_kind       VARCHAR(16)  NOT NULL,
    target_unit_id    BIGINT       NULL,
    agency_name       VARCHAR(300) NULL,
    reference_number  VARCHAR(100) NOT NULL,
    sent_on           DATE         NOT NULL,
    note              TEXT         NULL,
    escalated_by      BIGINT       NOT NULL,
    escalated_at      DATETIME(3)  NOT NULL,
    reply_content     TEXT         NULL,
    reply_reference   VARCHAR(100) NULL,
    replied_on        DATE         NULL,
    reply_recorded_by BIGINT       NULL,
    reply_recorded_at DATETIME(3)  NULL,
    CONSTRAINT pk_escalation PRIMARY KEY (id),
    CONSTRAINT fk_escalation_petition FOREIGN KEY (petition_id) REFERENCES petition (id),
    CONSTRAINT fk_escalation_target_unit FOREIGN KEY (target_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_escalation_escalated_by FOREIGN KEY (escalated_by) REFERENCES app_user (id),
    CONSTRAINT fk_escalation_reply_recorded_by FOREIGN KEY (reply_recorded_by) REFERENCES app_user (id),
    CONSTRAINT ck_escalation_target CHECK ((target_kind = 'PARENT_UNIT' AND target_unit_id IS NOT NULL)
        OR (target_kind = 'AGENCY' AND agency_name IS NOT NULL)),
    INDEX ix_escalation_petition (petition_id, escalated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE escalation;

--changeset petitionboard:0005-6 comment:The Fatherland Front's verdict on an answer
CREATE TABLE review (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    petition_id  BIGINT      NOT NULL,
    answer_id    BIGINT      NOT NULL,
    verdict      VARCHAR(16) NOT NULL,
    reason       TEXT        NULL,
    new_deadline DATE        NULL,
    reviewed_by  BIGINT      NOT NULL,
    reviewed_at  DATETIME(3) NOT NULL,
    CONSTRAINT pk_review PRIMARY KEY (id),
    CONSTRAINT fk_review_petition FOREIGN KEY (petition_id) REFERENCES petition (id),
    CONSTRAINT fk_review_answer FOREIGN KEY (answer_id) REFERENCES answer (id),
    CONSTRAINT fk_review_reviewed_by FOREIGN KEY (reviewed_by) REFERENCES app_user (id),
    CONSTRAINT ck_review_verdict CHECK (verdict IN ('ACCEPTED', 'RETURNED')),
    CONSTRAINT ck_review_reason CHECK (verdict = 'ACCEPTED' OR (reason IS NOT NULL AND reason <> '')),
    INDEX ix_review_petition (petition_id, reviewed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE review;
