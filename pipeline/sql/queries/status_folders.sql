-- Per folder: sync state and what is stored there.
SELECT
    s.account,
    s.folder,
    s.uidvalidity,
    s.last_uid,
    count(l.uid) AS stored_locations,
    strftime(s.updated_at, '%Y-%m-%d %H:%M:%S%z') AS synced_at
FROM folder_state s
LEFT JOIN locations l
    ON l.account = s.account AND l.folder = s.folder AND l.uidvalidity = s.uidvalidity
GROUP BY ALL
ORDER BY s.account, s.folder;
