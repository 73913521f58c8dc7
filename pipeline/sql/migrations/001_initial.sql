-- 001_initial: the first schema. One row per distinct message in `mail` (keyed by the SHA-256 of its
-- raw bytes, which also separates two different messages that share a Message-ID), where the server
-- holds it in `locations`, what the model said in `classifications`, and run bookkeeping.

CREATE TABLE mail (
    msg_key        VARCHAR PRIMARY KEY,      -- hex SHA-256 of the raw bytes
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

CREATE TABLE locations (
    account      VARCHAR NOT NULL,
    folder       VARCHAR NOT NULL,
    uidvalidity  BIGINT NOT NULL,
    uid          BIGINT NOT NULL,
    msg_key      VARCHAR NOT NULL,
    flags        VARCHAR[],
    internaldate TIMESTAMPTZ,
    seen_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account, folder, uidvalidity, uid)
);

CREATE TABLE folder_state (
    account     VARCHAR NOT NULL,
    folder      VARCHAR NOT NULL,
    uidvalidity BIGINT NOT NULL,
    last_uid    BIGINT NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account, folder)
);

CREATE TABLE classifications (
    msg_key         VARCHAR PRIMARY KEY,
    model_version   VARCHAR NOT NULL,
    labels          VARCHAR[] NOT NULL,
    scores          MAP(VARCHAR, FLOAT),
    company         VARCHAR,
    topics          VARCHAR[],
    outside_control VARCHAR[],
    needs_review    BOOLEAN NOT NULL,
    classified_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE runs (
    run_id         VARCHAR PRIMARY KEY,
    kind           VARCHAR NOT NULL,         -- ingest | classify | digest
    started_at     TIMESTAMPTZ NOT NULL,
    finished_at    TIMESTAMPTZ,
    status         VARCHAR NOT NULL,         -- running | ok | failed
    fetched        BIGINT DEFAULT 0,
    stored         BIGINT DEFAULT 0,
    duplicates     BIGINT DEFAULT 0,
    parse_failures BIGINT DEFAULT 0,
    error          VARCHAR
);

CREATE TABLE digest_deliveries (
    week            VARCHAR NOT NULL,
    recipient       VARCHAR NOT NULL,
    sent_at         TIMESTAMPTZ NOT NULL,
    smtp_message_id VARCHAR,
    PRIMARY KEY (week, recipient)
);

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
