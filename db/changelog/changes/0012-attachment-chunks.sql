--liquibase formatted sql

--changeset petitionboard:0012-1 comment:An attachment's bytes in pieces of at most 1 MiB, written with the progress update in one transaction: no statement comes near MariaDB's default max_allowed_packet (16 MB), where a 10 MB file in one LONGBLOB parameter did not fit once encoded (see docs/decisions/0011-attachments-in-database-chunks.md)
CREATE TABLE attachment_chunk (
    attachment_id BIGINT     NOT NULL,
    seq           INT        NOT NULL,
    data          MEDIUMBLOB NOT NULL,
    CONSTRAINT pk_attachment_chunk PRIMARY KEY (attachment_id, seq),
    CONSTRAINT fk_attachment_chunk_attachment FOREIGN KEY (attachment_id) REFERENCES attachment (id),
    CONSTRAINT ck_attachment_chunk_seq CHECK (seq >= 0),
    CONSTRAINT ck_attachment_chunk_size CHECK (LENGTH(data) BETWEEN 1 AND 1048576)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE attachment_chunk;

--changeset petitionboard:0012-2 comment:Attachments stored before 0012 move into chunks, cut on the server (no packet crosses the wire); files are at most 10 MiB, so 16 pieces are more than enough
INSERT INTO attachment_chunk (attachment_id, seq, data)
SELECT a.id, n.seq, SUBSTRING(a.content, n.seq * 1048576 + 1, 1048576)
FROM attachment a
JOIN (SELECT 0 AS seq UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
      UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10
      UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) n
  ON n.seq * 1048576 < LENGTH(a.content);
ALTER TABLE attachment DROP COLUMN content;
--rollback ALTER TABLE attachment ADD COLUMN content LONGBLOB NULL; UPDATE attachment a SET content = (SELECT GROUP_CONCAT(c.data ORDER BY c.seq SEPARATOR '') FROM attachment_chunk c WHERE c.attachment_id = a.id); DELETE FROM attachment_chunk;
