"""Which markers form one list: chains of one style numbering 1, 2, 3…, and which of two chains
that cross each other is kept.

A chain is the stage's unit of evidence; it is settled from the markers alone (their styles, numbers
and lines), before any chain is judged a list of measures: a list written with a number skipped or
typed twice, a list flattened into one paragraph with its separators mixed, an item whose number a
copy lost, numbered headings over a list numbered straight across them.
"""
from __future__ import annotations

import bisect
import heapq
from functools import lru_cache
from operator import attrgetter

from ..markers import Marker, styles
from ..numerals import count_phrases
from ..rules import compiled
from .lines import (
    MAX_INTRO_LINES, _CJK, _LIST_INTRO_END, _context_words, _heading_item, _is_closing, _is_document_part, _is_title_line,
    _Lines,
)


@lru_cache(maxsize=1)
def _style_families() -> dict[str, str]:
    """Style → the first style of its set in [mixed_styles]: styles that may continue one list."""
    out: dict[str, str] = {}
    for line in _context_words("mixed_styles"):
        names = line.split()
        for name in names:
            out[name] = names[0]
    return out


@lru_cache(maxsize=1)
def _decimal_styles() -> frozenset[str]:
    """Styles of decimal outline numbers (their pattern numbers the last part: the 2 of 1.2)."""
    return frozenset(st.name for st in styles() if "{SUB}" in st.pattern)


_DECIMAL_PREFIX = compiled(r"^(.*)[.．]")


def _chain_key(mk: Marker, family: dict[str, str], decimal: frozenset[str]) -> str:
    """What markers of one list share: the style's set, and for a decimal outline number its leading
    part too (1.1 1.2 1.3 go on from each other; 8.1 then 9.2 in a text are two quantities)."""
    key = family.get(mk.style, mk.style)
    if mk.style in decimal:
        m = _DECIMAL_PREFIX.match(mk.text.rstrip(".．"))
        if m:
            key += "|" + m.group(1).replace("．", ".")
    return key


@lru_cache(maxsize=1)
def _excerpt_styles() -> frozenset[str]:
    return frozenset(_context_words("excerpt_styles"))


def _chains(markers: list[Marker], page_cut: bool = False) -> list[list[Marker]]:
    """Markers of one style numbering 1, 2, 3…; a new 1 starts a new chain.

    A few chains per style stay open so that one stray marker between two
    items does not break a list; once a newer chain reaches its second item
    the older ones of that style close (numbering restarted under a new heading).
    """
    chains: list[list[Marker]] = []
    open_by_style: dict[str, list[list[Marker]]] = {}
    # the markers of the same style just before and just after each marker
    prev_same: list[int] = [-1] * len(markers)
    next_same: list[int] = [-1] * len(markers)
    last_of_style: dict[str, int] = {}
    family = _style_families()
    decimal = _decimal_styles()
    # the last marker that opens a line (on a cut page, its item is where the page ends)
    last_on_line = next((i for i in range(len(markers) - 1, -1, -1) if markers[i].line_start), -1)
    keys = [_chain_key(mk, family, decimal) for mk in markers]
    for i, mk in enumerate(markers):
        key = keys[i]
        j = last_of_style.get(key)
        if j is not None:
            prev_same[i], next_same[j] = j, i
        last_of_style[key] = i
    for i, mk in enumerate(markers):
        key = keys[i]
        opened = open_by_style.get(key)
        if opened is None:
            opened = open_by_style[key] = []
        # (of the styles of one set, [mixed_styles], a list whose last item has the marker's own style
        # first: `（1）…具体包括：` over `⑴…` `⑵…`, then `（2）…`; else any: （1）（2）⑶（4）)
        target = None
        for ch in reversed(opened):
            if ch[-1].number + 1 == mk.number:
                if ch[-1].style == mk.style:
                    target = ch
                    break
                target = target or ch
        if target is None and mk.flattened and prev_same[i] >= 0 and markers[prev_same[i]].flattened:
            # (a flattened list that skips a number, 1 2 4 5: its run was checked as a whole)
            target = next((ch for ch in reversed(opened) if ch[-1] is markers[prev_same[i]]), None)
        if target is None and mk.number > 1 and mk.line_start and prev_same[i] >= 0:
            target = _typo_continues(opened, markers[prev_same[i]], mk,
                                     markers[next_same[i]] if next_same[i] >= 0 else None,
                                     page_cut and i >= last_on_line)
        if target is not None:
            target.append(mk)
            if len(target) == 2:
                # (a list restarted closes the older ones; a list of another style of the set, points
                # under an item, closes none)
                opened[:] = [ch for ch in opened if ch is target or ch[-1].style != mk.style]
        elif mk.number == 1 and not (mk.weak and any(len(ch) == 1 and not ch[0].weak for ch in opened)) or (
                mk.number > 1 and mk.line_start and prev_same[i] < 0 and mk.style in _excerpt_styles()):
            # (a regulation's excerpt opens at any article: `第十条 …` `第十一条 …` under `第三章`)
            # (a weak item 1 does not take the place of an item 1 still waiting for its item 2)
            chain = [mk]
            chains.append(chain)
            opened.append(chain)
            if len(opened) > 3:
                del opened[0]
    return chains


