"""``python -m bench.run --messages N [--out FILE]``: backfill and polling cost of jobmail against
a real Dovecot, side by side with the raw imapclient floor, in one run (``make bench``).

Steps: generate N messages (bench.messages) and write them into a private Dovecot's Maildir
(tests.servers.DovecotServer); let Dovecot index them; then measure
  1. the raw floor: one imapclient connection, batched ``UID FETCH BODY.PEEK[]`` of everything;
  2. parse alone and classify alone on one core (bench.cpu, in a fresh process);
  3. the full backfill as a user runs it: ``jobmail --config X ingest --json`` in a subprocess,
     wall time, peak memory of it and its worker processes (bench.procmon); then the same
     backfill into a fresh database with no usable model (mail stored unclassified), which shows
     what parsing, fetching and storing cost without any classifier;
  4. a no-new-mail poll through the same CLI, with a transparent relay in front of Dovecot
     (bench.imap_proxy) recording the commands sent and the time spent waiting for the server;
     ``jobmail --help`` start-up time apart;
  5. the Prefect flow's overhead for one poll (bench.prefect_probe, fresh PREFECT_HOME);
  6. the raw floor once more, to show how much the shared machine's load moved it.
Prints a table and writes everything as JSON (default bench/results/bench-N<N>-<time>.json),
with the machine's core count and load averages. Needs root (Dovecot runs mail as vmail).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from imapclient import IMAPClient

from bench.imap_proxy import ImapProxy
from bench.messages import DEFAULT_SEED, generate
from bench.procmon import run_measured

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
JOBMAIL = VENV_BIN / "jobmail"
FOLDERS = ("INBOX", "Sent")
#: Messages per FETCH in the raw floor.
FLOOR_BATCH = 500
#: Messages kept for the one-core parse/classify measurement.
CPU_SAMPLE = 2000
LOAD_CHUNK = 5000
PASSWORD_ENV = "JOBMAIL_BENCH_IMAP_PASSWORD"
TARGETS = {
    "backfill_vs_floor_min": 0.20,
    "peak_memory_mb_max_at_100k": 400,
    "poll_fetch_commands": 0,
    "poll_server_seconds_max": 0.3,
    "classify_per_s_min": 1000,
}


def _load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def _log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# -- the mailbox ------------------------------------------------------------------------------


def fill_mailbox(server, user, n: int, seed: int) -> dict:
    """Generate ``n`` messages into the user's INBOX and Sent; return sizes and a CPU sample."""
    started = time.monotonic()
    pending: dict[str, list] = {f: [] for f in FOLDERS}
    counts = dict.fromkeys(FOLDERS, 0)
    total = multipart = attachments = 0
    sample: list[bytes] = []
    every = max(1, n // CPU_SAMPLE)
    for i, m in enumerate(generate(n, seed)):
        pending[m.folder].append(m)
        total += len(m.raw)
        multipart += b"multipart/alternative" in m.raw
        attachments += b"Content-Disposition: attachment" in m.raw
        if i % every == 0 and len(sample) < CPU_SAMPLE:
            sample.append(m.raw)
        for folder, items in pending.items():
            if len(items) >= LOAD_CHUNK:
                server.load(user, folder, [x.raw for x in items], internaldates=[x.date for x in items])
                counts[folder] += len(items)
                items.clear()
    for folder, items in pending.items():
        if items:
            server.load(user, folder, [x.raw for x in items], internaldates=[x.date for x in items])
            counts[folder] += len(items)
    return {
        "messages": n, "per_folder": counts, "bytes": total, "mean_kb": total / max(n, 1) / 1024,
        "multipart_alternative_share": multipart / max(n, 1),
        "with_attachment_share": attachments / max(n, 1),
        "generate_and_write_s": time.monotonic() - started, "sample": sample,
    }


def warm_index(port: int, user) -> float:
    """Let Dovecot index the new Maildir files (EXAMINE + RFC822.SIZE of all) before timing."""
    started = time.monotonic()
    with IMAPClient("127.0.0.1", port=port, ssl=False, timeout=600) as client:
        client.login(user.name, user.password)
        for folder in FOLDERS:
            client.select_folder(folder, readonly=True)
            uids = client.search(["ALL"])
            for i in range(0, len(uids), 5000):
                client.fetch(uids[i:i + 5000], ["RFC822.SIZE"])
    return time.monotonic() - started


def raw_floor(port: int, user, batch: int = FLOOR_BATCH) -> dict:
    """The floor: imapclient batched UID FETCH BODY.PEEK[] of every message, nothing else."""
    load_before = _load()
    started = time.monotonic()
    count = size = 0
    with IMAPClient("127.0.0.1", port=port, ssl=False, timeout=600) as client:
        client.login(user.name, user.password)
        for folder in FOLDERS:
            client.select_folder(folder, readonly=True)
            uids = sorted(client.search(["ALL"]))
            for i in range(0, len(uids), batch):
                data = client.fetch(uids[i:i + batch], ["BODY.PEEK[]"])
                count += len(data)
                size += sum(len(v[b"BODY[]"]) for v in data.values())
    seconds = time.monotonic() - started
    return {"messages": count, "bytes": size, "seconds": seconds, "per_s": count / seconds,
            "mb_per_s": size / seconds / 1e6, "batch": batch, "load_before": load_before,
            "load_after": _load()}


# -- jobmail as a user runs it ----------------------------------------------------------------


def write_config(
    path: Path, port: int, user, database: Path, batch_size: int | None, model: Path | None = None
) -> None:
    batch = f"batch_size = {batch_size}\n" if batch_size else ""
    classifier = f"\n[classifier]\nmodel = \"{model}\"\n" if model else ""
    path.write_text(
        "[imap]\n"
        "host = \"127.0.0.1\"\n"
        f"port = {port}\n"
        "security = \"none\"\n"
        f"username = \"{user.name}\"\n"
        f"password_env = \"{PASSWORD_ENV}\"\n"
        "folders = [\"INBOX\"]\n" + batch +
        "\n[storage]\n"
        f"database = \"{database}\"\n" + classifier
    )


def cli_env(password: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env[PASSWORD_ENV] = password
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    env.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    return env


def run_backfill(config: Path, env: dict[str, str], floor_per_s: float) -> dict:
    load_before = _load()
    result, pid = run_measured([str(JOBMAIL), "--config", str(config), "ingest", "--json"], env=env)
    if result.returncode != 0:
        raise SystemExit(f"jobmail ingest failed ({result.returncode}):\n{result.stderr[-3000:]}")
    report = json.loads(result.stdout)
    fetched = report["fetched"]
    roles = result.role_peaks(pid)
    return {
        "wall_s": result.wall_seconds,
        "report_seconds": report["seconds"],
        "per_s": fetched / result.wall_seconds,
        "per_s_inside_run": fetched / report["seconds"] if report["seconds"] else None,
        "ratio_to_floor": fetched / result.wall_seconds / floor_per_s,
        "counts": {k: report[k] for k in ("fetched", "stored", "duplicates", "parse_failures",
                                          "unclassified", "needs_review")},
        "model_version": report.get("model_version"),
        "model_error": report.get("model_error"),
        "imap_commands": report.get("imap_commands"),
        "cpu_user_s": result.cpu_user_seconds,
        "cpu_system_s": result.cpu_system_seconds,
        "cpu_main_s": roles["main_cpu_s"],
        "cpu_children_s": roles["children_cpu_s"],
        "peak_main_mb": roles["main_kb"] / 1024,
        "peak_largest_child_mb": roles["largest_child_kb"] / 1024,
        "largest_child_cmd": roles["largest_child_cmd"],
        "processes_seen": roles["children_seen"] + 1,
        "peak_tree_rss_mb": result.peak_tree_rss_kb / 1024,
        "peak_tree_pss_mb": result.peak_tree_pss_kb / 1024,
        "load_before": load_before,
        "load_after": _load(),
    }


def run_backfill_no_model(workdir: Path, port: int, user, env: dict[str, str], batch_size: int | None,
                          floor_per_s: float) -> dict:
    """The same backfill into a fresh database with no usable model: what mail-parser, fetching and
    storing cost on their own. jobmail then stores every message unclassified (``jobmail
    reclassify`` labels them later), so this is a real run, not a stub; it bounds the ratio to
    the floor that any classifier could reach with the rest of the stack as it is."""
    config, database = workdir / "jobmail-no-model.toml", workdir / "no-model.duckdb"
    write_config(config, port, user, database, batch_size, model=workdir / "no-model")
    try:
        out = run_backfill(config, env, floor_per_s)
    finally:
        database.unlink(missing_ok=True)
    if out["counts"]["unclassified"] != out["counts"]["stored"]:
        raise SystemExit("bench: the backfill without a model classified mail")
    return out


def median_wall(argv: list[str], env: dict[str, str], repeats: int) -> tuple[float, list[float], list]:
    times, outputs = [], []
    for _ in range(repeats):
        result, _ = run_measured(argv, env=env)
        if result.returncode != 0:
            raise SystemExit(f"{' '.join(argv[:4])} failed:\n{result.stderr[-2000:]}")
        times.append(result.wall_seconds)
        outputs.append(result.stdout)
    return statistics.median(times), times, outputs


def run_poll(config: Path, env: dict[str, str], proxy: ImapProxy, repeats: int) -> dict:
    load_before = _load()
    help_s, help_runs, _ = median_wall([str(JOBMAIL), "--help"], env, repeats)
    proxy.take()
    poll_s, poll_runs, outputs = median_wall(
        [str(JOBMAIL), "--config", str(config), "ingest", "--json"], env, repeats)
    sessions = proxy.take()
    reports = [json.loads(o) for o in outputs]
    if any(r["fetched"] for r in reports):
        raise SystemExit("the no-new-mail poll fetched messages: the backfill was incomplete")
    per_run = [
        {"commands": s.names(), "session_s": s.seconds, "waiting_for_server_s": s.waiting_seconds}
        for s in sessions
    ]
    return {
        "wall_s": poll_s, "wall_runs_s": poll_runs,
        "cli_startup_help_s": help_s, "cli_startup_runs_s": help_runs,
        "wall_minus_startup_s": poll_s - help_s,
        "report_seconds": [r["seconds"] for r in reports],
        "report_imap_commands": [r.get("imap_commands") for r in reports],
        "sessions": per_run,
        "imap_commands_seen": statistics.median(len(s["commands"]) for s in per_run),
        "fetch_commands_seen": sum(n.endswith("FETCH") for s in per_run for n in s["commands"]),
        "session_s": statistics.median(s["session_s"] for s in per_run),
        "waiting_for_server_s": statistics.median(s["waiting_for_server_s"] for s in per_run),
        "load_before": load_before, "load_after": _load(),
    }


def run_cpu(sample: list[bytes], workdir: Path) -> dict:
    path = workdir / "sample.pickle"
    path.write_bytes(pickle.dumps(sample))
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    load_before = _load()
    done = subprocess.run([sys.executable, "-m", "bench.cpu", str(path)], capture_output=True,
                          text=True, env=env, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"bench.cpu failed:\n{done.stderr[-3000:]}")
    out = json.loads(done.stdout.strip().splitlines()[-1])
    out["load_before"], out["load_after"] = load_before, _load()
    return out


def run_prefect(config: Path, env: dict[str, str], workdir: Path) -> dict:
    home = workdir / "prefect-home"
    home.mkdir()
    penv = dict(env, PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false",
                PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="90")
    load_before = _load()
    done = subprocess.run([sys.executable, "-m", "bench.prefect_probe", str(config)],
                          capture_output=True, text=True, env=penv, cwd=ROOT, timeout=900)
    if done.returncode != 0:
        raise SystemExit(f"bench.prefect_probe failed:\n{done.stderr[-3000:]}")
    line = [x for x in done.stdout.splitlines() if x.startswith("{")][-1]
    out = json.loads(line)
    out["load_before"], out["load_after"] = load_before, _load()
    return out


# -- output -----------------------------------------------------------------------------------


def table(r: dict) -> str:
    m, f, c, b, p = r["mailbox"], r["raw_floor"], r["cpu_one_core"], r["backfill"], r["poll"]
    rows = [
        ("mailbox", f"{m['messages']:,} msgs, {m['bytes'] / 1e6:,.0f} MB, mean {m['mean_kb']:.1f} KB, "
                    f"{m['multipart_alternative_share']:.0%} multipart/alternative, "
                    f"{m['with_attachment_share']:.0%} with attachment", ""),
        ("raw floor (imapclient BODY.PEEK[])", f"{f['per_s']:,.0f} msgs/s, {f['mb_per_s']:.1f} MB/s, "
                                               f"{f['seconds']:.1f} s", f"load {f['load_before']}"),
        ("parse alone, 1 core (mail-parser)", f"{c['parse']['per_s']:,.0f} msgs/s", ""),
        ("  stdlib compat32 parse, for reference", f"{c['stdlib_compat32_parse']['per_s']:,.0f} msgs/s", ""),
        ("classify alone, 1 core", f"{c['classify']['per_s']:,.0f} msgs/s",
         _verdict(c["classify"]["per_s"] >= TARGETS["classify_per_s_min"], ">= 1,000")),
        ("  its parts, ms per message", ", ".join(
            f"{k.replace('_', ' ')} {v:.2f}" for k, v in c.get("classify_parts_ms_per_msg", {}).items()), ""),
        ("  labels alone (cleaning + both model stages), 1 core",
         f"{c['labels_alone']['per_s']:,.0f} msgs/s" if "labels_alone" in c else "-", ""),
        ("  spaCy model alone, 1 core", f"{c.get('spacy_model_alone_per_s', 0):,.0f} msgs/s", ""),
        ("worker step (parse+classify), 1 core", f"{c['worker_step']['per_s']:,.0f} msgs/s", ""),
        ("backfill: jobmail ingest (CLI)", f"{b['per_s']:,.0f} msgs/s, wall {b['wall_s']:.1f} s "
                                          f"(run itself {b['report_seconds']:.1f} s)",
         f"load {b['load_before']}"),
        ("  ratio to raw floor", f"{b['ratio_to_floor']:.1%}",
         _verdict(b["ratio_to_floor"] >= TARGETS["backfill_vs_floor_min"], ">= 20%")),
        ("  peak RSS: main / largest worker",
         f"{b['peak_main_mb']:.0f} MB / {b['peak_largest_child_mb']:.0f} MB", ""),
        ("  peak of all processes together", f"RSS {b['peak_tree_rss_mb']:.0f} MB, PSS {b['peak_tree_pss_mb']:.0f} MB",
         _verdict(b["peak_tree_pss_mb"] < TARGETS["peak_memory_mb_max_at_100k"], "< 400 MB (PSS sum)")),
        ("  CPU seconds: main / other processes", f"{b.get('cpu_main_s', 0):.1f} / "
                                                 f"{', '.join(str(x) for x in b.get('cpu_children_s', []))} "
                                                 f"in {b['wall_s']:.1f} s wall", ""),
        *_no_model_rows(r),
        ("poll, no new mail: CLI wall", f"{p['wall_s']:.2f} s (start-up `jobmail --help` "
                                        f"{p['cli_startup_help_s']:.2f} s; rest {p['wall_minus_startup_s']:.2f} s)", ""),
        ("  IMAP commands (relay / report)", f"{p['imap_commands_seen']:.0f} / {p['report_imap_commands'][0]}: "
                                             f"{' '.join(p['sessions'][0]['commands'])}",
         _verdict(p["fetch_commands_seen"] == 0, "no FETCH")),
        ("  talking to the server", f"waiting {p['waiting_for_server_s'] * 1000:.0f} ms, session open "
                                    f"{p['session_s'] * 1000:.0f} ms",
         _verdict(p["waiting_for_server_s"] < TARGETS["poll_server_seconds_max"], "< 0.3 s")),
    ]
    pf = r.get("prefect")
    if pf:
        rows += [
            ("Prefect flow overhead per poll", f"{pf['flow_overhead_s']:.2f} s (flow "
                                               f"{statistics.median(pf['flow_runs_s'][1:]):.2f} s vs plain "
                                               f"{statistics.median(pf['plain_poll_s']):.2f} s)", ""),
            ("  ephemeral server start-up", f"{pf['ephemeral_server_startup_s']:.1f} s (first flow run "
                                            f"{pf['first_flow_run_s']:.1f} s); import prefect "
                                            f"{pf['import_prefect_s']:.1f} s", ""),
        ]
    f2 = r.get("raw_floor_after")
    if f2:
        rows.append(("raw floor again, at the end", f"{f2['per_s']:,.0f} msgs/s", f"load {f2['load_before']}"))
    width = max(len(a) for a, _, _ in rows) + 2
    mach = r["machine"]
    head = (f"jobmail bench: N={m['messages']:,}, {mach['cpus']} cores, load {mach['load_start']} at start, "
            f"{mach['load_end']} at end, {r['total_s']:.0f} s in all")
    lines = [head, "-" * len(head)]
    for a, v, note in rows:
        lines.append(f"{a:<{width}}{v}" + (f"   [{note}]" if note else ""))
    return "\n".join(lines)


def _no_model_rows(r: dict) -> list[tuple[str, str, str]]:
    n = r.get("backfill_no_model")
    if not n:
        return []
    return [("backfill with no model (parse, fetch, store)",
             f"{n['per_s']:,.0f} msgs/s, {n['ratio_to_floor']:.1%} of the floor; CPU main "
             f"{n.get('cpu_main_s', 0):.1f} s, others {', '.join(str(x) for x in n.get('cpu_children_s', []))}",
             "bound for any classifier")]


def _verdict(ok: bool, target: str) -> str:
    return f"{'PASS' if ok else 'MISS'} {target}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=10_000, help="messages to generate (default 10000)")
    ap.add_argument("--out", type=Path, help="JSON results file (default bench/results/bench-N<N>-<time>.json)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--batch-size", type=int, help="[imap] batch_size for jobmail (default: jobmail's)")
    ap.add_argument("--repeats", type=int, default=3, help="repeats of the poll measurements")
    ap.add_argument("--skip-prefect", action="store_true", help="leave out the Prefect measurement")
    ap.add_argument("--keep", action="store_true", help="keep the Dovecot and database folders")
    args = ap.parse_args(argv)

    from tests.servers import DovecotServer, dovecot_available

    reason = dovecot_available()
    if reason:
        print(f"bench: cannot run: {reason}", file=sys.stderr)
        return 2
    began = time.monotonic()
    results: dict = {
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": " ".join([Path(sys.executable).name, "-m", "bench.run", *(argv or sys.argv[1:])]),
        "machine": {"cpus": os.cpu_count(), "load_start": _load(), "python": platform.python_version(),
                    "platform": platform.platform(),
                    "mem_total_mb": _meminfo_mb("MemTotal"), "mem_available_mb_start": _meminfo_mb("MemAvailable")},
        "targets": TARGETS,
    }
    workdir = Path(tempfile.mkdtemp(prefix="jobmail-bench-"))
    server = DovecotServer()
    proxy: ImapProxy | None = None
    try:
        user = server.add_user("bench")
        _log(f"generating {args.messages:,} messages into Dovecot ({server.root})")
        mailbox = fill_mailbox(server, user, args.messages, args.seed)
        sample = mailbox.pop("sample")
        mailbox["maildir_mb"] = _du(server.homes) / 1e6
        mailbox["index_warmup_s"] = warm_index(server.imap_port, user)
        results["mailbox"] = mailbox
        _log(f"mailbox ready: {mailbox['bytes'] / 1e6:.0f} MB; raw floor")
        results["raw_floor"] = raw_floor(server.imap_port, user)
        _log(f"raw floor {results['raw_floor']['per_s']:,.0f} msgs/s; parse/classify alone")
        results["cpu_one_core"] = run_cpu(sample, workdir)
        del sample

        env = cli_env(user.password)
        config = workdir / "jobmail.toml"
        database = workdir / "jobmail.duckdb"
        port = server.imap_port
        write_config(config, port, user, database, args.batch_size)
        _log("backfill: jobmail ingest")
        results["backfill"] = run_backfill(config, env, results["raw_floor"]["per_s"])
        results["backfill"]["database_mb"] = database.stat().st_size / 1e6
        _log(f"backfill {results['backfill']['per_s']:,.0f} msgs/s; again without a model")
        results["backfill_no_model"] = run_backfill_no_model(workdir, port, user, env, args.batch_size,
                                                             results["raw_floor"]["per_s"])
        _log(f"without a model {results['backfill_no_model']['per_s']:,.0f} msgs/s; no-new-mail poll")

        # The poll goes through a relay on the port jobmail knows (the account key includes the
        # port, so it must not change); Dovecot moves to a new port behind it.
        server.stop()
        server.imap_port = _free_port()
        server.config_path.write_text(server._config())
        server.start()
        proxy = ImapProxy(port, server.imap_port)
        results["poll"] = run_poll(config, env, proxy, args.repeats)
        if not args.skip_prefect:
            _log("Prefect flow overhead (ephemeral server)")
            results["prefect"] = run_prefect(config, env, workdir)
        proxy.take()
        _log("raw floor again")
        results["raw_floor_after"] = raw_floor(server.imap_port, user)
    finally:
        if proxy is not None:
            proxy.close()
        if args.keep:
            _log(f"kept {server.root} and {workdir}")
            server.stop()
        else:
            server.close()
            shutil.rmtree(workdir, ignore_errors=True)
    results["machine"]["load_end"] = _load()
    results["total_s"] = time.monotonic() - began
    out = args.out or ROOT / "bench" / "results" / (
        f"bench-N{args.messages}-{datetime.now().strftime('%Y%m%d-%H%M%S')}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    print(table(results))
    print(f"\nresults: {out}")
    return 0


def _free_port() -> int:
    from pipeline.demo_server import free_port

    return free_port()


def _du(path: Path) -> int:
    total = 0
    for dirpath, _, files in os.walk(path):
        for name in files:
            try:
                total += os.lstat(os.path.join(dirpath, name)).st_blocks * 512
            except OSError:
                pass
    return total


def _meminfo_mb(key: str) -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


if __name__ == "__main__":
    sys.exit(main())
