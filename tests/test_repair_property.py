"""Property tests of the repair stage: garble clean sentences the way sample 002 was garbled,
and check the repair restores them; check clean text is never changed.

The garbling, as issue 3 describes it:
  1. encode the text to GBK;
  2. lose the first byte of a `。` (shown as `?`, as in sample 002);
  3. decode one byte off from there, with replacement characters (U+FFFD, or `?` as sample
     002 shows them) where a pair cannot be read;
  4. fold full-width forms to half-width (`！` → `!`, `Ｎ` → `N`);
  5. add tone-marked pinyin after some traditional characters (`關(guān)`).

"Restored" and "unchanged" compare text the way the golden scorer does: after t2s and NFKC
(so `，` and `,` are the same), with whitespace removed.

Run as a script to print the recovery and false-repair rates:
    .venv/bin/python tests/test_repair_property.py
"""
from __future__ import annotations

import random
import re
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carepolicy_extract.convert import to_simplified
from carepolicy_extract.repair import repair_text

RAW = Path(__file__).resolve().parents[1] / "raw"
CLEAN_SAMPLES = ("000_b00fae5080553061.txt", "001_d5572840334567d9.txt",
                 "003_171faa88950b6691.txt", "004_522d29ef62da9805.txt")
GARBLED_SAMPLE = "002_ccb245bea1cb613c.txt"
N_CASES = 240
# measured 95.0% (228/240). Every miss is the last character of a run, before the digit that
# put the decoder back in step, where a more frequent word fits the slot as well and only
# wider knowledge tells them apart: 两家/两级, 全球/全区, 下部/下拨, 有/由; or the line ends
# there (这场面/这场没)
MIN_RECOVERY = 0.945
_SNIPPET_END = "，。；！？"


def normalized(text: str) -> str:
    """The text as the golden scorer compares it: simplified, NFKC, no whitespace."""
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", to_simplified(text)[0]))


_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}


def as_gbk_page(text: str) -> str:
    """The text as a GBK page has it: full-width punctuation next to Chinese characters.

    The samples were already folded to half-width once (step 4 of the garbling); a GBK
    page had ，：（ etc., each two bytes, which the garbling's misaligned decode reads
    through, as it did on sample 002.
    """
    out = list(text)
    for k, ch in enumerate(text):
        if ch in _HALF_TO_FULL:
            before = text[k - 1] if k else ""
            after = text[k + 1] if k + 1 < len(text) else ""
            if (before and not before.isascii()) or (after and not after.isascii()):
                out[k] = _HALF_TO_FULL[ch]
    return "".join(out)


def _encodable(text: str) -> bool:
    try:
        text.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=1)
def snippets() -> tuple[str, ...]:
    """Clean pieces of the samples: a sentence, its `。`, and the next clause up to its punctuation."""
    out = []
    for name in CLEAN_SAMPLES:
        for line in (RAW / name).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            for m in re.finditer("。", line):
                head_start = max(line.rfind("。", 0, m.start()) + 1, m.start() - 40)
                tail = line[m.end():m.end() + 60]
                cut = next((k for k, ch in enumerate(tail) if ch in _SNIPPET_END), None)
                if cut is None and len(tail) < 60:
                    cut = len(tail) - 1  # the clause runs to the end of the line
                if cut is None or cut < 2:
                    continue
                snippet = as_gbk_page(line[head_start:m.end()] + tail[:cut + 1])
                if len(snippet) >= 8 and _encodable(snippet) and "?" not in snippet:
                    out.append(snippet)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=None)
def _tone_reading(ch: str) -> str | None:
    from pypinyin import Style, pinyin
    reading = pinyin(ch, style=Style.TONE, heteronym=False, errors="ignore")
    return reading[0][0] if reading and reading[0] else None


def _fold_fullwidth(text: str) -> str:
    return "".join(chr(ord(ch) - 0xFEE0) if "\uff01" <= ch <= "\uff5e" else ch for ch in text)


def corrupt(snippet: str, rng: random.Random) -> str:
    """The snippet garbled as sample 002 was (see the module docstring)."""
    data = snippet.encode("gbk")
    stops = [k for k in range(len(data) - 1) if data[k:k + 2] == b"\xa1\xa3" and _on_boundary(data, k)]
    k = rng.choice(stops[:-1] or stops)
    garbled = data[:k] + b"?" + data[k + 1:]
    text = garbled.decode("gb18030", errors="replace")
    if rng.random() < 0.5:
        text = text.replace("\ufffd", "?")  # how sample 002 shows them
    text = _fold_fullwidth(text)
    out = []
    for ch in text:
        out.append(ch)
        if to_simplified(ch)[0] != ch and rng.random() < 0.4:
            reading = _tone_reading(ch)
            if reading and any(not c.isascii() for c in reading):
                out.append(f"({reading})")
    return "".join(out)


def _on_boundary(data: bytes, k: int) -> bool:
    """Whether byte k starts a character (GBK is not self-synchronising; walk from the start)."""
    i = 0
    while i < k:
        i += 1 if data[i] < 0x80 else 2
    return i == k


def generated_cases(n: int = N_CASES, seed: int = 3) -> list[tuple[str, str]]:
    """(clean snippet, garbled snippet) pairs, the same on every run."""
    rng = random.Random(seed)
    pool = list(snippets())
    cases = []
    for k in range(n):
        snippet = pool[k % len(pool)] if k < len(pool) else rng.choice(pool)
        cases.append((snippet, corrupt(snippet, rng)))
    return cases


def recovery(cases) -> tuple[int, list[tuple[str, str, str]]]:
    ok = 0
    failures = []
    for clean, garbled in cases:
        repaired, _ = repair_text(garbled)
        if normalized(repaired) == normalized(clean):
            ok += 1
        else:
            failures.append((clean, garbled, repaired))
    return ok, failures


