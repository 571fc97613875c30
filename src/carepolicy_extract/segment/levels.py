"""Which items of an outline are the measures: at which level, under which headings.

An item heads a list of measures of its own or is a measure itself; a declared count (八条措施)
picks the level whose items it counts, and the lists below that level become their items' text;
items titled as the document's own sections (总体要求) are no measures. `_emit` turns one outline
into its lists of measures.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..markers import Marker
from ..numerals import COUNT_NUMBER, COUNT_NUMERAL, count_phrases, to_int
from ..rules import compiled
from .gate import _body_provides, _content_headings, _policy_patterns, _states_action
from .items import Item, MeasureList, _Builder
from .lines import (
    _CJK, _PART_HEADING, _SENTENCE_END_RE, HEADING_MAX, TITLE_MAX, _context_words, _heading_item, _is_title_line,
    _is_outline_section, _report_sections, _section_headings,
)
from .measures import _is_section_title
from .outline import _Node


@lru_cache(maxsize=1)
def _big_count_re() -> re.Pattern:
    """A count written 三大行动 / 十大工程 ([big_count_nouns]): 大 where 条/项 would stand."""
    nouns = "|".join(map(re.escape, _context_words("big_count_nouns"))) or "(?!)"
    return compiled(f"(?<![第0-9０-９一二两三四五六七八九十百千万])(?P<n>{COUNT_NUMBER})大(?:{nouns})")


@lru_cache(maxsize=1)
def _big_count_cue() -> re.Pattern:
    """The end of every count of _big_count_re, a numeral before 大 and the noun: a cheap pre-test (a
    pattern opening with a character class is skipped to at C speed; one opening with a look-behind is
    tried at every position)."""
    nouns = "|".join(map(re.escape, _context_words("big_count_nouns"))) or "(?!)"
    return compiled(f"{COUNT_NUMERAL}大(?:{nouns})")


INTRO_LEAD_MAX = 120      # characters of the paragraph before an inline list a content heading heads, at most


def _declared_counts(s: str) -> set[int]:
    """The counts `s` declares: 十条 / 22项 (count_phrases), and 三大行动 ([big_count_nouns])."""
    out = {n for _, _, n in count_phrases(s)}
    if "大" in s and _big_count_cue().search(s):
        for m in _big_count_re().finditer(s):
            n = to_int(m.group("n"))
            if n and 1 < n < 200:
                out.add(n)
    return out


@lru_cache(maxsize=1)
def _content_heading_words() -> tuple[str, ...]:
    """Words of a heading that names a policy's content or measures ([measure_heading_words] and
    [content_headings]: 主要内容, 政策要点)."""
    return tuple(_context_words("measure_heading_words")) + tuple(_context_words("content_headings"))


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
        return title or lines.rest_of_line(mk.end).strip()
    if lines.index(first.start) == lines.index(mk.start) + 1 and _heading_item(text, lines, mk):
        # a title line naming the content (`二、主要内容`) over a paragraph that only introduces its
        # inline list (`《细则》主要从三个方面作了调整：一是…二是…`): the title heads that list
        title = lines.rest_of_line(mk.end).strip().rstrip("。：: ")
        lead = text[lines.starts[lines.index(first.start)]:first.start].rstrip()
        # (its last sentence only, after a sentence or two on the whole: `《措施》从5个方面提出15条举措。
        # 其中最受关注的有五条：一是…`)
        ends = list(_SENTENCE_END_RE.finditer(lead[:-1]))
        intro = lead[ends[-1].end():] if ends else lead
        if lead.endswith(("：", ":")) and len(intro) <= 2 * HEADING_MAX and len(lead) <= INTRO_LEAD_MAX \
                and any(w in title for w in _content_heading_words()):
            return title
        return None
    if first.start - mk.end > 2 * HEADING_MAX or lines.index(first.start) != lines.index(mk.start):
        return None
    head = text[mk.end:first.start].strip()
    if b.sentence_heads:    # (a heading written as its line's first sentence: `一、强化四项激励。一是…二是…`)
        head = head.removesuffix("。").removesuffix("：").removesuffix(":")
    if (2 <= len(head) <= HEADING_MAX and len(_CJK.findall(head)) >= 2
            and not _SENTENCE_END_RE.search(head)):
        return head
    return None


PROVISION_LINE_MIN = 20   # a line this long, closed by a stop, states a provision of its own


def _bare_heads_over_provisions(b: _Builder, node: _Node, heads: dict[int, str]) -> bool:
    """Two headings or more, each a bare title alone on its line (no stop), over items that each state a
    whole provision on their own line (`（一）鼓励企业吸纳就业` over `1.小微企业招用…的，给予…补贴。`
    `2.…。`, `2.1 稳定存量岗位` over `2.1.1 对…返还。`): the items below are the provisions and the
    headings their groups, not titles whose points are their text."""
    if len(heads) < 2:
        return False
    lines = b.lines
    for k in heads:
        mk = node.chain[k]
        rest = _line_rest(b, mk)
        if not mk.line_start or not rest or rest[-1] in "。；;：:" or _SENTENCE_END_RE.search(rest):
            return False
        for kid in node.children[k]:
            for j, low in enumerate(kid.chain):
                if not low.line_start:
                    return False
                line = _line_rest(b, low)
                if len(line) < PROVISION_LINE_MIN or line[-1] not in "。；;":
                    return False
                if j + 1 < len(kid.chain) and lines.index(kid.chain[j + 1].start) != lines.index(low.start) + 1:
                    return False    # (lines of its own below it: a title over a paragraph)
    return True


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
            if not _next_below(b, idx, chain[k + 1]):
                return False    # lines of its own below its marker line: a section, or a title over them
        elif lines.bounds(idx)[1] < len(b.text.rstrip()) and not b.text[mk.end:lines.bounds(idx)[1]].rstrip()[-1:] in "。；;":
            return False
    return True



def _next_below(b: _Builder, idx: int, nxt: Marker) -> bool:
    """The next item's marker stands on the line below line `idx`, or below only the headings of the
    document's parts between them (a regulation's `第三章 登记类型` between two articles)."""
    lines = b.lines
    at = lines.index(nxt.start)
    return all(_PART_HEADING.match(b.text, *lines.bounds(j)) for j in range(idx + 1, at))


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
        if not lines.rest_of_line(mk.end).rstrip().endswith(("：", ":")):
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
        if k + 1 < len(chain) and not _next_below(b, idx, chain[k + 1]):
            return False    # lines of its own below its marker line: a section, or a title over them
    return True


def _titled_alike(b: _Builder, chain: list[Marker], heads: dict[int, str]) -> bool:
    """Every item opens with a title closed by a stop, the others' text going on on their lines and the
    heading items' below them in points (`一、支持企业吸纳就业。对吸纳…补贴。` then `二、加强技能培训。`
    over `(1)…` `(2)…`): one level of titled provisions, whose points are their items' text. So are
    items that all head points, when each title closed by its stop states an action (`1、给予出行礼遇。`
    over `(1)…` `(2)…`): a group's heading has no stop (`一、切实精简文件` over `1.严控文件数量。…`)."""
    others = [k for k in range(len(chain)) if k not in heads]
    if not others and (len(heads) < 2 or not all(map(_states_action, heads.values()))):
        return False
    text, lines = b.text, b.lines
    for k, mk in enumerate(chain):
        if not mk.line_start:
            return False
        rest = lines.rest_of_line(mk.end).strip()
        # (or a bracketed title: `1.【住房补贴】对新引进…` then `2.【生活补贴】` over `(1)…` `(2)…`)
        bracketed = rest[:1] == "【"
        stop = rest.find("】" if bracketed else "。")
        if not 2 <= stop <= TITLE_MAX or _SENTENCE_END_RE.search(rest, 0, stop):
            return False
        if (k in heads) != (stop == len(rest) - 1):
            return False    # (a heading item is its title alone; the others' text goes on after it)
        if k in heads and _is_section_title(rest[bracketed:stop]):
            return False
    return True


