--liquibase formatted sql

--changeset petitionboard:0010-1 comment:When the petition was resolved (the Front accepted its answer), kept in step by the workflow in the same transaction as the history event: "resolved in a year", per month and the days to resolution come from one range of an index led by the unit instead of every unit's history
ALTER TABLE petition ADD COLUMN resolved_at DATETIME(3) NULL;
CREATE INDEX ix_petition_resolved ON petition (unit_id, resolved_at, domain_id, conference_id);
DROP INDEX ix_petition_received ON petition;
CREATE INDEX ix_petition_received ON petition (unit_id, created_at, state, deadline, domain_id, department_id,
    conference_id, resolved_at);
--rollback DROP INDEX ix_petition_resolved ON petition; ALTER TABLE petition DROP COLUMN resolved_at;
