--liquibase formatted sql

--changeset petitionboard:0020-1 comment:What a user is told about a petition: one row per recipient and history event, written in the transaction of the change that causes it (a rolled-back change leaves none), so that the row is also the outbox later e-mail and push read (docs/decisions/0022-notifications.md). The text is a message key and a JSON array of text arguments, shown in the reader's language like petition_history.details_key. user_id is the recipient; event_key names the cause (the history row), and is unique per recipient so an event delivered twice notifies once. No foreign key to petition_history: the notification outlives nothing it names, but it needs no join there either
CREATE TABLE notification (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    user_id      BIGINT       NOT NULL,
    unit_id      BIGINT       NOT NULL,
    petition_id  BIGINT       NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    message_key  VARCHAR(100) NOT NULL,
    message_args TEXT         NOT NULL,
    event_key    VARCHAR(64)  NOT NULL,
    actor_id     BIGINT       NULL,
    created_at   DATETIME(3)  NOT NULL,
    read_at      DATETIME(3)  NULL,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT uq_notification_event UNIQUE (user_id, event_key),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_notification_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_notification_petition FOREIGN KEY (petition_id) REFERENCES petition (id),
    CONSTRAINT fk_notification_actor FOREIGN KEY (actor_id) REFERENCES app_user (id) ON DELETE SET NULL,
    -- The bell's count: a user's unread rows.
    INDEX ix_notification_user_unread (user_id, read_at),
    -- The bell's list: a user's rows, newest first.
    INDEX ix_notification_user_newest (user_id, created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE notification;
