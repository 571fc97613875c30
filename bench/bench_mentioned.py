"""Measures named in running text (`mentioned`): the case table and the work pages.

    python bench/bench_mentioned.py [OUT_DIR]

Prints how many rows of tests/mentioned_cases.tsv pass (with the failing ones), and, given the
output of `extract` over the work pages, mentioned recall among the golden policies score.py
matches and mentioned precision (predicted items of matched policies that the golden has).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, "/work/shared/tools")

from test_mentioned import CASES, bare, named  # noqa: E402

GOLDEN = Path("/work/rp/work/golden")


def table(verbose: bool = True) -> int:
    ok = 0
    for label, text, want in CASES:
        got = named(text)
        if sorted(map(bare, got)) == sorted(map(bare, want)):
            ok += 1
        elif verbose:
            print(f"FAIL {label}\n   want {want}\n   got  {got}")
    print(f"case table: {ok}/{len(CASES)} pass")
    return ok


def work(out_dir: Path) -> None:
    from score import policy_match
    gold_n = hit = pred_n = pred_ok = 0
    for gpath in sorted(GOLDEN.glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        opath = out_dir / "documents" / f"{gold['doc_id']}.json"
        preds = json.loads(opath.read_text(encoding="utf-8")).get("policies", []) if opath.exists() else []
        for g in gold.get("policies", []):
            p = policy_match(g, preds)
            if p is None:
                continue
            want = {bare(x) for x in g.get("mentioned", [])}
            got = [bare(x) for x in p.get("mentioned", []) or []]
            gold_n += len(want)
            hit += sum(1 for x in want if x in got)
            pred_n += len(got)
            pred_ok += sum(1 for x in got if x in want)
            extra = [x for x in got if x not in want]
            miss = [x for x in want if x not in got]
            if extra or miss:
                print(f"{gold['doc_id']} {g.get('title') or g.get('alias')}: miss {miss} extra {extra}")
    print(f"work, matched policies: mentioned recall {hit}/{gold_n} = {hit / max(gold_n, 1):.3f}; "
          f"precision {pred_ok}/{pred_n} = {pred_ok / max(pred_n, 1):.3f}")


if __name__ == "__main__":
    table()
    if len(sys.argv) > 1:
        work(Path(sys.argv[1]))
