--liquibase formatted sql

--changeset petitionboard:0015-1 comment:A history entry's words as a message key and its arguments (a JSON array of text: what the user typed, names, ISO dates, counts), so that the petition page shows them in the reader's language; details keeps the Vietnamese text for every other reader and is all that rows written before have (see docs/decisions/0015-history-text-in-the-readers-language.md). Two nullable columns at the end: an instant change on MariaDB 10.11 and MySQL 8 whatever the table's size, so no CHECK (adding one copies the table); PetitionStore is the only writer
ALTER TABLE petition_history ADD COLUMN details_key VARCHAR(100) NULL, ADD COLUMN details_args TEXT NULL;
--rollback ALTER TABLE petition_history DROP COLUMN details_args, DROP COLUMN details_key;
