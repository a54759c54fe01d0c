--liquibase formatted sql

--changeset petitionboard:0024-1 comment:Escalation to the parent unit inside the installation (docs/decisions/0027-escalation-between-units.md): the escalation names the petition it created in the parent unit's RECEIVED column, whose answer flows back as the higher level's reply. An escalation inside the system needs no outgoing document number (the linked petition is the record), so the number becomes optional; an agency outside the system still needs it (checked by the service). The index finds the ward's escalation from the district's petition when the district answers
ALTER TABLE escalation ADD COLUMN linked_petition_id BIGINT NULL;
ALTER TABLE escalation MODIFY reference_number VARCHAR(100) NULL;
ALTER TABLE escalation ADD CONSTRAINT fk_escalation_linked_petition FOREIGN KEY (linked_petition_id) REFERENCES petition (id);
CREATE INDEX ix_escalation_linked_petition ON escalation (linked_petition_id);
--rollback DROP INDEX ix_escalation_linked_petition ON escalation;
--rollback ALTER TABLE escalation DROP FOREIGN KEY fk_escalation_linked_petition;
--rollback ALTER TABLE escalation MODIFY reference_number VARCHAR(100) NOT NULL;
--rollback ALTER TABLE escalation DROP COLUMN linked_petition_id;