def false_repairs(texts) -> list[tuple[str, str]]:
    """Clean texts the repair changed (beyond folding punctuation to full-width)."""
    out = []
    for text in texts:
        repaired, log = repair_text(text)
        if normalized(repaired) != normalized(text) or set(log.counts) - {"halfwidth_punctuation"}:
            out.append((text, repaired))
    return out


def test_generated_cases_are_really_garbled():
    cases = generated_cases()
    assert len(cases) >= 200
    assert all(normalized(g) != normalized(c) for c, g in cases)


def test_recovery_rate_over_generated_cases():
    cases = generated_cases()
    ok, failures = recovery(cases)
    rate = ok / len(cases)
    print(f"\nrecovered {ok}/{len(cases)} = {rate:.1%}")
    assert rate >= MIN_RECOVERY, failures[:5]


def test_no_false_repairs_on_clean_samples():
    texts = [(RAW / name).read_text(encoding="utf-8") for name in CLEAN_SAMPLES]
    assert false_repairs(texts) == []


def test_no_false_repairs_on_clean_snippets():
    assert false_repairs(snippets()) == []


def placeholder_cases(n_per_snippet: int = 3, seed: int = 5) -> list[str]:
    """Clean snippets with one or two Han characters shown as ?, as a GB2312 page shows the
    characters it lacks (陈堃 → 陈?): a researcher wants these kept as they are."""
    rng = random.Random(seed)
    out = []
    for snippet in snippets():
        han = [k for k, ch in enumerate(snippet) if "\u4e00" <= ch <= "\u9fff"]
        for _ in range(n_per_snippet):
            lost = set(rng.sample(han, min(len(han), rng.choice([1, 2]))))
            out.append("".join("?" if k in lost else ch for k, ch in enumerate(snippet)))
    return out


# measured 7/300: six pairs of placeholders a few characters apart read as a run closed by the
# second one (`省、?、?三级`), one ? inside a clause with a question word (`如何让…工?中去`)
MAX_PLACEHOLDER_CHANGES = 0.03


def test_encoding_placeholders_are_kept():
    cases = placeholder_cases()
    changed = []
    for text in cases:
        repaired, _ = repair_text(text)
        if repaired.count("?") != text.count("?") or normalized(repaired) != normalized(text):
            changed.append((text, repaired))
    assert len(changed) <= MAX_PLACEHOLDER_CHANGES * len(cases), changed[:5]


def line_end_cases(seed: int = 7) -> list[tuple[str, str]]:
    """(clean, garbled) lines of the samples whose final 。 lost its first byte: ? for it and ?
    (or U+FFFD) for its second byte, which the decoder could not pair with the newline."""
    rng = random.Random(seed)
    out = []
    for name in CLEAN_SAMPLES:
        for line in (RAW / name).read_text(encoding="utf-8").splitlines():
            line = as_gbk_page(line.strip())
            if (line.endswith("。") and len(line) > 12 and _encodable(line) and "?" not in line
                    and any(ch in line[:-1] for ch in "，。；：")):
                out.append((line + "\n下一段", line[:-1] + rng.choice(["??", "?\ufffd"]) + "\n下一段"))
    return out


def test_stop_lost_at_line_end_is_restored():
    cases = line_end_cases()
    assert len(cases) >= 30
    ok, failures = recovery(cases)
    # measured 42/43: the miss is 承担风险 before the lost stop, where ？ scores as well as 。
    assert ok >= 0.95 * len(cases), failures[:3]


@settings(derandomize=True, max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_garbled_snippet_is_restored_or_left_garbled_never_worse(data):
    """Per example: lines are kept, and the repair never makes the garbled text worse."""
    snippet = data.draw(st.sampled_from(snippets()))
    seed = data.draw(st.integers(0, 2**32 - 1))
    garbled = corrupt(snippet, random.Random(seed))
    repaired, log = repair_text(garbled)
    assert repaired.count("\n") == garbled.count("\n")
    assert "(" not in repaired or "(" in snippet or "（" in snippet  # every annotation is gone
    # repairing again changes nothing more than punctuation width
    again, _ = repair_text(repaired)
    assert normalized(again) == normalized(repaired)


@settings(derandomize=True, max_examples=100, deadline=None)
@given(st.data())
def test_clean_text_with_lines_is_unchanged(data):
    """Any clean lines of the samples, joined, come out the same (modulo punctuation width)."""
    lines = [ln for name in CLEAN_SAMPLES for ln in (RAW / name).read_text(encoding="utf-8").splitlines()]
    start = data.draw(st.integers(0, len(lines) - 1))
    count = data.draw(st.integers(1, 6))
    text = "\n".join(lines[start:start + count])
    repaired, log = repair_text(text)
    assert repaired.count("\n") == text.count("\n")
    assert normalized(repaired) == normalized(text)


if __name__ == "__main__":
    cases = generated_cases()
    ok, failures = recovery(cases)
    print(f"recovery: {ok}/{len(cases)} = {ok / len(cases):.1%}")
    for clean, garbled, repaired in failures[: int(sys.argv[1]) if len(sys.argv) > 1 else 10]:
        print("  clean   ", clean)
        print("  garbled ", repr(garbled))
        print("  repaired", repaired)
    clean_texts = [(RAW / name).read_text(encoding="utf-8") for name in CLEAN_SAMPLES] + list(snippets())
    bad = false_repairs(clean_texts)
    print(f"false repairs: {len(bad)}/{len(clean_texts)} clean texts "
          f"({len(CLEAN_SAMPLES)} samples + {len(snippets())} snippets)")
    for text, repaired in bad[:5]:
        print("  ", text[:80], "→", repaired[:80])
