"""Traditional → simplified Chinese with OpenCC, plus domain overrides.

OpenCC's t2s is right almost everywhere; `rules/t2s_overrides.tsv` fixes the
few conversions it gets wrong in policy texts (e.g. 著 that should be 着).
"""
from __future__ import annotations

import re
from functools import lru_cache

import opencc

from .rules import compiled, longest_first, rule_table


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=2)
def _overrides(traditional: bool) -> tuple[re.Pattern | None, dict[str, str]]:
    """The override pattern and table for text that had traditional characters, or not
    (then the entries marked `traditional` are left out, and their keys map to themselves
    so that the longer entries around them still win)."""
    table = {}
    for row in rule_table("t2s_overrides.tsv"):
        if len(row) >= 2 and row[0]:
            only_traditional = len(row) >= 3 and row[2] == "traditional"
            table[row[0]] = row[0] if only_traditional and not traditional else row[1]
    if not table:
        return None, {}
    pattern = compiled("|".join(re.escape(k) for k in longest_first(table)))
    return pattern, table


def to_simplified(text: str) -> tuple[str, int]:
    """The text in simplified Chinese, and how many characters changed."""
    if not text:
        return text, 0
    out = _converter().convert(text)
    pattern, table = _overrides(out != text)
    if pattern is not None:
        out = pattern.sub(lambda m: table[m.group(0)], out)
    if out == text:   # most pages are simplified already; comparing whole strings is C-speed
        return out, 0
    # t2s maps character for character except for a few phrases; count what differs
    changed = _differing(text, out) if len(out) == len(text) else abs(len(out) - len(text)) or 1
    return out, changed


_NONZERO = bytes([0]) + bytes([1]) * 255    # (bytes.translate: 1 for a byte that is not 0)


def _differing(a: str, b: str) -> int:
    """How many places two strings of one length differ at: sum(map(str.__ne__, a, b)), in C.

    In UTF-32 a character is four bytes, the last always 0 (code points end at 10FFFF; a lone
    surrogate is written as its code point too). For each of the other three, the strings' bytes
    at that place are XORed as one big integer each and turned into 1 where they differ; a place
    differs where any of its three sums is not 0 (a traditional page costs a fifth of the
    per-character comparison)."""
    n = len(a)
    ea, eb = a.encode("utf-32-le", "surrogatepass"), b.encode("utf-32-le", "surrogatepass")
    ones = 0
    for k in range(3):
        x = int.from_bytes(ea[k::4], "little") ^ int.from_bytes(eb[k::4], "little")
        ones += int.from_bytes(x.to_bytes(n, "little").translate(_NONZERO), "little")    # (≤ 3 a byte: no carry)
    return n - ones.to_bytes(n, "little").count(0)
