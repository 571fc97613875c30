"""What a document copy's page breaks leave in the text: the running header below a page number
(dropped where it stands), and a sentence the break cut in two (joined again after the verdicts).
"""
from __future__ import annotations

from ..charclass import HAN, LAID_OUT
from ..markers import leading_marker
from .line_rules import UNANCHORED_MAX_LEN, _action_rules
from .line_kind import _SENTENCE_PUNCT, judge_line


def _running_headers(lines: list[str], judged: list[tuple[str, str | None]]) -> set[int]:
    """The line right below a page number (a `page` line) that is a document copy's running header:
    one a `running` rule names (`泾源县委办公室文件`, a file number), or one that follows two page
    numbers word for word (the document's name set atop every page). Dropped where it stands; it
    does not end the text (it recurs like a template's separator) and the item it interrupts goes
    on (`_join_across_page_breaks`). Only the lines below page numbers are read."""
    below: dict[str, list[int]] = {}
    for i, (_, action) in enumerate(judged):
        if action == "page":
            j = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j]), None)
            if j is not None and judged[j][1] is None and len(lines[j]) <= UNANCHORED_MAX_LEN:
                below.setdefault(lines[j], []).append(j)
    if not below:
        return set()
    rx = _action_rules("running")
    found = {line for line, at in below.items()
             if leading_marker(line) is None and not _SENTENCE_PUNCT.search(line)
             and (len(at) >= 2 or rx is not None and rx.match(line) or LAID_OUT.search(line))}
    # … or one laid out by white space (某市人民政府公报 <spaces> 2023 年第 14 期); and wherever else it stands
    # word for word: atop the first page, the header is no headline
    return {i for i, line in enumerate(lines) if line in found} if found else set()


_SENTENCE_END = "。；;！!？?：:…”」』）)"
BROKEN_SENTENCE_MIN = 16   # a line cut by a page break is running text this long, with a comma in it


def _join_across_page_breaks(lines: list[str], keep: list[bool]) -> None:
    """A page number (a `page` rule) dropped between two kept lines that one sentence runs across
    (`…比重达到3%以上的` / `— 2 —` / `规模以上工业企业…`): the two halves become one line, so the item
    around the page break stays whole. The line above must be running text (long, with a comma) that
    stops without a sentence's end, and the line below must not open an item with its own marker."""
    prev = None
    for i, k in enumerate(keep):
        if k:
            prev = i
            continue
        if prev is None or not lines[i] or judge_line(lines[i])[1] != "page":
            continue
        nxt = next((j for j in range(i + 1, len(keep)) if keep[j]), None)
        if nxt is None:
            return
        above, below = lines[prev], lines[nxt]
        if len(above) >= BROKEN_SENTENCE_MIN and above[-1] not in _SENTENCE_END and ("，" in above or "," in above) \
                and HAN.match(below) and leading_marker(below) is None:
            lines[prev] = above + below
            keep[nxt] = False
