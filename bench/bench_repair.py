#!/usr/bin/env python3
"""Repair-stage benchmark (not a test): what repair adds to a run.

    .venv/bin/python bench/bench_repair.py [MB]      (default 4)

Prints:
- the one-time costs: `repair.warm_up()` (the language model, from its disk cache once
  built), building the model without the cache, and the tables loaded on first use
  (the word prefixes of the GBK repair, pypinyin's readings for lost characters);
- repair time per MB on clean text (the four clean samples of raw/, replicated to MB),
  per document and as a share of a whole-document run, measured as
  decode + repair + OpenCC t2s over the same documents;
- the same for the garbled sample 002 (the slow path).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from carepolicy_extract.convert import to_simplified  # noqa: E402
from carepolicy_extract.decode import decode_bytes  # noqa: E402

CLEAN = ["000_b00fae5080553061.txt", "001_d5572840334567d9.txt",
         "003_171faa88950b6691.txt", "004_522d29ef62da9805.txt"]
GARBLED = ["002_ccb245bea1cb613c.txt"]


def documents(names: list[str], megabytes: float) -> list[bytes]:
    """The samples' bytes, cycled until they add up to `megabytes`."""
    samples = [(ROOT / "raw" / n).read_bytes() for n in names]
    docs, size, k = [], 0, 0
    while size < megabytes * 1e6:
        doc = samples[k % len(samples)]
        docs.append(doc)
        size += len(doc)
        k += 1
    return docs


def run(docs: list[bytes], repair) -> tuple[float, float]:
    """(seconds in repair, seconds for decode + repair + t2s) over the documents."""
    in_repair = 0.0
    start = time.perf_counter()
    for data in docs:
        text = decode_bytes(data, html=False).text
        t = time.perf_counter()
        if repair is not None:
            text, _ = repair(text)
        in_repair += time.perf_counter() - t
        to_simplified(text)
    return in_repair, time.perf_counter() - start


def report(label: str, docs: list[bytes], repair_text) -> None:
    megabytes = sum(map(len, docs)) / 1e6
    run(docs[:20], repair_text)  # warm caches
    best = None
    for _ in range(3):
        timing = run(docs, repair_text)
        best = timing if best is None or timing[1] < best[1] else best
    _, base = min((run(docs, None) for _ in range(3)), key=lambda r: r[1])
    in_repair, whole = best
    print(f"{label}: {len(docs)} docs, {megabytes:.2f} MB")
    print(f"  repair             {in_repair * 1e3:8.1f} ms  = {in_repair / megabytes * 1e3:6.1f} ms/MB"
          f"  = {in_repair / len(docs) * 1e6:6.1f} µs/doc")
    print(f"  decode+t2s         {base * 1e3:8.1f} ms")
    print(f"  decode+repair+t2s  {whole * 1e3:8.1f} ms  → repair is {in_repair / whole:.1%} of the run"
          f" (+{(whole - base) / base:.1%} over decode+t2s)")


def _ms(fn) -> float:
    """Milliseconds one call of fn takes."""
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1e3


def one_time_costs() -> None:
    """What a process pays once: the warm-up before workers fork, and the lazy loads."""
    from carepolicy_extract.repair import lm, pinyin, warm_up
    warm = _ms(warm_up)
    cold = _ms(lm.build_uncached)
    prefixes = _ms(lambda: lm.language_model().prefixes())
    readings = _ms(pinyin._readings)
    print(f"repair.warm_up() {warm:.0f} ms (language model from the disk cache; {cold:.0f} ms to build it"
          f" without); on first use: word prefixes {prefixes:.0f} ms, pinyin readings {readings:.0f} ms")


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 4.0
    t = time.perf_counter()
    from carepolicy_extract.repair import repair_text
    imported = time.perf_counter() - t
    print(f"import repair {imported * 1e3:.0f} ms (clean text never loads a table)")
    one_time_costs()
    report("clean text (samples 000 001 003 004)", documents(CLEAN, megabytes), repair_text)
    report("garbled text (sample 002)", documents(GARBLED, megabytes / 4), repair_text)


if __name__ == "__main__":
    main()
