"""A whole run: discover inputs, process them, stream the outputs, write the manifest.

Outputs are streamed in input order (sorted paths), so `measures.jsonl` and
`run.json` are deterministic and memory stays flat. Each finished file is also
appended to `OUT/.journal.jsonl`, so `--resume` can carry on after a kill.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import partial
from pathlib import Path

from . import __version__
from .discover import doc_id_for, iter_files
from .engine import cpu_count, run_pool
from .models import Document, FileEntry, RunManifest
from .pipeline import Options
from .rules import fingerprint, save_compiled
from .worker import Job, Result, document_path, measure_rows, process
from .writer import atomic_open

JOURNAL = ".journal.jsonl"
WORKBENCH_FILES = ("report.html", "measures.csv", "measures.parquet")


class UsageError(Exception):
    """Bad arguments: exit status 2."""


@dataclass
class RunConfig:
    raw: Path
    out: Path
    options: Options = field(default_factory=Options)
    workers: int = 0            # 0: one per CPU
    doc_timeout: float | None = 30.0
    max_memory_mb: int | None = 2048
    resume: bool = False
    workbench: bool = True      # report.html and the CSV/Parquet exports
    engine: str = "local"       # "local" process pool, or "dask"
    scheduler: str | None = None  # Dask scheduler address; None starts a LocalCluster


@dataclass
class RunSummary:
    manifest_path: Path
    counts: Counter
    measures: int
    warnings: Counter
    seconds: float


def check_paths(raw: Path, out: Path) -> None:
    if not raw.exists():
        raise UsageError(f"input folder {raw} does not exist")
    if not raw.is_dir():
        raise UsageError(f"input {raw} is not a folder")
    raw_r, out_r = raw.resolve(), out.resolve()
    if out_r == raw_r or raw_r in out_r.parents:
        raise UsageError(f"output folder {out} must not be inside the input folder {raw}")
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / f".write-test-{os.getpid()}"
        probe.write_text("")
        probe.unlink()
    except OSError as err:
        raise UsageError(f"output folder {out} is not writable: {err.strerror or err}") from None


def iter_jobs(raw: Path, reuse: dict[str, str] | None = None) -> Iterator[Job]:
    """Jobs in sorted order; two files whose doc_ids collide (a.txt, a.html) keep their suffix."""
    raw_abs = raw.resolve()
    last_dir, ids_in_dir = None, set()
    for path in iter_files(raw_abs):
        rel = path.relative_to(raw_abs).as_posix()
        doc_id = doc_id_for(path, raw_abs)
        if path.parent != last_dir:
            last_dir, ids_in_dir = path.parent, set()
        if doc_id in ids_in_dir:
            doc_id = rel
        ids_in_dir.add(doc_id)
        yield Job(str(path), rel, doc_id, (reuse or {}).get(rel))


def _previous_ok(out: Path, fp: str) -> dict[str, str]:
    """rel path → sha256 of inputs a previous run (finished or killed) processed ok with these rules."""
    ok: dict[str, str] = {}
    manifest = out / "run.json"
    if manifest.exists():
        try:
            prev = json.loads(manifest.read_text(encoding="utf-8"))
            if prev.get("rules_fingerprint") == fp:
                for f in prev.get("files", []):
                    if f.get("status") == "ok" and f.get("sha256"):
                        ok[f["path"]] = f["sha256"]
        except (OSError, ValueError):
            pass
    journal = out / JOURNAL
    if journal.exists():
        with journal.open(encoding="utf-8") as f:
            for line in f:
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue  # the last line of a killed run may be cut
                if rec.get("fingerprint") == fp and rec.get("status") == "ok" and rec.get("sha256"):
                    ok[rec["path"]] = rec["sha256"]
    return ok


def process_or_reuse(job: Job, out: Path, options: Options) -> Result:
    """Process a job, or reuse its document from an earlier run when input and rules are unchanged."""
    if job.reuse_sha:
        try:
            data = Path(job.path).read_bytes()
            if hashlib.sha256(data).hexdigest() == job.reuse_sha:
                doc = Document.model_validate_json(document_path(out, job.doc_id).read_text(encoding="utf-8"))
                entry = FileEntry(path=job.rel, doc_id=job.doc_id, status="ok", sha256=job.reuse_sha,
                                  bytes=len(data), encoding=doc.source.encoding, format=doc.source.format,
                                  measures=len(doc.measures), warnings=[w.code for w in doc.warnings])
                return Result(entry, measure_rows(doc))
        except (OSError, ValueError):
            pass  # document gone or unreadable: process again
    return process(job, out, options)


def _failure(job: Job, reason: str) -> Result:
    return Result(FileEntry(path=job.rel, doc_id=job.doc_id, status="failed", reason=reason))


def warm_up() -> None:
    """Load what every document needs once, before the workers fork, so they share it:
    OpenCC, jieba with the user words and its IDF table, the repair language model, and
    the stages' compiled rule patterns."""
    import gc

    from . import classify, pipeline, repair
    classify.warm_up()
    repair.warm_up()
    pipeline.warm_up()
    save_compiled()     # the rule patterns the warm-up compiled, for the next run's start
    # the collector would otherwise write to every loaded table's objects in each forked worker,
    # turning the pages they share with this process into private copies (garbage collected
    # first, since frozen objects are never collected)
    gc.collect()
    gc.freeze()


