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
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..markers import Marker, find_markers
from ..numerals import COUNT_NUMBER, count_phrases, to_int
from .chains import _chains, _flattened, _lost_items, _numbered_group_headings, _resolve_crossings
from .gate import _body_provides, _policy_patterns, _PolicyGate, _states_action
from .items import Item, MeasureList, _Builder
from .lines import (
    _BRACKET_TITLE, _CJK, _HEADING_COUNT, _SENTENCE_END, _SENTENCE_END_RE, DOC_TITLE, HEADING_MAX, TITLE_MAX,
    _context_words, _first_chars, _heading_item, _is_closing, _is_document_part, _is_title_line, _not_heading,
    _section_headings,
)
from .measures import (
    _cut_last_item, _drop_contents, _is_facet_chain, _is_measure_chain, _is_section_title, _lone_sublists,
    _policy_in_fields, _title_lines, _within_item,
)
from .outline import _Node, _outline

__all__ = ["DOC_TITLE", "Item", "MeasureList", "segment"]


@lru_cache(maxsize=1)
def _big_count_re() -> re.Pattern:
    """A count written 三大行动 / 十大工程 ([big_count_nouns]): 大 where 条/项 would stand."""
    nouns = "|".join(map(re.escape, _context_words("big_count_nouns"))) or "(?!)"
    return re.compile(f"(?<![第0-9０-９一二两三四五六七八九十百千万])(?P<n>{COUNT_NUMBER})大(?:{nouns})")


def _declared_counts(s: str) -> set[int]:
    """The counts `s` declares: 十条 / 22项 (count_phrases), and 三大行动 ([big_count_nouns])."""
    out = {n for _, _, n in count_phrases(s)}
    if "大" in s:
        for m in _big_count_re().finditer(s):
            n = to_int(m.group("n"))
            if n and 1 < n < 200:
                out.add(n)
    return out


def segment(text: str, headline: str | None = None) -> list[MeasureList]:
    """Lists of measures found in the text, in document order; `headline` is the page's own (the
    body leaves it out), read for a policy's frame only."""
    result = _numbered(text, headline)
    if _unnumbered_cue().search(text):
        extra = _unnumbered(text, result)
        if extra:
            result = sorted(result + extra, key=lambda ml: ml.start)
    return result


def _measure_bullets() -> frozenset[str]:
    """Characters that open an unnumbered measure under an intro ([measure_bullets]: `■新招用…`)."""
    return _first_chars("measure_bullets")


@lru_cache(maxsize=1)
def _unnumbered_cue() -> re.Pattern:
    """A line opening with a bullet of [measure_bullets] or a bracketed title: the one cheap look at
    the page before `_unnumbered` reads it line by line."""
    chars = "".join(map(re.escape, sorted(_measure_bullets()))) + "【〔［"
    return re.compile(rf"(?m)^[ \t\u3000]*[{chars}]")


def _unnumbered(text: str, found: list[MeasureList]) -> list[MeasureList]:
    """Lists of unnumbered measures: a run of two or more lines that each open with the same bullet
    of [measure_bullets] (`■新招用…`) or each with a bracketed title (`【减免房租】承租…`), right under
    an intro that declares a count of measures or frames them ([policy_intro]: `出台五项措施：`,
    `主要措施包括：`). Numbered 1..n in order, one line each. A run inside a measure found already
    (the sub-points of a numbered item) or under no such intro (an agenda, tips) is none."""
    bullets = _measure_bullets()
    frame = _policy_patterns("policy_intro")
    if frame is None:
        return []
    b = _Builder(text)
    lines = b.lines
    spans = [(it.start, it.end) for ml in found for it in ml.items]
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
        intro = next((lines.line(j).strip() for j in range(run[0] - 1, -1, -1) if lines.line(j).strip()), "")
        if not intro or (frame.search(intro) is None and not _declared_counts(intro)):
            continue
        ml = MeasureList(family=-1)
        for num, j in enumerate(run, 1):
            ls, le = lines.bounds(j)
            if ends:
                le = lines.bounds(ends[num - 1])[1]
            lead = len(lines.line(j)) - len(lines.line(j).lstrip(" \t\u3000"))
            ms = ls + lead
            me = ms + (1 if not k.startswith("【】") else 0)
            while me < le and text[me] in " \t\u3000":
                me += 1
            mk = Marker(ms, me, num, "【】", text[ms:me].strip(), True) if ends else \
                Marker(ms, me, num, k, text[ms:me].strip(), True)
            title, bs, be = b.title_and_body(mk, le)
            ml.items.append(Item(num, mk.text, mk.style, ms, le, title, text[bs:be], None))
        out.append(ml)
    return out


