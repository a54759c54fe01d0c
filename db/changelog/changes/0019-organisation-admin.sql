--liquibase formatted sql

--changeset petitionboard:0019-1 comment:Optimistic versions for the reference data an administrator edits (departments, domains, the unit, delegates): two administrators' changes are checked against the version each saw. Defaulted columns at the end: an instant change on MariaDB 10.11 and MySQL 8
ALTER TABLE department ADD COLUMN version INT NOT NULL DEFAULT 0;
ALTER TABLE domain ADD COLUMN version INT NOT NULL DEFAULT 0;
ALTER TABLE unit ADD COLUMN version INT NOT NULL DEFAULT 0;
ALTER TABLE delegate ADD COLUMN version INT NOT NULL DEFAULT 0;
--rollback ALTER TABLE delegate DROP COLUMN version;
--rollback ALTER TABLE unit DROP COLUMN version;
--rollback ALTER TABLE domain DROP COLUMN version;
--rollback ALTER TABLE department DROP COLUMN version;
