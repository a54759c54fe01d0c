--liquibase formatted sql

--changeset petitionboard:0001-1 comment:Administrative units form a tree (city > district > ward); all data belongs to one
CREATE TABLE unit (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    parent_id BIGINT       NULL,
    code      VARCHAR(32)  NOT NULL,
    name      VARCHAR(200) NOT NULL,
    kind      VARCHAR(16)  NOT NULL,
    CONSTRAINT pk_unit PRIMARY KEY (id),
    CONSTRAINT uq_unit_code UNIQUE (code),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id),
    CONSTRAINT ck_unit_kind CHECK (kind IN ('CITY', 'DISTRICT', 'WARD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE unit;

--changeset petitionboard:0001-2 comment:Specialised departments (bộ phận chuyên môn) of a unit
CREATE TABLE department (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id    BIGINT       NOT NULL,
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_department PRIMARY KEY (id),
    CONSTRAINT uq_department_code UNIQUE (unit_id, code),
    CONSTRAINT fk_department_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE department;

--changeset petitionboard:0001-3 comment:Petition topics (lĩnh vực), shared by all units
CREATE TABLE domain (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_domain PRIMARY KEY (id),
    CONSTRAINT uq_domain_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE domain;
