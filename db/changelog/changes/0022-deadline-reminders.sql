--liquibase formatted sql

--changeset petitionboard:0022-1 comment:A notification may be about several petitions at once, like the daily deadline reminder (docs/decisions/0024-deadline-reminders.md): such a row names no petition but the route of the page it opens (link_route, e.g. my-work). Every row opens one or the other
ALTER TABLE notification
    MODIFY petition_id BIGINT NULL,
    ADD COLUMN link_route VARCHAR(100) NULL,
    ADD CONSTRAINT ck_notification_link CHECK (petition_id IS NOT NULL OR link_route IS NOT NULL);
--rollback DELETE FROM notification WHERE petition_id IS NULL; ALTER TABLE notification DROP CONSTRAINT ck_notification_link, DROP COLUMN link_route, MODIFY petition_id BIGINT NOT NULL;
