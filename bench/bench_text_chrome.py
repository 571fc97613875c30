#!/usr/bin/env python3
"""Page chrome on text dumps, held out: the cwced news pages saved as text (not a test).

    .venv/bin/python bench/bench_text_chrome.py [--set DIR] [--worst N] [--keep DIR]

The real pages the project is judged on are text dumps of stored pages (a line per block:
menus, bylines, share bars, related lists and footers as lines), the first ~2,000 characters
of each. The boilerplate stage was tuned on such dumps from one set of pages only; this bench
makes dumps the code was never fitted to from the 69 news pages of the cwced set
(../shared/bench/cwced: original/*.html, and the article text in cleaned_ground.json):

- each HTML page becomes the text a browser's innerText gives, `<title>` first (script, style,
  noscript, head and hidden furniture dropped; a line per block-level element and per `<br>`;
  table cells of a row on one line; runs of spaces collapsed) — nav, bylines and footers stay;
- two variants per page: `whole` (the dump) and `window` (~2,000 characters starting a few lines
  before the article's first line, so a header of chrome comes first, as on the real pages);
- both go through `extract` as .txt files; each output's `text` is scored with the body F1 of
  score.py (4-character shingles without white space, punctuation and symbols) against the
  article restricted to what the dump shows (the article's shingles that occur in the dump), so a
  window is not blamed for text it does not contain. Gold and dump are compared in simplified
  characters, as the pipeline writes them. Precision falls with chrome left in, recall with
  article text lost.

Prints macro P / R / F1 per variant, the worst pages, and a summary line.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_body import DEFAULT_SET  # noqa: E402
from carepolicy_extract.convert import to_simplified  # noqa: E402
from carepolicy_extract.decode import decode_bytes  # noqa: E402
from carepolicy_extract.evaluate import shingles  # noqa: E402

WINDOW_CHARS = 2000     # the real pages are each page's first ~2,000 characters
LEAD_MAX_CHARS = 900    # a window opens with up to this much of the chrome above the article

# innerText puts a line break around these elements
BLOCK_TAGS = frozenset("""address article aside blockquote body center dd details dialog dir div dl dt
fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol
p pre section summary table tbody thead tfoot tr ul caption""".split())
CELL_TAGS = frozenset(("td", "th"))
SKIP_TAGS = frozenset(("script", "style", "noscript", "head", "template", "svg", "canvas", "object",
                       "iframe", "select", "option", "button", "input", "textarea", "map", "audio", "video"))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACES = re.compile(r"[ \t\u3000\u00a0\r\f\v]+")


def _parse(html: str):
    data = html.encode("utf-8", "replace")
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    return lxml.html.document_fromstring(data, parser=parser)


def _walk(el, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else None
    if tag is None or tag.lower() in SKIP_TAGS or el.get("hidden") is not None \
            or _HIDDEN_STYLE.search(el.get("style") or ""):
        return
    tag = tag.lower()
    block = tag in BLOCK_TAGS
    if block:
        out.append("\n")
    elif tag in CELL_TAGS:
        out.append(" ")
    elif tag == "br":
        out.append("\n")
    if el.text:
        out.append(el.text)
    for child in el:
        _walk(child, out)
        if child.tail:
            out.append(child.tail)
    if block:
        out.append("\n")


def text_dump(html: str) -> str:
    """The page as a browser's innerText shows it, headed by its <title>: one line per block."""
    try:
        root = _parse(html)
    except Exception:     # lxml gives up on a page with nothing in it
        return ""
    out: list[str] = []
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        out += [title.text_content(), "\n"]
    body = root.find("body")
    _walk(body if body is not None else root, out)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)


def _article_start(lines: list[str], gold: Counter) -> int:
    """Index of the dump's first line that is mostly the article's (0 when none is)."""
    for i, line in enumerate(lines):
        sh = shingles(line)
        if sum(sh.values()) >= 10 and sum((sh & gold).values()) >= 0.6 * sum(sh.values()):
            return i
    return 0


