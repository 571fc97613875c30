#!/usr/bin/env python3
"""Train the line model of the boilerplate stage (rules/line_model.tsv) and estimate it honestly.

    .venv/bin/python scripts/train_line_model.py [--pages DIR [DIR ...]] [--reach R] [--folds 5] [--write]

Each DIR is a SET of pages: `raw/` and `golden/` whose golden files carry `body` (the whole article
text a reader wants; by default ../rp/work, the `work` split of ../shared/realpages; the dev sets
of bench/synthpages, A B D, may be added — never a held-out set: C, E, F, I, K, L, N). Each page
goes through the pipeline up to the boilerplate stage; every SHORT line the rules and the page's
shape keep (headings, captions, subtitles, labels, signatures — body lines are never asked) is a
sample, labelled "the article's" when most of its 4-character shingles are in the golden body.
The veto reaches only the lines `boilerplate.vetoable` allows (above the article, not next to it,
no signature, no list item); --threshold writes a threshold chosen on a held-out set instead
(bench/bench_text_chrome.py, the cwced pages as text dumps: run it after writing each candidate).
The model is a logistic regression (L2, gradient descent, numpy) over the transferable features
of `boilerplate.line_features`: shape, place against the text, neighbours, headline similarity;
none names a site or a phrase.

With several sets, the estimate that counts is LEAVE-ONE-SET-OUT: for each set the model is trained
on the other sets' pages only and its veto applied to that set (a set is a writer or a crawl: pages
of one set share habits that pages of another never show, so leaving pages out of a set flatters
the model). Its figures are printed per set and as the mean over the sets; --write then chooses the
threshold on them. --reach says which kept short lines the model may veto (boilerplate.vetoable):
`above` (the chrome the article's core grew over, further above it) or `above+below` (also short
lines below the article's last line: related-list headlines, editor and credit lines, footers).

With one set, cross-validation leaves whole pages out (--folds groups of pages): for each fold the model is
trained on the other pages and its veto (drop a kept short line when P(article) < threshold) is
applied to the held-out pages; the printed body F1 / must_not / must_contain of the held-out
pages, with and without the veto, is the estimate for unseen pages. --write trains on every page
and writes the weights and the threshold that cross-validation chose (none: threshold 0, the
model then never vetoes).
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from carepolicy_extract import boilerplate, pipeline  # noqa: E402
from carepolicy_extract.boilerplate import strip  # noqa: E402
from carepolicy_extract.evaluate import body_f1, letters, squeeze  # noqa: E402

# the work split of the real pages, beside the repository (or beside the folder of worktrees)
DEFAULT_PAGES = next((p for p in (ROOT.parent / "rp" / "work", ROOT.parents[1] / "rp" / "work") if p.exists()),
                     ROOT.parent / "rp" / "work")
THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)
L2 = 1.0


def shingles(text: str, n: int = 4) -> tuple[str, Counter]:
    s = "".join(c for c in unicodedata.normalize("NFKC", text or "")
                if not c.isspace() and unicodedata.category(c)[0] not in "PS")
    return s, Counter(s[i:i + n] for i in range(max(len(s) - n + 1, 0)))


def page_samples(raw: Path, gold: dict) -> dict:
    """The page's lines as the boilerplate stage sees them, its verdicts before the model, features, labels."""
    seen = {}
    real = strip._classify

    def spy(lines):
        keep, meta, judged = real(lines)
        seen.update(lines=lines, keep=list(keep), meta=meta, judged=judged)
        return keep, meta, judged

    strip._classify = spy
    try:
        pipeline.extract_document(raw.read_bytes(), "text", doc_id=raw.stem, path=raw.name, sha256="-")
    finally:
        strip._classify = real
    feats = boilerplate.line_features(seen["lines"], seen["judged"], seen["keep"], seen["meta"].title)
    body_s, body_sh = shingles(gold["body"])
    labels = []
    for line in seen["lines"]:
        s, sh = shingles(line)
        if len(s) < 4:
            labels.append(bool(s) and s in body_s)
        else:
            labels.append(sum((sh & body_sh).values()) / sum(sh.values()) >= 0.5)
    return dict(name=raw.stem, gold=gold, feats=feats, labels=labels, **seen)


