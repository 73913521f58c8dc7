"""Memory of ingest's worker processes: the model preloaded in their fork server, freed heap
pages handed back to the operating system."""

from __future__ import annotations

import gc
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from pipeline import analyse, memory
from pipeline.classify import RELEASE_DIR
from pipeline.ingest import worker_context


def _rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not Path("/proc/self/status").exists() or not memory.trim(),
                    reason="needs Linux with glibc")
def test_trim_hands_freed_heap_pages_back() -> None:
    # 20 KB blocks come from the heap (below glibc's mmap threshold); keeping the last one alive
    # pins the top of the heap, so glibc's own trimming cannot return the ~150 MB below it
    blocks = [bytearray(20_000) for _ in range(7_500)]
    for b in blocks:
        b[::4096] = b"x" * len(b[::4096])  # touch every page
    keep = blocks[-1]
    del blocks
    gc.collect()
    before = _rss_kb()
    assert memory.trim() is True
    after = _rss_kb()
    assert keep  # still alive
    assert before - after > 100_000, (before, after)


def _loaded_before_init() -> tuple[str | None, int]:
    """Run in a worker with no initializer: what the fork server handed it."""
    return analyse.model_status()[0], gc.get_freeze_count()


def test_workers_start_with_the_model_their_fork_server_loaded() -> None:
    with ProcessPoolExecutor(1, mp_context=worker_context()) as pool:
        version, frozen = pool.submit(_loaded_before_init).result(timeout=120)
    assert version is not None and version.startswith("jobmail_classifier-")
    assert frozen > 0


def test_init_worker_keeps_a_preloaded_model_only_when_it_is_the_one_asked_for(tmp_path: Path) -> None:
    saved = (analyse._classifier, analyse._model_error, analyse._loaded_stamp)
    try:
        analyse.preload_released()
        preloaded = analyse._classifier
        assert preloaded is not None
        analyse.init_worker(None)
        assert analyse._classifier is preloaded
        analyse.init_worker(str(RELEASE_DIR))
        assert analyse._classifier is preloaded
        copy = shutil.copytree(RELEASE_DIR, tmp_path / "model")
        analyse.init_worker(str(copy))
        kept = analyse._classifier
        assert kept is not preloaded and kept.path == copy
        analyse.init_worker(str(copy))
        assert analyse._classifier is kept
        meta = copy / "meta.json"  # released again (make train): loaded anew
        st = meta.stat()
        os.utime(meta, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
        analyse.init_worker(str(copy))
        assert analyse._classifier is not kept and analyse._classifier is not None
        analyse.init_worker(str(tmp_path / "missing"))
        assert analyse._classifier is None and "no classifier model" in (analyse._model_error or "")
    finally:
        analyse._classifier, analyse._model_error, analyse._loaded_stamp = saved
