"""Settings: the fixed keys, defaults, validation and secret handling."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import ConfigError
from pipeline.settings import is_loopback, load_settings, settings_from_dict

ROOT = Path(__file__).resolve().parent.parent


def _imap(**kw):
    base = {"host": "127.0.0.1", "security": "none", "username": "u", "password_env": "JM_T_PW"}
    base.update(kw)
    return {"imap": base}


def test_example_config_loads_and_documents_every_fixed_key():
    text = (ROOT / "config" / "jobmail.example.toml").read_text()
    for key in ("host", "port", "security", "username", "password_env", "folders", "sent_folder",
                "ca_file", "database", "timezone", "to", "from"):
        assert f"{key} =" in text, key
    s = load_settings(ROOT / "config" / "jobmail.example.toml")
    assert s.imap and s.imap.security == "tls" and s.imap.port == 993
    assert s.smtp and s.smtp.port == 587
    assert s.path and s.path.is_absolute()


def test_defaults(tmp_path):
    s = settings_from_dict(_imap(), base=tmp_path)
    assert s.imap.folders == ("INBOX",)
    assert s.imap.sent_folder is None
    assert s.imap.port == 143
    assert s.digest.timezone == "UTC"
    assert s.schedule.ingest_interval_minutes == 15
    assert s.schedule.digest_cron == "0 7 * * 1"


def test_relative_paths_resolve_against_config_folder(tmp_path):
    s = settings_from_dict({"storage": {"database": "data/j.duckdb"}}, base=tmp_path)
    assert s.storage.database == tmp_path / "data" / "j.duckdb"


@pytest.mark.parametrize("host", ["mail.example.com", "10.0.0.5", "192.168.1.2"])
def test_plaintext_refused_for_non_loopback(tmp_path, host):
    with pytest.raises(ConfigError, match="loopback"):
        settings_from_dict(_imap(host=host), base=tmp_path)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.5.5.5"])
def test_loopback_detection(host):
    assert is_loopback(host)


def test_password_in_file_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="password_env"):
        settings_from_dict(_imap(password="hunter2"), base=tmp_path)


def test_unknown_key_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="unknown key"):
        settings_from_dict(_imap(foldres=["INBOX"]), base=tmp_path)


def test_bad_timezone(tmp_path):
    with pytest.raises(ConfigError, match="time zone"):
        settings_from_dict({"digest": {"timezone": "Mars/Olympus"}}, base=tmp_path)


def test_password_read_from_env_only(tmp_path, monkeypatch):
    s = settings_from_dict(_imap(), base=tmp_path)
    monkeypatch.delenv("JM_T_PW", raising=False)
    with pytest.raises(ConfigError) as err:
        s.imap.password()
    assert "JM_T_PW" in str(err.value)
    monkeypatch.setenv("JM_T_PW", "s3cret-value")
    assert s.imap.password() == "s3cret-value"


def test_missing_file_and_bad_toml(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[imap\nhost=")
    with pytest.raises(ConfigError, match="TOML"):
        load_settings(bad)