def matrix(pages: list[dict], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for p in pages:
        for f, y in zip(p["feats"], p["labels"]):
            if f is not None:
                xs.append([f[k] for k in names])
                ys.append(float(y))
    return np.array(xs, dtype=float).reshape(-1, len(names)), np.array(ys)


def train(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    w = np.zeros(x.shape[1])
    if not len(y) or y.min() == y.max():
        return w
    # the classes weigh the same: chrome is rare among the lines the rules keep
    sw = np.where(y > 0, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    for _ in range(3000):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (sw * (p - y)) / len(y) + L2 * w / len(y) * np.r_[0.0, np.ones(x.shape[1] - 1)]
        w -= 0.5 * grad
    return w


def page_figures(p: dict, keep: list[bool]) -> tuple[float, int, int, int, int]:
    text = "\n".join(line for line, k in zip(p["lines"], keep) if k and line)
    clean = p["gold"].get("clean", {})
    flat, bare = squeeze(text), letters(text)
    must = clean.get("must_contain", [])
    must_not = clean.get("must_not_contain", [])
    return (body_f1(p["gold"]["body"], text), sum(letters(s) in bare for s in must), len(must),
            sum(squeeze(s) not in flat for s in must_not), len(must_not))


def vetoed(p: dict, names: list[str], w: np.ndarray, threshold: float, below: bool = False) -> list[bool]:
    keep = list(p["keep"])
    for i, f in enumerate(p["feats"]):
        if f is not None and keep[i] and boilerplate.vetoable(f, below):
            z = float(np.dot(w, [f[k] for k in names]))
            if 1 / (1 + np.exp(-z)) < threshold:
                keep[i] = False
    return keep


def summary(rows: list[tuple]) -> str:
    bf = sum(r[0] for r in rows) / len(rows)
    must = sum(r[1] for r in rows) / max(sum(r[2] for r in rows), 1)
    clean = sum(r[3] for r in rows) / max(sum(r[4] for r in rows), 1)
    return f"body_f1 {bf:.4f}  must_not_clean {clean:.4f}  must_contain {must:.4f}"


def load_set(folder: Path) -> list[dict]:
    pages = []
    for g in sorted((folder / "golden").glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        raw = folder / "raw" / f"{gold['doc_id']}.txt"
        if "body" in gold and raw.exists():
            pages.append(page_samples(raw, gold))
    return pages


HELD_OUT = ("C", "E", "F", "I", "K", "L", "N")  # bench/synthpages' held-out sets: never trained on nor scored here


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=Path, nargs="+", default=[DEFAULT_PAGES])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--reach", choices=("above", "above+below"), default="above")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--threshold", type=float, help="write this threshold instead of the cross-validated one "
                    "(chosen on a held-out set, e.g. bench/bench_text_chrome.py)")
    args = ap.parse_args()
    for folder in args.pages:
        if folder.resolve().name in HELD_OUT and folder.resolve().parent.name in ("synthpages", "synth"):
            sys.exit(f"{folder} is a held-out set: never train on it")
    below = args.reach == "above+below"
    boilerplate.line_model.cache_clear()
    real_model = boilerplate.line_model
    strip.line_model = lambda: {}     # verdicts before any model (classify reads it from strip)
    sets = {folder.resolve().name: load_set(folder) for folder in args.pages}
    strip.line_model = real_model
    pages = [p for ps in sets.values() for p in ps]
    names = next(list(f) for p in pages for f in p["feats"] if f is not None)
    x, y = matrix(pages, names)
    print(f"{len(sets)} set(s), {len(pages)} pages, {len(y)} kept short lines, {int(y.sum())} of them the article's;"
          f" reach {args.reach}")

    per_threshold = {t: [] for t in THRESHOLDS}
    if len(sets) > 1:
        # leave one SET out: each set's pages are scored by a model trained on the other sets only
        per_set = {name: {} for name in sets}
        for name, test in sets.items():
            w = train(*matrix([p for other, ps in sets.items() if other != name for p in ps], names))
            for t in THRESHOLDS:
                rows = [page_figures(p, vetoed(p, names, w, t, below)) for p in test]
                per_set[name][t] = rows
                per_threshold[t] += rows
        print("leave-one-set-out, each set scored by a model that never saw it:")
        for t in THRESHOLDS:
            print(f"  threshold {t:.1f}:" + ("   (no veto)" if t == 0 else ""))
            for name in sets:
                print(f"    {name:>6}: {summary(per_set[name][t])}")
            print(f"    {'mean':>6}: {mean_summary([per_set[name][t] for name in sets])}")
    else:
        # leave pages out: each fold's pages are scored by a model that never saw them
        for fold in range(args.folds):
            test = [p for k, p in enumerate(pages) if k % args.folds == fold]
            w = train(*matrix([p for k, p in enumerate(pages) if k % args.folds != fold], names))
            for t in THRESHOLDS:
                per_threshold[t] += [page_figures(p, vetoed(p, names, w, t, below)) for p in test]
        print("cross-validated, held-out pages:")
        for t in THRESHOLDS:
            print(f"  threshold {t:.1f}: {summary(per_threshold[t])}" + ("   (no veto)" if t == 0 else ""))

    def gain(t):   # body F1 plus the share of must_not snippets gone, over the held-out pages
        rows = per_threshold[t]
        return sum(r[0] for r in rows) / len(rows) + sum(r[3] for r in rows) / max(sum(r[4] for r in rows), 1)
    # a veto that loses article text (a must_contain snippet) is never chosen
    allowed = [t for t in THRESHOLDS if summary_ok(per_threshold[t], per_threshold[0.0])]
    best = max(allowed, key=lambda t: (round(gain(t) - gain(0.0), 4), -t))
    w = train(x, y)
    print("threshold chosen:", best)
    print("weights (all pages):", ", ".join(f"{k} {v:+.2f}" for k, v in zip(names, w)))
    if args.write:
        out = ROOT / "rules" / "line_model.tsv"
        how = "leave-one-set-out" if len(sets) > 1 else "leave-pages-out cross-validation"
        lines = [
            "# The boilerplate stage's line model: a logistic regression that gives its second opinion on",
            "# the SHORT lines (headings, labels, menu items) the rules and the page's shape keep around the",
            "# article. A kept short line two lines or more above the article's first sentence (and, with",
            "# veto_below 1, one below its last line: a related list's headlines, credits, footer links)",
            "# whose probability of being the article's is below `threshold` is dropped (e.g. a column of",
            "# channel names or provinces the article's core grew over: 省委关注 / 豫政双周 / …); signatures,",
            "# list items and lines inside or right above the text are never vetoed (boilerplate.vetoable).",
            "# Format: feature <TAB> weight (features: boilerplate.line_features; shape, place, neighbours,",
            "# headline similarity, none names a site). Written by scripts/train_line_model.py --write from",
            "# the golden bodies of the sets " + ", ".join(sets) + f"; threshold is what {how}",
            "# chose, or with --threshold what held-out pages chose (0 = the model never vetoes). Rerun the",
            "# script rather than editing by hand.",
            f"# {how}, pooled held-out pages, by threshold:",
        ]
        lines += [f"#   {t:.1f}: {summary(per_threshold[t])}" for t in THRESHOLDS]
        if args.threshold is None:
            lines += [f"threshold\t{best}\t# chosen: the best that loses no must_contain snippet"]
        else:
            lines += [f"threshold\t{args.threshold}\t# chosen on held-out pages (bench/bench_text_chrome.py: "
                      f"cwced text dumps), among those that lose no must_contain snippet here; "
                      f"{how} alone chose {best}"]
        lines += [f"veto_below\t{1 if below else 0}\t# 1: the model may also veto short lines below the article"]
        lines += [f"{k}\t{v:.4f}" for k, v in zip(names, w)]
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print("wrote", out)


def mean_summary(per_set: list[list[tuple]]) -> str:
    """The figures of every held-out set, averaged over the sets (each set weighs the same)."""
    figs = [summary(rows).split() for rows in per_set]
    return "  ".join(f"{figs[0][k]} {sum(float(f[k + 1]) for f in figs) / len(figs):.4f}" for k in range(0, 6, 2))


def summary_ok(rows: list[tuple], base: list[tuple]) -> bool:
    """The veto may not cost article text: must_contain at least as before."""
    return sum(r[1] for r in rows) >= sum(r[1] for r in base)


if __name__ == "__main__":
    main()
