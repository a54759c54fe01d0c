--liquibase formatted sql

--changeset petitionboard:0007-1 comment:Days off that working-day deadlines skip, besides weekends
CREATE TABLE public_holiday (
    holiday_date DATE         NOT NULL,
    name         VARCHAR(200) NOT NULL,
    CONSTRAINT pk_public_holiday PRIMARY KEY (holiday_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE public_holiday;
