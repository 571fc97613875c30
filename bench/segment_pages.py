#!/usr/bin/env python3
"""Held-out mini-pages for the measure stage (tests/segment_pages/, format in its README.md).

    .venv/bin/python bench/segment_pages.py [--pages] [--json]

The pages were written from knowledge of the kinds of pages researchers collect (county notices,
news with inline items, plans, 实施细则, Q&A, forum reposts, document sites, WeChat posts, traditional
pages...) BEFORE the code ran on them; each carries its expected measures. Scored as
../shared/tools/score.py scores (metamorphic_measures.py's matcher): F1/P/R, exact boundaries, and
title / number / group accuracy among matched measures.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# (--src DIR scores another checkout's code, e.g. the code before a change: `git archive` it to /tmp)
_SRC = sys.argv[sys.argv.index("--src") + 1] if "--src" in sys.argv[:-1] else str(ROOT / "src")
sys.path.insert(0, _SRC)
sys.path.insert(0, str(ROOT / "bench"))
from metamorphic_measures import run_page, score_measures  # noqa: E402

sys.path.insert(0, _SRC)    # (metamorphic_measures put this checkout's src/ first)

PAGES = ROOT / "tests" / "segment_pages"


def _simp(s: str) -> str:
    from carepolicy_extract.convert import to_simplified
    return to_simplified(s)[0] if s else s


def load(path: Path) -> tuple[str, list[dict], str]:
    """(page text, expected measures, kind) of one mini-page file."""
    head, _, page = path.read_text(encoding="utf-8").partition("\n===\n")
    kind, gold = "", []
    for line in head.splitlines():
        if line.startswith("#"):
            kind = line[1:].strip()
        elif line.startswith("@"):
            num, group, title, span, *cut = (x.strip() for x in line[1:].split("|"))
            optional = num.startswith("?")
            start, _, end = span.partition(">>")
            i = page.find(start)
            if i < 0:
                raise ValueError(f"{path.name}: START not in page: {start}")
            if end:
                j = page.find(end, i)
                if j < 0:
                    raise ValueError(f"{path.name}: END not in page: {end}")
                j += len(end)
            else:
                j = page.find("\n", i)
                j = len(page) if j < 0 else j
            text = "".join(page[i:j].split())
            for c in (cut[0].split(";") if cut else ()):    # page furniture inside the span: not the item's text
                text = text.replace("".join(c.split()), "", 1)
            m = dict(number=int(num.lstrip("?")), group=_simp(group) or None, title=_simp(title) or None,
                     text=_simp(text))
            if optional:
                m["optional"] = True
            gold.append(m)
    return page, gold, kind


score_page = score_measures    # (one scorer for both benches: metamorphic_measures.py's)


def page_perfect(s: dict) -> bool:
    return s["gold"] == s["matched"] == s["pred"] == s["exact"] == s["title"] == s["number"] == s["group"]


def evaluate(paths: list[Path] | None = None) -> tuple[dict, dict]:
    tot = dict(pages=0, perfect=0, gold=0, pred=0, matched=0, exact=0, title=0, number=0, group=0)
    per = {}
    for path in paths or sorted(PAGES.glob("*.txt")):
        page, gold, _ = load(path)
        pred = run_page(page, path.stem)
        s = score_page(gold, pred)
        per[path.stem] = dict(s, pred_measures=[(p.get("number"), p.get("group"), p.get("title"),
                                                 (p.get("text") or "")[:40]) for p in pred])
        tot["pages"] += 1
        tot["perfect"] += page_perfect(s)
        for k in ("gold", "pred", "matched", "exact", "title", "number", "group"):
            tot[k] += s[k]
    P = tot["matched"] / tot["pred"] if tot["pred"] else 1.0
    R = tot["matched"] / tot["gold"] if tot["gold"] else 1.0
    m = tot["matched"] or 1
    tot.update(F1=round(2 * P * R / (P + R), 3) if P + R else 0.0, P=round(P, 3), R=round(R, 3),
               exact_rate=round(tot["exact"] / tot["gold"], 3) if tot["gold"] else 1.0, title_acc=round(tot["title"] / m, 3),
               number_acc=round(tot["number"] / m, 3), group_acc=round(tot["group"] / m, 3))
    return tot, per


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", action="store_true", help="show each imperfect page's predictions")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--glob", default="*.txt", help="which pages, e.g. 'q*.txt' (round B)")
    ap.add_argument("--src", default=None, help="the src/ folder whose code runs (default: this checkout's)")
    a = ap.parse_args()
    t0 = time.time()
    tot, per = evaluate(sorted(PAGES.glob(a.glob)))
    if a.json:
        print(json.dumps(dict(total=tot, pages=per), ensure_ascii=False, indent=1))
        return
    for name, s in per.items():
        flag = "ok " if page_perfect(s) else "BAD"
        print(f"{flag} {name:24} gold {s['gold']:2} pred {s['pred']:2} matched {s['matched']:2} exact {s['exact']:2} "
              f"title {s['title']:2} num {s['number']:2} group {s['group']:2}")
        if a.pages and not page_perfect(s):
            for p in s["pred_measures"]:
                print("      ", p)
    print(f"pages {tot['pages']} perfect {tot['perfect']}  F1 {tot['F1']:.3f} P {tot['P']:.3f} R {tot['R']:.3f} "
          f"exact {tot['exact_rate']:.3f} title {tot['title_acc']:.3f} number {tot['number_acc']:.3f} "
          f"group {tot['group_acc']:.3f}  ({time.time() - t0:.1f} s)")


if __name__ == "__main__":
    main()
