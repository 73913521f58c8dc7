-- 003_raw_message_chunks: the raw bytes of each message move from mail.raw to raw_chunks, in
-- pieces of at most 16 KiB (RAW_CHUNK_BYTES in pipeline/store.py).
-- Why: a DuckDB checkpoint holds one vector (2,048 rows) of a column in memory at once, so a BLOB
-- column of whole messages needs 2,048 x the mean message size: 200 MB for 100 KB messages (mail
-- with attachments), far past the backfill's memory cap, and the store then had to go on
-- without a cap. Pieces of a bounded size bound that to 32 MB whatever the mail is like.
-- Rows stored before this migration keep their raw bytes as one piece (seq 0).

CREATE TABLE raw_chunks (
    msg_key  VARCHAR NOT NULL,   -- the message (mail.msg_key)
    seq      INTEGER NOT NULL,   -- 0, 1, 2, ...: the order of the pieces
    data     BLOB NOT NULL       -- bytes seq * 16 KiB up to the next piece
);

INSERT INTO raw_chunks SELECT msg_key, 0, raw FROM mail;

ALTER TABLE mail DROP COLUMN raw;

-- The message exactly as the server returned it, pieces joined (for ad hoc queries).
CREATE VIEW raw_messages AS
SELECT msg_key, list_reduce(list(data ORDER BY seq), lambda a, b: a || b) AS raw
FROM raw_chunks
GROUP BY msg_key;
