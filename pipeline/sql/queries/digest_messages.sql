-- digest_messages: every stored message dated before $end_utc (exclusive), with what the model
-- said about it, for linking and the digest rules. Times come back as naive UTC.
-- $me: the candidate's own addresses (lower case); mail from them counts as sent wherever filed.
SELECT
    m.msg_key,
    coalesce(m.message_id, m.msg_key)                     AS ident,
    (m.is_sent OR list_contains($me, lower(coalesce(m.from_addr, '')))) AS sent,
    timezone('UTC', m.date)                               AS date_utc,
    coalesce(m.from_addr, '')                             AS from_addr,
    coalesce(m.from_name, '')                             AS from_name,
    coalesce(m.to_addrs, []::VARCHAR[])                   AS to_addrs,
    coalesce(m.cc_addrs, []::VARCHAR[])                   AS cc_addrs,
    coalesce(m.reply_to, []::VARCHAR[])                   AS reply_to,
    coalesce(m.subject, '')                               AS subject,
    m.message_id,
    m.in_reply_to,
    coalesce(m.references_ids, []::VARCHAR[])             AS references_ids,
    coalesce(c.labels, []::VARCHAR[])                     AS labels,
    c.company,
    coalesce(c.topics, []::VARCHAR[])                     AS topics,
    coalesce(c.outside_control, []::VARCHAR[])            AS outside_control,
    coalesce(c.needs_review, false)                       AS needs_review
FROM mail m
LEFT JOIN classifications c ON c.msg_key = m.msg_key
WHERE m.date IS NOT NULL AND m.date < $end_utc
ORDER BY m.date, m.msg_key;
