"""A two-byte character whose lead byte was lost, leaving its trail byte as an ASCII character.

Big5 (and Big5-HKSCS) and GBK trail bytes run from 0x40 to 0x7E as well as
above 0x80, so when a copy loses the lead byte of such a character the trail
byte shows as ASCII: `感人事[和崇高精神` for 感人事迹 (迹 is 0x90 0x5B in Big5-HKSCS).
The ASCII characters that are looked at are listed in
rules/repair_lost_lead_byte.txt: symbols that stand oddly between Han
characters (an opening bracket never closed on its line, a closing one never
opened, a backslash, caret or backquote), and single letters or `@` between two
Han characters, which a page also writes for itself (做X光检查, 购买A股), so
only the model's evidence tells them apart. Every character that Big5-HKSCS or GBK
encodes with that trail byte is a candidate; the language model ranks them in
context, and one is put in only when it forms a word with a neighbour and
scores clearly better than the symbol.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..page import RepairLog
from ..rules import compiled, rule_lines
from .lm import is_han, language_model, simplify

CONTEXT = 6      # characters of context on each side when scoring
MARGIN = 8.0     # nats the best candidate must gain over the symbol
LEAD = 3.0       # nats it must lead every other candidate by
MAX_ATTEMPTS = 200  # places scored per text: bounds the work on odd input
ENCODINGS = ("big5hkscs", "gbk")
RULES = "repair_lost_lead_byte.txt"
_PAIRS = {"[": "]", "{": "}"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}


@lru_cache(maxsize=1)
def _symbols() -> str:
    return "".join(line.split()[0] for line in rule_lines(RULES))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    # a symbol before a Han character (basic block and extension A); the one before it is checked
    # in Python: a pattern that opens with a look-behind is tried at every position of the text
    return compiled(r"[" + re.escape(_symbols()) + r"](?=[\u3400-\u4dbf\u4e00-\u9fff])")


@lru_cache(maxsize=None)
def candidates(trail: str) -> tuple[tuple[str, str], ...]:
    """(character, simplified) for every Han character with this trail byte in ENCODINGS."""
    out: dict[str, str] = {}
    b = ord(trail)
    for enc in ENCODINGS:
        for lead in range(0x81, 0xFF):
            try:
                ch = bytes((lead, b)).decode(enc)
            except UnicodeDecodeError:
                continue
            if len(ch) == 1 and is_han(ch) and ch not in out:
                out[ch] = simplify(ch)
    return tuple(out.items())


@lru_cache(maxsize=4096)
def _word_formers(trail: str, left: str, right: str) -> tuple[tuple[str, str], ...]:
    """The candidates that form a two-character word with a neighbour. Only these can win (the
    winner must form a word), so only these are scored: a trail byte has some 240 characters,
    and most letters before Han are a page's own (App下载, N95口罩) with none of them fitting."""
    get = language_model().word_logp
    left, right = simplify(left), simplify(right)
    return tuple(c for c in candidates(trail) if get(left + c[1]) is not None or get(c[1] + right) is not None)


def _unpaired(line: str, k: int) -> bool:
    """Whether the bracket at k of the line has no partner on its line."""
    sym = line[k]
    if sym in _PAIRS:
        close = line.find(_PAIRS[sym], k + 1)
        return close < 0 or 0 <= line.find(sym, k + 1) < close
    if sym in _CLOSERS:
        return line.rfind(_CLOSERS[sym], 0, k) < 0
    return True


def fix_lost_lead_bytes(text: str, log: RepairLog) -> str:
    """Put back a character whose lead byte was lost: 感人事[和 → 感人事迹和."""
    pattern = _pattern()
    if not pattern.search(text):  # one scan in C: most pages have no such character before Han
        return text
    out, last, count, example, attempts = [], 0, 0, None, 0
    for m in pattern.finditer(text):
        k = m.start()
        if k == 0 or not is_han(text[k - 1]):
            continue
        attempts += 1
        if attempts > MAX_ATTEMPTS:
            break
        start = text.rfind("\n", 0, k) + 1
        end = text.find("\n", k)
        line = text[start:end if end >= 0 else len(text)]
        if not _unpaired(line, k - start):
            continue
        lost = _lost_character(m.group(), text[max(start, k - CONTEXT):k], text[k + 1:k + 1 + CONTEXT])
        if lost is None:
            continue
        out.append(text[last:k])
        out.append(lost)
        last = k + 1
        count += 1
        if example is None:
            example = text[max(0, k - 2):k + 2] + "→" + text[max(0, k - 2):k] + lost + text[k + 1:k + 2]
    if not count:
        return text
    out.append(text[last:])
    log.add("lost_lead_byte", count, example)
    return "".join(out)


# the same symbol between the same words recurs (a site's own 做X光检查 on each of its pages): the
# model's verdict on it is kept
@lru_cache(maxsize=4096)
def _lost_character(symbol: str, before: str, after: str) -> str | None:
    """The character whose trail byte `symbol` is, between `before` and `after` (the text around it
    on its line, up to CONTEXT characters each side), or None when the symbol is the page's own."""
    cands = _word_formers(symbol, before[-1], after[0])
    if not cands:
        return None
    lm = language_model()
    before, after = simplify(before), simplify(after)
    scores = lm.slot_scores(before, [symbol] + [s for _, s in cands], after)
    alone = lm.prefix_scores(before)[-1] + lm.suffix_scores(after)[0]
    ranked = sorted(zip(scores[1:], range(len(cands))), reverse=True)
    best_score, j = ranked[0]
    second = ranked[1][0] if len(ranked) > 1 else -1e300
    if best_score - scores[0] < MARGIN or best_score - second < LEAD \
            or best_score <= alone + lm.char_logp(cands[j][1]) + 1e-6:
        return None
    return cands[j][0]
