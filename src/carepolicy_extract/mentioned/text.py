"""Reading prose for lists: where a clause or sentence stops, and the separators of a stretch of text
that stand outside “quotes” and （brackets） (优先推荐就业（符合条件的，同等条件下优先）: its comma splits
no list); the quotation marks of the mainland and of Taiwan and Hong Kong (“”, 「」); a stretch that is
only quoted names (“A”“B”以及“C”)."""
from __future__ import annotations

import re

from ..rules import compiled


def _top_search(pattern: re.Pattern, s: str) -> re.Match | None:
    """The first match of `pattern` in `s` outside “quotes”."""
    for m in pattern.finditer(s):
        if _outside_quotes(s, m.start()):
            return m
    return None


# quotation marks: “” and the 「」 of pages from Taiwan and Hong Kong
OPEN_QUOTES, CLOSE_QUOTES = "“「", "”」"
_ONLY_QUOTED = compiled(r"(?:[“「][^“”「」\n]{2,30}[”」](?:[、，,]|以及|和|及|与)?)+")
# a bracketed note closing a name or a clause: a title's years or edition (…方案（2024—2027年）), a note
BRACKETED_TAIL = compiled(r"[（(][^（）()]*[)）]$")
_QUOTED_ITEM = compiled(r"[“「]([^“”「」\n]{2,30})[”」]")


def _outside_quotes(s: str, at: int) -> bool:
    return sum(s.count(q, 0, at) for q in OPEN_QUOTES) <= sum(s.count(q, 0, at) for q in CLOSE_QUOTES)


CLAUSE_STOP = compiled("[。；;！？!?]")


_NESTING = compiled("[“「（(”」）)]")


def _top_level(chunk: str, chars: str) -> list[int]:
    """Offsets of `chars` in `chunk` outside “quotes” and （brackets） (优先推荐就业（符合条件的，同等条件下
    优先）: its comma splits no list)."""
    if not _NESTING.search(chunk):      # nothing nests: find the characters directly
        out = []
        for c in chars:
            i = chunk.find(c)
            while i >= 0:
                out.append(i)
                i = chunk.find(c, i + 1)
        return sorted(out)
    out, depth = [], 0
    for i, ch in enumerate(chunk):
        if ch in "“「（(":
            depth += 1
        elif ch in "”」）)":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in chars:
            out.append(i)
    return out


# the 等 that may close a list, not the 等 of a word: 500元至2000元不等, 同等条件下, 平等协商, 相等, 对等, 均等
# (but 提升服务水平等); the items module builds its closers on it
LIST_DENG = r"(?:(?<=水平)|(?<![同平相对均不]))等"
_LIST_DENG = compiled(LIST_DENG)


def _closers(chunk: str) -> list[int]:
    """Offsets of the 等 that may close a list in `chunk` (outside quotes and brackets): see LIST_DENG."""
    return [i for i in _top_level(chunk, "等") if _LIST_DENG.match(chunk, i)]


def _split_at(chunk: str, cuts: list[int]) -> list[str]:
    bounds = [-1] + cuts + [len(chunk)]
    return [chunk[a + 1:b] for a, b in zip(bounds, bounds[1:])]


_SENTENCE_STOP = compiled("[。！？!?]")


def _first_sentence(s: str) -> str:
    """`s` up to its first sentence stop (。！？)."""
    cut = _SENTENCE_STOP.search(s)
    return s[:cut.start()] if cut else s
# a sentence; a ? between two numbers is a dash a page's encoding lost (每人每天100元?300元), no stop
# (runs of the first alternative at once: the engine reads a run of one class at C speed, a group a
# character at a time)
_FOLLOW_SENTENCE = compiled(r"(?:[^。！？!?\n]+|(?<=[0-9元])[?？](?=[0-9]))+")


CLAUSE_TEXT = compiled(r"[^，,。；;！？!?\n]+")
