"""Where a backfill's time goes: ``python -m bench.profiling --messages N [--out DIR]``.

Fills a private Dovecot like ``bench.run``, then writes pyinstrument reports to DIR
(default bench/results/profile-N<N>/):
  - ``main.txt``/``main.html``: the ``jobmail ingest`` main process of a full backfill (wall-clock
    profile: fetching, storing, and time spent waiting for the workers);
  - ``worker.txt``: one worker's job, ``pipeline.analyse.analyse_chunk`` over a sample, in-process
    (parsing, message cleaning, company extraction, the spaCy model).
Not part of ``make bench``: profiling slows the run down.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.messages import DEFAULT_SEED, generate
from bench.run import FOLDERS, JOBMAIL, ROOT, VENV_BIN, cli_env, warm_index, write_config


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.profiling", description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=10_000)
    ap.add_argument("--sample", type=int, default=2_000, help="messages in the worker profile")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    out = args.out or ROOT / "bench" / "results" / f"profile-N{args.messages}"
    out.mkdir(parents=True, exist_ok=True)

    from pyinstrument import Profiler

    from pipeline import analyse

    sample = [m.raw for m in generate(args.sample, seed=DEFAULT_SEED + 1)]
    analyse.init_worker(None)
    analyse.analyse_chunk(sample[:50])
    profiler = Profiler(interval=0.001)
    profiler.start()
    for i in range(0, len(sample), 50):
        analyse.analyse_chunk(sample[i:i + 50])
    profiler.stop()
    (out / "worker.txt").write_text(profiler.output_text(unicode=False, color=False))

    from tests.servers import DovecotServer

    server = DovecotServer()
    work = Path(tempfile.mkdtemp(prefix="jobmail-profile-"))
    try:
        user = server.add_user("bench")
        batch: dict[str, list] = {f: [] for f in FOLDERS}
        for m in generate(args.messages):
            batch[m.folder].append(m.raw)
        for folder, raws in batch.items():
            server.load(user, folder, raws)
        del batch
        warm_index(server.imap_port, user)
        config = work / "jobmail.toml"
        write_config(config, server.imap_port, user, work / "jobmail.duckdb", None)
        done = subprocess.run(
            [str(VENV_BIN / "pyinstrument"), "--interval", "0.001", "-r", "text", "-o",
             str(out / "main.txt"), str(JOBMAIL), "--config", str(config), "ingest", "--json"],
            env=cli_env(user.password), capture_output=True, text=True,
        )
        if done.returncode != 0:
            print(done.stderr[-3000:], file=sys.stderr)
            return 1
    finally:
        server.close()
        subprocess.run(["rm", "-rf", str(work)], check=False)
    print(f"profiles written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