def run(cfg: RunConfig, progress=None) -> RunSummary:
    """Process every file under cfg.raw into cfg.out. Raises UsageError for bad arguments."""
    check_paths(cfg.raw, cfg.out)
    t0 = time.perf_counter()
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    fp = fingerprint()
    out = cfg.out
    reuse = _previous_ok(out, fp) if cfg.resume else {}
    warm_up()
    work = partial(process_or_reuse, out=out, options=cfg.options)
    workers = cfg.workers or cpu_count()
    jobs = iter_jobs(cfg.raw, reuse)
    max_bytes = (cfg.max_memory_mb or 0) * 2**20 or None
    if cfg.engine == "dask":
        from .dask_engine import run_dask
        results = run_dask(work, jobs, scheduler=cfg.scheduler, workers=workers, on_failure=_failure,
                           timeout=cfg.doc_timeout, max_bytes=max_bytes, warm_up=warm_up)
    else:
        results = run_pool(work, jobs, workers=workers, timeout=cfg.doc_timeout,
                           on_failure=_failure, max_bytes=max_bytes)
    counts: Counter = Counter()
    warnings: Counter = Counter()
    n_measures = 0
    produced: set[str] = set()
    journal_mode = "a" if cfg.resume else "w"
    with atomic_open(out / "measures.jsonl") as mfile, atomic_open(out / ".run.files.tmp") as ffile, \
            open(out / JOURNAL, journal_mode, encoding="utf-8") as journal:
        first = True
        for res in results:
            e = res.entry
            counts[e.status] += 1
            n_measures += e.measures
            warnings.update(e.warnings)
            if e.status == "ok" and e.doc_id:
                produced.add(e.doc_id)
            mfile.write(res.rows)
            ffile.write(("" if first else ",\n") + e.model_dump_json())
            first = False
            journal.write(json.dumps({"path": e.path, "status": e.status, "sha256": e.sha256,
                                      "fingerprint": fp}) + "\n")
            journal.flush()
            if progress:
                progress(e)
    finished = datetime.now(timezone.utc).isoformat(timespec="seconds")
    head = RunManifest(version=__version__, rules_fingerprint=fp, started=started, finished=finished,
                       raw=str(cfg.raw), options={"repair": cfg.options.repair, "workers": workers,
                                                  "doc_timeout": cfg.doc_timeout, "resume": cfg.resume,
                                                  "engine": cfg.engine},
                       counts=dict(sorted(counts.items())), files=[])
    _write_manifest(out, head)
    (out / JOURNAL).unlink(missing_ok=True)
    _remove_stale(out, produced)
    if cfg.workbench:
        from .export import write_exports
        from .report import write_report
        write_exports(out)
        write_report(out)
    else:
        # an earlier run's workbench files would describe other results than this run's
        for name in WORKBENCH_FILES:
            (out / name).unlink(missing_ok=True)
    return RunSummary(out / "run.json", counts, n_measures, warnings, time.perf_counter() - t0)


def _write_manifest(out: Path, head: RunManifest) -> None:
    """run.json = the manifest head with the streamed file entries spliced in as `files`."""
    files_tmp = out / ".run.files.tmp"
    head_json = head.model_dump_json(indent=1)
    prefix, suffix = head_json.rsplit('"files": []', 1)
    with atomic_open(out / "run.json") as f, files_tmp.open(encoding="utf-8") as entries:
        f.write(prefix + '"files": [\n')
        while chunk := entries.read(1 << 20):
            f.write(chunk)
        f.write("\n]" + suffix + "\n")
    files_tmp.unlink()


def _remove_stale(out: Path, produced: set[str]) -> None:
    """Drop document files left by earlier runs whose inputs are gone or no longer ok,
    and temporary files a killed run left behind."""
    for p in out.glob(".*.tmp"):
        p.unlink(missing_ok=True)
    docs = out / "documents"
    if not docs.exists():
        return
    for p in docs.rglob("*"):
        if p.name.startswith(".") and p.name.endswith(".tmp"):
            p.unlink(missing_ok=True)
        elif p.suffix == ".json" and p.relative_to(docs).as_posix()[: -len(".json")] not in produced:
            p.unlink()
