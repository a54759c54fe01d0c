--liquibase formatted sql

--changeset petitionboard:0009-1 comment:History by state reached and date: the conference report's petitions resolved after its day, and the dashboard's acceptances in a year, without reading every petition of the unit
CREATE INDEX ix_petition_history_to_state ON petition_history (to_state, occurred_at, petition_id);
--rollback DROP INDEX ix_petition_history_to_state ON petition_history;

--changeset petitionboard:0009-2 comment:Petitions by unit and date received: the dashboard's year, its list of years and its monthly counts read one range of this index instead of every petition
CREATE INDEX ix_petition_received ON petition (unit_id, created_at);
--rollback DROP INDEX ix_petition_received ON petition;