def _typo_continues(opened: list[list[Marker]], before: Marker, mk: Marker, after: Marker | None,
                    last_on_cut_page: bool = False) -> list[Marker] | None:
    """The chain a mistyped number continues: a list written line by line that skips a number
    (1. 2. 4. 5.) or writes one twice (3. 4. 4. 5.), when the marker right after it goes on from it.

    Only the chain whose last marker is the marker of this style right before `mk`, of two items
    at least, all on lines of their own; a lone stray number (1. 2. 4. and nothing after) is no item.
    """
    if after is None and last_on_cut_page and mk.line_start:
        # the last item of a page cut off inside it, one number skipped after a list written line
        # by line (the copy lost a paragraph: `一、…` `三、…` and the page ends there)
        for ch in reversed(opened):
            if ch[-1] == before and mk.number == before.number + 2 and all(m.line_start for m in ch):
                return ch
        return None
    if after is None or not after.line_start:
        return None
    for ch in reversed(opened):
        last = ch[-1]
        if last != before or len(ch) < 2 or not last.line_start:
            continue
        if mk.number == last.number + 2 and after.number == mk.number + 1:
            return ch
        if mk.number == last.number and after.number in (mk.number + 1, mk.number + 2):
            return ch
    return None


def _score(chain: list[Marker], counts: set[int]) -> float:
    score = len(chain) + 2.0 * sum(mk.line_start for mk in chain) / len(chain)
    if len(chain) in counts:
        score += 5
    if chain[0].glued:
        score -= 1      # glued numerals are the weakest evidence
    return score


def _resolve_crossings(chains: list[list[Marker]], counts: set[int]) -> list[list[Marker]]:
    """Drop the weaker of two chains whose markers interleave (neither fits inside one item of the other).

    A chain is kept when every kept chain it crosses scores lower, and then those go. One sweep
    in order of first marker: a kept chain whose last marker lies before the current chain's
    first can cross no later chain either, so it leaves the active set for good (a heap on last
    markers). Only chains spanning the current start are compared, a few per numbering style
    (`_chains` keeps at most three open per style), so a page of thousands of lists stays linear.
    """
    order = sorted(range(len(chains)), key=lambda i: chains[i][0].start)
    starts = [[m.start for m in ch] for ch in chains]
    scores = [_score(ch, counts) for ch in chains]
    kept = [False] * len(chains)
    active: set[int] = set()            # kept chains whose last marker is not yet behind
    ends: list[tuple[int, int]] = []     # heap of (last marker, chain) of the active chains
    for i in order:
        lo, hi = starts[i][0], starts[i][-1]
        while ends and ends[0][0] < lo:
            active.discard(heapq.heappop(ends)[1])
        losers = []
        for j in active:
            # j starts before i; i fits inside one item of j when no marker of j lies in [lo, hi]
            other = starts[j]
            k = bisect.bisect_left(other, lo)
            if k >= len(other) or other[k] > hi:
                continue
            if scores[j] >= scores[i]:
                break
            losers.append(j)
        else:
            for j in losers:
                kept[j] = False
                active.discard(j)       # its heap entry is dropped when it comes up
            kept[i] = True
            active.add(i)
            heapq.heappush(ends, (hi, i))
    return [chains[i] for i in order if kept[i]]


@lru_cache(maxsize=1)
def _flattened_styles() -> tuple[frozenset[str], frozenset[str]]:
    """([flattened_styles], those of them that count only inside a flattened run: anchored inline)."""
    names = frozenset(n for line in _context_words("flattened_styles") for n in line.split())
    return names, frozenset(n for n in names if n.endswith("(inline)"))


FLATTENED_MIN = 3   # a list flattened into one paragraph shows at least this many markers


