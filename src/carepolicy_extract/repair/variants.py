"""Variant characters: a common character replaced by a rare one with the same reading.

Content farms and over-converting mirrors swap common characters for rare
ones that sound the same, often sharing the phonetic part (工莋 for 工作, 疫凊
for 疫情, 廻家 for 回家, 有傚 for 有效). OpenCC's t2s knows none of these
characters, so they reach the output as they are.

What marks such a character: it is rare (its simplified form is outside
GB2312's 6,763 characters), it forms no dictionary word
with its neighbours, and a common character with one of its readings (tones
ignored: 凊 qìng for 情 qíng) forms a word with a neighbour and makes the
text score clearly better under the language model. Only then is it
replaced, with the best such character, and only when no other candidate
comes close. A rare character that forms a word (溆浦, 琯 in a name that the
dictionary knows) is never looked at further; one that forms no word and has
no homophone that does (most rare characters of names: 陶喆表示) stays too.
rules/repair_variant_chars.txt lists characters that are never replaced.

Clean text takes the fast path: the set of the text's characters minus the
common ones is taken in C; only a page with rare Han characters goes further.
The readings come from pypinyin's table, reduced to what this fix needs and
cached on disk like the language model's table (`_tables`).
"""
from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path

from ..page import RepairLog
from ..rules import compiled, rule_lines, rule_table
from ..table_cache import cached_table
from .lm import is_han, language_model, simplify
from .pinyin import toneless

CONTEXT = 6        # characters of context on each side when scoring
MARGIN = 8.0       # nats the best homophone must gain over the rare character
LEAD = 3.0         # nats it must lead every other homophone by
WEAK_MARGIN = 12.0 # nats a weak one needs at one place even on a garbled page: a place name's rare
                   # character gains less (浉河区 → 师河区 11.5; 廻家 → 回家 16.7)
STRONG = 18.0      # nats that make one context enough (硏究所 → 研究所 gains 27, 疫凊 → 疫情 20;
                   # a name's rare character next to its surname 14-17: 沈勍晔 → 沈庆, 泰欥 → 泰语)
MAX_SLOTS = 120    # rare characters looked at per text: bounds the work on odd input
SCAN_CHARS = 100_000  # characters searched for rare ones: bounds the work on a huge text
TABLE_VERSION = 2  # bump when the way the tables are built changes
RULES = "repair_variant_chars.txt"
FORMS = "repair_variant_forms.tsv"


@lru_cache(maxsize=None)
def common_chars(level: int = 2) -> frozenset[str]:
    """The characters of GB2312: the 3,755 of everyday simplified text (level 1, rows 16-55),
    with level 2 (rows 56-87) the 6,763 that simplified text hardly ever goes beyond. A
    homophone put in must be level 1; a character is rare only outside both levels, since
    level 2 holds the rare characters of real names and places (甬, 纾困, 李轶群)."""
    rows = range(0xB0, 0xD8 if level == 1 else 0xF8)
    pairs = bytes(b for lead in rows for trail in range(0xA1, 0xFF) for b in (lead, trail))
    out = set(pairs.decode("gb2312", "ignore"))  # one decode; the unused end of row 55 drops out
    return frozenset(out)


def _pinyin_json() -> Path:
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or not spec.origin:
        raise RuntimeError("pypinyin is not installed; variant characters need its readings")
    return Path(spec.origin).parent / "pinyin_dict.json"


def build_tables(path: Path, common: frozenset[str]) -> dict[str, dict[str, str]]:
    """{"rare": {character: its toneless readings, joined}, "common": {toneless reading: the
    common characters read so}} from pypinyin's pinyin_dict.json."""
    with open(path, encoding="utf-8") as f:
        table = json.load(f)  # {"code point": "reading,reading"}
    gb2312 = common_chars(2)
    rare: dict[str, str] = {}
    by_sound: dict[str, list[str]] = {}
    for cp, readings in table.items():
        ch = chr(int(cp))
        if not is_han(ch):
            continue
        sounds = sorted({toneless(r) for r in readings.split(",") if r})
        if ch in common:  # level 1: a homophone that may be put in
            for s in sounds:
                by_sound.setdefault(s, []).append(ch)
        elif ch not in gb2312:
            rare[ch] = ",".join(sounds)
    return {"rare": rare, "common": {s: "".join(chs) for s, chs in by_sound.items()}}


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, str]]:
    path = _pinyin_json()
    return cached_table("repair-variant-readings", [path], lambda: build_tables(path, common_chars(1)),
                        recipe=str(TABLE_VERSION), kind=dict)


