#!/usr/bin/env python3
"""Encoding detection (not a test): the project's decode.py against charset-normalizer.

    python -m venv /tmp/cn && /tmp/cn/bin/pip install charset-normalizer pydantic pytest hypothesis
    PYTHONPATH=src /tmp/cn/bin/python bench/bench_decode.py

charset-normalizer is not a dependency of the project (decode.py won this
comparison), so it runs from a separate venv. The cases are the project's own:
tests/test_decode.py's table, binary inputs and sample lines, the decodable
cases of tests/test_bad_input.py, the samples re-encoded in GBK, GB18030,
Big5 and UTF-16, and the samples as HTML pages in those encodings with an
honest meta charset and with a lying one. A case is right when the decoded
text is exactly the text that was encoded (binary input: when it is
rejected); time is per input, the best of three passes.
"""
from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from charset_normalizer import from_bytes  # noqa: E402

from carepolicy_extract.decode import DecodeError, decode_bytes  # noqa: E402


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


td, tb = _load("test_decode"), _load("test_bad_input")
SAMPLES = sorted((ROOT / "raw").iterdir())
REJECT = None   # expected "text" of an input that is not text


def cases() -> dict[str, list[tuple[bytes, bool, str | None]]]:
    """group → [(bytes, html?, expected text or REJECT)]."""
    groups: dict[str, list] = {}
    groups["test_decode table"] = [(data, html, text) for _, data, html, _, text in td.TABLE if data]
    groups["binary (reject)"] = [(data, False, REJECT) for _, data in td.BINARY]
    lines = []
    for p in SAMPLES:
        for ln in p.read_text(encoding="utf-8").splitlines():
            ln = ln.strip()
            if len(ln) < 6:
                continue
            for enc in ("gbk", "big5", "utf-16-le", "utf-16-be"):
                try:
                    lines.append((ln.encode(enc), False, ln))
                except UnicodeEncodeError:
                    pass
    groups["sample lines (GBK, Big5, UTF-16)"] = lines
    bad = []
    for rel, (make, status, *_) in tb.CASES.items():
        if make is None or status == "skipped":
            continue
        data = make()
        if rel in ("binary.txt", "controls.txt"):
            bad.append((data, False, REJECT))
            continue
        enc = "gb18030" if "gbk" in rel else "utf-8"
        bad.append((data, rel.endswith(".html"), data.decode(enc, "replace")))
    groups["test_bad_input cases"] = bad
    whole, pages = [], []
    for p in SAMPLES:
        text = p.read_text(encoding="utf-8")
        for enc, label, liar in (("gbk", "gbk", "utf-8"), ("gb18030", "gb18030", "utf-8"), ("big5", "big5", "gb2312"),
                                 ("utf-16", "utf-16", "gb2312"), ("utf-16-le", "utf-16", "utf-8")):
            try:
                whole.append((text.encode(enc), False, text))
                for meta in (label, liar):
                    page = tb._html(text, meta)
                    pages.append((page.encode(enc), True, page))
            except UnicodeEncodeError:
                pass
        page = tb._html(text, "gb2312")          # UTF-8 bytes under a GB2312 meta
        pages.append((page.encode(), True, page))
    groups["samples re-encoded (whole files)"] = whole
    groups["sample pages, honest and lying meta"] = pages
    return groups


def ours(data: bytes, html: bool) -> str | None:
    try:
        return decode_bytes(data, html=html).text
    except DecodeError:
        return None


def theirs(data: bytes, html: bool) -> str | None:
    best = from_bytes(data).best()
    return None if best is None else str(best)


def run(fn, items) -> tuple[int, float]:
    right = sum(fn(data, html) == text for data, html, text in items)
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        for data, html, _ in items:
            fn(data, html)
        best = min(best, time.perf_counter() - t)
    return right, best / len(items) * 1000


def main() -> None:
    groups = cases()
    print(f"| cases | n | decode.py right | ms/input | charset-normalizer right | ms/input |")
    print("|---|---:|---:|---:|---:|---:|")
    total = {"n": 0, "a": 0, "b": 0, "ta": 0.0, "tb": 0.0}
    for name, items in groups.items():
        a, ta = run(ours, items)
        b, tb_ = run(theirs, items)
        print(f"| {name} | {len(items)} | {a} | {ta:.2f} | {b} | {tb_:.2f} |")
        total["n"] += len(items)
        total["a"] += a
        total["b"] += b
        total["ta"] += ta * len(items)
        total["tb"] += tb_ * len(items)
    n = total["n"]
    print(f"| all | {n} | {total['a']} ({total['a'] / n:.1%}) | {total['ta'] / n:.2f} | "
          f"{total['b']} ({total['b'] / n:.1%}) | {total['tb'] / n:.2f} |")
    cwced = sorted((ROOT.parent / "shared" / "bench" / "cwced" / "original").glob("*.html"))
    if cwced:
        # real pages of unknown encoding: how often the two agree, and the time on pages of real size
        items = [(p.read_bytes(), True, None) for p in cwced]
        agree = sum(ours(d, h) == theirs(d, h) for d, h, _ in items)
        _, ta = run(ours, items)
        _, tb_ = run(theirs, items)
        kb = sum(len(d) for d, _, _ in items) / len(items) / 1024
        print(f"| cwced pages ({kb:.0f} KB on average): same text from both | {len(items)} | {agree} | "
              f"{ta:.2f} | {agree} | {tb_:.2f} |")


if __name__ == "__main__":
    main()