def _flattened(text: str, markers: list[Marker]) -> list[Marker]:
    """Lists flattened into one paragraph, their separators mixed or lost (`…如下：1加强保障，…。2、购买
    保险，…。4 评优评先，…`): a run of markers of [flattened_styles] on one line, of two styles at least,
    numbered up from 1 with one number skipped at most, takes its first marker's style; the markers
    anchored inline only (n(inline), n␣(inline)) are dropped everywhere else."""
    names, inline_only = _flattened_styles()
    if inline_only.isdisjoint(map(attrgetter("style"), markers)):     # (the styles read in C)
        return markers
    out = list(markers)
    keep = [mk.style not in inline_only for mk in markers]
    i = 0
    while i < len(markers):
        if markers[i].style not in names or markers[i].number != 1:
            i += 1
            continue
        j, skipped = i + 1, 0
        while j < len(markers) and markers[j].style in names \
                and "\n" not in text[markers[j - 1].end:markers[j].start]:
            step = markers[j].number - markers[j - 1].number
            if step not in (1, 2) or skipped + (step == 2) > 1:
                break
            skipped += step == 2
            j += 1
        run = markers[i:j]
        if len(run) >= FLATTENED_MIN and len({mk.style for mk in run}) > 1 \
                and not all(mk.style in inline_only for mk in run):
            first = next(mk.style for mk in run if mk.style not in inline_only)
            for k in range(i, j):
                out[k] = markers[k]._replace(style=first, flattened=True)
                keep[k] = True
        i = max(j, i + 1)
    return [mk for k, mk in enumerate(out) if keep[k]]


# digit styles a careless typist or a converted copy mixes within one list written one item a line
_MIXABLE_STYLES = frozenset(("n.", "n、", "n,", "n・"))
MIXED_MIN = 3       # a list whose items are numbered in mixed digit styles shows at least this many


def _runs_from_one(markers: list[Marker], next_to=None) -> list[list[Marker]]:
    """The runs of markers numbered straight up from 1, in order (each next one `next_to` the one before
    it, when given): the candidates for one list numbered in mixed styles."""
    runs, i = [], 0
    while i < len(markers):
        if markers[i].number != 1:
            i += 1
            continue
        j = i + 1
        while j < len(markers) and markers[j].number == markers[j - 1].number + 1 \
                and (next_to is None or next_to(markers[j - 1], markers[j])):
            j += 1
        runs.append(markers[i:j])
        i = max(j, i + 1)
    return runs


def _one_style(markers: list[Marker], runs: list[list[Marker]]) -> list[Marker]:
    """The markers with each run's written in the style of its first (one list, whatever its items show)."""
    restyled = {id(mk): mk._replace(style=run[0].style) for run in runs for mk in run}
    return [restyled.get(id(mk), mk) for mk in markers]


def _mixed_line_styles(markers: list[Marker]) -> list[Marker]:
    """A list written one item a line whose digits are followed by mixed stops (`1. …` / `2、…` / `3．…` /
    `4.…` / `5、…`): line-start markers of those styles numbered straight up from 1, of two styles at least,
    are one list, of its first marker's style (each style alone skips numbers, so no chain takes them)."""
    at = [mk for mk in markers if mk.line_start and mk.style in _MIXABLE_STYLES]
    if len({mk.style for mk in at}) < 2:
        return markers      # (the common case: one style, or none of these)
    return _one_style(markers, [run for run in _runs_from_one(at)
                                if len(run) >= MIXED_MIN and len({mk.style for mk in run}) > 1])


def _counted_mixed_styles(lines: _Lines, markers: list[Marker]) -> list[Marker]:
    """A list written one item a line, each numbered in whatever style a careless copy left (`1.` / `2、` /
    `(3)` / `4` glued / `五、`), right under a line that declares as many items (…主要有五条：): line-start
    markers on consecutive lines numbered straight up from 1, of three styles or more, are one list of
    its first marker's style. Without the count, styles that far apart are other lists."""
    starts = [mk for mk in markers if mk.line_start]
    if len({mk.style for mk in starts}) < MIXED_COUNTED_STYLES:
        return markers

    def counted(run: list[Marker]) -> bool:
        first = lines.index(run[0].start)
        intro = lines.line(first - 1) if first > 0 else ""
        return len(run) >= MIXED_MIN and len({mk.style for mk in run}) >= MIXED_COUNTED_STYLES \
            and any(n == len(run) for _, _, n in count_phrases(intro))

    def on_next_line(a: Marker, b: Marker) -> bool:
        return lines.index(b.start) == lines.index(a.start) + 1

    return _one_style(markers, [run for run in _runs_from_one(starts, on_next_line) if counted(run)])


