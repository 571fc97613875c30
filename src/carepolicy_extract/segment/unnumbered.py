"""Lists of unnumbered measures: runs of lines opened by one bullet or a bracketed title.

A separate finder from the numbered one, run only when the page shows such lines, and only under
an introduction that declares a count of measures or frames them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..markers import Marker, leading_marker
from ..rules import compiled
from .gate import _policy_patterns
from .items import Item, MeasureList, _Builder
from .levels import _declared_counts
from .lines import (
    _bullets, _BRACKET_TITLE, _SENTENCE_END, HEADING_MAX, _first_chars, _is_closing, _is_document_part, _not_heading,
)


def _measure_bullets() -> frozenset[str]:
    """Characters that open an unnumbered measure under an intro ([measure_bullets]: `■新招用…`)."""
    return _first_chars("measure_bullets")


@lru_cache(maxsize=1)
def _unnumbered_cue() -> re.Pattern:
    """A line opening with a bullet of [measure_bullets] or a bracketed title: the one cheap look at
    the page before `_unnumbered` reads it line by line."""
    chars = "".join(map(re.escape, sorted(_measure_bullets()))) + "【〔［"
    # (opened by the line break, not ^: the engine then skips from line to line at C speed, while a
    # pattern opening with ^ is tried at every position of the text)
    return compiled(rf"\n[ \t\u3000]*[{chars}]")


def _setup(text: str, found: list[MeasureList]) -> tuple[frozenset[str], re.Pattern, _Builder, list[tuple[int, int]]] | None:
    """What the finders of unnumbered lists read: the bullets ([measure_bullets]), the intro pattern
    ([policy_intro]), the text's builder, and the spans of the items found already (a run inside one is
    its sub-points); None without the pattern."""
    frame = _policy_patterns("policy_intro")
    if frame is None:
        return None
    return _measure_bullets(), frame, _Builder(text), [(it.start, it.end) for ml in found for it in ml.items]


def _intro_above(lines, idx: int) -> str:
    """The nearest line with words above line `idx` (what introduces a run starting there)."""
    return next((lines.line(j).strip() for j in range(idx - 1, -1, -1) if lines.line(j).strip()), "")


def _introduces(intro: str, frame: re.Pattern) -> bool:
    """The line declares a count of measures or frames them ([policy_intro]: `出台五项措施：`)."""
    return bool(intro) and (frame.search(intro) is not None or bool(_declared_counts(intro)))


def _bullet_item(b: _Builder, num: int, first: int, last_end: int, style: str, width: int, group: str | None) -> Item:
    """Item `num` of a list of unnumbered points: its marker the bullet (`width` characters, 0 for a
    bracketed title) at line `first`'s start and the spaces after it, its text to `last_end`."""
    text, lines = b.text, b.lines
    ls = lines.bounds(first)[0]
    ms = ls + len(lines.line(first)) - len(lines.line(first).lstrip(" \t\u3000"))
    me = ms + width
    while me < last_end and text[me] in " \t\u3000":
        me += 1
    mk = Marker(ms, me, num, style, text[ms:me].strip(), True)
    title, bs, be = b.title_and_body(mk, last_end)
    return Item(num, mk.text, mk.style, ms, last_end, title, text[bs:be], group)


def _unnumbered(text: str, found: list[MeasureList]) -> list[MeasureList]:
    """Lists of unnumbered measures: a run of two or more lines that each open with the same bullet
    of [measure_bullets] (`■新招用…`) or each with a bracketed title (`【减免房租】承租…`), right under
    an intro that declares a count of measures or frames them ([policy_intro]: `出台五项措施：`,
    `主要措施包括：`). Numbered 1..n in order, one line each. A run inside a measure found already
    (the sub-points of a numbered item) or under no such intro (an agenda, tips) is none."""
    setup = _setup(text, found)
    if setup is None:
        return []
    bullets, frame, b, spans = setup
    lines = b.lines
    out: list[MeasureList] = []

    def kind(idx: int) -> str | None:
        ln = lines.line(idx).lstrip(" \t\u3000")
        if ln[:1] in bullets and len(ln.strip()) > 2:
            return ln[0]
        m = _BRACKET_TITLE.match(ln)
        if m is None:
            return None
        return "【】" if ln[m.end():].strip() else "【】alone"

    def prose(idx: int) -> bool:
        ln = lines.line(idx).strip()
        return bool(ln) and kind(idx) is None and not _is_document_part(ln) and not _not_heading(ln) \
            and not _is_closing(ln) and (len(ln) > HEADING_MAX or ln[-1] in _SENTENCE_END)

    idx, n = 0, len(lines)
    while idx < n:
        k = kind(idx)
        if k is None:
            idx += 1
            continue
        run = [idx]
        ends: list[int] = []
        if k == "【】alone":
            # titles alone on their lines, each over a paragraph of its own (`【免费乘车】` over
            # `65周岁以上老年人凭优待证…`): the item runs to the line before the next title; the
            # last one over as many lines as the longest before it
            while True:
                j = idx + 1
                while j < n and prose(j):
                    j += 1
                if j == idx + 1:
                    break
                ends.append(j - 1)
                if j < n and kind(j) == k:
                    idx = j
                    run.append(idx)
                    continue
                break
            if len(ends) < len(run):
                run = run[:len(ends)]
            if len(run) >= 2:
                longest = max(e - r for r, e in zip(run[:-1], ends[:-1]))
                ends[-1] = min(ends[-1], run[-1] + longest)
            idx = (ends[-1] if ends else idx) + 1
        else:
            while idx + 1 < n and kind(idx + 1) == k:
                idx += 1
                run.append(idx)
            idx += 1
        if len(run) < 2:
            continue
        start = lines.bounds(run[0])[0]
        if any(a <= start < e for a, e in spans):
            continue
        intro = _intro_above(lines, run[0])
        if not _introduces(intro, frame):
            continue
        # a numbered heading right above the run is its group (`二、政策内容` over `• …` `• …`)
        group = None
        head = leading_marker(intro) if len(intro) <= HEADING_MAX and intro[-1] not in "。！？；;!?，,…" else None
        if head is not None:
            group = intro[head.end:].strip().rstrip("：: ") or None
        ml = MeasureList(family=-1)
        for num, j in enumerate(run, 1):
            le = lines.bounds(ends[num - 1] if ends else j)[1]
            ml.items.append(_bullet_item(b, num, j, le, "【】" if ends else k, 0 if k.startswith("【】") else 1, group))
        out.append(ml)
    return out


