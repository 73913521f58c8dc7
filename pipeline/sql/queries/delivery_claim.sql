-- delivery_claim: reserve (week, recipient) before sending; a conflict means it was sent already.
INSERT INTO digest_deliveries (week, recipient, sent_at, smtp_message_id)
VALUES ($week, $recipient, $sent_at, $message_id)
ON CONFLICT DO NOTHING
RETURNING recipient;
