"""Split a document's text into numbered measures.

Three steps:
1. `markers.find_markers` lists every place the text may number an item.
2. Markers of one style numbering 1, 2, 3… become chains; chains that are not
   lists of measures (characteristics, tables of contents, Q&A) are dropped,
   and of two chains that cross each other the weaker goes.
3. Chains nest: a chain inside one item of another is either that item's
   measures (the item is a heading: `一、强化激励` over `（一）…（二）…`, or a
   phrase glued to its list on a page that lost its line breaks) or a
   sub-enumeration of its text. The innermost lists under headings are the
   measures; a heading with nothing under it is a measure itself, unless it is
   one of the document's sections (the leading `一、总体目标`, `背景与意义`).

Real pages are cut after ~2,000 characters: an item 1 the end of the page
leaves alone keeps its visible part, and a heading cut off before its list is
no measure.

Offsets index the text given to `segment`, so spans and bodies are exact slices.

The modules, each deciding one thing, import one way, in this order:
`lines` (the text's lines and line predicates) → `chains` (which markers form
one list) → `outline` (how chains nest) → `items` (an item's extent, title,
body and group) → `gate` (whether lists enumerate a policy's measures) →
`measures` (which chains are lists of measures) → `levels` (which items of an
outline are the measures) → `unnumbered` (bulleted measures) → this module,
which runs them in turn (`_numbered`) and is the stage's entry (`segment`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..markers import find_markers
from ..numerals import count_phrases
from ..rules import compiled
from .chains import (
    _chains, _counted_mixed_styles, _flattened, _lost_items, _mixed_line_styles, _numbered_group_headings, _resolve_crossings,
)
from .gate import _PolicyGate
from .items import Item, MeasureList, _Builder
from .levels import _count_measures, _declared_counts, _declared_depth, _emit, _flatten_at, _height, _middle_level
from .lines import (
    _CJK, _HEADING_COUNT, _HEADING_COUNT_CUE, _SENTENCE_END_RE, DOC_TITLE, HEADING_MAX, _context_patterns, _heading_item,
    _is_report_list, _section_headings,
)
from .measures import (
    _cut_last_item, _drop_contents, _is_facet_chain, _is_measure_chain, _label_headline, _lone_sublists,
    _policy_in_fields, _title_lines, _within_item,
)
from .outline import _outline
from .unnumbered import _counted_bullets, _grouped_bullets, _unnumbered, _unnumbered_cue

__all__ = ["DOC_TITLE", "Item", "MeasureList", "segment"]

# a line opened by a bullet ([bullets] of rules/numbering_context.txt), the cheap look before _counted_bullets
_BULLET_LINE = compiled(r"\n[ \t\u3000]*[•·●○▪■□◆◇▶►\-*–]")


def segment(text: str, headline: str | None = None) -> list[MeasureList]:
    """Lists of measures found in the text, in document order; `headline` is the page's own (the
    body leaves it out), read for a policy's frame only."""
    result = _numbered(text, headline)
    if result and _BULLET_LINE.search(text):
        result = _counted_bullets(text, headline, result)
    if _unnumbered_cue().search("\n" + text):     # (the text's start is a line's start too)
        extra = _unnumbered(text, result)
        extra += _grouped_bullets(text, result + extra)
        if extra:
            result = sorted(result + extra, key=lambda ml: ml.start)
    return _with_words(result)


def _with_words(lists: list[MeasureList]) -> list[MeasureList]:
    """The lists without items that show no word (`三、` where the page's end cut it off after its
    marker): a measure cut off keeps its visible part, and such an item has none."""
    if all(it.title or it.body.strip() for ml in lists for it in ml.items):
        return lists
    for ml in lists:
        ml.items = [it for it in ml.items if it.title or it.body.strip()]
    return [ml for ml in lists if ml.items]


