--liquibase formatted sql

--changeset petitionboard:0009-1 comment:History by state reached and date: the conference report's petitions resolved after its day, and the dashboard's acceptances in a year, without reading every petition of the unit
CREATE INDEX ix_petition_history_to_state ON petition_history (to_state, occurred_at, petition_id);
--rollback DROP INDEX ix_petition_history_to_state ON petition_history;

--changeset petitionboard:0009-2 comment:Petitions by unit and date received, with every column the dashboard counts by: its year, its list of years and its figures per state, domain, department and month read one range of this index and never the rows
CREATE INDEX ix_petition_received ON petition (unit_id, created_at, state, deadline, domain_id, department_id,
    conference_id);
--rollback DROP INDEX ix_petition_received ON petition;

--changeset petitionboard:0009-3 comment:Petitions per conference within what a user may see (unit, department) from the index alone, for the conference list's counts; it replaces ix_petition_conference, whose place it takes for the foreign key
CREATE INDEX ix_petition_conference_scope ON petition (conference_id, unit_id, department_id);
DROP INDEX ix_petition_conference ON petition;
--rollback CREATE INDEX ix_petition_conference ON petition (conference_id); DROP INDEX ix_petition_conference_scope ON petition;

--changeset petitionboard:0009-4 comment:A petition's moves into each state, from the index alone: the conference report's per-petition look-ups of its state and resolution as of a day
CREATE INDEX ix_petition_history_resolution ON petition_history (petition_id, to_state, occurred_at);
--rollback DROP INDEX ix_petition_history_resolution ON petition_history;
