--liquibase formatted sql

--changeset petitionboard:0023-1 comment:The live board's feed (docs/decisions/0025-live-board.md): one row per petition change, written in the transaction of the change (a rolled-back change leaves none), which every app instance reads by id a few times a second to tell its open pages what changed. The rows of a whole import have no petition: every page of the unit refreshes. Rows are kept a day (the feed only looks seconds back), then deleted in small batches
CREATE TABLE live_change (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id                BIGINT       NOT NULL,
    petition_id            BIGINT       NULL,
    department_id          BIGINT       NULL,
    previous_department_id BIGINT       NULL,
    event_type             VARCHAR(32)  NOT NULL,
    from_state             VARCHAR(16)  NULL,
    to_state               VARCHAR(16)  NULL,
    actor_id               BIGINT       NULL,
    actor_name             VARCHAR(150) NOT NULL,
    changed_at             DATETIME(3)  NOT NULL,
    CONSTRAINT pk_live_change PRIMARY KEY (id),
    -- The clean-up of rows older than a day.
    INDEX ix_live_change_changed_at (changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE live_change;
