"""Lost characters: a placeholder followed by the reading of the character it replaced (and a year's
zeros, lost to placeholders where the code page has no 〇: `fix_lost_zeros`).

`日?(bào)` lost 報: the page kept the pinyin annotation but not the character.
The candidates are the characters with that reading; the language model
chooses among them and "no character at all" in context. Only a candidate
clearly better than dropping is put in; otherwise the reading goes and the
placeholder stays (`陈?(kūn)强调` → `陈?强调`: a rare name is no guess, and a
reader still sees that a character is missing), and that is recorded. Of
adjacent placeholders of which some were put back, the others go.
"""
from __future__ import annotations

import itertools
import re

from ..page import RepairLog
from ..rules import compiled
from .lm import LanguageModel, language_model, simplify
from .pinyin import PLACEHOLDER, chars_with_reading, placeholder_reading

CONTEXT = 6          # characters of context on each side
MARGIN = 3.0         # nats the chosen characters must lead every other choice by
MIN_GAIN = 1.0       # nats they must gain over dropping the placeholder
MAX_GROUP = 3        # adjacent placeholders chosen together; longer groups are dropped
PER_SLOT = 6         # candidates per placeholder kept for the joint choice
MAX_PLACEHOLDERS = 2000  # per text: bounds the work on pathological input


def _candidates(lm: LanguageModel, reading: str, traditional: bool) -> list[str]:
    """Characters with the reading that the dictionary knows, most frequent first."""
    forms: dict[str, list[str]] = {}
    for ch in chars_with_reading(reading):
        simple = simplify(ch)
        if lm.word_logp(simple) is not None:
            forms.setdefault(simple, []).append(ch)
    ranked = []
    for simple, chars in forms.items():
        # both scripts score the same; put back the form that matches the page
        form = next((ch for ch in chars if (ch != simple) == traditional), chars[0])
        ranked.append((lm.word_logp(simple), form))
    ranked.sort(key=lambda v: -v[0])
    return [ch for _, ch in ranked]


def _choose(lm: LanguageModel, left: str, readings: list[str], right: str) -> list[str]:
    """For each placeholder of a group, the character to put back ('' to drop)."""
    left_s, right_s = simplify(left), simplify(right)
    traditional = simplify(left + right) != left + right
    slots = []
    for reading in readings:
        cands = _candidates(lm, reading, traditional)
        # shortlist by the character in its immediate context
        cands.sort(key=lambda ch: -lm.score_simplified(left_s[-2:] + simplify(ch) + right_s[:2]))
        slots.append([""] + cands[:PER_SLOT])
    dropped = lm.score_simplified(left_s + right_s)
    scored = []
    for combo in itertools.product(*slots):
        if any(combo):
            scored.append((lm.score_simplified(left_s + simplify("".join(combo)) + right_s), combo))
    if not scored:
        return [""] * len(readings)
    scored.sort(key=lambda v: -v[0])
    best_score, best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else -float("inf")
    # clearly better: ahead of dropping, and well ahead of every other choice of characters
    if best_score < dropped + MIN_GAIN or best_score < runner_up + MARGIN:
        return [""] * len(readings)
    return list(best)


def fix_lost_characters(text: str, log: RepairLog) -> str:
    """Put back the character a placeholder with a reading stands for: `日?(bào)` → `日報`."""
    if "?" not in text and "\ufffd" not in text:
        return text
    matches = [m for m in itertools.islice(PLACEHOLDER.finditer(text), MAX_PLACEHOLDERS)
               if placeholder_reading(m)]
    if not matches:
        return text
    lm = language_model()
    # group placeholders that touch each other
    groups: list[list] = []
    for m in matches:
        if groups and groups[-1][-1].end() == m.start():
            groups[-1].append(m)
        else:
            groups.append([m])
    out = []
    pos = 0
    for group in groups:
        start, end = group[0].start(), group[-1].end()
        readings = [placeholder_reading(m) for m in group]
        if len(group) <= MAX_GROUP:
            left = text[max(0, start - CONTEXT):start].rsplit("\n", 1)[-1]
            right = text[end:end + CONTEXT].split("\n", 1)[0]
            chosen = _choose(lm, left, readings, right)
        else:
            chosen = [""] * len(group)
        for m, ch in zip(group, chosen):
            if ch:
                log.add("lost_character", 1, f"{m.group(0)} → {ch}")
            else:
                log.add("lost_character_dropped", 1, m.group(0))
        out.append(text[pos:start])
        # when some of a group were put back, the rest were remains of the same garbling (`日?qǐng)?bào)`
        # is 日報); a group put back not at all keeps its placeholders
        out.append("".join(chosen) if any(chosen) else "".join(m.group(0)[0] for m in group))
        pos = end
    out.append(text[pos:])
    return "".join(out)


# a year written in Chinese numerals with its 〇 lost to a placeholder: Big5 has no 〇, so a page converted to
# it writes 二〇〇三年 as 二??三年 (the other numerals are in every code page, so a ? there is the zero)
# (the first numeral before the lookbehind, which then reads the character before it: a pattern that opens
# with a class is scanned for it at C speed, one that opens with a lookbehind is tried at every position)
_YEAR_WITH_LOST_ZERO = compiled(r"[一二](?<![一二三四五六七八九〇○零?？].)[一二三四五六七八九〇○零?？]{3}(?=年)")


def fix_lost_zeros(text: str, log: RepairLog) -> str:
    """二??三年 → 二〇〇三年: the placeholders of a year in Chinese numerals are its zeros."""
    if "年" not in text or ("?" not in text and "？" not in text):
        return text

    def zero(m: re.Match) -> str:
        year = m.group(0)
        if "?" not in year and "？" not in year:
            return year
        fixed = year.replace("?", "〇").replace("？", "〇")
        log.add("lost_character", 1, f"{year}年 → {fixed}年")
        return fixed
    return _YEAR_WITH_LOST_ZERO.sub(zero, text)