@lru_cache(maxsize=1)
def _kept() -> frozenset[str]:
    """Rare characters never replaced (rules file)."""
    return frozenset(ch for line in rule_lines(RULES) for ch in line.split()[0])


@lru_cache(maxsize=1)
def _variant_forms() -> dict[str, str]:
    """Variant form -> standard form (rules/repair_variant_forms.tsv)."""
    return {row[0]: row[1].split()[0] for row in rule_table(FORMS) if len(row) >= 2 and len(row[0]) == 1}


_CHAR_REF = compiled(rb"&#(\d{1,7});")
_RARE: dict[str, str] = {}   # character seen -> its simplified form, for the rare ones
_PLAIN: set[str] = set()      # characters seen that are not rare (ASCII, punctuation, common forms)


def rare_characters(text: str) -> dict[str, str]:
    """{character: simplified form} for the Han characters of the text whose simplified form is
    not in GB2312. Empty (and cheap) for everyday simplified text: the GB2312 codec, in C, writes
    every other character as a character reference, and only those are looked at (a set of the
    text's characters would cost four times as much on a long page)."""
    encoded = text[:SCAN_CHARS].encode("gb2312", "xmlcharrefreplace")
    if b"&#" not in encoded:
        return {}
    rest = {chr(int(n)) for n in set(_CHAR_REF.findall(encoded)) if int(n) <= 0x10FFFF}
    rest.difference_update(_PLAIN)
    if not rest:
        return {}
    unknown = [ch for ch in rest if ch not in _RARE]
    if unknown:
        han = [ch for ch in unknown if is_han(ch)]
        _PLAIN.update(ch for ch in unknown if not is_han(ch))
        simple = simplify("\n".join(han)).split("\n") if han else []
        if len(simple) != len(han):  # never expected; convert one by one
            simple = [simplify(ch) for ch in han]
        common = common_chars()
        for ch, s in zip(han, simple):
            if len(s) == 1 and s not in common:
                _RARE[ch] = s
            else:
                _PLAIN.add(ch)
    return {ch: _RARE[ch] for ch in rest if ch in _RARE}


@lru_cache(maxsize=4096)
def _simple_char(ch: str) -> str:
    return simplify(ch)


def _may_form_word(cands: str, left: str, right: str) -> bool:
    """Whether a homophone forms a two-character word with a neighbour: a cheap test before the
    model scores the place (a word of three or more characters has such a pair at its heart in
    nearly every case: 理所儅然 has 当然)."""
    get = language_model().word_logp
    left = _simple_char(left) if left and is_han(left) else ""
    right = _simple_char(right) if right and is_han(right) else ""
    return any((left and get(left + c) is not None) or (right and get(c + right) is not None) for c in cands)


@lru_cache(maxsize=4096)
def _homophones(ch: str, simple: str) -> str:
    """The common characters that share a reading (tones ignored) with the character."""
    tables = _tables()
    sounds = set()
    for c in (ch, simple):
        r = tables["rare"].get(c)
        if r:
            sounds.update(r.split(","))
    common = tables["common"]
    seen = dict.fromkeys("".join(common.get(s, "") for s in sorted(sounds)))
    seen.pop(simple, None)
    return "".join(seen)


def slot_evidence(before: str, ch: str, simple: str, after: str) -> dict[str, tuple[float, bool]] | None:
    """{homophone: (gain in nats over the rare character, whether it forms a word here)} for one
    place of the rare character between simplified contexts; None when the rare character forms
    a word there (a name or a real rare word) or has no neighbour to form one with."""
    if not (before and is_han(before[-1])) and not (after and is_han(after[0])):
        return None
    cands = _homophones(ch, simple)
    if not cands:
        return None
    lm = language_model()
    scores = lm.slot_scores(before, [simple, *cands], after)
    alone = lm.prefix_scores(before)[-1] + lm.suffix_scores(after)[0]
    if scores[0] > alone + lm.char_logp(simple) + 1e-6:
        return None
    return {cand: (score - scores[0], score > alone + lm.char_logp(cand) + 1e-6)
            for cand, score in zip(cands, scores[1:])}


def _word_key(cand: str, left: str, right: str) -> str:
    """What a homophone forms a word with at one place: the neighbour(s) it makes a two-character
    word with, else both neighbours."""
    lm = language_model()
    key = (left if left and lm.word_logp(left + cand) is not None else "") + "|" \
        + (right if right and lm.word_logp(cand + right) is not None else "")
    return key if key != "|" else left + "|" + right


