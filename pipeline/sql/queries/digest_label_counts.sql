-- digest_label_counts: per label, the number of distinct INBOX messages (by Message-ID, the
-- content key when a message has none) dated in [$start_utc, $end_utc). $start_utc NULL = no lower
-- bound. INBOX = not the candidate's own mail (not first seen in Sent, not from an address in $me).
WITH inbox AS (
    SELECT coalesce(m.message_id, m.msg_key) AS ident, c.labels
    FROM mail m
    JOIN classifications c ON c.msg_key = m.msg_key
    WHERE NOT m.is_sent
      AND NOT list_contains($me, lower(coalesce(m.from_addr, '')))
      AND m.date IS NOT NULL
      AND m.date < $end_utc
      AND ($start_utc IS NULL OR m.date >= $start_utc)
), labelled AS (
    SELECT ident, unnest(labels) AS label FROM inbox
)
SELECT label, count(DISTINCT ident) AS n
FROM labelled
GROUP BY label
ORDER BY label;
