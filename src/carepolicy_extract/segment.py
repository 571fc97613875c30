"""Split a document's text into numbered measures.

First version: numbering at the start of a line (1. 1、 一、 （一） 第一条), runs of
consecutive numbers in one style become lists, a short unnumbered line before
a list is its group heading.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .numerals import to_int

_NUM = r"[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}"
MARKER = re.compile(
    r"^(?P<marker>(?P<a>[0-9０-９]{1,2})\s*[.．、]|[（(](?P<b>[一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)]"
    r"|(?P<c>[一二三四五六七八九十]{1,3})\s*、|第(?P<d>[一二三四五六七八九十]{1,3})条)\s*")
_SENT_END = "。！？；!?;"


@dataclass
class Item:
    number: int
    marker: str
    style: str
    start: int           # offset of the marker in the text
    end: int             # end of the measure's body
    title: str | None
    body: str
    group: str | None = None


@dataclass
class MeasureList:
    items: list[Item] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.items[0].start

    @property
    def end(self) -> int:
        return self.items[-1].end


def _style(m: re.Match) -> str:
    mk = m.group("marker")
    if m.group("a"):
        return "digit" + mk.strip()[-1]
    if m.group("b"):
        return "paren-" + ("digit" if m.group("b").isdigit() else "han")
    if m.group("c"):
        return "han、"
    return "第条"


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _is_heading(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= 30 and s[-1] not in _SENT_END + "，,：:" and not MARKER.match(s)


def segment(text: str) -> list[MeasureList]:
    """Lists of measures found in the text, in document order."""
    lines = _lines(text)
    hits = []
    for idx, (pos, line) in enumerate(lines):
        m = MARKER.match(line)
        if not m:
            continue
        num = to_int(next(g for g in m.group("a", "b", "c", "d") if g))
        if num:
            hits.append((idx, num, _style(m), m))
    lists: list[list[tuple]] = []
    open_lists: dict[str, list[tuple]] = {}
    for hit in hits:
        _, num, style, _ = hit
        cur = open_lists.get(style)
        if cur and cur[-1][1] + 1 == num:
            cur.append(hit)
        elif num == 1:
            cur = [hit]
            open_lists[style] = cur
            lists.append(cur)
    result = []
    for hits_of_list in lists:
        if len(hits_of_list) < 2:
            continue
        ml = MeasureList()
        idxs = [h[0] for h in hits_of_list]
        for k, (idx, num, style, m) in enumerate(hits_of_list):
            stop = idxs[k + 1] if k + 1 < len(idxs) else len(lines)
            # the last item stops before a heading that introduces something else
            body_lines = []
            group = None
            for j in range(idx + 1, stop):
                ln = lines[j][1]
                if k + 1 < len(idxs) and j > idx + 1 and _is_heading(ln) and j == stop - 1:
                    break
                if k + 1 == len(idxs) and j > idx + 1 and _is_heading(ln):
                    break
                body_lines.append(j)
            pos, line = lines[idx]
            rest = line[m.end():].strip()
            if body_lines and _is_heading(rest) or (rest and not body_lines and len(rest) <= 30):
                title, first_body = rest, ""
            else:
                title, first_body = None, rest
            body = "\n".join([first_body] + [lines[j][1].strip() for j in body_lines]).strip()
            end = (lines[body_lines[-1]][0] + len(lines[body_lines[-1]][1])) if body_lines else pos + len(line)
            # group heading: the nearest short unnumbered line above the item
            for j in range(idx - 1, max(-1, idx - 4), -1):
                prev = lines[j][1].strip()
                if not prev:
                    continue
                if MARKER.match(prev):
                    break
                if _is_heading(prev):
                    group = prev
                break
            ml.items.append(Item(num, m.group("marker").strip(), style, pos, end, title, body, group))
        # an item's group is inherited by the following items until another heading appears
        for a, b in zip(ml.items, ml.items[1:]):
            if b.group is None:
                b.group = a.group
        result.append(ml)
    return result
