--liquibase formatted sql

--changeset petitionboard:0017-1 comment:Sign-in throttling kept in the database, so that every node of the app sees the same counts and locks (docs/decisions/0018). One row per typed username (known or not, so that a lock never tells which accounts exist) and one per client address. The key uses the same collation as app_user.username, so every spelling that signs in to one account shares one count
CREATE TABLE sign_in_throttle (
    kind            VARCHAR(10)  NOT NULL,
    throttle_key    VARCHAR(64)  NOT NULL,
    failures        INT          NOT NULL,
    last_failure_at DATETIME(3)  NOT NULL,
    locked_until    DATETIME(3)  NULL,
    CONSTRAINT pk_sign_in_throttle PRIMARY KEY (kind, throttle_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE sign_in_throttle;