def choose(evidence: list[dict[str, tuple[float, bool]]],
           contexts: list[tuple[str, str]]) -> tuple[str | None, bool]:
    """The homophone that stands for a rare character on this page, from the evidence of each of
    its places, and whether the evidence is strong on its own.

    A page swaps one character for another throughout (鄕 for 乡 in 返鄕, 老鄕, 思鄕), so the
    gains add up over the places, and a word one place happens to allow (思鄕 → 思想) loses to
    the character every place wants. The winner must form a word somewhere, gain MARGIN in all
    and lead every other homophone by LEAD. The evidence is strong when it forms two different
    words (`contexts`: the neighbours of each place; 返乡, 老乡, 乡亲) or gains STRONG at one place: a rare
    character of a name next to a surname forms one word that way (沈勍晔 → 沈庆, 泰欥 → 泰语),
    however often the name is repeated."""
    total: dict[str, float] = {}
    top: dict[str, float] = {}
    worded: dict[str, set[str]] = {}
    for ev, ctx in zip(evidence, contexts):
        for cand, (gain, word) in ev.items():
            total[cand] = total.get(cand, 0.0) + gain
            top[cand] = max(top.get(cand, gain), gain)
            if word:
                worded.setdefault(cand, set()).add(_word_key(cand, *ctx))
    ranked = sorted(total.items(), key=lambda kv: -kv[1])
    if not ranked:
        return None, False
    best, gain = ranked[0]
    if best not in worded or gain < MARGIN:
        return None, False
    if len(ranked) > 1 and gain - ranked[1][1] < LEAD:
        return None, False
    return best, len(worded[best]) >= 2 or top[best] >= STRONG


def fix_variant_characters(text: str, log: RepairLog) -> str:
    """Replace rare homophone variants of common characters: 工莋要求 → 工作要求, 疫凊 → 疫情."""
    rare = rare_characters(text)
    if not rare:
        return text
    kept = _kept()
    rare = {ch: s for ch, s in rare.items() if ch not in kept}
    if not rare:
        return text
    forms = _variant_forms()
    same = [ch for ch in rare if ch in forms]
    if same:    # a variant form of the same character: replaced wherever it stands
        n = sum(text.count(ch) for ch in same)
        example = next(text[max(0, i - 1):i + 2] for i in [text.find(same[0])])
        text = text.translate({ord(ch): forms[ch] for ch in same})
        log.add("variant_form", n, example)
        rare = {ch: s for ch, s in rare.items() if ch not in forms}
        if not rare:
            return text
    places: dict[str, list[int]] = {}
    for ch in sorted(rare, key=text.find):  # in page order, so the log's example never varies
        i = text.find(ch)
        found = places.setdefault(ch, [])
        while i >= 0 and len(found) < MAX_SLOTS:
            found.append(i)
            i = text.find(ch, i + 1)
    chars = list(text)
    count, example, slots = 0, None, 0
    chosen = []
    for ch, where in places.items():
        simple = rare[ch]
        evidence, at, contexts = [], [], []
        cands = _homophones(ch, simple)
        for i in where:
            slots += 1
            if slots > MAX_SLOTS:
                break
            if not _may_form_word(cands, text[i - 1:i], text[i + 1:i + 2]):
                continue
            ev = slot_evidence(simplify(text[max(0, i - CONTEXT):i]), ch, simple,
                               simplify(text[i + 1:i + 1 + CONTEXT]))
            if ev is not None:
                evidence.append(ev)
                at.append(i)
                contexts.append((simplify(text[i - 1:i]), simplify(text[i + 1:i + 2])))
        cand, strong = choose(evidence, contexts)
        if cand is not None:
            chosen.append((cand, strong, at, evidence))
    # a page with two rare characters strongly replaced is garbled: there the weaker ones go too
    # (one strong is not enough: a clean page may hold one real variant, 硏究所, beside a name)
    garbled = sum(strong for _, strong, _, _ in chosen) >= 2
    for cand, strong, at, evidence in chosen:
        if not (strong or (garbled and max(ev[cand][0] for ev in evidence) >= WEAK_MARGIN)):
            continue
        for i, ev in zip(at, evidence):
            if ev[cand][0] > 0.0:
                chars[i] = cand
                count += 1
                if example is None:
                    example = text[max(0, i - 1):i + 2] + "→" + "".join(chars[max(0, i - 1):i + 2])
    log.add("variant_character", count, example)
    return "".join(chars) if count else text
