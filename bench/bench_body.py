#!/usr/bin/env python3
"""Body-extraction benchmark (not a test): the project against trafilatura and readability-lxml.

    .venv/bin/python bench/bench_body.py [--set DIR] [--worst N]

Runs each extractor in this process on every page of the cwced set
(../shared/bench/cwced: original/*.html and cleaned_ground.json), scores the bodies
with ../shared/tools/score_body.py (4-character shingles, macro P/R/F1) and prints one
table row per tool with its mean time per page. "project" is the pipeline's own path from
bytes to body text (decode → html_blocks → repair → t2s → boilerplate), without the later
measure stages. A tool that is not installed is skipped with a note. --worst N lists the
project's N lowest-scoring pages.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
from realpages import shared  # noqa: E402

DEFAULT_SET = shared() / "bench" / "cwced"
SCORER = shared() / "tools" / "score_body.py"


def _scorer():
    spec = importlib.util.spec_from_file_location("score_body", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def project_body(data: bytes) -> str:
    from carepolicy_extract import boilerplate, convert, html_blocks, repair
    from carepolicy_extract.decode import decode_bytes
    from carepolicy_extract.pipeline import _rejoin

    text = decode_bytes(data, html=True).text.replace("\x00", "")
    blocks, _ = html_blocks.html_to_blocks(text)
    joined = "\n".join(b.text for b in blocks)
    joined, _ = repair.repair_text(joined)
    joined, _ = convert.to_simplified(joined)
    body, _ = boilerplate.strip_boilerplate(_rejoin(blocks, joined))
    return "\n".join(b.text for b in body)


def _decoded(data: bytes) -> str:
    from carepolicy_extract.decode import decode_bytes
    return decode_bytes(data, html=True).text


def trafilatura_body(data: bytes) -> str:
    import trafilatura
    return trafilatura.extract(_decoded(data)) or ""


def readability_body(data: bytes) -> str:
    import lxml.html
    from readability import Document
    summary = Document(_decoded(data)).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


def project_warm_up() -> None:
    """What `extract` loads once before its workers start (OpenCC, jieba, the repair model,
    compiled rules): outside the clock, as it is outside the per-page cost of a run."""
    from carepolicy_extract.run import warm_up
    warm_up()


# name → (body function, module it needs or None, one-time setup or None)
TOOLS = {"project": (project_body, None, project_warm_up),
         "trafilatura": (trafilatura_body, "trafilatura", None),
         "readability-lxml": (readability_body, "readability", None)}


def run_tool(fn, pages: dict[str, bytes]) -> tuple[dict[str, str], float]:
    fn(next(iter(pages.values())))  # warm caches (rules, OpenCC) outside the clock
    out, spent = {}, 0.0
    for key, data in pages.items():
        t0 = time.perf_counter()
        try:
            out[key] = fn(data)
        except Exception as exc:  # a crash scores as an empty body, and is reported
            print(f"  {key}: {type(exc).__name__}: {exc}", file=sys.stderr)
            out[key] = ""
        spent += time.perf_counter() - t0
    return out, 1000 * spent / len(pages)


def score(ground: dict, pred: dict[str, str], scorer) -> tuple[dict, dict]:
    per = {}
    for key, g in ground.items():
        gs, ps = scorer.shingles(g.get("articleBody", "")), scorer.shingles(pred.get(key, ""))
        inter = sum((gs & ps).values())
        p = inter / sum(ps.values()) if ps else 0.0
        r = inter / sum(gs.values()) if gs else 1.0
        per[key] = {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    n = len(per)
    return {m: sum(d[m] for d in per.values()) / n for m in ("p", "r", "f1")}, per


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=DEFAULT_SET)
    ap.add_argument("--worst", type=int, default=0)
    args = ap.parse_args()
    ground = json.loads((args.set / "cleaned_ground.json").read_text(encoding="utf-8"))
    pages = {k: p.read_bytes() for k in ground if (p := args.set / "original" / f"{k}.html").exists()}
    scorer = _scorer()
    print(f"{len(pages)} pages from {args.set}")
    print(f"{'tool':<18} {'macro P':>8} {'macro R':>8} {'macro F1':>9} {'ms/page':>8}")
    project_scores = None
    for name, (fn, module, setup) in TOOLS.items():
        if module and importlib.util.find_spec(module) is None:
            print(f"{name:<18} skipped: `{module}` is not installed (pip install -e '.[bench]')")
            continue
        if setup is not None:
            setup()
        pred, ms = run_tool(fn, pages)
        macro, per = score(ground, pred, scorer)
        if name == "project":
            project_scores = per
        print(f"{name:<18} {macro['p']:>8.3f} {macro['r']:>8.3f} {macro['f1']:>9.3f} {ms:>8.2f}")
    if args.worst and project_scores:
        print("\nproject, worst pages:")
        for key, d in sorted(project_scores.items(), key=lambda kv: kv[1]["f1"])[:args.worst]:
            print(f"  {key}  P {d['p']:.3f}  R {d['r']:.3f}  F1 {d['f1']:.3f}")


if __name__ == "__main__":
    main()
