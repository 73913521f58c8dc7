"""Typed settings from a TOML file; secrets come only from the environment, read where used.

``load_settings`` is called once per process (by the CLI or a flow) and the resulting frozen
``Settings`` is passed down. The file is found from ``--config``, then ``$JOBMAIL_CONFIG``, then
``~/.config/jobmail/jobmail.toml``. Relative paths in the file are relative to the file's folder.
Unknown keys are refused so a typo does not silently fall back to a default.
"""

from __future__ import annotations

import ipaddress
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pipeline.errors import ConfigError

ENV_CONFIG = "JOBMAIL_CONFIG"
DEFAULT_CONFIG = Path("~/.config/jobmail/jobmail.toml")
DEFAULT_DATABASE = Path("~/.local/share/jobmail/jobmail.duckdb")
SECURITY_MODES = ("tls", "starttls", "none")


def is_loopback(host: str) -> bool:
    """True for localhost names and loopback addresses (where plaintext can't be sniffed)."""
    if host.lower() in ("localhost", "localhost.localdomain", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def read_secret(env_name: str, what: str) -> str:
    """Return the secret held in environment variable ``env_name`` (never logged or echoed)."""
    value = os.environ.get(env_name)
    if not value:
        raise ConfigError(f"{what}: environment variable {env_name} is not set (it must hold the password)")
    return value


@dataclass(frozen=True)
class ImapSettings:
    host: str
    username: str
    password_env: str
    security: str = "tls"
    port: int = 993
    folders: tuple[str, ...] = ("INBOX",)
    sent_folder: str | None = None
    ca_file: Path | None = None
    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    batch_size: int = 200

    @property
    def account(self) -> str:
        """Stable identity of the mailbox, used to key folder state (no secret in it)."""
        return f"{self.username}@{self.host}:{self.port}"

    def password(self) -> str:
        return read_secret(self.password_env, "[imap] password_env")


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    from_addr: str
    port: int = 587
    security: str = "starttls"
    username: str | None = None
    password_env: str | None = None
    ca_file: Path | None = None
    timeout: float = 30.0

    def password(self) -> str | None:
        if not self.password_env:
            return None
        return read_secret(self.password_env, "[smtp] password_env")


@dataclass(frozen=True)
class StorageSettings:
    database: Path = field(default_factory=lambda: DEFAULT_DATABASE.expanduser())
    #: How long a writer or reader waits for another process's lock on the DuckDB file.
    lock_timeout: float = 60.0


@dataclass(frozen=True)
class DigestSettings:
    timezone: str = "UTC"
    to: tuple[str, ...] = ()
    out_dir: Path = field(default_factory=lambda: Path("~/.local/share/jobmail/digests").expanduser())
    #: The candidate's own addresses; messages from them count as Sent mail wherever they are filed.
    me: tuple[str, ...] = ()

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class ScheduleSettings:
    ingest_interval_minutes: float = 15.0
    digest_cron: str = "0 7 * * 1"
    #: Port of the local Prefect server that ``jobmail serve`` starts on 127.0.0.1.
    prefect_port: int = 4242


@dataclass(frozen=True)
class ClassifierSettings:
    #: A model folder; None means the model released with jobmail (models/release).
    model: Path | None = None


@dataclass(frozen=True)
class Settings:
    imap: ImapSettings | None = None
    smtp: SmtpSettings | None = None
    storage: StorageSettings = field(default_factory=StorageSettings)
    digest: DigestSettings = field(default_factory=DigestSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    classifier: ClassifierSettings = field(default_factory=ClassifierSettings)
    path: Path | None = None

    def require_imap(self) -> ImapSettings:
        if self.imap is None:
            raise ConfigError(f"no [imap] section in {self.path or 'the configuration'}")
        return self.imap

    def require_smtp(self) -> SmtpSettings:
        if self.smtp is None:
            raise ConfigError(f"no [smtp] section in {self.path or 'the configuration'}")
        return self.smtp


def config_path(explicit: str | os.PathLike[str] | None) -> Path:
    """The config file to use: the explicit path, else $JOBMAIL_CONFIG, else the default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_CONFIG)
    if env:
        return Path(env).expanduser()
    return DEFAULT_CONFIG.expanduser()


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    """Read and validate the TOML configuration. Raises ConfigError with a one-line reason."""
    file = config_path(path)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"configuration file not found: {file} (copy config/jobmail.example.toml there, "
            f"or pass --config / set {ENV_CONFIG})"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read configuration file {file}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: not valid TOML: {exc}") from None
    return settings_from_dict(data, base=file.resolve().parent, path=file.resolve())


def settings_from_dict(data: dict[str, Any], base: Path, path: Path | None = None) -> Settings:
    """Build Settings from parsed TOML; relative paths are resolved against ``base``."""
    _only(data, "", {"imap", "smtp", "storage", "digest", "schedule", "classifier"})
    imap = _imap(data["imap"], base) if "imap" in data else None
    smtp = _smtp(data["smtp"], base) if "smtp" in data else None
    storage_d = _table(data, "storage")
    _only(storage_d, "storage", {"database", "lock_timeout"})
    storage = StorageSettings(
        database=_path(storage_d.get("database"), base) or DEFAULT_DATABASE.expanduser(),
        lock_timeout=_number(storage_d, "storage", "lock_timeout", 60.0),
    )
    digest_d = _table(data, "digest")
    _only(digest_d, "digest", {"timezone", "to", "out_dir", "me"})
    tz = _str(digest_d, "digest", "timezone", "UTC")
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"[digest] timezone: unknown time zone {tz!r}") from None
    digest = DigestSettings(
        timezone=tz,
        to=_str_list(digest_d, "digest", "to", ()),
        out_dir=_path(digest_d.get("out_dir"), base) or DigestSettings().out_dir,
        me=tuple(a.lower() for a in _str_list(digest_d, "digest", "me", ())),
    )
    sched_d = _table(data, "schedule")
    _only(sched_d, "schedule", {"ingest_interval_minutes", "digest_cron", "prefect_port"})
    schedule = ScheduleSettings(
        ingest_interval_minutes=_number(sched_d, "schedule", "ingest_interval_minutes", 15.0),
        digest_cron=_str(sched_d, "schedule", "digest_cron", "0 7 * * 1"),
        prefect_port=int(_number(sched_d, "schedule", "prefect_port", 4242)),
    )
    if schedule.ingest_interval_minutes < 0.1:
        raise ConfigError("[schedule] ingest_interval_minutes must be at least 0.1")
    if len(schedule.digest_cron.split()) != 5:
        raise ConfigError("[schedule] digest_cron must have five fields, e.g. '0 7 * * 1'")
    cls_d = _table(data, "classifier")
    _only(cls_d, "classifier", {"model"})
    classifier = ClassifierSettings(model=_path(cls_d.get("model"), base))
    return Settings(imap, smtp, storage, digest, schedule, classifier, path)


def _imap(d: Any, base: Path) -> ImapSettings:
    if not isinstance(d, dict):
        raise ConfigError("[imap] must be a table")
    if "password" in d:
        raise ConfigError("[imap] password: passwords never live in the file; use password_env")
    _only(d, "imap", {
        "host", "port", "security", "username", "password_env", "folders", "sent_folder",
        "ca_file", "connect_timeout", "read_timeout", "batch_size",
    })
    host = _required_str(d, "imap", "host")
    security = _str(d, "imap", "security", "tls")
    if security not in SECURITY_MODES:
        raise ConfigError(f"[imap] security must be one of {', '.join(SECURITY_MODES)}, not {security!r}")
    if security == "none" and not is_loopback(host):
        raise ConfigError(f"[imap] security = \"none\" is allowed only for loopback hosts, not {host!r}")
    folders = _str_list(d, "imap", "folders", ("INBOX",))
    if not folders:
        raise ConfigError("[imap] folders must name at least one folder")
    batch = int(_number(d, "imap", "batch_size", 200))
    if not 1 <= batch <= 5000:
        raise ConfigError("[imap] batch_size must be between 1 and 5000")
    ca = _path(d.get("ca_file"), base)
    if ca is not None and not ca.is_file():
        raise ConfigError(f"[imap] ca_file: no such file: {ca}")
    return ImapSettings(
        host=host,
        port=int(_number(d, "imap", "port", 993 if security == "tls" else 143)),
        security=security,
        username=_required_str(d, "imap", "username"),
        password_env=_required_str(d, "imap", "password_env"),
        folders=folders,
        sent_folder=d.get("sent_folder") or None,
        ca_file=ca,
        connect_timeout=_number(d, "imap", "connect_timeout", 10.0),
        read_timeout=_number(d, "imap", "read_timeout", 60.0),
        batch_size=batch,
    )


def _smtp(d: Any, base: Path) -> SmtpSettings:
    if not isinstance(d, dict):
        raise ConfigError("[smtp] must be a table")
    if "password" in d:
        raise ConfigError("[smtp] password: passwords never live in the file; use password_env")
    _only(d, "smtp", {"host", "port", "security", "username", "password_env", "from", "ca_file", "timeout"})
    host = _required_str(d, "smtp", "host")
    security = _str(d, "smtp", "security", "starttls")
    if security not in SECURITY_MODES:
        raise ConfigError(f"[smtp] security must be one of {', '.join(SECURITY_MODES)}, not {security!r}")
    if security == "none" and not is_loopback(host):
        raise ConfigError(f"[smtp] security = \"none\" is allowed only for loopback hosts, not {host!r}")
    default_port = {"tls": 465, "starttls": 587, "none": 25}[security]
    ca = _path(d.get("ca_file"), base)
    if ca is not None and not ca.is_file():
        raise ConfigError(f"[smtp] ca_file: no such file: {ca}")
    username = d.get("username") or None
    password_env = d.get("password_env") or None
    if username and not password_env:
        raise ConfigError("[smtp] username is set but password_env is not")
    return SmtpSettings(
        host=host,
        port=int(_number(d, "smtp", "port", default_port)),
        security=security,
        username=username,
        password_env=password_env,
        from_addr=_required_str(d, "smtp", "from"),
        ca_file=ca,
        timeout=_number(d, "smtp", "timeout", 30.0),
    )


def _table(data: dict[str, Any], name: str) -> dict[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise ConfigError(f"[{name}] must be a table")
    return value


def _only(d: dict[str, Any], section: str, allowed: set[str]) -> None:
    unknown = sorted(set(d) - allowed)
    if unknown:
        where = f"[{section}]" if section else "top level"
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}")


def _required_str(d: dict[str, Any], section: str, key: str) -> str:
    value = d.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"[{section}] {key} is required (a non-empty string)")
    return value.strip()


def _str(d: dict[str, Any], section: str, key: str, default: str) -> str:
    value = d.get(key, default)
    if not isinstance(value, str):
        raise ConfigError(f"[{section}] {key} must be a string")
    return value


def _str_list(d: dict[str, Any], section: str, key: str, default: tuple[str, ...]) -> tuple[str, ...]:
    value = d.get(key, default)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"[{section}] {key} must be a list of strings")
    return tuple(value)


def _number(d: dict[str, Any], section: str, key: str, default: float) -> float:
    value = d.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigError(f"[{section}] {key} must be a number")
    return float(value)


def _path(value: Any, base: Path) -> Path | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ConfigError(f"path settings must be strings, got {value!r}")
    p = Path(value).expanduser()
    return p if p.is_absolute() else (base / p)