def _title_lines_alike(b: _Builder, chain: list[Marker], heads: dict[int, str]) -> bool:
    """Every item is a short title alone on its line, most over a paragraph of text and fewer over points
    (`1 发放数字消费券` over `…：` `①餐饮券…` `②…`, then `2 汽车以旧换新补贴` over its text): one level of
    titled provisions, whose points are their items' text. Not a document's parts, where one title names
    the measures below it (二、主要任务) or a part (一、总体要求)."""
    others = [k for k in range(len(chain)) if k not in heads]
    if len(others) <= len(heads):
        return False
    words = _context_words("measure_heading_words")
    for k, mk in enumerate(chain):
        rest = b.lines.rest_of_line(mk.end).strip() if mk.line_start else ""
        if not 2 <= len(rest) <= HEADING_MAX or _SENTENCE_END_RE.search(rest) or _is_section_title(rest) \
                or any(w in rest for w in words):
            return False
    return True


def _under_group_heads(b: _Builder, chain: list[Marker]) -> bool:
    """Some item of the chain stands right below a numbered group heading (`二、…` over `（三）…`, the
    chain numbered straight across such headings: chains._numbered_group_headings)."""
    if not b.group_heads:
        return False
    for mk in chain:
        j = b.lines.index(mk.start) - 1
        while j >= 0 and not b.lines.line(j).strip():
            j -= 1
        if j in b.group_heads:
            return True
    return False


