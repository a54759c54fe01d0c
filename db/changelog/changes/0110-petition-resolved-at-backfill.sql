--liquibase formatted sql

--changeset petitionboard:0110-1 comment:resolved_at for petitions resolved before the column existed (and the demo data, loaded just before this), from the history: the time of their move into RESOLVED, which is final
UPDATE petition p
    JOIN (SELECT petition_id, MAX(occurred_at) AS resolved_at
          FROM petition_history WHERE to_state = 'RESOLVED' GROUP BY petition_id) h ON h.petition_id = p.id
SET p.resolved_at = h.resolved_at
WHERE p.state = 'RESOLVED' AND p.resolved_at IS NULL;
--rollback SELECT 1;
