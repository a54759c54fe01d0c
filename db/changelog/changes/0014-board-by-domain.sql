--liquibase formatted sql

--changeset petitionboard:0014-1 comment:The board by domain counts every lane in one grouped statement (unresolved petitions of the user's scope, per state and domain, with the overdue ones): ix_petition_deadline gains the domain and the department, so that the count reads only the unit's unresolved petitions (a range on state) from the index alone, for a chairman and an officer alike, instead of every one of them from the table. Its leading columns stay (unit_id, state, deadline) for the queries that use them (docs/benchmarks/board-lanes.md)
ALTER TABLE petition DROP INDEX ix_petition_deadline,
    ADD INDEX ix_petition_deadline (unit_id, state, deadline, domain_id, department_id);
--rollback ALTER TABLE petition DROP INDEX ix_petition_deadline, ADD INDEX ix_petition_deadline (unit_id, state, deadline);

--changeset petitionboard:0014-2 comment:A lane's column lists overdue first, by deadline (then the cards without one, by id): an index in that order for one domain's column, so that a page is read in order and stops at its size, as ix_petition_board_domain does for the board's order (docs/decisions/0015-board-by-domain.md)
CREATE INDEX ix_petition_lane ON petition (unit_id, domain_id, state, deadline, id);
--rollback DROP INDEX ix_petition_lane ON petition;
