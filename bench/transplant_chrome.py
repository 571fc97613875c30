#!/usr/bin/env python3
"""Real chrome around another page's article: do chrome verdicts transfer? (a bench, not a test)

    .venv/bin/python bench/transplant_chrome.py [--set DIR] [--n N] [--seed S] [--keep DIR] [--left N] [--worst N] [--extract CMD]
                                          [--donors work|cwced]

Every golden page of the `work` set says which of its raw lines are the article (`body_lines`);
the other non-blank lines are that site's real chrome (and its headline). This bench builds
pages that put the REAL chrome of one page around ANOTHER page's article, so a verdict that only
holds on the page it was tuned on shows up as chrome left in (or article lost):

- `plain`    header chrome of page X (the lines above its article, X's headline replaced by the
             article's own headline line) + article of page Z + footer chrome of page Y (the lines
             below Y's article, when Y has any; only when Z's article ends on the page, not
             where the ~2,000-character cut broke it off);
- `shuffled` the same with the chrome lines shuffled within their block (the headline keeps its
             place in the header);
- `nohead`   X's header without any headline line;
- `short`    only the first article lines of Z, up to some 60 or 160 characters;
- `long`     Z's article followed by the article of another page W (the article is both);
- `glued`    the plain page, with the chrome that page W's golden cuts off its article lines
             (`body_cut`: a credit, a watermark, spam) glued the same way to Z's lines (same side,
             first or last line, every other line when W repeats it);
- `inner`    the plain page, with W's chrome lines between its article's ranges (a caption, a
             gallery counter, a video prompt) set between Z's paragraphs at the same place.

With `--donors cwced` the header and footer chrome come from the 69 cwced news pages instead (their
text dumps as bench/bench_text_chrome.py makes them, cut around the article): real chrome of sites
the stage was never tuned on line by line. The choice of X, Y, Z, W is drawn with a fixed seed. Pages flagged garbled (`c`) in the
manifest donate no chrome (the repair stage rewrites their lines, so a left line would not be
found by its shingles) and no article.

Scores, with score.py's shingles (4 characters without white space, punctuation, symbols):
- chrome-left: share of the transplanted chrome lines' shingles (those not in the article's
  body) found in the output's text; reported overall, per variant and per family of chrome line
  (position header/footer; shape: short <= 12 characters or long; with separators; digit or
  Latin share >= 30%); and the chrome lines most often left in (--left N);
- body P / R / F1 of the output's text against the golden body of the article(s) (score.py's body_f1).
Prints a summary line: `transplant summary: {...}`.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from carepolicy_extract.boilerplate import rule_action  # noqa: E402
from carepolicy_extract.convert import to_simplified  # noqa: E402
from bench_text_chrome import run_extract  # noqa: E402

DEFAULT_SET = Path("/work/rp/work")
VARIANTS = ("plain", "shuffled", "nohead", "short", "long", "glued", "inner")
SEPARATORS = re.compile(r"[|｜>»›/·•\-—_=:：]")


def shingles(text: str, n: int = 4) -> Counter:
    s = "".join(c for c in unicodedata.normalize("NFKC", text or "")
                if not c.isspace() and not unicodedata.category(c).startswith(("P", "S")))
    return Counter(s[i:i + n] for i in range(max(len(s) - n + 1, 0)))


def prf(gold: Counter, pred: Counter) -> tuple[float, float, float]:
    inter = sum((gold & pred).values())
    if not gold and not pred:
        return 1.0, 1.0, 1.0
    p = inter / sum(pred.values()) if pred else 0.0
    r = inter / sum(gold.values()) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def simp(s: str) -> str:
    return to_simplified(s)[0]


def family(line: str, where: str) -> list[str]:
    s = line.strip()
    fam = [where, f"{where}:{'short' if len(s) <= 12 else 'long'}"]
    if SEPARATORS.search(s):
        fam.append(f"{where}:separators")
    n = max(len(s), 1)
    if sum(c.isdigit() for c in s) / n >= 0.3:
        fam.append(f"{where}:digits")
    if sum(c.isascii() and c.isalpha() for c in s) / n >= 0.3:
        fam.append(f"{where}:latin")
    return fam


class Page:
    def __init__(self, name: str, raw: str, gold: dict, kinds: str):
        self.name = name
        lines = raw.split("\n")
        ranges = gold.get("body_lines") or []
        body_idx = sorted({i - 1 for a, b in ranges for i in range(a, b + 1) if 0 < i <= len(lines)})
        self.body = [lines[i].strip() for i in body_idx if lines[i].strip()]
        first, last = (body_idx[0], body_idx[-1]) if body_idx else (len(lines), len(lines))
        # a teaser (`内容提要：…`) restates its own article's lead: no chrome of another article's page
        self.header = [ln.strip() for ln in lines[:first] if ln.strip() and rule_action(simp(ln.strip())) != "teaser"]
        self.footer = [ln.strip() for ln in lines[last + 1:] if ln.strip()]
        self.gold_title = gold.get("title") or ""
        self.gold_body = gold.get("body") or ""
        self.garbled = "c" in kinds
        self.blank_lines = raw.count("\n\n") >= 2
        title = simp(gold.get("title") or "")
        tsh = shingles(title)
        # the donor's headline (or a part of it, or a repeat of it) is no chrome: it is the
        # article's own headline, replaced by the article's headline when transplanted
        self.head_parts = {i for i, ln in enumerate(self.header) if self._is_headline(ln, title, tsh)}
        self.foot_parts = {i for i, ln in enumerate(self.footer) if self._is_headline(ln, title, tsh)}
        self.headline = min(self.head_parts) if self.head_parts else None
        # chrome inside the article: lines between its ranges, with their place (share of the way down)
        kept = set(body_idx)
        span = max(last - first, 1)
        self.inner = [(lines[i].strip(), (i - first) / span) for i in range(first, last + 1)
                      if i not in kept and lines[i].strip() and not self._is_headline(lines[i], title, tsh)]
        # chrome glued to an article line (body_cut): which side, on the first or a later line, how often
        self.glued = []
        for piece in gold.get("body_cut") or []:
            at = [i for i in body_idx if piece in lines[i]]
            if len(piece) < 4 or not at or self._is_headline(piece, title, tsh):
                continue
            text = lines[at[0]].strip()
            side = "start" if text.startswith(piece) else "end" if text.endswith(piece) else None
            if side:
                self.glued.append((piece, side, at[0] == body_idx[0], len(at) > 1))

    @staticmethod
    def _is_headline(line: str, title: str, tsh: Counter) -> bool:
        if not title:
            return False
        ln = simp(line)
        sh = shingles(ln)
        n = sum(sh.values())
        if n and sum((sh & tsh).values()) >= 0.6 * n:
            return True
        return SequenceMatcher(None, ln, title, autojunk=False).ratio() >= 0.6

    def ends_whole(self, variant: str) -> bool:
        """Whether the article ends where its page shows its end (a footer may follow): its page
        has chrome below it, or its last line ends a sentence; a short variant ends at a line's end."""
        return variant == "short" or bool(self.footer) or bool(self.body) and self.body[-1].rstrip()[-1:] in "。！？!?”」)）"

    def headline_line(self) -> str | None:
        return self.header[self.headline] if self.headline is not None else None

    def chrome_header(self) -> list[str]:
        return [ln for i, ln in enumerate(self.header) if i not in self.head_parts]

    def chrome_footer(self) -> list[str]:
        return [ln for i, ln in enumerate(self.footer) if i not in self.foot_parts]