def _numbered(text: str, headline: str | None = None) -> list[MeasureList]:
    markers = _flattened(text, find_markers(text))
    if not markers:
        return []
    b = _Builder(text)
    lines = b.lines
    markers = _lost_items(text, lines, markers)
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
    for c in chains:
        if _is_measure_chain(text, lines, c) or (len(c) == 1 and c[0] is cut_last):
            kept.append(c)
        elif len(c) > 1 and _is_facet_chain(text, lines, c):
            if not _within_item(text, lines, c, chains) and _is_measure_chain(text, lines, c, fields_ok=True):
                # the fields are the items of the text itself, not of a policy one of its items names
                # (公告如下：一、补贴对象：…二、补贴标准：（1）…（2）…三、发放方式：…): its provisions
                kept.append(c)
                continue
            # the fields of the policy an item names: that item's text, however far it runs
            b.sub_lines.update(lines.index(m.start) for m in c if m.line_start)
            facets.append(c)
    kept = _lone_sublists(text, lines, chains, kept, markers)
    if facets and cut_last is None and b.page_cut:
        # the one item a cut page shows is a titled policy spelled out in fields (`一、职业介绍补贴`
        # over `1.适用对象` `2.主要内容`…): that item is a measure
        lone = _policy_in_fields(text, lines, chains, facets)
        if lone is not None:
            kept = sorted(kept + [lone], key=lambda c: c[0].start)
    chains = kept
    # numbered headings over a list numbered straight across them cross it: take them out first
    chains, b.group_heads = _numbered_group_headings(text, lines, chains)
    # declared counts only settle crossings, and a single chain crosses nothing; a group heading's own
    # count (`一、精简文件会议（3项）`) counts the items under it, not its level
    counted = _HEADING_COUNT.sub("", text) if "（" in text or "(" in text else text
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
    roots = _outline(text, lines, chains)

    declared = _declared_counts(counted) if roots else set()
    if roots and headline:
        declared |= _declared_counts(headline)     # (…保障工作的三条措施, left out of the body)
    result: list[MeasureList] = []
    gate = _PolicyGate(b, sorted(c[0].start for c in facets), headline)
    for family, root in enumerate(roots):
        groups = b.groups_of(root.chain)
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
        emitted: list[MeasureList] = []
        _emit(b, root, len(text), groups, family, emitted)
        if emitted and gate.keeps(root.chain[0].start, emitted):
            result.extend(emitted)
    result.sort(key=lambda ml: ml.start)
    return result


def _measures_under(b: _Builder, node: _Node, item: int) -> bool:
    """Item `item` of the node heads a list of measures of its own (as `_emit` reads it)."""
    return _heads_list(b, node, item) is not None


def _heads_list(b: _Builder, node: _Node, item: int) -> str | None:
    """The heading of item `item` of the node when the item heads a list of measures: a title line
    over a list written line by line (`一、强化激励` / `1.…`), or a short phrase glued between its
    marker and the list's first marker on a page whose line breaks were lost
    (`三、实施步骤与操作指南1.疫情监测…`). None when the item is a measure of its own."""
    kids = node.children.get(item)
    if not kids:
        return None
    text, lines = b.text, b.lines
    mk, first = node.chain[item], kids[0].chain[0]
    if first.line_start:
        if not _heading_item(text, lines, mk):
            return None
        title, _, _ = b.title_and_body(mk, lines.bounds(lines.index(mk.start))[1] + 1)
        return title or text[mk.end:lines.bounds(lines.index(mk.start))[1]].strip()
    if first.start - mk.end > 2 * HEADING_MAX or lines.index(first.start) != lines.index(mk.start):
        return None
    head = text[mk.end:first.start].strip()
    if (2 <= len(head) <= HEADING_MAX and len(_CJK.findall(head)) >= 2
            and not _SENTENCE_END_RE.search(head)):
        return head
    return None


def _provisions_around(b: _Builder, chain: list[Marker], heads: dict[int, str]) -> bool:
    """The items heading a list are fewer than the others, and every other item states its provision
    on its marker's line (no title line over a paragraph): a regulation's points, one of them spelled
    out in sub-points (`第三点　奖助对象为…。` `第四点　奖助项目如下：` over `（一）…（二）…`)."""
    others = [k for k in range(len(chain)) if k not in heads]
    if len(others) < 2 or len(others) <= len(heads):
        return False
    lines = b.lines
    for k in others:
        mk = chain[k]
        if not mk.line_start:
            return False
        idx = lines.index(mk.start)
        if k + 1 < len(chain):
            if lines.index(chain[k + 1].start) != idx + 1:
                return False    # lines of its own below its marker line: a section, or a title over them
        elif lines.bounds(idx)[1] < len(b.text.rstrip()) and not b.text[mk.end:lines.bounds(idx)[1]].rstrip()[-1:] in "。；;":
            return False
    return True


