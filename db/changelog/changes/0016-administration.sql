--liquibase formatted sql

--changeset petitionboard:0016-1 comment:Append-only audit log of administration and sign-in events (who, when, what, before and after as JSON objects of plain values; never a password or a hash). The app only ever inserts into it (security.audit.AuditLog is the only writer). No foreign keys: an entry outlives any row it names, and a failed sign-in of an unknown username names no user
CREATE TABLE audit_log (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(3)  NOT NULL,
    unit_id        BIGINT       NULL,
    actor_id       BIGINT       NULL,
    actor_username VARCHAR(64)  NULL,
    action         VARCHAR(40)  NOT NULL,
    target_type    VARCHAR(30)  NULL,
    target_id      BIGINT       NULL,
    target_label   VARCHAR(200) NULL,
    before_state   TEXT         NULL,
    after_state    TEXT         NULL,
    client_address VARCHAR(45)  NULL,
    CONSTRAINT pk_audit_log PRIMARY KEY (id),
    INDEX ix_audit_log_unit_time (unit_id, occurred_at),
    INDEX ix_audit_log_unit_action_time (unit_id, action, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE audit_log;

--changeset petitionboard:0016-2 comment:A password given by an administrator (a new account or a reset) must be changed at the next sign-in; a phone number for colleagues. Nullable or defaulted columns at the end: an instant change on MariaDB 10.11 and MySQL 8
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE, ADD COLUMN phone VARCHAR(30) NULL;
--rollback ALTER TABLE app_user DROP COLUMN phone, DROP COLUMN must_change_password;