def _middle_level(b: _Builder, chains: list[list[Marker]], stacked: list[tuple[list[Marker], list[Marker]]],
                  declared: set[int]) -> list[list[Marker]]:
    """Three levels (`一、` over `（一）减轻企业缴费负担。` over `1.…` `2.…`), the lowest list numbered
    straight across the middle headings, the middle ones numbered straight through or again under each
    part (chains._numbered_group_headings took them as groups): the middle headings are the measures
    when each states an action, as under a part nested the usual way (see `_emit`), and the list below
    them is their text, as is any list inside their items; unless the text declares as many measures as
    the lowest list has (十三条措施 over 1.…13.). A middle level naming topics (一、 over （一）老人关怀
    over 1.…) stays the lowest list's groups."""
    lows: dict[int, list[Marker]] = {}
    middles: dict[int, list[list[Marker]]] = {}
    for middle, low in stacked:
        lows[id(low)] = low
        middles.setdefault(id(low), []).append(middle)
    for key, low in lows.items():
        middle_lists = middles[key]
        titles = [b.group_heads.get(b.lines.index(mk.start), "") for mid in middle_lists for mk in mid]
        if len(low) in declared or len(titles) >= len(low) or not all(map(_states_action, titles)) \
                or _counted_beyond_the_cut(chains, low, middle_lists, declared):
            continue
        stops = sorted(mk.start for c in chains if c is not low for mk in c) + \
            sorted(mk.start for mid in middle_lists for mk in mid)
        for mid in middle_lists:
            for mk in mid:
                b.group_heads.pop(b.lines.index(mk.start), None)
            # the last item of the middle list holds the low items up to the next marker of another list
            nxt = min((x for x in stops if x > mid[-1].start), default=len(b.text))
            last_low = max((mk.start for mk in low if mid[-1].start < mk.start < nxt), default=mid[-1].start)
            b.measure_levels[mid[0].start] = b.lines.bounds(b.lines.index(last_low))[1]
        b.sub_lines.update(b.lines.index(mk.start) for mk in low if mk.line_start)
        chains = sorted([c for c in chains if c is not low] + middle_lists, key=lambda c: c[0].start)
    return chains


def _counted_beyond_the_cut(chains: list[list[Marker]], low: list[Marker], middle_lists: list[list[Marker]],
                            declared: set[int]) -> bool:
    """The page ends inside the lowest list, and the text declares more measures than it shows, as many
    as its numbering may reach (《若干措施》共4个方面14条 over `（一）降低经营成本` over `1.…` to `6.…`, cut
    there): the declared count is the lowest list's, a cut page's version of 十三条措施 over 1.…13."""
    last = low[-1]
    if any(mk.start > last.start for c in chains if c is not low for mk in c) or \
            any(mk.start > last.start for mid in middle_lists for mk in mid):
        return False
    return any(n > len(low) and n >= last.number for n in declared)


