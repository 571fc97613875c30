"""How chains nest into an outline: a chain inside one item of another hangs under that item.

Only where a chain stands is decided here (by position and the shape of the lines around it); what
the nesting means, headings over measures or points of one measure, is decided by `levels`.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..markers import Marker
from .lines import _SENTENCE_END_RE, _TITLE_END_AT, TITLE_MAX, _heading_item, _is_heading, _Lines


@dataclass
class _Node:
    chain: list[Marker]
    children: dict[int, list["_Node"]] = field(default_factory=dict)   # item index → chains under it
    parent: "_Node | None" = None
    parent_item: int = -1


def _outline(text: str, lines: _Lines, chains: list[list[Marker]], held: dict[int, int] | None = None) -> list[_Node]:
    """Nest chains: a chain within one item of another hangs under that item. `held` maps the first
    marker of a chain whose last item holds the text up to a known place (the middle of three levels,
    levels._middle_level: up to the line of the last item below it) to that place."""
    held = held or {}
    roots: list[_Node] = []
    stack: list[_Node] = []
    for ch in chains:
        node = _Node(ch)
        lo, hi = ch[0].start, ch[-1].start
        while stack:
            top = stack[-1]
            starts = [m.start for m in top.chain]
            k = bisect.bisect_left(starts, lo) - 1      # item of top that ch starts in
            if k < 0:
                stack.pop()
                continue
            if k + 1 < len(starts):
                if starts[k + 1] > hi:
                    break       # inside item k
                stack.pop()     # crosses (cannot happen after _resolve_crossings) or lies beyond
                continue
            # after top's last marker, and beyond the item of an ancestor that holds top: not under top
            if _beyond_ancestors(top, lo):
                stack.pop()
                continue
            if lo < held.get(top.chain[0].start, -1):
                break       # (the points of the last item of the list below top's last heading)
            # after top's last marker: under it when it starts on that item's own line (a
            # sub-enumeration of its text), or when that item is a heading and so are its siblings
            last = top.chain[-1]
            if (not ch[0].line_start and ch[0].style != last.style
                    and lines.index(ch[0].start) == lines.index(last.start)):
                break
            # … or inside the paragraph right under the last item's title line (`（五）推动医养融合` over
            # `支持…。具体包括：（1）…；（2）…`): the points of that item's text
            if (not ch[0].line_start and ch[0].style != last.style and _heading_item(text, lines, last)
                    and lines.index(ch[0].start) == lines.index(last.start) + 1):
                break
            if (ch[0].line_start and _heading_item(text, lines, last)
                    and (top.children or (all(_heading_item(text, lines, m) for m in top.chain)
                                          and not _one_line_items(lines, top.chain)))
                    and not _has_text_between(text, lines, last, ch[0])):
                break
            # or when the last item is only its title on its line, its siblings open with titles
            # of their own before their text, and it starts on the next line (`三、补贴标准。` over
            # `（一）…`, after `一、服务对象。具有…`): the item's points
            if (ch[0].line_start and len(top.chain) > 1 and _heading_item(text, lines, last)
                    and lines.index(ch[0].start) == lines.index(last.start) + 1
                    and all(_titled_line(text, lines, m) for m in top.chain[:-1])):
                break
            # or when the last item states something on its line and ends it by introducing points with a
            # colon, and they start on the next line (`（三）申请程序。由社区汇总后报街道审核，需提交以下材料：`
            # over `1.…；` `2.…`); not a line that only introduces the list (`三、具体措施如下：` over the measures)
            if (ch[0].line_start and last.line_start and ch[0].style != last.style and ch[0].number == 1
                    and lines.index(ch[0].start) == lines.index(last.start) + 1):
                rest = lines.rest_of_line(last.end).rstrip()
                if rest.endswith(("：", ":")) and _SENTENCE_END_RE.search(rest, 0, len(rest) - 1):
                    break
            # or when earlier items have points of this style under them, and it follows the last
            # item with no heading between (（四）购买保险。… ⑴… ⑵… like （一）… ⑴… ⑵…)
            if (ch[0].line_start and any(kid.chain[0].style == ch[0].style
                                         for kids in top.children.values() for kid in kids)
                    and not _has_text_between(text, lines, last, ch[0])
                    and not any(_is_heading(lines.line(j))
                                for j in range(lines.index(last.start) + 1, lines.index(ch[0].start)))):
                break
            stack.pop()
        if stack:
            top = stack[-1]
            k = bisect.bisect_left([m.start for m in top.chain], lo) - 1
            node.parent, node.parent_item = top, k
            top.children.setdefault(k, []).append(node)
        else:
            roots.append(node)
        stack.append(node)
    return roots


def _titled_line(text: str, lines: _Lines, mk: Marker) -> bool:
    """The item's line opens with a short title ending with a stop or a colon, and text follows it
    (`一、服务对象。具有本市户籍…`)."""
    line_end = lines.bounds(lines.index(mk.end))[1]
    if text[mk.end:mk.end + 1] == "【":
        # a bracketed title (`1.【住房补贴】对新引进…`)
        close = text.find("】", mk.end, min(line_end, mk.end + TITLE_MAX + 2))
        return close - mk.end >= 3 and bool(text[close + 1:line_end].strip())
    found = _TITLE_END_AT.search(text, mk.end, min(line_end, mk.end + TITLE_MAX + 1))
    return found is not None and found.start() - mk.end >= 2 and bool(text[found.end():line_end].strip())


def _one_line_items(lines: _Lines, chain: list[Marker]) -> bool:
    """Every item but the last is one line, the next item on the line below: a list of short
    entries (places, names, contents), not headings; its last entry heads nothing below it."""
    idxs = [lines.index(m.start) for m in chain]
    return len(idxs) > 1 and all(b - a == 1 for a, b in zip(idxs, idxs[1:]))


def _beyond_ancestors(node: _Node, pos: int) -> bool:
    """`pos` lies past the item of some ancestor that holds the node (`一、…（二）…②…` then `二、`)."""
    while node.parent is not None:
        parent, k = node.parent, node.parent_item
        if k + 1 < len(parent.chain) and parent.chain[k + 1].start < pos:
            return True
        node = parent
    return False


def _has_text_between(text: str, lines: _Lines, heading: Marker, first: Marker) -> bool:
    """More than two lines between a last heading item and a chain after it: the chain is not under it."""
    return lines.index(first.start) - lines.index(heading.start) > 3
