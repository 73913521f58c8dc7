-- 002_unindexed_message_tables: mail, locations and classifications without PRIMARY KEY indexes.
-- DuckDB writes a table's whole key index at every checkpoint, so a backfill's checkpoints cost
-- more and more as the tables grow (store micro-benchmark, 40,000 messages of ~12 KB: 47 s with
-- the indexes, 17 s without, at the same memory cap). Uniqueness stays: ingest appends only keys
-- and UIDs it has checked are absent, inside the batch's transaction, and one ingest runs at a
-- time (the ingest lock); a reclassification deletes before it inserts. Data is copied as is.

DROP VIEW messages;

CREATE TABLE mail_v2 (
    msg_key        VARCHAR NOT NULL,         -- hex SHA-256 of the raw bytes (unique: ingest checks)
    message_id     VARCHAR,                  -- Message-ID header (with <>), NULL when absent
    raw_size       BIGINT NOT NULL,
    raw            BLOB NOT NULL,            -- the message exactly as the server returned it
    account        VARCHAR NOT NULL,
    folder         VARCHAR NOT NULL,         -- folder it was first seen in
    is_sent        BOOLEAN NOT NULL,         -- first seen in the Sent folder (the candidate's own mail)
    uidvalidity    BIGINT,
    uid            BIGINT,
    internaldate   TIMESTAMPTZ,
    header_date    TIMESTAMPTZ,              -- the Date header, NULL when missing or broken
    date           TIMESTAMPTZ,              -- header_date, else internaldate
    from_name      VARCHAR,
    from_addr      VARCHAR,
    to_addrs       VARCHAR[],
    cc_addrs       VARCHAR[],
    reply_to       VARCHAR[],
    subject        VARCHAR,
    in_reply_to    VARCHAR,
    references_ids VARCHAR[],
    body_text      VARCHAR,                  -- plain text (HTML-only mail: empty; see body_html)
    body_html      VARCHAR,
    attachment_count INTEGER,
    auto_submitted VARCHAR,
    parse_error    VARCHAR,                  -- NULL when mail-parser parsed it
    defects        VARCHAR[],
    first_seen_at  TIMESTAMPTZ NOT NULL
);

INSERT INTO mail_v2 SELECT * FROM mail;
DROP TABLE mail;
ALTER TABLE mail_v2 RENAME TO mail;

CREATE TABLE locations_v2 (
    account      VARCHAR NOT NULL,
    folder       VARCHAR NOT NULL,
    uidvalidity  BIGINT NOT NULL,
    uid          BIGINT NOT NULL,
    msg_key      VARCHAR NOT NULL,
    flags        VARCHAR[],
    internaldate TIMESTAMPTZ,
    seen_at      TIMESTAMPTZ NOT NULL
);

INSERT INTO locations_v2 SELECT * FROM locations;
DROP TABLE locations;
ALTER TABLE locations_v2 RENAME TO locations;

CREATE TABLE classifications_v2 (
    msg_key         VARCHAR NOT NULL,
    model_version   VARCHAR NOT NULL,
    labels          VARCHAR[] NOT NULL,
    scores          MAP(VARCHAR, FLOAT),
    company         VARCHAR,
    topics          VARCHAR[],
    outside_control VARCHAR[],
    needs_review    BOOLEAN NOT NULL,
    classified_at   TIMESTAMPTZ NOT NULL
);

INSERT INTO classifications_v2 SELECT * FROM classifications;
DROP TABLE classifications;
ALTER TABLE classifications_v2 RENAME TO classifications;

-- The documented surface for ad hoc queries: one row per distinct message.
CREATE VIEW messages AS
SELECT
    m.msg_key,
    m.message_id,
    m.folder,
    m.uid,
    m.date,
    m.from_addr AS sender,
    m.from_name AS sender_name,
    m.subject,
    coalesce(c.labels, []::VARCHAR[]) AS labels,
    c.company,
    coalesce(c.topics, []::VARCHAR[]) AS topics,
    coalesce(c.outside_control, []::VARCHAR[]) AS outside_control,
    c.scores,
    coalesce(c.needs_review, false) AS needs_review,
    c.model_version,
    m.is_sent,
    m.to_addrs,
    m.in_reply_to,
    m.references_ids,
    m.parse_error,
    m.raw_size,
    m.first_seen_at
FROM mail m
LEFT JOIN classifications c ON c.msg_key = m.msg_key;
