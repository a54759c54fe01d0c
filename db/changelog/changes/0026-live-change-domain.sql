--liquibase formatted sql

--changeset petitionboard:0026-1 comment:The petition's domain on each live change, so that a board showing one domain reads again only for changes in that domain (issue 8: with 200 open boards every change made every board of the unit read and push again). Null on the rows of a whole import, which every page of the unit still hears. Rows written before have none, and are a day old at most
ALTER TABLE live_change ADD COLUMN domain_id BIGINT NULL AFTER previous_department_id;
--rollback ALTER TABLE live_change DROP COLUMN domain_id;