def _safeguards_beside_tasks(heads: dict[int, str], k: int) -> bool:
    """Heading k names a plan's safeguards ([safeguard_headings]: 三、保障措施) and another heading over a
    list is neither a part of the document nor safeguards (二、主要任务): its list is the plan's part."""
    guards = _context_words("safeguard_headings")
    return heads[k] in guards and any(j != k and h not in guards and not _is_section_title(h) for j, h in heads.items())


def _count_measures(b: _Builder, node: _Node, cut: int, depth: int = 0) -> int:
    """How many measures `_emit` makes of the node when the nodes `cut` levels down are flattened."""
    chain = node.chain
    below = depth < cut
    outline = below and any(_measures_under(b, node, k) for k in node.children)
    n = 0
    for k, mk in enumerate(chain):
        if below and _measures_under(b, node, k):
            n += sum(_count_measures(b, kid, cut, depth + 1) for kid in node.children[k])
        elif not (outline and _is_outline_section(b.short_title(mk))):
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
    if heads and (depth > 0 or _under_group_heads(b, chain)) and not b.count_settled \
            and all(map(_states_action, heads.values())) and not _bare_heads_over_provisions(b, node, heads):
        # 一、主要任务 over （一）完善…网络。 over 1.… 2.…: headings that each state an action are the
        # provisions (the （一） level); headings naming a topic (1.老人关怀措施 over 1.1…) are groups
        # (the parts may head the （一） level as groups, when it is numbered straight across them)
        heads = {}
    if heads and not b.count_settled and chain[0].style in _context_words("article_styles"):
        heads = {}      # a regulation's articles: an article's （一）（二） are its points
    if heads and chain[0].start in b.measure_levels:
        heads = {}      # the middle of three levels (_middle_level): the lists in its items are their text
    if heads and (_provisions_around(b, chain, heads) or _points_of_provisions(b, chain, heads)
                  or _titled_alike(b, chain, heads) or _title_lines_alike(b, chain, heads)):
        heads = {}      # 第四点　奖助项目如下： over （一）（二） among provisions: its points are its text
    outline = bool(heads)
    first_head = min(heads, default=len(chain))
    # the headings name their lists as measures (主要任务, 保障措施) or as the policy's content (an
    # interpretation's 二、主要内容 over （一）…, then 三、保障措施 over a paragraph): the items are the
    # document's parts
    parts = any(w in h for h in heads.values() for w in _content_heading_words())
    # a heading titled as a part of the document heads that part's own list (一、总体要求 over （一）指导思想)
    # beside other headings, or among items most of which are such parts when its list states no action
    # (an event's or a course's notice: `一、培训时间` `二、培训地点` `三、培训内容` over its topics `四、参训人员`;
    # not a report's `一、主要做法` over `一是强化政治激励。…` beside `二、存在的问题` `三、下一步打算`)
    event = len(heads) == 1 and 2 * sum(k not in heads and _part_title(b, mk) for k, mk in enumerate(chain)) > len(chain) \
        and not any(_states_action(_line_rest(b, m)) for kid in node.children[next(iter(heads))] for m in kid.chain)
    for k, mk in enumerate(chain):
        item_limit = b.cut_before_heading(chain[k + 1]) if k + 1 < len(chain) else limit
        kids = node.children.get(k)
        if k in heads:
            if run.items:
                out.append(run)
                run = MeasureList(family=family)
            if (len(heads) > 1 or event) and _is_section_title(heads[k]) or \
                    not b.count_settled and _safeguards_beside_tasks(heads, k):
                b.mark_sub_points(kids)
                continue        # 一、总体要求 over （一）指导思想 （二）基本原则: the document's parts
            for kid in kids:
                # the heading is the group of the list under it, unless numbered headings that list is
                # numbered straight across stand nearer (`二、主要措施` over `（一）完善就业服务` over `1.…`
                # `2.…`, `（二）加大政策支持` over `3.…`): those are
                near = b.groups_of(kid.chain) if b.group_heads else ()
                inner = set(b.group_heads.values())
                kid_groups = list(near) if near and all(g in inner for g in near) else [heads[k]] * len(kid.chain)
                _emit(b, kid, item_limit, kid_groups, family, out, depth + 1)
            continue
        if kids:
            b.mark_sub_points(kids)
        end = b.extent(chain, k, item_limit)
        item = b.item(mk, end, groups[k])
        # (an item whose next sibling stands on its line is run together with it as well)
        run_together = k + 1 < len(chain) and b.lines.index(chain[k + 1].start) == b.lines.index(mk.start)
        if outline and ((k < first_head and (not mk.line_start or run_together
                                             or (_heading_item(b.text, b.lines, mk)
                                                 and not _titled_provision(b, mk))))
                        or (k > first_head and parts and _heading_item(b.text, b.lines, mk))
                        or _is_section(item)) or (not outline and _titled_as_part(item) and (
                            not _body_provides(item) or _titled_as_report(item))) \
                or _titled_as_papers(item) or (not outline and _titled_as_content(item)):
            # `一、总体目标` over a paragraph before `二、主要措施` over its list (or run together on a
            # page that lost its line breaks): a section of the document, as is one after the lists
            # when a heading names its list as the measures (`二、重点任务` over （一）…, then
            # `三、保障措施` over a paragraph; but `二、减轻负担` over a paragraph after `一、强化激励`
            # over （一）… is a measure), an item titled like one (工作要求) or that introduces no
            # measures (背景与意义); in a list of no outline, an item titled exactly as a part of a
            # document that provides nothing (`一、活动时间` `二、活动地点` `三、注意事项` of an event's
            # notice; not `四、工作要求。各单位要加强宣传…` among a notice's provisions); nor is the list
            # of papers to hand in (`三、申领材料：`), nor a reading's section on the policy's content
            # (`二、主要内容` over a paragraph)
            continue
        if outline and k == len(chain) - 1 and _cut_heading(b.text, item):
            continue        # `2.留守` at the end of the page: a heading whose list was cut off
        run.items.append(item)
    if run.items:
        _consistent_titles(b, run)
        out.append(run)


