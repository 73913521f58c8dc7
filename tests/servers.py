"""Real IMAP servers on 127.0.0.1 for the test suite: Dovecot (Debian's, own config) and pymap.

Both are started once per session (see conftest.py); tests isolate themselves with a fresh
Dovecot user (``add_user``) or a fresh pymap folder (``PymapServer.new_folder``).

Dovecot needs root (it runs the mail processes as the system user ``vmail``, created here if
missing). Mail is loaded by writing Maildir files directly (thousands per second); Dovecot
indexes them on the next SELECT/EXAMINE. Snapshots are read over a separate EXAMINE session so
that taking one changes nothing.
"""

from __future__ import annotations

import grp
import itertools
import os
import pwd
import shutil
import signal
import ssl
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from imapclient import IMAPClient

from pipeline.demo_server import DemoImapServer, free_port, wait_for_greeting

DOVECOT_BIN = Path("/usr/sbin/dovecot")
VMAIL = "vmail"
HOST = "127.0.0.1"

#: Maildir info letters of the IMAP system flags (\Recent is never stored).
_FLAG_LETTERS = {
    "\\Draft": "D",
    "\\Flagged": "F",
    "\\Answered": "R",
    "\\Seen": "S",
    "\\Deleted": "T",
}

#: What ``snapshot`` returns: UIDVALIDITY, (uid, flags) per message in UID order, message count.
Snapshot = tuple[int, list[tuple[int, frozenset[str]]], int]


@dataclass(frozen=True)
class MailUser:
    """A login on one of the test servers."""

    name: str
    password: str


def dovecot_available() -> str | None:
    """None when Dovecot can run here, else the reason it cannot."""
    if not DOVECOT_BIN.exists():
        return f"{DOVECOT_BIN} is not installed (apt-get install dovecot-imapd)"
    if os.geteuid() != 0:
        return "Dovecot test server needs root (mail is owned by the vmail system user)"
    return None


def snapshot_imap(host: str, port: int, user: MailUser, folder: str) -> Snapshot:
    """UIDVALIDITY, [(uid, flags)] and EXISTS of ``folder``, read over EXAMINE (changes nothing)."""
    with IMAPClient(host, port=port, ssl=False, timeout=30) as client:
        client.login(user.name, user.password)
        status = client.select_folder(folder, readonly=True)
        uids = sorted(client.search(["ALL"]))
        flags = client.get_flags(uids) if uids else {}
        items = [(uid, frozenset(_text(f) for f in flags.get(uid, ()))) for uid in uids]
        return int(status[b"UIDVALIDITY"]), items, int(status[b"EXISTS"])


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