def _points_of_provisions(b: _Builder, chain: list[Marker], heads: dict[int, str]) -> bool:
    """A notice's items each state one provision, and those that head a list introduce it as their
    own content: every heading item's line ends with `：` (`二、补助额度：` over `（一）…（二）…`), no
    heading names a part of the document or a list of measures (总体要求, 主要措施), and every other
    item states its provision on its marker's line (`一、补助对象：具有本市户籍…。`). The points are
    then the text of their items (公告事项：一、…二、…：（一）…三、…如下：（一）…四、…)."""
    others = [k for k in range(len(chain)) if k not in heads]
    if not others or len(chain) < 3:
        return False
    text, lines = b.text, b.lines
    frame = _policy_patterns("policy_intro")
    for k, head in heads.items():
        mk = chain[k]
        if not mk.line_start or _is_section_title(head.rstrip("：: ")) or \
                (frame is not None and frame.search(head.rstrip("：: ")) is not None):
            return False
        if not text[mk.end:lines.bounds(lines.index(mk.start))[1]].rstrip().endswith(("：", ":")):
            return False
    for k in others:
        mk = chain[k]
        if not mk.line_start:
            return False
        idx = lines.index(mk.start)
        rest = text[mk.end:lines.bounds(idx)[1]].strip()
        if rest.endswith(("：", ":")) and rest.rstrip("：: ") not in _section_headings():
            continue        # `三、办理流程：` over points that make no list of measures: its text
        if not rest or rest[-1] not in "。；;":
            return False
        if k + 1 < len(chain) and lines.index(chain[k + 1].start) != idx + 1:
            return False    # lines of its own below its marker line: a section, or a title over them
    return True


def _count_measures(b: _Builder, node: _Node, cut: int, depth: int = 0) -> int:
    """How many measures `_emit` makes of the node when the nodes `cut` levels down are flattened."""
    chain = node.chain
    below = depth < cut
    outline = below and any(_measures_under(b, node, k) for k in node.children)
    n = 0
    for k, mk in enumerate(chain):
        if below and _measures_under(b, node, k):
            n += sum(_count_measures(b, kid, cut, depth + 1) for kid in node.children[k])
        elif not (outline and b.short_title(mk) in _section_headings()):
            n += 1
    return n


def _height(node: _Node) -> int:
    return 1 + max((_height(kid) for kids in node.children.values() for kid in kids), default=0)


def _declared_depth(b: _Builder, root: _Node, declared: set[int]) -> int | None:
    """The level whose lists are to be flattened for the outline to have a declared count of measures.

    None when the outline as it stands has such a count, or when no level gives one; else the
    deepest level that does (0: the root's items are the measures).
    """
    height = _height(root)
    if _count_measures(b, root, height) in declared:
        return None
    for cut in range(height - 2, -1, -1):
        if _count_measures(b, root, cut) in declared:
            return cut
    return None


def _flatten_at(b: _Builder, node: _Node, depth: int) -> None:
    if depth == 0:
        _flatten(b, node)
        return
    for kids in node.children.values():
        for kid in kids:
            _flatten_at(b, kid, depth - 1)


def _flatten(b: _Builder, node: _Node) -> None:
    """Make the chains under a node's items part of their items' text."""
    gone: set[int] = set()
    todo = [kid for kids in node.children.values() for kid in kids]
    b.mark_sub_points(todo)
    while todo:
        kid = todo.pop()
        gone.add(kid.chain[0].start)
        todo += [k for kids in kid.children.values() for k in kids]
    node.children = {}
    b.chain_starts = [s for s in b.chain_starts if s not in gone]
    for s in gone:
        b.chain_style.pop(s, None)