def window(dump: str, gold: Counter, key: str) -> str:
    """~2,000 characters from a few lines above the article's first line: how much chrome comes
    first is drawn per page (deterministically, from its name) between none and LEAD_MAX_CHARS."""
    lines = dump.split("\n")
    start = _article_start(lines, gold)
    lead = int(hashlib.sha1(key.encode()).hexdigest()[:6], 16) % (LEAD_MAX_CHARS + 1)
    used = 0
    while start > 0 and used + len(lines[start - 1]) + 1 <= lead:
        start -= 1
        used += len(lines[start]) + 1
    return "\n".join(lines[start:])[:WINDOW_CHARS]


def figures(gold: Counter, dump: str, text: str) -> dict:
    """P / R / F1 of the output's shingles against the article's shingles that the dump shows."""
    shown = gold & shingles(dump)
    pred = shingles(text)
    common = sum((shown & pred).values())
    n_pred, n_gold = sum(pred.values()), sum(shown.values())
    if not n_gold and not n_pred:
        return {"p": 1.0, "r": 1.0, "f1": 1.0}
    p = common / n_pred if n_pred else 0.0
    r = common / n_gold if n_gold else 1.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def build(set_dir: Path, raw: Path) -> dict[str, tuple[str, Counter, str]]:
    """Write each page's two dumps into raw/; name -> (variant, gold shingles, dump)."""
    ground = json.loads((set_dir / "cleaned_ground.json").read_text(encoding="utf-8"))
    made = {}
    for key, g in sorted(ground.items()):
        page = set_dir / "original" / f"{key}.html"
        if not page.exists():
            continue
        html = decode_bytes(page.read_bytes(), html=True).text
        dump, _ = to_simplified(text_dump(html))
        body, _ = to_simplified(g.get("articleBody", ""))
        gold = shingles(body)
        for variant, text in (("whole", dump), ("window", window(dump, gold, key))):
            name = f"{key[:8]}-{variant}"
            (raw / f"{name}.txt").write_text(text, encoding="utf-8")
            made[name] = (variant, gold, text)
    return made


def run_extract(raw: Path, out: Path, exe: Path | None = None) -> dict[str, str]:
    """The project's text path over raw/ (`exe`: another build's extract command): file stem -> the
    output's `text`."""
    exe = exe or Path(sys.executable).with_name("extract")
    subprocess.run([str(exe), str(raw), str(out), "--no-report"], check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    texts = {}
    for entry in manifest.get("files", []):
        doc = out / "documents" / f"{entry.get('doc_id')}.json"
        if entry.get("status") == "ok" and doc.exists():
            texts[Path(entry["path"]).stem] = json.loads(doc.read_text(encoding="utf-8")).get("text") or ""
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=DEFAULT_SET)
    ap.add_argument("--worst", type=int, default=8)
    ap.add_argument("--keep", type=Path, help="keep the dumps and the run here instead of a temp dir")
    args = ap.parse_args()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="text-chrome-") as tmp:
        base = args.keep or Path(tmp)
        raw = base / "raw"
        raw.mkdir(parents=True, exist_ok=True)
        made = build(args.set, raw)
        texts = run_extract(raw, base / "out")
    per = {name: dict(variant=v, **figures(gold, dump, texts.get(name, ""))) for name, (v, gold, dump) in made.items()}
    print(f"{len(made) // 2} cwced pages as text dumps, from {args.set}")
    print(f"{'variant':<8} {'pages':>5} {'macro P':>8} {'macro R':>8} {'macro F1':>9}")
    macro = {}
    for variant in ("whole", "window", "all"):
        rows = [d for d in per.values() if variant in ("all", d["variant"])]
        macro[variant] = {m: sum(d[m] for d in rows) / len(rows) for m in ("p", "r", "f1")}
        print(f"{variant:<8} {len(rows):>5} {macro[variant]['p']:>8.3f} {macro[variant]['r']:>8.3f} "
              f"{macro[variant]['f1']:>9.3f}")
    if args.worst:
        print("worst pages (P low: chrome left in; R low: article lost):")
        for name, d in sorted(per.items(), key=lambda kv: kv[1]["f1"])[:args.worst]:
            print(f"  {name:<16} P {d['p']:.3f}  R {d['r']:.3f}  F1 {d['f1']:.3f}")
    print("text-chrome summary: " + json.dumps(
        {v: round(m["f1"], 4) for v, m in macro.items()}
        | {"p": round(macro["all"]["p"], 4), "r": round(macro["all"]["r"], 4),
           "seconds": round(time.perf_counter() - t0, 1)}))


if __name__ == "__main__":
    main()
