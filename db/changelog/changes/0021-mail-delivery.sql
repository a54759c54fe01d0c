--liquibase formatted sql

--changeset petitionboard:0021-1 comment:How each user wants to hear of their notifications by e-mail (docs/decisions/0023-mail-notifications.md): IMMEDIATE one mail per notification, DAILY_DIGEST one mail a day, OFF none. A user without an e-mail address gets nothing whatever they chose
ALTER TABLE app_user ADD COLUMN mail_delivery VARCHAR(16) NOT NULL DEFAULT 'IMMEDIATE';
--rollback ALTER TABLE app_user DROP COLUMN mail_delivery;

--changeset petitionboard:0021-2 comment:The mail side of the notification outbox: PENDING until the sender routes it (SENT once mailed, DIGEST waiting for the daily digest, SKIPPED when the recipient gets no mail). Attempts and the next attempt give the back-off after an SMTP failure. Rows written before e-mail existed are not mailed on the day it is installed
ALTER TABLE notification
    ADD COLUMN mail_state           VARCHAR(16) NOT NULL DEFAULT 'PENDING',
    ADD COLUMN mail_sent_at         DATETIME(3) NULL,
    ADD COLUMN mail_attempts        INT         NOT NULL DEFAULT 0,
    ADD COLUMN mail_next_attempt_at DATETIME(3) NULL,
    -- The sender's claim: the pending rows that are due, oldest first.
    ADD INDEX ix_notification_mail_due (mail_state, mail_next_attempt_at, id);
UPDATE notification SET mail_state = 'SKIPPED';
--rollback ALTER TABLE notification DROP INDEX ix_notification_mail_due, DROP COLUMN mail_state, DROP COLUMN mail_sent_at, DROP COLUMN mail_attempts, DROP COLUMN mail_next_attempt_at;

--changeset petitionboard:0021-3 comment:A job that must run once a day however many app instances run it: the instance whose insert of (job, day) succeeds runs it, the others find the key taken and skip
CREATE TABLE scheduled_run (
    job_name   VARCHAR(64) NOT NULL,
    run_date   DATE        NOT NULL,
    started_at DATETIME(3) NOT NULL,
    CONSTRAINT pk_scheduled_run PRIMARY KEY (job_name, run_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE scheduled_run;
