-- The ten most recent runs.
SELECT
    kind,
    status,
    strftime(started_at, '%Y-%m-%d %H:%M:%S%z') AS started,
    round(epoch(finished_at) - epoch(started_at), 1) AS seconds,
    fetched,
    stored,
    parse_failures,
    error
FROM runs
ORDER BY started_at DESC
LIMIT 10;
