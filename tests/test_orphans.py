"""No orphaned workers (issue 19): when the main process of a run is killed outright (kill -9, an
out-of-memory kill), its worker processes end too, and `--resume` finishes the run with output
identical to an uninterrupted one. Only the main process is killed here, never its process group:
the workers must notice on their own. Waits are generous and every wait polls, so a slow or busy
machine makes the test slower, not flaky."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import RAW

EXTRACT = [sys.executable, "-m", "carepolicy_extract.cli"]
N_FILES = 300        # a few seconds of work on two workers: long enough to be killed mid-run
GONE_WITHIN = 30.0   # seconds the workers get to end after their parent is killed (they take well under 1)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def _stat(pid: int) -> tuple[str, int] | None:
    """(state, session id) of a live process, None when it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2:].split()   # after "pid (comm) ": state ppid pgrp session …
    return fields[0], int(fields[3])


def _session(sid: int) -> list[int]:
    """Live (not zombie) processes of a session: the run's main process started it, its workers are in it."""
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            st = _stat(int(entry))
            if st and st[1] == sid and st[0] != "Z":
                pids.append(int(entry))
    return pids


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.update(int(c) for c in (task / "children").read_text().split())
        except OSError:
            pass
    return found


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("orphans") / "raw"
    samples = sorted(RAW.iterdir())
    for i in range(N_FILES):
        src = samples[i % len(samples)]
        sub = root / f"part{i % 7}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{i:03d}_{src.name}").write_bytes(src.read_bytes() + f"\n第{i}份\n".encode())
    return root


def _snapshot(out: Path) -> dict:
    docs = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted((out / "documents").rglob("*.json"))}
    files = [{k: v for k, v in f.items() if k != "seconds"}
             for f in json.loads((out / "run.json").read_text(encoding="utf-8"))["files"]]
    return {"docs": docs, "measures": (out / "measures.jsonl").read_bytes(), "files": files}


def _extract(*args) -> subprocess.CompletedProcess:
    return subprocess.run(EXTRACT + [str(a) for a in args] + ["--no-report"], capture_output=True, text=True)


def _journal_lines(out: Path) -> int:
    try:
        return (out / ".journal.jsonl").read_bytes().count(b"\n")
    except OSError:
        return 0


def test_workers_end_with_a_killed_parent_and_resume_completes(corpus, tmp_path):
    ref = tmp_path / "ref"
    r = _extract(corpus, ref, "--workers", "2")
    assert r.returncode == 0, r.stderr

    out = tmp_path / "out"
    proc = subprocess.Popen(EXTRACT + [str(corpus), str(out), "--workers", "2", "--no-report"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        # mid-run: some documents journaled, the manifest not yet written
        deadline = time.monotonic() + 120
        while _journal_lines(out) < 10 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        workers = _children(proc.pid)
        assert proc.poll() is None and not (out / "run.json").exists(), "the run ended before it could be killed"
        assert len(workers) >= 2, workers
        os.kill(proc.pid, signal.SIGKILL)     # the main process only, not its group
        proc.wait()
        deadline = time.monotonic() + GONE_WITHIN
        while _session(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _session(proc.pid) == [], "processes of the killed run are still alive"
    finally:
        for pid in _session(proc.pid):       # never leave anything behind, even when the test fails
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    assert _journal_lines(out) < N_FILES

    r = _extract(corpus, out, "--workers", "2", "--resume")
    assert r.returncode == 0, r.stderr
    assert _snapshot(out) == _snapshot(ref)
