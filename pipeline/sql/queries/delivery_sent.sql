-- delivery_sent: recipients that already received the digest of $week.
SELECT recipient, timezone('UTC', sent_at) AS sent_at_utc, smtp_message_id
FROM digest_deliveries
WHERE week = $week
ORDER BY recipient;
