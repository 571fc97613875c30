"""False repairs and a held-out check of the variant-character, lost-lead-byte and cut-annotation fixes.

1. `clean`: runs the fixes over CLEAN text and prints every change (each is a false repair
   unless the text itself was garbled): the bodies of the work goldens and of the dev sets'
   goldens (bench/synthpages/{A,B,D,G,H}), the samples' raw pages, and the cwced pages (their
   cleaned ground truth and their originals).
2. `heldout`: OUR OWN GENERATOR, not real garbling: takes the clean bodies, replaces common
   characters inside dictionary words by a rare homophone (a character outside GB2312 with
   the same toneless reading, from pypinyin), and counts how many the repair restores, how many
   it changes to another character, and how many other characters it changes.

usage: .venv/bin/python bench/repair_variants_check.py [clean|heldout] [--rate 0.01] [--seed 1]
"""
from __future__ import annotations

import argparse
import difflib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from carepolicy_extract.page import RepairLog  # noqa: E402
from carepolicy_extract.repair import lead, pinyin, variants  # noqa: E402
from carepolicy_extract.repair.lm import language_model, is_han, simplify  # noqa: E402

WORK = Path("/work/rp/work/golden")
SETS = ["A", "B", "D", "G", "H"]
CWCED = ROOT.parent.parent / "shared" / "bench" / "cwced"


def _cwced() -> Path:
    for p in (CWCED, Path("/work/shared/bench/cwced")):
        if p.exists():
            return p
    return CWCED


def golden_bodies() -> list[tuple[str, str]]:
    out = []
    for p in sorted(WORK.glob("*.json")):
        out.append((f"work/{p.stem}", json.loads(p.read_text(encoding="utf-8")).get("body") or ""))
    for s in SETS:
        for p in sorted((ROOT / "bench" / "synthpages" / s / "golden").glob("*.json")):
            out.append((f"{s}/{p.stem}", json.loads(p.read_text(encoding="utf-8")).get("body") or ""))
    return out


def clean_texts() -> list[tuple[str, str]]:
    out = golden_bodies()
    for p in sorted((ROOT / "raw").glob("*")):
        out.append((f"samples/{p.name}", p.read_text(encoding="utf-8", errors="replace")))
    cw = _cwced()
    ground = json.loads((cw / "cleaned_ground.json").read_text(encoding="utf-8"))
    for key, rec in ground.items():
        out.append((f"cwced-ground/{key[:8]}", rec.get("articleBody") or ""))
    for p in sorted((cw / "original").glob("*")):
        out.append((f"cwced-orig/{p.name[:12]}", p.read_text(encoding="utf-8", errors="replace")))
    return out


def run_fixes(text: str, log: RepairLog) -> str:
    text = lead.fix_lost_lead_bytes(text, log)
    text = variants.fix_variant_characters(text, log)
    return pinyin._drop_cut_annotation(text, log)


def diffs(a: str, b: str) -> list[str]:
    if len(a) == len(b):  # a character put for another: compare in place (difflib is slow on long pages)
        return [f"{a[max(0, i - 4):i + 5]!r} -> {b[max(0, i - 4):i + 5]!r}"
                for i in range(len(a)) if a[i] != b[i]]
    k = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
    a, b = a[max(0, k - 20):], b[max(0, k - 20):]  # a cut annotation: near the end of a line
    out = []
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "equal":
            out.append(f"{a[max(0, i1 - 4):i2 + 4]!r} -> {b[max(0, j1 - 4):j2 + 4]!r}")
    return out


def clean() -> None:
    texts = clean_texts()
    changed = 0
    for name, text in texts:
        log = RepairLog()
        fixed = run_fixes(text, log)
        if fixed != text:
            for d in diffs(text, fixed):
                changed += 1
                print(name, d)
    print(f"{len(texts)} clean texts, {sum(len(t) for _, t in texts)} characters, {changed} changes")


def _rare_by_sound() -> dict[str, list[str]]:
    by_sound: dict[str, list[str]] = {}
    for ch, sounds in variants._tables()["rare"].items():
        if "\u4e00" <= ch <= "\u9fff" and simplify(ch) == ch:  # basic block, not a traditional form
            for s in sounds.split(","):
                by_sound.setdefault(s, []).append(ch)
    return by_sound


def heldout(rate: float, seed: int) -> None:
    rng = random.Random(seed)
    lm = language_model()
    rare_by_sound = _rare_by_sound()
    common_sounds = {}
    for s, chs in variants._tables()["common"].items():
        for ch in chs:
            common_sounds.setdefault(ch, []).append(s)
    planted = restored = other = wrong = missed = already = 0
    gb2312 = variants.common_chars(2)
    for name, body in golden_bodies():
        body = simplify(body)
        chars = list(body)
        truth = {}
        for i, ch in enumerate(body):
            if rng.random() >= rate or ch not in common_sounds:
                continue
            # only inside a dictionary word with a neighbour
            if not any(lm.word_logp(body[i + a:i + a + 2]) is not None for a in (-1, 0) if i + a >= 0):
                continue
            pool = [r for s in common_sounds[ch] for r in rare_by_sound.get(s, ())]
            if not pool:
                continue
            chars[i] = rng.choice(pool)
            truth[i] = ch
        garbled = "".join(chars)
        fixed = variants.fix_variant_characters(garbled, RepairLog())
        if len(fixed) != len(garbled):
            print("length changed", name)
            continue
        for i, (g, f) in enumerate(zip(garbled, fixed)):
            if i in truth:
                planted += 1
                if f == truth[i]:
                    restored += 1
                elif f != g:
                    other += 1
                    print(name, "other:", body[max(0, i - 3):i + 4], g, "->", f)
                else:
                    missed += 1
            elif f != g and g not in gb2312:
                already += 1  # a rare variant the clean body itself has (the work goldens keep 琯控)
                print(name, "body's own variant:", garbled[max(0, i - 3):i + 4].replace("\n", " "), g, "->", f)
            elif f != g:
                wrong += 1
                print(name, "WRONG:", garbled[max(0, i - 3):i + 4].replace("\n", " "), g, "->", f)
    print(f"own generator: {planted} planted rare homophones; restored {restored}, changed to another "
          f"character {other}, left {missed}; clean characters changed {wrong}; rare variants of the bodies themselves "
          f"changed {already}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["clean", "heldout"])
    ap.add_argument("--rate", type=float, default=0.01)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if args.mode == "clean":
        clean()
    else:
        heldout(args.rate, args.seed)


if __name__ == "__main__":
    main()
