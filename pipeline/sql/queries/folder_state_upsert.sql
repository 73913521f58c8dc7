-- Record how far a folder is synced (account, folder, uidvalidity, last_uid, updated_at).
INSERT INTO folder_state VALUES (?, ?, ?, ?, ?)
ON CONFLICT (account, folder) DO UPDATE SET
    uidvalidity = excluded.uidvalidity,
    last_uid = excluded.last_uid,
    updated_at = excluded.updated_at;