def load(set_dir: Path) -> list[Page]:
    kinds = {}
    for row in (set_dir / "manifest.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        parts = row.split("\t")
        kinds[parts[0].removesuffix(".txt")] = parts[3] if len(parts) > 3 else ""
    pages = []
    for g in sorted((set_dir / "golden").glob("*.json")):
        raw = set_dir / "raw" / f"{g.stem}.txt"
        if raw.exists():
            pages.append(Page(g.stem, raw.read_text(encoding="utf-8"), json.loads(g.read_text(encoding="utf-8")),
                              kinds.get(g.stem, "")))
    return pages


CWCED_HEAD_CHARS = 900    # a cwced page's chrome above its article: up to this much (as bench_text_chrome's window)
CWCED_FOOT_CHARS = 600    # … and below it


def load_cwced() -> list[Page]:
    """The cwced news pages (../shared/bench/cwced) as donors of chrome only: each page's text dump
    (bench/bench_text_chrome.py) cut around its article — the lines above the article's first line
    and below its last (those mostly the article's, or the page's own headline, left out). Chrome
    of sites the boilerplate stage was never tuned on line by line."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_text_chrome import DEFAULT_SET as CWCED, text_dump   # noqa: E402
    from carepolicy_extract.decode import decode_bytes                # noqa: E402
    ground = json.loads((CWCED / "cleaned_ground.json").read_text(encoding="utf-8"))
    donors = []
    for key, g in sorted(ground.items()):
        page = CWCED / "original" / f"{key}.html"
        if not page.exists():
            continue
        lines = simp(text_dump(decode_bytes(page.read_bytes(), html=True).text)).split("\n")
        gold = shingles(simp(g.get("articleBody", "")))
        title = shingles(lines[0]) if lines else Counter()

        def share(line: str, of: Counter) -> float:
            sh = shingles(line)
            n = sum(sh.values())
            return sum((sh & of).values()) / n if n else 0.0
        at = [i for i, ln in enumerate(lines) if sum(shingles(ln).values()) >= 10 and share(ln, gold) >= 0.6]
        if not at:
            continue
        first, last = at[0], at[-1]
        chrome = lambda ln: ln.strip() and share(ln, gold) < 0.5 and share(ln, title) < 0.5   # noqa: E731
        head, used = [], 0
        for ln in reversed(lines[1:first]):
            if used + len(ln) > CWCED_HEAD_CHARS:
                break
            used += len(ln) + 1
            if chrome(ln):
                head.insert(0, ln.strip())
        foot, used = [], 0
        for ln in lines[last + 1:]:
            if used + len(ln) > CWCED_FOOT_CHARS:
                break
            used += len(ln) + 1
            if chrome(ln):
                foot.append(ln.strip())
        d = Page.__new__(Page)
        d.name, d.header, d.footer, d.body = f"cw{key[:6]}", head, foot, []
        d.head_parts, d.foot_parts, d.headline, d.glued, d.inner, d.garbled = set(), set(), None, [], [], False
        donors.append(d)
    return donors


def compose(variant: str, x: Page, y: Page, z: Page, w: Page, rng: random.Random):
    """(page lines, chrome lines with their position, gold body)"""
    header, hl_pos = x.chrome_header(), None
    if variant != "nohead" and z.headline_line() is not None:
        hl_pos = x.headline if x.headline is not None else len(header)
        header.insert(hl_pos, z.headline_line())
    footer = y.chrome_footer()
    if y.foot_parts and variant != "nohead" and z.headline_line() is not None:
        at = min(y.foot_parts) - len([i for i in range(min(y.foot_parts)) if i in y.foot_parts])
        footer.insert(at, z.headline_line())     # the page's headline repeated below its text
    chrome_h = x.chrome_header()
    if variant == "shuffled":
        others = [ln for i, ln in enumerate(header) if i != hl_pos]
        rng.shuffle(others)
        if hl_pos is not None:
            others.insert(hl_pos, header[hl_pos])
        header = others
        rng.shuffle(footer)
    body, gold = list(z.body), z.gold_body
    if variant == "short":
        # the first article lines up to some 60-160 characters (a heading alone is no article)
        want, size, k = rng.choice((60, 160)), 0, 0
        while k < len(body) and size < want:
            size += len(body[k])
            k += 1
        body = body[:k]
        gold = "\n".join(body)      # the article shown is these lines (body_cut left aside)
    elif variant == "long":
        body = body + list(w.body)
        gold = z.gold_body + "\n" + w.gold_body
    chrome = [(ln, "header") for ln in chrome_h] + [(ln, "footer") for ln in y.chrome_footer()]
    return header + body + footer, chrome, gold


def glue(z: Page, d: Page, rng: random.Random):
    """Z's article with D's glued chrome (body_cut) glued the same way to Z's lines, or D's inner
    chrome lines set between Z's paragraphs at the same place."""
    body = list(z.body)
    chrome = []
    for piece, side, on_first, repeated in d.glued:
        targets = range(0, len(body), 2) if repeated else [0 if on_first else len(body) - 1]
        for t in targets:
            body[t] = piece + body[t] if side == "start" else body[t] + piece
        chrome.append((piece, f"glued-{side}"))
    return body, chrome


def set_inside(z: Page, d: Page):
    body = list(z.body)
    for line, where in sorted(d.inner, key=lambda x: -x[1]):
        at = min(max(1, round(where * len(body))), len(body) - 1) if len(body) > 1 else 1
        body.insert(at, line)
    return body, [(line, "inner") for line, _ in d.inner]


def build(pages: list[Page], n: int, seed: int, raw_dir: Path, chrome_from: list[Page] | None = None) -> dict[str, dict]:
    rng = random.Random(seed)
    ok = [p for p in pages if not p.garbled and p.body]
    donors_h = [p for p in chrome_from or ok if p.chrome_header()]
    donors_f = [p for p in chrome_from or ok if p.chrome_footer()]
    made = {}
    for k in range(n):
        variant = VARIANTS[k % len(VARIANTS)]
        z = rng.choice(ok)
        x = rng.choice([p for p in donors_h if p is not z])
        y = rng.choice([p for p in donors_f if p is not z and p is not x]) if rng.random() < 0.6 else None
        if not z.ends_whole(variant):
            y = None    # the real page was cut inside the article: no footer follows it
        w = rng.choice([p for p in ok if p is not z])
        empty = Page.__new__(Page)
        empty.footer, empty.foot_parts = [], set()
        lines, chrome, gold = compose(variant, x, y or empty, z, w, rng)
        if variant in ("glued", "inner"):
            donors = [p for p in pages if p is not z and (p.glued and not p.garbled if variant == "glued" else p.inner)]
            d = rng.choice(donors)
            body, extra = glue(z, d, rng) if variant == "glued" else set_inside(z, d)
            at = lines.index(z.body[0]) if z.body and z.body[0] in lines else None
            if at is not None:
                lines = lines[:at] + body + lines[at + len(z.body):]
                chrome = chrome + extra
                w = d       # named in the combo
        name = f"t{k:03d}-{variant}"
        sep = "\n\n" if z.blank_lines else "\n"
        (raw_dir / f"{name}.txt").write_text(sep.join(lines) + "\n", encoding="utf-8")
        made[name] = dict(variant=variant, chrome=chrome, gold=gold,
                          combo=f"{x.name}+{z.name}" + (f"+{y.name}" if y else "") + (f"+{w.name}" if variant in ("long", "glued", "inner") else ""))
    return made


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=DEFAULT_SET)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=27)
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--extract", type=Path, help="the extract command to run (default: this venv's), e.g. an older build's")
    ap.add_argument("--donors", choices=("work", "cwced"), default="work",
                    help="whose header and footer chrome: the work pages', or the cwced news pages' (never tuned on line by line)")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest body F1")
    ap.add_argument("--left", type=int, default=0, help="list the N chrome lines that leave most shingles in")
    args = ap.parse_args()
    t0 = time.perf_counter()
    pages = load(args.set)
    with tempfile.TemporaryDirectory(prefix="transplant-") as tmp:
        base = args.keep or Path(tmp)
        raw = base / "raw"
        raw.mkdir(parents=True, exist_ok=True)
        for f in raw.glob("*.txt"):
            f.unlink()
        made = build(pages, args.n, args.seed, raw, load_cwced() if args.donors == "cwced" else None)
        texts = run_extract(raw, base / "out", args.extract)
    fam_tot, fam_left = Counter(), Counter()
    var_tot, var_left = Counter(), Counter()
    body = defaultdict(list)
    left_lines = Counter()
    worst = []
    for name, d in made.items():
        out = texts.get(name, "")
        pred = shingles(simp(out))
        gold = shingles(simp(d["gold"]))
        p, r, f = prf(gold, pred)
        body[d["variant"]].append((p, r, f))
        worst.append((f, p, r, name, d["combo"]))
        body["all"].append((p, r, f))
        for line, where in d["chrome"]:
            sh = shingles(simp(line)) - gold
            n = sum(sh.values())
            if not n:
                continue
            left = sum((sh & pred).values())
            for fam in family(line, where):
                fam_tot[fam] += n
                fam_left[fam] += left
            var_tot[d["variant"]] += n
            var_left[d["variant"]] += left
            var_tot["all"] += n
            var_left["all"] += left
            if left >= 0.5 * n:
                left_lines[(where, line[:60])] += left
    print(f"{len(made)} transplanted pages from {len(pages)} pages of {args.set}")
    print(f"{'variant':<9} {'chrome-left':>11} {'body P':>7} {'body R':>7} {'body F1':>8}")
    summary = {}
    for v in (*VARIANTS, "all"):
        rows = body[v]
        if not rows:
            continue
        mp, mr, mf = (sum(x[i] for x in rows) / len(rows) for i in range(3))
        cl = var_left[v] / var_tot[v] if var_tot[v] else 0.0
        print(f"{v:<9} {cl:>11.3f} {mp:>7.3f} {mr:>7.3f} {mf:>8.3f}")
        summary[v] = {"left": round(cl, 4), "f1": round(mf, 4)}
    print("chrome-left per family (shingles):")
    for fam in sorted(fam_tot):
        print(f"  {fam:<20} {fam_left[fam] / fam_tot[fam]:.3f}  of {fam_tot[fam]}")
    if args.left:
        print("chrome lines left in (shingles left, over all pages):")
        for (where, line), c in left_lines.most_common(args.left):
            print(f"  {c:>3} {where:<6} {line}")
    if args.worst:
        print("worst pages by body F1:")
        for f, p, r, name, combo in sorted(worst)[:args.worst]:
            print(f"  {name:<16} {combo:<22} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    allrows = body["all"]
    print("transplant summary: " + json.dumps({
        "chrome_left": round(var_left["all"] / max(var_tot["all"], 1), 4),
        "body_p": round(sum(x[0] for x in allrows) / len(allrows), 4),
        "body_r": round(sum(x[1] for x in allrows) / len(allrows), 4),
        "body_f1": round(sum(x[2] for x in allrows) / len(allrows), 4),
        "seconds": round(time.perf_counter() - t0, 1)}))


if __name__ == "__main__":
    main()
