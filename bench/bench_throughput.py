#!/usr/bin/env python3
"""Throughput benchmark (not a test): the project against the floor.

    .venv/bin/python bench/bench_throughput.py [N ...]      (default N = 1440)

Builds a corpus of N files from raw/ and ../shared/bench/cwced/original
(cycled, each copy made unique by a trailing comment), then prints for each N:
- the floor: read + decode + OpenCC t2s of the same bytes, in one process;
- for reference, what a run cannot do without besides the floor: lxml's parse of the HTML
  pages (C, the cheapest DOM there is; issue 4 works on the DOM), and the start-up of an
  `extract` run on an empty folder (interpreter, imports, jieba's tables) — fixed per run;
- `extract` with 1 and with 2 workers: wall time of the whole command,
  docs/s, MB/s, peak memory (PSS summed over the process tree: pages the forked workers
  share with the parent count once), ratio to the floor.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from realpages import shared  # noqa: E402  (../shared beside a clone or beside a folder of worktrees)

# (no ../shared would quietly build a corpus of the samples alone, a different benchmark: fail instead)
SOURCES = [ROOT / "raw", shared() / "bench" / "cwced" / "original"]
CORPORA = ROOT / "bench" / "corpus"
EXTRACT = ROOT / ".venv" / "bin" / "extract"
# reading PSS makes the kernel walk every page table of the process tree: ~11 ms of CPU per
# sample at ~300 MB, which at 50 samples a second took a third of a core from the run it measures
SAMPLE_EVERY = 0.25


def build_corpus(n: int) -> Path:
    dest = CORPORA / str(n)
    if dest.exists() and sum(1 for _ in dest.rglob("*") if _.is_file()) == n:
        return dest
    shutil.rmtree(dest, ignore_errors=True)
    files = sorted(p for s in SOURCES if s.exists() for p in s.iterdir() if p.is_file())
    for i in range(n):
        src = files[i % len(files)]
        sub = dest / f"{i // 1000:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        data = src.read_bytes()
        tag = f"\n<!-- copy {i} -->\n" if src.suffix.startswith(".htm") else "\n"
        (sub / f"{i:06d}_{src.name}").write_bytes(data + tag.encode() * (i // len(files) > 0))
    return dest


def floor(corpus: Path) -> float:
    sys.path.insert(0, str(ROOT / "src"))
    import opencc

    from carepolicy_extract.decode import decode_bytes
    cc = opencc.OpenCC("t2s")
    t0 = time.perf_counter()
    for p in sorted(corpus.rglob("*")):
        if p.is_file():
            try:
                cc.convert(decode_bytes(p.read_bytes(), html=p.suffix != ".txt").text)
            except ValueError:
                pass
    return time.perf_counter() - t0


def parse_floor(corpus: Path) -> float:
    """Seconds lxml takes to parse the corpus's HTML pages, decoded as the floor decodes them."""
    from carepolicy_extract.decode import decode_bytes
    from carepolicy_extract.html_blocks import parse_html
    texts = []
    for p in sorted(corpus.rglob("*")):
        if p.is_file() and p.suffix != ".txt":
            try:
                texts.append(decode_bytes(p.read_bytes(), html=True).text)
            except ValueError:
                pass
    t0 = time.perf_counter()
    for text in texts:
        parse_html(text)
    return time.perf_counter() - t0


def startup_seconds() -> float:
    """Wall time of `extract` on an empty folder: the fixed cost of any run."""
    empty = CORPORA / "empty"
    empty.mkdir(parents=True, exist_ok=True)
    out = CORPORA / "out-empty"
    t0 = time.perf_counter()
    subprocess.run([str(EXTRACT), str(empty), str(out), "--no-report"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    shutil.rmtree(out, ignore_errors=True)
    return wall


def _memory_kb(pid: int) -> int:
    """The process's proportional set size (shared pages divided among the processes sharing
    them), else its resident set size where the kernel has no smaps_rollup."""
    for path, key in ((f"/proc/{pid}/smaps_rollup", "Pss:"), (f"/proc/{pid}/status", "VmRSS:")):
        try:
            with open(path) as f:
                for line in f:
                    if line.startswith(key):
                        return int(line.split()[1])
        except OSError:
            continue
    return 0


def _tree_memory(pid: int) -> int:
    """Bytes of memory the process and its descendants (the workers) hold, by PSS."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += _memory_kb(p) * 1024
        try:
            for t in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{t}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            pass
    return total


def run_extract(corpus: Path, workers: int) -> tuple[float, int]:
    out = CORPORA / f"out-{corpus.name}-{workers}"
    shutil.rmtree(out, ignore_errors=True)
    peak = 0
    t0 = time.perf_counter()
    proc = subprocess.Popen([str(EXTRACT), str(corpus), str(out), "--workers", str(workers), "--no-report"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_memory(proc.pid))
            time.sleep(SAMPLE_EVERY)
    th = threading.Thread(target=sample, daemon=True)
    th.start()
    proc.wait()
    wall = time.perf_counter() - t0
    stop.set()
    th.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"extract failed with status {proc.returncode}")
    shutil.rmtree(out, ignore_errors=True)
    return wall, peak


def main(sizes: list[int]) -> None:
    print(f"{'files':>7} {'MB':>6} {'run':>10} {'seconds':>8} {'docs/s':>8} {'MB/s':>7} {'peak MB':>8} {'x floor':>8}")
    for n in sizes:
        corpus = build_corpus(n)
        mb = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file()) / 1e6
        f = floor(corpus)
        print(f"{n:>7} {mb:>6.1f} {'floor':>10} {f:>8.2f} {n / f:>8.0f} {mb / f:>7.1f} {'':>8} {1:>8.2f}")
        for name, secs in (("lxml parse", parse_floor(corpus)), ("start-up", startup_seconds())):
            print(f"{n:>7} {mb:>6.1f} {name:>10} {secs:>8.2f} {'':>8} {'':>7} {'':>8} {secs / f:>8.2f}")
        for w in (1, 2):
            wall, peak = run_extract(corpus, w)
            print(f"{n:>7} {mb:>6.1f} {f'extract -w{w}':>10} {wall:>8.2f} {n / wall:>8.0f} {mb / wall:>7.1f} "
                  f"{peak / 1e6:>8.0f} {wall / f:>8.2f}", flush=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1440])
