-- delivery_release: drop a claim whose sending failed, so a retry may send it.
DELETE FROM digest_deliveries
WHERE week = $week AND recipient = $recipient AND smtp_message_id = $message_id;
