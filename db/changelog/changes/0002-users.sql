--liquibase formatted sql

--changeset petitionboard:0002-1 comment:People who log in; an officer belongs to one department
CREATE TABLE app_user (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id        BIGINT       NOT NULL,
    department_id  BIGINT       NULL,
    username       VARCHAR(64)  NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    full_name      VARCHAR(150) NOT NULL,
    position_title VARCHAR(200) NULL,
    email          VARCHAR(200) NULL,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_app_user_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE app_user;

--changeset petitionboard:0002-2 comment:A user may hold several roles
CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_user_role_role CHECK (role IN ('PARTY_SECRETARY', 'COMMITTEE_CHAIR', 'DEPARTMENT_OFFICER',
                                                 'FRONT_REVIEWER', 'CLERK', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE user_role;
