--liquibase formatted sql

--changeset petitionboard:0008-1 comment:Diacritics-insensitive search: each petition's folded words (code, title, content, domain, delegate names), one row each. The primary key (term, petition_id) is the index every typed word is looked up in; see docs/decisions/0004-diacritics-insensitive-search.md. Rows are written by the app on every change of searchable text, and back-filled by the app at start-up for petitions that have none (the folding lives only in Java).
CREATE TABLE petition_search_term (
    -- Folded words are compared byte for byte (utf8mb4_bin): the folding is done, no collation must undo or redo it.
    term        VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    petition_id BIGINT      NOT NULL,
    CONSTRAINT pk_petition_search_term PRIMARY KEY (term, petition_id),
    CONSTRAINT fk_petition_search_term_petition FOREIGN KEY (petition_id) REFERENCES petition (id),
    INDEX ix_petition_search_term_petition (petition_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE petition_search_term;