class DovecotServer:
    """Debian's Dovecot with a private config: plaintext+STARTTLS on ``imap_port``, implicit TLS
    on ``imaps_port``, passwd-file users, Maildir under a temp dir, a self-signed certificate
    for localhost/127.0.0.1 at ``cert_path``."""

    def __init__(self) -> None:
        reason = dovecot_available()
        if reason:
            raise RuntimeError(reason)
        self.host = HOST
        self.root = Path(tempfile.mkdtemp(prefix="jobmail-dovecot-"))
        os.chmod(self.root, 0o755)  # the dovecot/vmail users must reach the certs and homes
        self.uid, self.gid = _ensure_vmail()
        self.homes = self.root / "homes"
        self.homes.mkdir()
        os.chown(self.homes, self.uid, self.gid)
        self.base_dir = self.root / "run"
        self.base_dir.mkdir()
        (self.root / "state").mkdir()
        # One passwd file per user: Dovecot re-reads a changed passwd-file at most once a
        # second, so a user appended to a shared file could not log in straight away.
        self.passwd_dir = self.root / "passwd.d"
        self.passwd_dir.mkdir()
        self.cert_path = self.root / "cert.pem"
        self.key_path = self.root / "key.pem"
        self.log_path = self.root / "dovecot.log"
        self.imap_port = free_port()
        self.imaps_port = free_port()
        self.config_path = self.root / "dovecot.conf"
        self.instance_name = f"jobmail-test-{os.getpid()}-{self.imap_port}"
        self._users: dict[str, MailUser] = {}
        self._counter = itertools.count(1)
        self._make_cert()
        self.config_path.write_text(self._config())
        self.start()

    # -- process ---------------------------------------------------------------------------

    def _make_cert(self) -> None:
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-days",
                "3",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout",
                str(self.key_path),
                "-out",
                str(self.cert_path),
            ],
            check=True,
            capture_output=True,
        )
        os.chmod(self.key_path, 0o644)  # test-only key; Dovecot's master reads it as root anyway

    def _config(self) -> str:
        return f"""\
instance_name = {self.instance_name}
base_dir = {self.base_dir}
state_dir = {self.root / "state"}
log_path = {self.log_path}
info_log_path = {self.log_path}
protocols = imap
listen = {HOST}
ssl = yes
ssl_cert = <{self.cert_path}
ssl_key = <{self.key_path}
ssl_dh = </usr/share/dovecot/dh.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
first_valid_uid = {self.uid}
first_valid_gid = {self.gid}
mail_location = maildir:~/Maildir
mail_fsync = never
mail_max_userip_connections = 100
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.passwd_dir}/%u
}}
userdb {{
  driver = static
  args = uid={VMAIL} gid={VMAIL} home={self.homes}/%u
}}
namespace inbox {{
  inbox = yes
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
}}
# No growing per-IP delay after failed logins: every test logs in from 127.0.0.1.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = {HOST}
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = {HOST}
    port = {self.imaps_port}
    ssl = yes
  }}
}}
"""

    @property
    def running(self) -> bool:
        pid = self._master_pid()
        return pid is not None and _process_alive(pid)

    def _master_pid(self) -> int | None:
        try:
            return int((self.base_dir / "master.pid").read_text().strip())
        except (OSError, ValueError):
            return None

    def start(self, timeout: float = 20.0) -> None:
        """Start Dovecot (again) on the same ports and wait for both greetings."""
        if self.running:
            return
        # Output to a file, not a pipe: the daemonised master keeps its stdio open.
        with open(self.root / "start.out", "w+b") as out:
            result = subprocess.run(
                [str(DOVECOT_BIN), "-c", str(self.config_path)],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=out,
            )
            out.seek(0)
            output = out.read().decode(errors="replace").strip()
        if result.returncode != 0:
            raise RuntimeError(f"dovecot did not start: {output}\n{self._log_tail()}")
        if not wait_for_greeting(HOST, self.imap_port, timeout):
            raise RuntimeError(f"dovecot gave no greeting on {self.imap_port}\n{self._log_tail()}")

    def stop(self, timeout: float = 10.0) -> None:
        """Stop Dovecot (mail stays on disk); connections in progress are cut."""
        pid = self._master_pid()
        if pid is None:
            return
        # The master leaves its imap, log and stats children running when it exits (seen with
        # 2.3.19): signal every process of this instance, found by its process title.
        pids = [pid, *self._instance_pids(exclude=pid)]
        for p in pids:
            try:
                os.kill(p, signal.SIGTERM)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + timeout
        while True:
            alive = [p for p in pids if _process_alive(p)]
            if not alive:
                break
            if time.monotonic() > deadline:
                for p in alive:
                    os.kill(p, signal.SIGKILL)
                break
            time.sleep(0.02)
        (self.base_dir / "master.pid").unlink(missing_ok=True)

    def _instance_pids(self, exclude: int) -> list[int]:
        """Processes whose title names this instance ("dovecot-<instance_name>/imap", ...)."""
        marker = f"{self.instance_name}/".encode()
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit() or int(entry.name) == exclude:
                continue
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if marker in cmdline:
                found.append(int(entry.name))
        return found

    def close(self) -> None:
        """Stop Dovecot and delete everything it had (mail, config, certificate)."""
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def _log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cert_path))

    # -- users and mail --------------------------------------------------------------------

    def add_user(self, name: str | None = None, password: str | None = None) -> MailUser:
        """A new login with an empty mailbox (INBOX and Sent appear on first login)."""
        n = next(self._counter)
        name = name or f"user{n}"
        if name in self._users or ":" in name or "/" in name:
            raise ValueError(f"bad or duplicate user name {name!r}")
        user = MailUser(name, password or f"pw-{n}-{os.urandom(6).hex()}")
        (self.passwd_dir / user.name).write_text(f"{user.name}:{{PLAIN}}{user.password}::::::\n")
        self._users[name] = user
        return user

    def user(self, name: str) -> MailUser:
        return self._users[name]

    def _folder_dir(self, user: MailUser | str, folder: str) -> Path:
        name = user.name if isinstance(user, MailUser) else user
        maildir = self.homes / name / "Maildir"
        if folder.upper() == "INBOX":
            return maildir
        if any(c in folder for c in "./\\"):
            raise ValueError(f"test folders are flat names, not {folder!r}")
        return maildir / f".{folder}"

    def load(
        self,
        user: MailUser | str,
        folder: str,
        messages: Sequence[bytes],
        flags: Sequence[Sequence[str]] | None = None,
        internaldates: Sequence[datetime | None] | None = None,
    ) -> None:
        """Add ``messages`` to ``folder`` (created if missing) as Maildir files, in order, so
        their UIDs ascend in list order. Flags: IMAP system flags and keywords. INTERNALDATE
        is the file's mtime. Dovecot serves the bytes as written (use CRLF line ends)."""
        target = self._folder_dir(user, folder)
        maildir = target if target.name == "Maildir" else target.parent
        for d in (maildir.parent, maildir, target):
            if not d.exists():
                d.mkdir()
                os.chown(d, self.uid, self.gid)
        for sub in ("cur", "new", "tmp"):
            d = target / sub
            if not d.exists():
                d.mkdir()
                os.chown(d, self.uid, self.gid)
        if target.name != "Maildir" and not (target / "maildirfolder").exists():
            (target / "maildirfolder").touch()
            os.chown(target / "maildirfolder", self.uid, self.gid)
        keywords = self._keywords(target)
        # Dovecot gives new files UIDs in filename-timestamp order: a fixed second and a
        # growing microsecond field keep list order (a new second per load keeps later loads after).
        stamp = int(time.time())
        while any(p.name.startswith(f"{stamp}.") for p in (target / "cur").iterdir()):
            stamp += 1
        pid = os.getpid()
        for i, raw in enumerate(messages):
            letters, words = "", []
            for flag in flags[i] if flags is not None else ():
                if flag in _FLAG_LETTERS:
                    letters += _FLAG_LETTERS[flag]
                elif flag.startswith("\\"):
                    raise ValueError(f"unsupported system flag {flag!r}")
                else:
                    words.append(flag)
            for word in words:
                if word not in keywords:
                    if len(keywords) >= 26:
                        raise ValueError("Maildir keeps at most 26 keywords per folder")
                    keywords.append(word)
                letters += chr(ord("a") + keywords.index(word))
            name = f"{stamp}.M{i:07d}P{pid}.jobmailtest,S={len(raw)}:2,{''.join(sorted(letters))}"
            path = target / "cur" / name
            path.write_bytes(raw)
            os.chown(path, self.uid, self.gid)
            when = internaldates[i] if internaldates is not None else None
            if when is not None:
                ts = when.timestamp()
                os.utime(path, (ts, ts))
        if keywords:
            kw = target / "dovecot-keywords"
            kw.write_text("".join(f"{n} {w}\n" for n, w in enumerate(keywords)))
            os.chown(kw, self.uid, self.gid)

    @staticmethod
    def _keywords(target: Path) -> list[str]:
        try:
            lines = (target / "dovecot-keywords").read_text().splitlines()
        except FileNotFoundError:
            return []
        table = dict(line.split(" ", 1) for line in lines if " " in line)
        return [table[str(n)] for n in range(len(table))]

    def snapshot(self, user: MailUser | str, folder: str) -> Snapshot:
        """UIDVALIDITY, (uid, flags) per message and count of ``folder``, via EXAMINE."""
        return snapshot_imap(HOST, self.imap_port, self._as_user(user), folder)

    def recreate_folder(self, user: MailUser | str, folder: str) -> None:
        """Make Dovecot forget the folder's UIDs (the same messages and flags come back with a
        new UIDVALIDITY), as when a folder is deleted and recreated on a real server."""
        target = self._folder_dir(user, folder)
        maildir = self.homes / self._as_user(user).name / "Maildir"
        for path in itertools.chain(
            target.glob("dovecot-uidlist*"),
            target.glob("dovecot.index*"),
            maildir.glob("dovecot.list.index*"),
        ):
            path.unlink()

    def _as_user(self, user: MailUser | str) -> MailUser:
        return user if isinstance(user, MailUser) else self._users[user]


