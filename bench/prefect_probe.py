"""The Prefect flow's own overhead on a no-new-mail poll: ``python -m bench.prefect_probe CONFIG``.

Run by ``bench.run`` in a fresh process with a temporary PREFECT_HOME and no PREFECT_API_URL, so
Prefect starts its ephemeral server (migrations included) on the first flow run. Prints JSON:
the import time of prefect + flows.ingest, plain ``pipeline.ingest.ingest`` polls, flow polls,
and the derived overhead (median flow run minus median plain poll) and server start-up
(first flow run minus median later flow run).
"""

from __future__ import annotations

import json
import statistics
import sys
import time


def main(argv: list[str]) -> int:
    config = argv[0]
    repeats = int(argv[1]) if len(argv) > 1 else 3
    from pipeline.ingest import ingest
    from pipeline.settings import load_settings

    settings = load_settings(config)
    ingest(settings)  # warm-up: imports (duckdb, imapclient) and first connections
    plain, commands = [], []
    for _ in range(repeats):
        t = time.perf_counter()
        report = ingest(settings)
        plain.append(time.perf_counter() - t)
        commands.append(report.imap_commands)
        if report.counts()["fetched"]:
            raise SystemExit("the poll fetched mail: the mailbox was not fully ingested")

    t = time.perf_counter()
    import prefect  # noqa: F401

    from flows.ingest import ingest_flow
    import_s = time.perf_counter() - t

    flow_runs = []
    for _ in range(repeats + 1):
        t = time.perf_counter()
        result = ingest_flow(config)
        flow_runs.append(time.perf_counter() - t)
        if result.get("fetched"):
            raise SystemExit("the flow's poll fetched mail")
    later = statistics.median(flow_runs[1:])
    print(json.dumps({
        "plain_poll_s": plain,
        "plain_poll_imap_commands": commands,
        "import_prefect_s": import_s,
        "flow_runs_s": flow_runs,
        "first_flow_run_s": flow_runs[0],
        "ephemeral_server_startup_s": flow_runs[0] - later,
        "flow_overhead_s": later - statistics.median(plain),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