MIXED_COUNTED_STYLES = 3    # styles a counted list numbered one item a line mixes, at least


# the mark a lost number left at a line's start: one to three characters and a stop (`l．` OCR read for
# 1．; `涓夈。`, 三、 garbled by a wrong encoding)
_LOST_MARK = compiled(r"[^\s。．.、]{1,3}[.．、。]")
LOST_LINE_MIN = 10      # the line of an item whose number was lost holds this many characters of words at least


def _lost_items(text: str, lines: _Lines, markers: list[Marker]) -> list[Marker]:
    """Items of a list written one item a line whose number a copy lost: with no number 1 left, the one
    line above item 2 after the list's introduction (…如下措施： / `l．对参加…` / `2．…` / `3．…`); with a
    number skipped between items on adjacent lines, the one line between them (`2、…` / `涓夈。使用…` /
    `4、…`). That line, a sentence of words, becomes the lost item, its leftover mark as its marker."""
    at_line: dict[int, Marker] = {}
    first_one: dict[str, int] = {}      # style → where its first item 1 stands
    for mk in markers:
        if mk.line_start:
            at_line.setdefault(lines.index(mk.start), mk)
        if mk.number == 1:
            first_one.setdefault(mk.style, mk.start)

    def next_nonblank(j: int, step: int) -> int:
        j += step
        while 0 <= j < len(lines) and not lines.line(j).strip():
            j += step
        return j

    def same(a: Marker | None, mk: Marker, number: int) -> bool:
        return a is not None and a.style == mk.style and a.number == number

    def lost(j: int, number: int, like: Marker) -> Marker | None:
        if j < 0 or j >= len(lines) or j in at_line:
            return None
        s, e = lines.bounds(j)
        ln = text[s:e]
        body = ln.strip()
        if len(_CJK.findall(body)) < LOST_LINE_MIN or body[-1] not in "。；;" or _is_closing(body) \
                or _is_document_part(body):
            return None
        lead = s + len(ln) - len(ln.lstrip())
        m = _LOST_MARK.match(text, lead)
        end = m.end() if m else lead
        if m is None and text.startswith(str(number), lead) and not text[lead + len(str(number))].isdigit():
            end = lead + len(str(number))   # its own number glued to words that read it as a quantity (`6人才服务上门。`)
        return Marker(lead, end, number, like.style, text[lead:end], True)

    added = []
    for idx, mk in at_line.items():
        if mk.number == 2:
            below = at_line.get(next_nonblank(idx, 1))
            j = next_nonblank(idx, -1)
            intro = next_nonblank(j, -1)
            if same(below, mk, 3) and intro >= 0 and intro not in at_line \
                    and _LIST_INTRO_END.search(lines.line(intro).rstrip()) \
                    and first_one.get(mk.style, len(text)) > mk.start:
                found = lost(j, 1, mk)
                if found is not None:
                    added.append(found)
        j = next_nonblank(idx, 1)
        after = at_line.get(next_nonblank(j, 1))
        if mk.number >= 1 and same(after, mk, mk.number + 2) and j not in at_line:
            # (one item a line on both sides of the gap)
            before = at_line.get(next_nonblank(idx, -1))
            further = at_line.get(next_nonblank(next_nonblank(j, 1), 1))
            if same(before, mk, mk.number - 1) or same(further, mk, mk.number + 3):
                found = lost(j, mk.number + 1, mk)
                if found is not None:
                    added.append(found)
    if not added:
        return markers
    return sorted(markers + added, key=lambda m: m.start)


def _text_only_part(lines: _Lines, line_owner: dict[int, int], heads: list[Marker], n: int) -> bool:
    """Whether heading n of a chain of headings heads text alone: no numbered line of any list between
    it and the next heading (or the text's end), and some text (a plan's `一、总体要求` or `四、组织实施`
    over a paragraph, between parts whose items are numbered straight across them)."""
    first = lines.index(heads[n].start) + 1
    last = lines.index(heads[n + 1].start) if n + 1 < len(heads) else len(lines)
    if any(j in line_owner for j in range(first, last)):
        return False
    return any(lines.line(j).strip() for j in range(first, last))


