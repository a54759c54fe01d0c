--liquibase formatted sql

--changeset petitionboard:0027-1 comment:Liquibase's own history table is the one table without a primary key, and a Galera cluster wants one on every table (rows without one replicate slowly, and a cluster that requires them refuses writes to such a table). Liquibase tells its change sets apart by id, author and file, so that is the key (docs/decisions/0032-galera-safe-code.md). Skipped where a DBA has already given it one
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:0 SELECT COUNT(*) FROM information_schema.table_constraints WHERE table_schema = DATABASE() AND table_name = 'DATABASECHANGELOG' AND constraint_type = 'PRIMARY KEY'
ALTER TABLE DATABASECHANGELOG ADD CONSTRAINT pk_databasechangelog PRIMARY KEY (ID, AUTHOR, FILENAME);
--rollback ALTER TABLE DATABASECHANGELOG DROP PRIMARY KEY;