GROUPED_MIN_ITEMS = 3    # items of a bulleted list under bulleted group headings, at least


def _grouped_bullets(text: str, found: list[MeasureList]) -> list[MeasureList]:
    """A bulleted list under bulleted group headings, as WeChat posts set their policy digests: a heading
    of one bullet (`■ 企业吸纳类`, short, no stop) over items of another (`● 一次性扩岗补助：企业招用…`),
    each item maybe followed by notes under a third bullet (`◆ 申领方式：…`) that are its text, the items
    numbered straight across the groups. Only right under an intro that declares a count or frames the
    measures (`…共4大类16项，一起来看看吧`), with two headings and GROUPED_MIN_ITEMS items at least."""
    setup = _setup(text, found)
    if setup is None:
        return []
    bullets, frame, b, spans = setup
    lines = b.lines
    n = len(lines)

    def opener(idx: int) -> tuple[str, bool] | None:
        """(bullet, whether the line is only a heading) of a line a bullet of [measure_bullets] opens."""
        ln = lines.line(idx).strip()
        if ln[:1] not in bullets or len(ln) < 3:
            return None
        rest = ln[1:].strip()
        return ln[0], len(rest) <= HEADING_MAX and rest[-1] not in _SENTENCE_END and "：" not in rest and ":" not in rest

    out: list[MeasureList] = []
    idx = 0
    while idx < n:
        first = opener(idx)
        if first is None or not first[1]:
            idx += 1
            continue
        head_mark = first[0]
        intro = _intro_above(lines, idx)
        groups = 0
        item_mark = None
        items: list[tuple[int, int, str]] = []     # (first line, last line, group)
        group = None
        j = idx
        while j < n:
            ln = lines.line(j).strip()
            o = opener(j)
            if not ln:
                j += 1
                continue
            if o is not None and o[0] == head_mark and o[1]:
                group, groups = ln[1:].strip().rstrip("：: "), groups + 1
            elif o is not None and (item_mark is None and o[0] != head_mark or o[0] == item_mark) and not o[1]:
                item_mark = o[0]
                items.append((j, j, group))
            elif items and items[-1][2] == group and (o is not None or not _is_closing(ln)) \
                    and not _is_document_part(ln):
                items[-1] = (items[-1][0], j, group)   # a note under the item, or its text going on
            else:
                break
            j += 1
        idx = max(j, idx + 1)
        if groups < 2 or len(items) < GROUPED_MIN_ITEMS or item_mark is None:
            continue
        if not _introduces(intro, frame):
            continue
        start = lines.bounds(items[0][0])[0]
        if any(a <= start < e for a, e in spans):
            continue
        ml = MeasureList(family=-1)
        for num, (a, z, grp) in enumerate(items, 1):
            ml.items.append(_bullet_item(b, num, a, lines.bounds(z)[1], item_mark, 1, grp))
        out.append(ml)
    return out


def _counted_bullets(text: str, headline: str | None, found: list[MeasureList]) -> list[MeasureList]:
    """Bulleted points under the numbered headings of a list, when a declared count counts them rather
    than the headings (`…四项帮扶措施` over `一、就业帮扶` over `- …` `- …`, `二、产业帮扶` over `- …` `- …`):
    the points are the measures, numbered 1..n in order, each heading their group."""
    bullets = _bullets()
    out: list[MeasureList] = []
    counts: set[int] | None = None
    for ml in found:
        points: list[tuple[str | None, int, int]] = []      # (group, start, end) of each point
        for it in ml.items:
            if not it.title or not it.body.strip():
                points = []
                break
            lo = text.find(it.body, it.start, it.end)
            lines = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"[^\n]+", it.body)]
            if not lines or not all(text[a:b].lstrip(" \t\u3000")[:1] in bullets for a, b in lines):
                points = []
                break
            points += [(it.title, a, b) for a, b in lines]
        if len(ml.items) < 2 or len(points) <= len(ml.items):
            out.append(ml)
            continue
        if counts is None:
            counts = _declared_counts(text) | (_declared_counts(headline) if headline else set())
        if len(points) not in counts or len(ml.items) in counts:
            out.append(ml)
            continue
        b = _Builder(text)
        new = MeasureList(family=ml.family)
        for num, (group, a, e) in enumerate(points, 1):
            ms = a + len(text[a:e]) - len(text[a:e].lstrip(" \t\u3000"))
            me = ms + 1
            while me < e and text[me] in " \t\u3000":
                me += 1
            mk = Marker(ms, me, num, text[ms], text[ms:me].strip(), True)
            title, bs, be = b.title_and_body(mk, e)
            new.items.append(Item(num, mk.text, mk.style, ms, e, title, text[bs:be], group))
        out.append(new)
    return out
