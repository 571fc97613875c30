"""Measures named in running text (`mentioned`): the case table and the work pages.

    python bench/bench_mentioned.py [OUT_DIR]
    python bench/bench_mentioned.py --speed [OUT_DIR]     # CPU time of find_policies (best of 5)

Prints how many rows of tests/mentioned_cases.tsv pass (with the failing ones), recall/precision on
the news paragraphs of tests/mentioned_paragraphs.txt, and, given the
output of `extract` over the work pages, mentioned recall among the golden policies score.py
matches and mentioned precision (predicted items of matched policies that the golden has).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from realpages import shared, work_pages  # noqa: E402

sys.path.insert(0, str(shared() / "tools"))

from test_mentioned import CASES, bare, named, paragraph_scores  # noqa: E402

GOLDENS = [golden for _, golden in work_pages()]


def table(verbose: bool = True) -> int:
    ok = 0
    for label, text, want, _ in CASES:
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
    for gpath in GOLDENS:
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
            extra = sorted(x for x in got if x not in want)
            miss = sorted(x for x in want if x not in got)
            if extra or miss:
                print(f"{gold['doc_id']} {g.get('title') or g.get('alias')}: miss {miss} extra {extra}")
    print(f"work, matched policies: mentioned recall {hit}/{gold_n} = {hit / max(gold_n, 1):.3f}; "
          f"precision {pred_ok}/{pred_n} = {pred_ok / max(pred_n, 1):.3f}")




COUNT_WORD = __import__("re").compile(r"(?:\d+|[一二三四五六七八九十]+)(?=[条项])[条项]")
VERBS = ("出台", "印发", "推出", "发布")
INTROS = ("包括", "涵盖", "主要有", "主要包括")


def _found(text: str, headline: str, items: list[str]) -> int:
    from carepolicy_extract.policies import find_policies
    got = {bare(x) for p in find_policies(text, None, headline) for x in p.mentioned}
    return sum(1 for x in items if bare(x) in got)


def metamorphic(out_dir: Path) -> None:
    """The golden items the code finds on a work page, found again after the page's sentence is
    varied: its first two items swapped, its count word changed (十条 → 8项), its verb changed."""
    import re
    from score import policy_match
    base = {"reorder": [0, 0], "count": [0, 0], "verb": [0, 0], "quotes": [0, 0], "intro": [0, 0]}
    for gpath in GOLDENS:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        opath = out_dir / "documents" / f"{gold['doc_id']}.json"
        if not opath.exists():
            continue
        doc = json.loads(opath.read_text(encoding="utf-8"))
        text, head = doc["text"], doc.get("title")
        for g in gold.get("policies", []):
            p = policy_match(g, doc.get("policies", []))
            if p is None:
                continue
            got = {bare(x) for x in p.get("mentioned", [])}
            items = [x for x in g.get("mentioned", []) if bare(x) in got and x in text]
            if len(items) < 2:
                continue
            a, b = items[0], items[1]
            i, j = text.find(a), text.find(b)
            if i < 0 or j < 0 or abs(i - j) < max(len(a), len(b)) or abs(i - j) > 300:
                continue
            lo, hi = min(i, j), max(i, j)
            s0 = max(text.rfind(c, 0, lo) for c in "。\n") + 1
            e0 = min([x for x in (text.find("。", hi), text.find("\n", hi)) if x >= 0] + [len(text)])
            sent = text[s0:e0]
            variants = {}
            if text.find(a) != text.find(b):
                first, second = (a, b) if i < j else (b, a)
                sw = sent.replace(first, "\0").replace(second, first).replace("\0", second)
                variants["reorder"] = sw
            if COUNT_WORD.search(sent):
                variants["count"] = COUNT_WORD.sub("8项", sent)
            vm = re.search("|".join(VERBS), sent)
            if vm:
                other = VERBS[(VERBS.index(vm.group()) + 1) % len(VERBS)]
                variants["verb"] = sent[:vm.start()] + other + sent[vm.end():]
            if "“" in sent:
                variants["quotes"] = sent.replace("“", "「").replace("”", "」")
            im = re.search("|".join(INTROS), sent)
            if im:
                other = INTROS[(INTROS.index(im.group()) + 1) % len(INTROS)]
                variants["intro"] = sent[:im.start()] + other + sent[im.end():]
            for k, v in variants.items():
                n = _found(text[:s0] + v + text[e0:], head, items)
                base[k][0] += n
                base[k][1] += len(items)
                if n < len(items):
                    print(f"  {gold['doc_id']} {k}: {n}/{len(items)} of {items[:3]}… in {v[:90]}")
    print("metamorphic (items found again / items found on the page): "
          + ", ".join(f"{k} {a}/{b}" for k, (a, b) in base.items()))


def paragraphs(verbose: bool = True) -> None:
    from test_mentioned import PARAGRAPHS
    for path in PARAGRAPHS + [None]:
        s = paragraph_scores(verbose and path is None, [path] if path else None)
        print(f"{path.name if path else 'all paragraphs'} ({s['items']} items): recall {s['recall']:.3f}, "
              f"precision {s['precision']:.3f} ({s['false']} false), attached {s['attached']:.3f}")


def speed(out_dir: Path | None = None, rounds: int = 5) -> float:
    """Seconds (best of `rounds`) find_policies takes over the paragraphs of all batches, the case
    table and, given an `extract` output, the texts of its documents: the cost of reading mentions."""
    import time
    from carepolicy_extract.policies import find_policies
    from test_mentioned import load_paragraphs
    texts = [t for _, t, _ in load_paragraphs()] + [t for _, t, _, _ in CASES]
    if out_dir is not None:
        for path in sorted((out_dir / "documents").glob("*.json")):
            doc = json.loads(path.read_text(encoding="utf-8"))
            texts.append(doc.get("text") or "")
    find_policies(texts[0])     # warm the caches of compiled rules
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()     # CPU time: the machine is shared
        for t in texts:
            find_policies(t)
        best = min(best, time.process_time() - t0)
    print(f"speed: find_policies over {len(texts)} texts: {best * 1000:.1f} ms (best of {rounds})")
    return best


if __name__ == "__main__":
    if sys.argv[1:2] == ["--speed"]:
        speed(Path(sys.argv[2]) if len(sys.argv) > 2 else None)
        sys.exit(0)
    table()
    paragraphs()
    if len(sys.argv) > 1:
        work(Path(sys.argv[1]))
        metamorphic(Path(sys.argv[1]))