def _first_item_below(lines: _Lines, line_owner: dict[int, int], j: int) -> int:
    """The line a list's marker opens from line `j` on, past blank lines and at most MAX_INTRO_LINES
    lines of text that introduce it (a part's paragraph before its first item); else the first line of
    text, or len(lines) when only blank lines follow."""
    first_text, seen = None, 0
    while j < len(lines):
        if j in line_owner:
            return j
        if lines.line(j).strip():
            first_text = j if first_text is None else first_text
            seen += 1
            if seen > MAX_INTRO_LINES:
                break
        j += 1
    return first_text if first_text is not None else len(lines)


def _numbered_group_headings(text: str, lines: _Lines, chains: list[list[Marker]], titled: dict[int, str] | None = None
                             ) -> tuple[list[list[Marker]], dict[int, str], list[tuple[list[Marker], list[Marker]]]]:
    """Numbered headings over a list whose numbering runs on across them.

    `一、强化激励` `（一）…` `（二）…` `二、加强保障` `（三）…`: the measures are numbered (一)…(三)
    straight through, so their chain crosses the chain of the headings, which would lose one of
    the two. A chain whose every item is a title line directly followed (next non-blank line) by
    an item of one other chain that runs across it is that chain's groups: it is taken out, and
    its lines are kept as headings (line index → title) for the items below them.
    Also returned: the (headings, list) pairs of such headings that stand below a numbered heading
    of a higher level (`一、` over `（一）…` over `1.…`, the `1.` numbered straight across the `（一）`;
    a paragraph may come between, and the heading may be the only one the page shows: `titled`, line
    index → style of the numbered title lines), for the caller to tell whether these middle headings
    are the measures (levels._middle_level).
    """
    line_owner: dict[int, int] = {}         # line index → chain whose marker starts the line
    for ci, ch in enumerate(chains):
        for mk in ch:
            if mk.line_start:
                line_owner.setdefault(lines.index(mk.start), ci)
    heads: dict[int, str] = {}
    dropped: set[int] = set()
    owners: dict[int, int] = {}             # a dropped chain → the chain its headings head
    for hi, ch in enumerate(chains):
        # (a lone item 1 is no chain of headings: `二、加大金融支持：` over `（一）…` alone, before `三、…`)
        # (the last may be the text's last line, the page cut right after it: `三、稳定职工队伍`)
        if len(ch) < 2 or not all(_heading_item(text, lines, mk) for mk in ch[:-1]) or not (
                _heading_item(text, lines, ch[-1]) or (len(ch) > 2 and ch[-1].line_start
                                                      and lines.index(ch[-1].start) == len(lines) - 1
                                                      and _is_title_line(text[ch[-1].end:]))):
            continue
        owner, heading_items = None, 0
        for n, mk in enumerate(ch):
            j = _first_item_below(lines, line_owner, lines.index(mk.start) + 1)
            if j == len(lines) and n == len(ch) - 1 and n >= 2:
                break       # (the last heading ends the text: the page was cut right after it)
            o = line_owner.get(j)
            if _text_only_part(lines, line_owner, ch, n):
                continue    # (a part of text alone among them: `一、总体要求` over a paragraph)
            if o is None or o == hi or o in dropped or (owner is not None and o != owner):
                owner = None
                break
            owner, heading_items = o, heading_items + 1
        if owner is None or heading_items < 2:
            continue
        other = chains[owner]
        # the list runs across the headings: it has items before a later heading
        if not (other[0].start < ch[-2 if ch[-1].start > other[-1].start else -1].start < other[-1].start):
            continue
        dropped.add(hi)
        owners[hi] = owner
        for mk in ch:
            idx = lines.index(mk.start)
            heads[idx] = text[mk.end:lines.bounds(idx)[1]].strip().rstrip("。：:；;，, ")
    if not dropped:
        return chains, heads, []
    # a level of headings right below a numbered heading of another list (`一、…` over `（一）…`, the
    # `一、` numbered straight across too or not), over a list of its own
    stacked = []
    titled = titled or {}
    for mid in sorted(dropped):
        if owners[mid] in dropped:
            continue
        styles = (chains[mid][0].style, chains[owners[mid]][0].style)
        j, text_lines = lines.index(chains[mid][0].start) - 1, 0
        while j >= 0 and text_lines <= MAX_INTRO_LINES:
            if lines.line(j).strip():
                if line_owner.get(j, mid) not in (mid, owners[mid]) or titled.get(j, styles[0]) not in styles:
                    stacked.append((chains[mid], chains[owners[mid]]))
                    break
                text_lines += 1
            j -= 1
    return [ch for i, ch in enumerate(chains) if i not in dropped], heads, stacked