def _process_alive(pid: int) -> bool:
    """True while ``pid`` runs. A zombie counts as dead: the daemonised master is not our child,
    and PID 1 here reaps late (its listeners are closed once it is a zombie)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):  # gone between listing and reading (ESRCH, ENOENT)
        return False
    return fields[0] not in ("Z", "X")


def _ensure_vmail() -> tuple[int, int]:
    """uid/gid of the vmail system user, created (useradd -r) when missing."""
    try:
        entry = pwd.getpwnam(VMAIL)
    except KeyError:
        subprocess.run(
            ["useradd", "-r", "-M", "-d", "/nonexistent", "-s", "/usr/sbin/nologin", VMAIL],
            check=True,
            capture_output=True,
        )
        entry = pwd.getpwnam(VMAIL)
    grp.getgrgid(entry.pw_gid)
    return entry.pw_uid, entry.pw_gid


class PymapServer(DemoImapServer):
    """The demo pymap server, plus what tests need: unique folders and snapshots."""

    def __init__(self) -> None:
        super().__init__(username="tester")
        self._counter = itertools.count(1)

    @property
    def user(self) -> MailUser:
        return MailUser(self.username, self.password)

    def new_folder(self, prefix: str = "t") -> str:
        """A new empty folder only the calling test uses."""
        name = f"{prefix}{next(self._counter)}"
        self.create_folder(name)
        return name

    def load(
        self,
        folder: str,
        messages: Sequence[bytes],
        flags: Sequence[Sequence[str]] | None = None,
        internaldates: Sequence[datetime | None] | None = None,
    ) -> None:
        self.append(folder, messages, flags, internaldates)

    def snapshot(self, folder: str) -> Snapshot:
        return snapshot_imap(self.host, self.port, self.user, folder)
