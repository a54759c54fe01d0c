--liquibase formatted sql

--changeset petitionboard:0013-1 comment:An officer's request to the leaders about an assigned petition: more time (EXTENSION, with the deadline proposed) or not ours (REASSIGNMENT, optionally naming the department that should have it); open until a leader approves or refuses it. open_petition_id is the petition while the request is open and NULL once decided, so the unique key allows one open request per petition whatever two users do at once (see docs/decisions/0013-assignment-changes-and-requests.md)
CREATE TABLE department_request (
    id                      BIGINT      NOT NULL AUTO_INCREMENT,
    petition_id             BIGINT      NOT NULL,
    department_id           BIGINT      NOT NULL,
    kind                    VARCHAR(16) NOT NULL,
    reason                  TEXT        NOT NULL,
    proposed_deadline       DATE        NULL,
    suggested_department_id BIGINT      NULL,
    requested_by            BIGINT      NOT NULL,
    requested_at            DATETIME(3) NOT NULL,
    decision                VARCHAR(16) NULL,
    decision_note           TEXT        NULL,
    decided_by              BIGINT      NULL,
    decided_at              DATETIME(3) NULL,
    open_petition_id        BIGINT      GENERATED ALWAYS AS (IF(decided_at IS NULL, petition_id, NULL)) STORED,
    CONSTRAINT pk_department_request PRIMARY KEY (id),
    CONSTRAINT fk_department_request_petition FOREIGN KEY (petition_id) REFERENCES petition (id),
    CONSTRAINT fk_department_request_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_department_request_suggested FOREIGN KEY (suggested_department_id) REFERENCES department (id),
    CONSTRAINT fk_department_request_requested_by FOREIGN KEY (requested_by) REFERENCES app_user (id),
    CONSTRAINT fk_department_request_decided_by FOREIGN KEY (decided_by) REFERENCES app_user (id),
    CONSTRAINT ck_department_request_kind CHECK ((kind = 'EXTENSION' AND proposed_deadline IS NOT NULL)
        OR (kind = 'REASSIGNMENT' AND proposed_deadline IS NULL)),
    CONSTRAINT ck_department_request_decision CHECK ((decision IS NULL AND decided_at IS NULL AND decided_by IS NULL)
        OR (decision = 'APPROVED' AND decided_at IS NOT NULL AND decided_by IS NOT NULL)
        OR (decision = 'REFUSED' AND decided_at IS NOT NULL AND decided_by IS NOT NULL
            AND decision_note IS NOT NULL AND decision_note <> '')),
    CONSTRAINT uq_department_request_open UNIQUE (open_petition_id),
    INDEX ix_department_request_petition (petition_id, requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE department_request;

--changeset petitionboard:0013-2 comment:An answer carries its files (the official reply document) as a progress update does: an attachment belongs to exactly one of the two, its bytes in the same 1 MiB chunks
ALTER TABLE attachment MODIFY progress_update_id BIGINT NULL;
ALTER TABLE attachment ADD COLUMN answer_id BIGINT NULL AFTER progress_update_id;
ALTER TABLE attachment ADD CONSTRAINT fk_attachment_answer FOREIGN KEY (answer_id) REFERENCES answer (id);
ALTER TABLE attachment ADD CONSTRAINT ck_attachment_owner CHECK ((progress_update_id IS NULL) <> (answer_id IS NULL));
--rollback ALTER TABLE attachment DROP CONSTRAINT ck_attachment_owner; ALTER TABLE attachment DROP FOREIGN KEY fk_attachment_answer; ALTER TABLE attachment DROP COLUMN answer_id; ALTER TABLE attachment MODIFY progress_update_id BIGINT NOT NULL;