def _numbered(text: str, headline: str | None = None) -> list[MeasureList]:
    markers = _mixed_line_styles(_flattened(text, find_markers(text)))
    if not markers:
        return []
    b = _Builder(text)
    lines = b.lines
    markers = _counted_mixed_styles(lines, _lost_items(text, lines, markers))
    contents = _contents_entry()
    if contents is not None:
        # a table of contents' entries (`二、主要措施………1`): their numbers open no list (only the
        # markers' lines are read, each once: a search of the whole text cost five times as much)
        entry = {j: contents.search(lines.line(j).rstrip()) is not None
                 for j in {lines.index(mk.start) for mk in markers}}
        markers = [mk for mk in markers if not entry[lines.index(mk.start)]]
        if not markers:
            return []
    chains = _chains(markers, page_cut=b.page_cut)
    all_markers = markers
    # a weak marker (glued to a heading) counts only where it opens a list or goes on with one
    # (and one before a quantity, `2、65周岁以上…`, only where it goes on with a list)
    if any(mk.weak or mk.quantity for mk in markers):
        opening = {mk.start for c in chains if len(c) > 1 for mk in c if mk.weak or mk.quantity}
        markers = [mk for mk in markers if not (mk.weak or mk.quantity) or mk.start in opening]
    # a numbered title line of no list (its siblings are cut from the page) may head the list below it
    titled = _title_lines(text, lines, markers)
    listed = {mk.start for c in chains if len(c) > 1 for mk in c}
    for idx, (mk, rest) in titled.items():
        if mk.start not in listed and len(_CJK.findall(rest)) >= 2:
            b.lone_heads[idx] = rest
    cut_last = _cut_last_item(text, lines, markers, b.lone_heads, all_markers)
    kept = []
    facets = []
    above = _label_headline(headline)
    for c in chains:
        if _is_measure_chain(text, lines, c, above=above) or (len(c) == 1 and c[0] is cut_last):
            kept.append(c)
        elif len(c) > 1 and _is_facet_chain(text, lines, c):
            if not _within_item(text, lines, c, chains) and _is_measure_chain(text, lines, c, fields_ok=True, above=above):
                # the fields are the items of the text itself, not of a policy one of its items names
                # (公告如下：一、补贴对象：…二、补贴标准：（1）…（2）…三、发放方式：…): its provisions
                kept.append(c)
                continue
            # the fields of the policy an item names: that item's text, however far it runs
            b.sub_lines.update(lines.index(m.start) for m in c if m.line_start)
            facets.append(c)
    kept = _lone_sublists(text, lines, chains, kept, markers)
    if len(kept) < len(chains):
        # a list that is no measures right under a numbered title line of another style is that item's
        # text (`三、申领程序` over `（1）个人申请…（2）入户评估…`), however far it runs; not under a
        # document's part (`三、注意事项` over `1.请各社区…`: the part provides nothing)
        kept_ids = {id(c) for c in kept}
        for c in chains:
            if id(c) not in kept_ids and len(c) > 1 and c[0].number == 1 and all(m.line_start for m in c):
                # (nor under a field of a policy's description, a facet line: `四、申领流程` after
                # `三、补贴标准` over its measures)
                j = lines.index(c[0].start) - 1
                head = titled.get(j) or _colon_title(text, lines, markers, j)
                if head is not None and head[0].style != c[0].style and j not in b.sub_lines and \
                        head[1].rstrip("。：: ") not in _section_headings():
                    b.sub_lines.update(lines.index(m.start) for m in c)
    if facets and cut_last is None and b.page_cut:
        # the one item a cut page shows is a titled policy spelled out in fields (`一、职业介绍补贴`
        # over `1.适用对象` `2.主要内容`…): that item is a measure
        lone = _policy_in_fields(text, lines, chains, facets)
        if lone is not None:
            kept = sorted(kept + [lone], key=lambda c: c[0].start)
    # numbered headings over a list numbered straight across them cross it: take them out first (a
    # plan's parts are no measures, so their chain is read here even though it was not kept)
    kept_ids = {id(c) for c in kept}
    parts = [c for c in chains if id(c) not in kept_ids and len(c) > 1 and all(_heading_item(text, lines, mk) for mk in c)]
    chains, b.group_heads, stacked = _numbered_group_headings(text, lines, sorted(kept + parts, key=lambda c: c[0].start),
                                                              {j: mk.style for j, (mk, _) in titled.items()})
    chains = [c for c in chains if id(c) in kept_ids]
    # a group heading's own count (`一、精简文件会议（3项）`) counts the items under it, not its level
    counted = _HEADING_COUNT.sub("", text) if _HEADING_COUNT_CUE.search(text) else text
    if stacked:
        # (`一、` over `（一）加大减负稳岗力度。` over `1.…` `2.…`: the middle headings may be the measures)
        chains = _middle_level(b, chains, stacked, _declared_counts(counted) | _declared_counts(headline or ""))
    # declared counts only settle crossings, and a single chain crosses nothing
    counts = {n for _, _, n in count_phrases(counted)} if len(chains) > 1 else set()
    chains = _resolve_crossings(chains, counts)
    # tables of contents: a run of bare title lines whose titles come back later as a real list
    chains = _drop_contents(text, lines, chains, titled)
    # numbered lines are never unnumbered headings, even when their list was dropped (contents)
    for mk in markers:
        if mk.line_start:
            b.marker_lines.add(lines.index(mk.start))
            if mk.glued:
                b.glued_lines.add(lines.index(mk.start))
    b.marker_starts = [mk.start for mk in markers]
    b.marker_ends = [mk.end for mk in markers]
    b.marker_styles = [mk.style for mk in markers]
    b.chain_starts = sorted(c[0].start for c in chains)
    b.chain_style = {c[0].start: c[0].style for c in chains}
    roots = _outline(text, lines, chains, b.measure_levels)

    declared = _declared_counts(counted) if roots else set()
    if roots and headline:
        declared |= _declared_counts(headline)     # (…保障工作的三条措施, left out of the body)
    result: list[MeasureList] = []
    gate = _PolicyGate(b, sorted(c[0].start for c in facets), headline)
    for family, root in enumerate(roots):
        groups = b.groups_of(root.chain)
        b.sentence_heads = bool(root.children and declared)
        if root.children and declared:
            # the text declares as many measures as the items of one level of the outline have
            # (八条措施 over 1.…8., 六条措施 over （一）（二） under 一、二、三、), not as many as the
            # lists under their title items: those (①②③ under `3．落实待遇保障`) enumerate the
            # text of their item
            depth = _declared_depth(b, root, declared)
            if depth is not None:
                _flatten_at(b, root, depth)
        # (a declared count the outline has as it stands keeps its deeper lists: 六条 over 1.…6.)
        b.count_settled = bool(root.children and declared) and \
            _count_measures(b, root, _height(root)) in declared
        b.sentence_heads = b.count_settled
        emitted: list[MeasureList] = []
        _emit(b, root, len(text), groups, family, emitted)
        # a list under a report's own section (三、2024年工作打算 over 一是…; 二、存在的问题) is the report's
        emitted = [ml for ml in emitted if not all(_is_report_list(it.group) for it in ml.items)]
        if emitted and gate.keeps(root.chain[0].start, emitted):
            result.extend(emitted)
    result.sort(key=lambda ml: ml.start)
    return result


@lru_cache(maxsize=1)
def _contents_entry() -> re.Pattern | None:
    """[contents_entries] of rules/numbering_context.txt, its `$` at every line's end."""
    rx = _context_patterns("contents_entries")
    return compiled(rx.pattern, re.M) if rx is not None else None


def _colon_title(text: str, lines, markers, j: int):
    """Line `j` as (marker, title) when it is a numbered short title that introduces its points with a
    colon (`三、申领方式：` over `1.本人向社区提出申请；` `2.…`); None otherwise."""
    if j < 0:
        return None
    s, e = lines.bounds(j)
    if not text[s:e].rstrip().endswith(("：", ":")):
        return None
    mk = next((m for m in markers if m.line_start and s <= m.start < e), None)
    if mk is None:
        return None
    rest = text[mk.end:e].strip().rstrip("：: ")
    if not 2 <= len(rest) <= HEADING_MAX or _SENTENCE_END_RE.search(rest):
        return None
    return mk, rest