def _titled_provision(b: _Builder, mk: Marker) -> bool:
    """The item's line is a title stating an action, closed by a stop, over its paragraph: a notice's
    provision (`一、明确定价范围和管理权限。` before `三、制定…标准` over （一）（二）), not a part of
    the document (`一、总体目标` before `二、主要措施` over its list)."""
    rest = _line_rest(b, mk)
    return rest.endswith("。") and not _is_section_title(rest[:-1]) and \
        _states_action(rest)


def _line_rest(b: _Builder, mk: Marker) -> str:
    """The rest of the marker's line."""
    return b.lines.rest_of_line(mk.end).strip()


def _part_title(b: _Builder, mk: Marker) -> bool:
    """The item's line is only a title naming a part of the document ([section_headings]: 培训时间, 有关要求)."""
    return mk.line_start and _line_rest(b, mk).rstrip("。：: ") in _section_headings()


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
        return _is_section_title(item.title) or _is_outline_section(item.title)
    # a bare heading whose list was no measures (`三、政策特点` over `一是突出精准性，二是…`)
    body = item.body.strip()
    if not (_is_title_line(body) and "\n" not in body):
        return False
    head = body.rstrip("。：: ")
    return _is_section_title(head) or _is_outline_section(head)


def _heading(item: Item) -> str:
    """The item's title, or the first line of its text when it has none (`三、申领材料：` over its list)."""
    return item.title or item.body.strip().split("\n", 1)[0].rstrip("。：: ")


def _titled_as_content(item: Item) -> bool:
    """The item's title is exactly a heading naming a policy's content ([content_headings]: 主要内容): a
    reading's section (`一、出台背景` `二、主要内容` of a 解读), whose words tell of the measures, no measure
    of its own (a list inside it is read on its own)."""
    return _heading(item) in _content_headings()


def _titled_as_papers(item: Item) -> bool:
    """The item is titled as the list of papers to hand in ([paper_titles]: 申领材料)."""
    return _heading(item) in _context_words("paper_titles")


def _titled_as_report(item: Item) -> bool:
    """The item's title is exactly one of a report's sections ([report_sections]: 取得的成效)."""
    return _heading(item) in _report_sections()


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
