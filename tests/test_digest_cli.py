"""``jobmail digest`` through the real command-line dispatcher, on a real database file."""

from __future__ import annotations

import json

from pipeline.cli import main
from tests.test_digest_rules import Mailbox, at


def _config(tmp_path, db) -> str:
    cfg = tmp_path / "jobmail.toml"
    cfg.write_text(
        f'[storage]\ndatabase = "{db}"\n\n[digest]\ntimezone = "Asia/Tokyo"\n'
        f'out_dir = "{tmp_path / "digests"}"\n'
    )
    return str(cfg)


def test_digest_json_files_and_bad_week(tmp_path, capsys):
    box = Mailbox(tmp_path)
    box.add(at(17), ("rejection",), "Acme")
    box.facts()
    cfg = _config(tmp_path, box.store.path)

    assert main(["--config", cfg, "digest", "--week", "2026-W47", "--format", "json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert facts["week"] == "2026-W47" and facts["timezone"] == "Asia/Tokyo"
    assert facts["health"]["week"]["rejection"] == 1

    assert main(["--config", cfg, "digest", "--week", "2026-W47", "--format", "text"]) == 0
    path = capsys.readouterr().out.strip()
    assert path == str(tmp_path / "digests" / "digest-2026-W47.txt")
    assert "WEEK 2026-W47" in open(path, encoding="utf-8").read()

    assert main(["--config", cfg, "digest", "--week", "2026-47"]) == 2
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0 and "2026-W47" in err  # one line, says what is expected


def test_send_without_smtp_section_is_a_config_error(tmp_path, capsys):
    box = Mailbox(tmp_path)
    box.facts()
    cfg = _config(tmp_path, box.store.path)
    assert main(["--config", cfg, "digest", "--week", "2026-W47", "--send"]) == 2
    assert "[smtp]" in capsys.readouterr().err
