"""Without a usable model, ingest still stores every message (unclassified) and says so;
`jobmail reclassify` later labels them from the stored raw bytes, with no refetch."""

from __future__ import annotations

import subprocess

from tests.ingest_helpers import JOBMAIL, query, run_ingest, sample_message, write_config


def test_missing_model_stores_unclassified_then_reclassify(pymap_server, tmp_path):
    folder = pymap_server.new_folder("rc")
    pymap_server.load(folder, [sample_message(i, subject="Your application to Northwind")
                               for i in range(5)])
    broken = write_config(tmp_path, pymap_server.port, pymap_server.username, folders=(folder,),
                          extra='[classifier]\nmodel = "no-such-model"\n')
    report = run_ingest(broken, pymap_server.password)
    assert report["stored"] == 5 and report["unclassified"] == 5
    assert "no-such-model" in (report["model_error"] or "")
    assert query(broken, "SELECT count(*) AS n FROM messages WHERE model_version IS NULL") == [{"n": 5}]

    fixed = write_config(tmp_path, pymap_server.port, pymap_server.username, folders=(folder,))
    out = subprocess.run([JOBMAIL, "--config", str(fixed), "reclassify"], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "reclassified 5 messages" in out.stdout
    rows = query(fixed, "SELECT count(*) AS n FROM messages WHERE model_version IS NOT NULL")
    assert rows == [{"n": 5}]
    again = subprocess.run([JOBMAIL, "--config", str(fixed), "reclassify"], capture_output=True,
                           text=True, timeout=120)
    assert "reclassified 0 messages" in again.stdout
