--liquibase formatted sql

--changeset petitionboard:0018-1 comment:Petitions imported from Excel remember the row they came from, so that importing the same file again into the same conference adds nothing (docs/decisions/0017-import-from-excel.md). import_key is "code:" and the sheet's own code when the row gives one, else "hash:" and the SHA-256 of the row's normalised content and delegate name; NULL for petitions captured on screen (a UNIQUE index allows any number of NULLs)
ALTER TABLE petition ADD COLUMN import_key VARCHAR(80) NULL,
    ADD CONSTRAINT uq_petition_import_key UNIQUE (conference_id, import_key);
--rollback ALTER TABLE petition DROP INDEX uq_petition_import_key, DROP COLUMN import_key;
