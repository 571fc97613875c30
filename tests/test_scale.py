"""Resume after a kill, and the Dask engine: both must give the same output as a plain run."""
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import RAW

EXTRACT = [sys.executable, "-m", "carepolicy_extract.cli"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Sixty inputs: the samples, copied into nested folders with small differences."""
    root = tmp_path_factory.mktemp("corpus")
    samples = sorted(RAW.iterdir())
    for i in range(60):
        src = samples[i % len(samples)]
        sub = root / f"part{i % 4}"
        sub.mkdir(exist_ok=True)
        (sub / f"{i:03d}_{src.name}").write_bytes(src.read_bytes() + f"\n第{i}份\n".encode())
    return root


def _run(args, **kw):
    return subprocess.run(EXTRACT + [str(a) for a in args] + ["--no-report"], capture_output=True, text=True, **kw)


def _snapshot(out: Path) -> dict:
    """Everything a run wrote that must not depend on how it was run (times excluded)."""
    docs = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted((out / "documents").rglob("*.json"))}
    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    files = [{k: v for k, v in f.items() if k != "seconds"} for f in manifest["files"]]
    leftovers = sorted(p.name for p in out.rglob("*") if p.name.endswith(".tmp") or p.name == ".journal.jsonl")
    return {"docs": docs, "measures": (out / "measures.jsonl").read_bytes(), "files": files,
            "counts": manifest["counts"], "leftovers": leftovers}


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("ref") / "out"
    r = _run([corpus, out, "--workers", "2"])
    assert r.returncode == 0, r.stderr
    return _snapshot(out)


def test_reference_run_is_whole(reference):
    assert len(reference["docs"]) == 60
    assert reference["leftovers"] == []
    assert reference["measures"].count(b"\n") > 0


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_resume_after_sigkill_gives_identical_output(corpus, reference, tmp_path, seed):
    out = tmp_path / "out"
    rng = random.Random(seed)
    # first, an interrupted run; then possibly a second interrupted resume; then a resume to the end
    for attempt in range(rng.choice([1, 2])):
        args = EXTRACT + [str(corpus), str(out), "--workers", "2", "--no-report"] + (["--resume"] if attempt else [])
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(0.3, 2.5))
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass  # it had already finished: the resume below must still agree
        proc.wait()
    r = _run([corpus, out, "--workers", "2", "--resume"])
    assert r.returncode == 0, r.stderr
    assert _snapshot(out) == reference


def test_resume_reprocesses_changed_inputs(corpus, tmp_path):
    local = tmp_path / "corpus"
    shutil.copytree(corpus, local)
    out = tmp_path / "out"
    assert _run([local, out]).returncode == 0
    target = sorted(local.rglob("*.txt"))[0]
    target.write_text("一、第一项内容。\n二、第二项内容。\n", encoding="utf-8")
    assert _run([local, out, "--resume"]).returncode == 0
    doc = json.loads((out / "documents" / (target.relative_to(local).with_suffix("").as_posix() + ".json"))
                     .read_text(encoding="utf-8"))
    assert "第一项内容" in doc["text"]


def test_dask_local_cluster_output_is_byte_identical(corpus, reference, tmp_path):
    pytest.importorskip("distributed")
    out = tmp_path / "out"
    r = _run([corpus, out, "--engine", "dask", "--workers", "2"])
    assert r.returncode == 0, r.stderr
    snap = _snapshot(out)
    assert snap["docs"] == reference["docs"]
    assert snap["measures"] == reference["measures"]
