-- digest_software: the pipeline's own health, as of now (not limited to the digest's week).
SELECT
    (SELECT max(timezone('UTC', finished_at)) FROM runs
        WHERE kind = 'ingest' AND status = 'ok')                        AS last_ingest_ok_utc,
    (SELECT status FROM runs WHERE kind = 'ingest'
        ORDER BY started_at DESC LIMIT 1)                               AS last_ingest_status,
    (SELECT error FROM runs WHERE kind = 'ingest'
        ORDER BY started_at DESC LIMIT 1)                               AS last_ingest_error,
    (SELECT count(*) FROM mail)                                         AS messages_seen,
    (SELECT count(*) FROM mail
        WHERE date >= $start_utc AND date < $end_utc)                   AS messages_in_week,
    (SELECT count(*) FROM mail WHERE parse_error IS NOT NULL)           AS parse_failures,
    (SELECT count(*) FROM mail WHERE parse_error IS NOT NULL
        AND date >= $start_utc AND date < $end_utc)                     AS parse_failures_in_week,
    (SELECT count(*) FROM classifications WHERE needs_review)           AS needs_review,
    (SELECT count(*) FROM mail m LEFT JOIN classifications c USING (msg_key)
        WHERE c.msg_key IS NULL)                                        AS unclassified,
    (SELECT mode(model_version) FROM classifications)                   AS model_version;
