"""Run a command and measure its wall time and memory, including every process it starts.

Peak memory is taken by polling ``/proc`` every ``interval`` seconds for each process of the
tree: its own high-water mark (VmHWM, kept by the kernel, so no peak is missed), and the tree's
summed RSS and PSS at the busiest sample (PSS splits shared pages fairly, so the PSS sum is the
honest "memory the run used"; a sum can miss a peak shorter than ``interval``).

Not used: the kernel's ``ru_maxrss`` from ``os.wait4``. Linux carries the high-water mark of the
process that forks a child across the child's ``exec``, so it reports the benchmark harness's own
size (241 MB for a run whose largest process peaked at 164 MB, with 241 MB of generated mail in
the harness), not the measured command's.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ProcPeak:
    pid: int
    ppid: int
    cmd: str
    hwm_kb: int = 0
    #: CPU seconds (user + system) at the last sample
    cpu_s: float = 0.0


@dataclass
class RunResult:
    returncode: int
    wall_seconds: float
    stdout: str
    stderr: str
    peak_tree_rss_kb: int = 0
    peak_tree_pss_kb: int = 0
    procs: dict[int, ProcPeak] = field(default_factory=dict)
    cpu_user_seconds: float = 0.0
    cpu_system_seconds: float = 0.0

    def role_peaks(self, root: int) -> dict[str, int]:
        """Peak RSS (KB) of the main process and of the largest other process of the tree."""
        main = self.procs.get(root)
        others = [p for pid, p in self.procs.items() if pid != root]
        worker = max(others, key=lambda p: p.hwm_kb, default=None)
        return {
            "main_kb": main.hwm_kb if main else 0,
            "largest_child_kb": worker.hwm_kb if worker else 0,
            "largest_child_cmd": worker.cmd if worker else "",
            "children_seen": len(others),
            "main_cpu_s": main.cpu_s if main else 0.0,
            "children_cpu_s": [round(p.cpu_s, 2) for p in others],
        }


def run_measured(argv: Sequence[str], env: dict[str, str] | None = None, interval: float = 0.05,
                 cwd: str | None = None) -> tuple[RunResult, int]:
    """Run ``argv`` to completion; returns (result, pid of the main process)."""
    out_path = Path(f"/tmp/jobmail-bench-{os.getpid()}-{time.monotonic_ns()}")
    with open(f"{out_path}.out", "w+b") as out, open(f"{out_path}.err", "w+b") as err:
        started = time.monotonic()
        proc = subprocess.Popen(list(argv), stdout=out, stderr=err, env=env, cwd=cwd)
        procs: dict[int, ProcPeak] = {}
        peaks = {"rss": 0, "pss": 0}
        done = threading.Event()

        def poll() -> None:
            while not done.is_set():
                tree = _tree(proc.pid)
                rss_sum = pss_sum = 0
                for pid, ppid in tree.items():
                    status = _status(pid)
                    if not status:
                        continue
                    entry = procs.get(pid)
                    if entry is None:
                        entry = procs[pid] = ProcPeak(pid, ppid, _cmd(pid))
                    entry.hwm_kb = max(entry.hwm_kb, status.get("VmHWM", 0))
                    entry.cpu_s = max(entry.cpu_s, _cpu_seconds(pid))
                    rss_sum += status.get("VmRSS", 0)
                    pss_sum += _pss(pid)
                peaks["rss"] = max(peaks["rss"], rss_sum)
                peaks["pss"] = max(peaks["pss"], pss_sum)
                done.wait(interval)

        watcher = threading.Thread(target=poll, daemon=True)
        watcher.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.monotonic() - started
        done.set()
        watcher.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    for suffix in (".out", ".err"):
        Path(f"{out_path}{suffix}").unlink(missing_ok=True)
    return RunResult(
        returncode=proc.returncode, wall_seconds=wall, stdout=stdout, stderr=stderr,
        peak_tree_rss_kb=peaks["rss"], peak_tree_pss_kb=peaks["pss"],
        procs=procs, cpu_user_seconds=usage.ru_utime, cpu_system_seconds=usage.ru_stime,
    ), proc.pid


def _tree(root: int) -> dict[int, int]:
    """pid -> ppid of ``root`` and all its descendants."""
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        # The command name (field 2) may hold spaces and parentheses: split after the last ')'.
        fields = stat[stat.rfind(")") + 2:].split()
        parents[int(entry.name)] = int(fields[1])
    tree = {root: parents.get(root, 0)}
    grew = True
    while grew:
        grew = False
        for pid, ppid in parents.items():
            if ppid in tree and pid not in tree:
                tree[pid] = ppid
                grew = True
    return tree


_TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = stat[stat.rfind(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime


def _status(pid: int) -> dict[str, int]:
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    out = {}
    for line in text.splitlines():
        if line.startswith(("VmHWM:", "VmRSS:")):
            key, value = line.split(":", 1)
            out[key] = int(value.split()[0])
    return out


def _pss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cmd(pid: int) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "?"
    return " ".join(part.decode(errors="replace") for part in raw.split(b"\0") if part)[:200]
