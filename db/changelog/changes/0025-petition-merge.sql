--liquibase formatted sql

--changeset petitionboard:0025-1 comment:Merging two duplicate petitions (docs/decisions/0028-merging-petitions.md): the merged one is closed in the new state MERGED and points at the petition that carries on, so that its code leads there; a petition merged into one that is merged later is pointed on to the last survivor, so the pointer is never a chain
ALTER TABLE petition
    ADD COLUMN merged_into_id BIGINT NULL,
    ADD CONSTRAINT fk_petition_merged_into FOREIGN KEY (merged_into_id) REFERENCES petition (id),
    DROP CONSTRAINT ck_petition_state,
    ADD CONSTRAINT ck_petition_state CHECK (state IN ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'ESCALATED', 'ANSWERED',
                                                      'RESOLVED', 'MERGED'));
--rollback ALTER TABLE petition DROP CONSTRAINT ck_petition_state, ADD CONSTRAINT ck_petition_state CHECK (state IN ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'ESCALATED', 'ANSWERED', 'RESOLVED')), DROP FOREIGN KEY fk_petition_merged_into, DROP COLUMN merged_into_id;