def _emit(b: _Builder, node: _Node, limit: int, groups: list[str | None], family: int,
          out: list[MeasureList], depth: int = 0) -> None:
    """Measures of one chain: its items, or the items of the chains under its heading items."""
    chain = node.chain
    run = MeasureList(family=family)
    # an outline: some item heads a list of measures of its own
    heads = {k: _heads_list(b, node, k) for k in node.children}
    heads = {k: h for k, h in heads.items() if h is not None}
    if heads and depth > 0 and not b.count_settled and all(map(_states_action, heads.values())):
        # 一、主要任务 over （一）完善…网络。 over 1.… 2.…: headings that each state an action are the
        # provisions (the （一） level); headings naming a topic (1.老人关怀措施 over 1.1…) are groups
        heads = {}
    if heads and (_provisions_around(b, chain, heads) or _points_of_provisions(b, chain, heads)):
        heads = {}      # 第四点　奖助项目如下： over （一）（二） among provisions: its points are its text
    outline = bool(heads)
    first_head = min(heads, default=len(chain))
    # the headings name their lists as measures (主要任务, 保障措施): the items are the document's parts
    parts = any(w in h for h in heads.values() for w in _context_words("measure_heading_words"))
    for k, mk in enumerate(chain):
        item_limit = b.cut_before_heading(chain[k + 1]) if k + 1 < len(chain) else limit
        kids = node.children.get(k)
        if k in heads:
            if run.items:
                out.append(run)
                run = MeasureList(family=family)
            if len(heads) > 1 and _is_section_title(heads[k]):
                b.mark_sub_points(kids)
                continue        # 一、总体要求 over （一）指导思想 （二）基本原则: the document's parts
            for kid in kids:
                _emit(b, kid, item_limit, [heads[k]] * len(kid.chain), family, out, depth + 1)
            continue
        if kids:
            b.mark_sub_points(kids)
        end = b.extent(chain, k, item_limit)
        item = b.item(mk, end, groups[k])
        # (an item whose next sibling stands on its line is run together with it as well)
        run_together = k + 1 < len(chain) and b.lines.index(chain[k + 1].start) == b.lines.index(mk.start)
        if outline and ((k < first_head and (not mk.line_start or run_together
                                             or _heading_item(b.text, b.lines, mk)))
                        or (k > first_head and parts and _heading_item(b.text, b.lines, mk))
                        or _is_section(item)) or (not outline and _titled_as_part(item) and not _body_provides(item)):
            # `一、总体目标` over a paragraph before `二、主要措施` over its list (or run together on a
            # page that lost its line breaks): a section of the document, as is one after the lists
            # when a heading names its list as the measures (`二、重点任务` over （一）…, then
            # `三、保障措施` over a paragraph; but `二、减轻负担` over a paragraph after `一、强化激励`
            # over （一）… is a measure), an item titled like one (工作要求) or that introduces no
            # measures (背景与意义); in a list of no outline, an item titled exactly as a part of a
            # document that provides nothing (`一、活动时间` `二、活动地点` `三、注意事项` of an event's
            # notice; not `四、工作要求。各单位要加强宣传…` among a notice's provisions)
            continue
        if outline and k == len(chain) - 1 and _cut_heading(b.text, item):
            continue        # `2.留守` at the end of the page: a heading whose list was cut off
        run.items.append(item)
    if run.items:
        _consistent_titles(b, run)
        out.append(run)


def _consistent_titles(b: _Builder, run: MeasureList) -> None:
    """A list writes its items alike: when only one in four of them or fewer opens with a short
    sentence that reads as a title, those sentences are the items' text, not titles
    (`二、取消各类群众性活动。暂停开放景区。` among one-sentence items of a 公告). Titles on lines of
    their own stay."""
    items = run.items
    titled = [it for it in items if it.title]
    if len(items) < 4 or not titled or len(titled) * 4 > len(items):
        return
    text = b.text
    for it in titled:
        pos = text.find(it.title, it.start, it.start + len(it.marker) + 2 * TITLE_MAX)
        line_end = b.lines.bounds(b.lines.index(it.start))[1]
        after = pos + len(it.title)
        if pos < 0 or not text[after:min(line_end, after + 8)].strip("。：:；; \t\u3000"):
            continue        # a title on a line of its own
        it.title = None
        it.body = text[pos:it.end].strip()


def _is_section(item: Item) -> bool:
    """An item of an outline titled as a part of the document (总体要求) or as a list that is no
    measures (背景与意义, 存在问题)."""
    if item.title:
        return _is_section_title(item.title)
    # a bare heading whose list was no measures (`三、政策特点` over `一是突出精准性，二是…`)
    body = item.body.strip()
    return _is_title_line(body) and "\n" not in body and _is_section_title(body.rstrip("。：: "))


def _titled_as_part(item: Item) -> bool:
    """The item's title, or its whole text when that is only a heading, is exactly one of
    [section_headings] (活动时间, 注意事项, 工作要求)."""
    if item.title:
        return item.title in _section_headings()
    body = item.body.strip()
    return "\n" not in body and body.rstrip("。：: ") in _section_headings()


def _cut_heading(text: str, item: Item) -> bool:
    """The item runs to the end of the text and is only a short phrase: the page was cut after the
    heading of a next group (`2.留守` closing a page whose items sit under `1.孤寡老人关怀措施`)."""
    if item.end - item.start > 2 * HEADING_MAX:
        return False
    end = len(text)
    while end > item.end and text[end - 1].isspace():
        end -= 1
    if item.end < end:
        return False
    whole = ((item.title or "") + item.body).strip()
    return len(whole) <= HEADING_MAX and not _SENTENCE_END_RE.search(whole)
