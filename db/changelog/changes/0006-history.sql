--liquibase formatted sql

--changeset petitionboard:0006-1 comment:Append-only record of every change to a petition: who, when, what, from and to
CREATE TABLE petition_history (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    petition_id BIGINT        NOT NULL,
    event_type  VARCHAR(32)   NOT NULL,
    from_state  VARCHAR(16)   NULL,
    to_state    VARCHAR(16)   NULL,
    actor_id    BIGINT        NULL,
    actor_name  VARCHAR(150)  NOT NULL,
    occurred_at DATETIME(3)   NOT NULL,
    details     VARCHAR(4000) NULL,
    CONSTRAINT pk_petition_history PRIMARY KEY (id),
    CONSTRAINT fk_petition_history_petition FOREIGN KEY (petition_id) REFERENCES petition (id),
    CONSTRAINT fk_petition_history_actor FOREIGN KEY (actor_id) REFERENCES app_user (id),
    INDEX ix_petition_history_petition (petition_id, occurred_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE petition_history;

--changeset petitionboard:0006-2 splitStatements:false comment:History rows can never be changed
CREATE TRIGGER petition_history_refuse_update BEFORE UPDATE ON petition_history FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'petition_history is append-only: UPDATE is refused';
--rollback DROP TRIGGER petition_history_refuse_update;

--changeset petitionboard:0006-3 splitStatements:false comment:History rows can never be removed
CREATE TRIGGER petition_history_refuse_delete BEFORE DELETE ON petition_history FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'petition_history is append-only: DELETE is refused';
--rollback DROP TRIGGER petition_history_refuse_delete;
