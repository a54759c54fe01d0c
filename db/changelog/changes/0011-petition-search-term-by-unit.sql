--liquibase formatted sql

--changeset petitionboard:0011-1 comment:Search terms led by the unit: primary key (unit_id, term, petition_id), so a search reads its own unit's rows of a word and never another unit's (see docs/decisions/0009-search-terms-led-by-the-unit.md). The table is rebuilt by copy in one pass rather than altered: ALTER would need an UPDATE of every row to fill unit_id (undo for each) and then a second rebuild for the new key. The rows are read petition by petition (petition in its primary key order, the terms through their petition_id index), so both are read in their stored order; the copy's checks are off because every row comes from an existing petition and an existing key. Safe to run again after a failure before its last two statements.
DROP TABLE IF EXISTS petition_search_term_by_unit;
CREATE TABLE petition_search_term_by_unit (
    unit_id     BIGINT      NOT NULL,
    -- Folded words are compared byte for byte (utf8mb4_bin): the folding is done, no collation must undo or redo it.
    term        VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    petition_id BIGINT      NOT NULL,
    CONSTRAINT pk_petition_search_term PRIMARY KEY (unit_id, term, petition_id),
    -- Foreign key names are per database in InnoDB: the old table still holds fk_petition_search_term_petition.
    CONSTRAINT fk_search_term_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_search_term_petition FOREIGN KEY (petition_id) REFERENCES petition (id),
    -- A petition's own terms: reindexing deletes by it, the back-fill looks for petitions without any.
    INDEX ix_petition_search_term_petition (petition_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
SET SESSION foreign_key_checks = 0, unique_checks = 0;
INSERT INTO petition_search_term_by_unit (unit_id, term, petition_id)
SELECT p.unit_id, t.term, t.petition_id
FROM petition p FORCE INDEX (PRIMARY) STRAIGHT_JOIN petition_search_term t ON t.petition_id = p.id;
SET SESSION foreign_key_checks = 1, unique_checks = 1;
DROP TABLE petition_search_term;
RENAME TABLE petition_search_term_by_unit TO petition_search_term;
--rollback CREATE TABLE petition_search_term_by_term (term VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, petition_id BIGINT NOT NULL, CONSTRAINT pk_petition_search_term PRIMARY KEY (term, petition_id), CONSTRAINT fk_petition_search_term_petition FOREIGN KEY (petition_id) REFERENCES petition (id), INDEX ix_petition_search_term_petition (petition_id)) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback INSERT INTO petition_search_term_by_term (term, petition_id) SELECT term, petition_id FROM petition_search_term;
--rollback DROP TABLE petition_search_term;
--rollback RENAME TABLE petition_search_term_by_term TO petition_search_term;

--changeset petitionboard:0011-2 comment:The petition list's columns, found by (unit, id): a search's candidates come from the term index as petition ids, and each is checked against what the user may see and the filters, and sorted by code, from this narrow index instead of the petition row (a random read of a 400-byte row each, the cost of a rare word's search at 1,000,000 petitions)
CREATE INDEX ix_petition_list ON petition (unit_id, id, department_id, code_year, code_seq, state, deadline, domain_id,
    conference_id);
--rollback DROP INDEX ix_petition_list ON petition;
