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

import bisect
import re
from functools import lru_cache

from ..markers import Marker, find_markers, glued_heading_between
from ..numerals import COUNT_NUMBER, count_phrases, to_int
from .chains import _chains, _flattened, _lost_items, _numbered_group_headings, _resolve_crossings
from .gate import _body_provides, _directive, _intro_text, _policy_patterns, _PolicyGate, _states_action
from .items import Item, MeasureList, _Builder
from .lines import (
    _BRACKET_TITLE, _CJK, _HEADING_COUNT, _LIST_INTRO_END, _QUESTION_OR_CLAUSE_END, _SENTENCE_END,
    _SENTENCE_END_RE, _TITLE_END_AT, DOC_TITLE, HEADING_MAX, INTRO_REACH, TITLE_MAX, _context_patterns,
    _context_words, _first_chars, _heading_item, _is_closing, _is_document_part, _is_title_line, _Lines,
    _not_heading, _not_inline_heading_re, _page_cut, _section_headings,
)
from .outline import _Node, _outline

__all__ = ["DOC_TITLE", "Item", "MeasureList", "segment"]

CUE_WINDOW = 15         # how far before a list its introduction is searched for cue words
_LAST_CLAUSE = re.compile("[^。；;，,！？!?]*$")
# an answer's label in a list's introduction: 答：一是… / 答：(line break) 1.… / 答：主要有六个方面：(1)…
_ANSWER_LABEL = re.compile(r"(?:^|[\s。？?])答[：:]")


def _not_measure_cues() -> tuple[str, ...]:
    return _context_words("not_measures")


@lru_cache(maxsize=1)
def _not_measure_re() -> re.Pattern:
    """A cue of [not_measures]; a phrase of [not_measures_but] that holds one matches first and is
    no cue (`三项新变化` of a policy's new rules, not the `三大变化` a town saw)."""
    but = sorted(_context_words("not_measures_but"), key=len, reverse=True)
    cues = "|".join(map(re.escape, _not_measure_cues()))
    return re.compile(f"({'|'.join(map(re.escape, but))})|{cues}" if but else cues)


def _intro(text: str, lines: _Lines, mk: Marker) -> str:
    """The few characters that introduce a list: before its first marker, or the end of the line above."""
    if mk.line_start:
        idx = lines.index(mk.start)
        if idx == 0:
            return ""
        prev = lines.line(idx - 1).strip()
        return prev[-CUE_WINDOW:]
    lo = max(lines.starts[lines.index(mk.start)], mk.start - CUE_WINDOW)
    return text[lo:mk.start]


SITE_NOTICE_REACH = 80  # how far into an item the words of a site's notice are looked for


def _cut_last_item(text: str, lines: _Lines, markers: list[Marker], lone_heads: dict[int, str],
                   all_markers: list[Marker] | None = None) -> Marker | None:
    """Item 1 of a list whose other items the end of the page cut away: the only item the page shows.

    The text ends inside it (without a stop), no marker of its style or of an earlier style stands
    after it on a line of its own, and the line above it introduces a list (…通知如下。) or is a
    numbered heading (`一、促进消费恢复升级` over `1.加大促消费活动力度。…`).
    """
    if not _page_cut(text):
        return None
    # the last item 1 on a line of its own; no later line-start marker may share a level open at it
    mk = next((m for m in reversed(markers) if m.line_start and m.number == 1 and not m.glued
               and not m.weak), None)
    if mk is None:
        # a page that lost its line breaks: item 1 right after the sentence introducing the list
        # (…有关事项通知如下。一、各级领导干部要…), or glued to the numbered heading it stands
        # under (…一、促进消费恢复升级1.加大促消费力度…)
        every = all_markers or markers
        k = next((k for k in range(len(every) - 1, -1, -1) if every[k].number == 1 and not every[k].glued), None)
        if k is None:
            return None
        mk = every[k]
        if any(m.start > mk.start and m.style == mk.style for m in every):
            return None
        if mk.weak:
            prev = every[k - 1] if k else None
            return mk if prev is not None and prev.style != mk.style and \
                glued_heading_between(text, prev.end, mk.start) else None
        lo = lines.starts[lines.index(mk.start)]
        return mk if _LIST_INTRO_END.search(text, max(lo, mk.start - CUE_WINDOW), mk.start) else None
    before_styles = {m.style for m in markers if m.start <= mk.start and m.line_start}
    if any(m.line_start and m.start > mk.start and m.style in before_styles for m in markers):
        return None
    idx = lines.index(mk.start)
    j = idx - 1
    while j >= 0 and not lines.line(j).strip():
        j -= 1
    if j < 0:
        return None
    above = lines.line(j).strip()
    lead = next((m for m in markers if m.line_start and lines.index(m.start) == j), None)
    # (a numbered heading above it: a title line that ends no sentence, `一、促进消费恢复升级`)
    if j in lone_heads or (lead is not None and _is_title_line(text[lead.end:lines.bounds(j)[1]])
                           and above[-1] not in "。；;！？!?") \
            or _LIST_INTRO_END.search(above) or _directive(text, mk.end):
        return mk
    return None


def _policy_in_fields(text: str, lines: _Lines, chains: list[list[Marker]], facets: list[list[Marker]]
                      ) -> list[Marker] | None:
    """A lone item 1 on a title line of its own whose fields (a facet chain) start on the next line,
    with no later item of its style on the page: the only measure a cut page shows."""
    last_start: dict[str, int] = {}
    for o in chains:
        last_start[o[0].style] = max(last_start.get(o[0].style, -1), o[0].start)
    for c in chains:
        mk = c[0]
        if len(c) != 1 or mk.number != 1 or last_start[mk.style] > mk.start or not _heading_item(text, lines, mk):
            continue
        j = lines.index(mk.start) + 1
        while j < len(lines) and not lines.line(j).strip():
            j += 1
        if any(f[0].line_start and lines.index(f[0].start) == j for f in facets):
            return c
    return None


@lru_cache(maxsize=1)
def _facet_titles() -> frozenset[str]:
    return frozenset(_context_words("facet_titles"))


def _opening_phrase(text: str, lines: _Lines, mk: Marker) -> str:
    """The phrase an item opens with, up to a stop, a colon or its line's end (`适用对象`)."""
    line_end = lines.bounds(lines.index(mk.end))[1]
    found = _TITLE_END_AT.search(text, mk.end, min(line_end, mk.end + HEADING_MAX))
    return text[mk.end:found.start() if found else min(line_end, mk.end + HEADING_MAX)].strip()


def _is_facet_chain(text: str, lines: _Lines, chain: list[Marker]) -> bool:
    """The fields of one policy (1.适用对象 2.主要内容 3.资金来源): most items open with a field's name."""
    facets = _facet_titles()
    return bool(facets) and sum(_opening_phrase(text, lines, mk) in facets for mk in chain) * 2 > len(chain)


@lru_cache(maxsize=1)
def _continuing_styles() -> frozenset[str]:
    """Styles that only continue a list others number ([continuing_styles]: a bare `3请…`)."""
    return frozenset(_context_words("continuing_styles"))


def _within_item(text: str, lines: _Lines, chain: list[Marker], chains: list[list[Marker]]) -> bool:
    """The chain stands inside one item of another chain: between two of its markers, or right under
    its last item's title line (`一、职业介绍补贴` over `1.适用对象` `2.主要内容`)."""
    lo, hi = chain[0].start, chain[-1].start
    for o in chains:
        if o is chain or o[0].style == chain[0].style or o[0].start > lo:
            continue
        k = bisect.bisect_left([m.start for m in o], lo) - 1
        if k + 1 < len(o):
            if o[k + 1].start > hi:
                return True
        elif _heading_item(text, lines, o[k]) and lines.index(lo) - lines.index(o[k].start) <= 2:
            return True
    return False


_CLAUSE_STOP = re.compile("[。；;！？!?\n]")


def _ends_with(rx: re.Pattern, s: str) -> bool:
    """`rx` matches at the end of `s` (tried on its last 12 characters)."""
    tail = s[-12:]
    return any(rx.fullmatch(tail, i) for i in range(len(tail)))


def _is_measure_chain(text: str, lines: _Lines, chain: list[Marker], fields_ok: bool = False) -> bool:
    if len(chain) < (3 if chain[0].glued else 2):
        return False
    if all(mk.style in _continuing_styles() for mk in chain):
        return False    # numbers glued to the text of every line: a ranking or specs, no list
    intro = _intro(text, lines, chain[0])
    # the cue belongs to the last clause of the introduction (以下为主要时间节点：), not to a clause
    # before it (…根据《规划》相关要求，制定本实施方案。)
    intro = _LAST_CLAUSE.search(intro.rstrip("。；;，,！？!? \t\u3000")).group()
    if _ANSWER_LABEL.search(intro):
        # an answer (答：一是…二是…, 答：主要有六个方面：(1)…) is introduced by its question, on the line
        # above the label's: the question's words decide (通知提出了哪些主要措施？ introduces measures)
        idx = lines.index(chain[0].start) - (1 if chain[0].line_start else 0)
        question = lines.line(idx - 1).strip() if idx > 0 else ""
        if any(w in question for w in _context_words("measure_heading_words")):
            intro = question
    if _has_not_measure_cue(intro):
        return False
    if not fields_ok and _is_facet_chain(text, lines, chain):
        return False
    if _bare_headlines(text, lines, chain, intro):
        return False
    # a timeline: most items open with a date
    opening = _context_patterns("not_measure_openings")
    if opening is not None and sum(opening.match(text, mk.end) is not None for mk in chain) * 2 > len(chain):
        return False
    # the reasons a policy was made: most items' first clauses end as a need (…一是…的需要，二是…的需要)
    ending = _context_patterns("not_measure_endings")
    if ending is not None:
        needs = 0
        for k, mk in enumerate(chain):
            hi = chain[k + 1].start if k + 1 < len(chain) and chain[k + 1].start > mk.end else len(text)
            stop = _CLAUSE_STOP.search(text, mk.end, min(hi, mk.end + INTRO_REACH))
            clause = text[mk.end:stop.start() if stop else min(hi, mk.end + INTRO_REACH)].rstrip(" \t\u3000，,")
            needs += _ends_with(ending, clause)
        if needs * 2 > len(chain):
            return False
    # a list of people or places: most items are only a name with a note in brackets
    whole = _context_patterns("not_measure_items")
    if whole is not None:
        named = 0
        for mk in chain:
            line_end = lines.bounds(lines.index(mk.end))[1]
            named += whole.fullmatch(text, mk.end, line_end) is not None
        if named * 2 > len(chain):
            return False
    # a site's notice about itself (1.本站所载文章仅供参考 2.转载请注明出处)
    site = _context_patterns("site_notice")
    if site is not None:
        noted = 0
        for mk in chain:
            line_end = lines.bounds(lines.index(mk.end))[1]
            noted += site.search(text, mk.end, min(line_end, mk.end + SITE_NOTICE_REACH)) is not None
        if noted * 2 > len(chain):
            return False
    # Q&A numbering: the items are questions (the first clause of the item ends with a question mark)
    questions = 0
    for mk in chain:
        line_end = lines.bounds(lines.index(mk.end))[1]
        cut = _QUESTION_OR_CLAUSE_END.search(text, mk.end, min(line_end, mk.end + 60))
        if cut and cut.group() in "？?":
            questions += 1
    return questions * 2 <= len(chain)


HEADLINES_MIN = 3      # a run of bare headlines is at least this long
LABEL_MAX = 8          # a label over a list of headlines (相关范文：) is at most this long


@lru_cache(maxsize=1)
def _action_opening() -> re.Pattern:
    """A word of [provision_words] at the very start: a phrase that opens with its action."""
    words = sorted(_context_words("provision_words"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


def _opens_with_action(phrase: str) -> bool:
    return _action_opening().match(phrase) is not None


def _bare_headlines(text: str, lines: _Lines, chain: list[Marker], intro: str) -> bool:
    """Headlines of other articles, names or labels, one a line (a site's `1.全市召开推进会`
    `2.市领导调研督导…`): every item is a short line of its own without a stop, on the lines one after
    the other, and nothing before them introduces a list (…措施如下： / 出台十条措施)."""
    if len(chain) < 2 or not all(mk.line_start for mk in chain):
        return False
    rx = _policy_patterns("policy_intro")
    # (a label under a policy's frame names its items: `制定本方案。` over `工作重点：` over `1.…`)
    label = _is_label(intro) and (rx is None or rx.search(_intro_text(text, lines, chain[0].start)) is None)
    if len(chain) < HEADLINES_MIN and not label:
        return False
    idxs = [lines.index(mk.start) for mk in chain]
    if any(b - a != 1 for a, b in zip(idxs, idxs[1:])):
        return False
    verbs = 0
    for mk, idx in zip(chain, idxs):
        rest = text[mk.end:lines.bounds(idx)[1]].strip()
        if not rest or len(rest) > HEADING_MAX or rest[-1] in _SENTENCE_END or _SENTENCE_END_RE.search(rest):
            return False
        verbs += _opens_with_action(rest)
    # (labels of measures open with their action, `1.落实带薪休假` `2.发放补助`; a headline with its
    # subject, `全市召开…` `市领导调研…`)
    if verbs * 2 >= len(chain):
        return False
    if rx is not None and rx.search(intro) is not None:
        return False
    # a sentence that introduces them as a list (…主要有以下几项：) makes them items; a short label
    # over them (`相关范文：`, `热门推荐：`) does not
    return label or not _LIST_INTRO_END.search(intro)


def _is_label(intro: str) -> bool:
    """A short line of its own ending with a colon that names what follows, introducing no list
    (`相关范文：`; not `具体如下：`, `主要包括：`)."""
    s = intro.strip()
    if "\n" in s or not s.endswith(("：", ":")):
        return False
    s = s.rstrip("：: ")
    words = _not_inline_heading_re()
    return 2 <= len(s) <= LABEL_MAX and not _SENTENCE_END_RE.search(s) and \
        (words is None or words.search(s) is None)


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


def _lone_sublists(text: str, lines: _Lines, chains: list[list[Marker]], kept: list[list[Marker]],
                   markers: list[Marker]) -> list[list[Marker]]:
    """A lone item 1 under a numbered heading line is a list of one when lists of its style stand
    under headings of that heading's style (`(三)强化资金监管` over `①…` alone, after `(一)…` over
    `①…②…` and `(二)…` over `①…③…`)."""
    kept_ids = {id(c) for c in kept}
    lone = [c for c in chains if len(c) == 1 and c[0].line_start and c[0].number == 1 and id(c) not in kept_ids]
    if not lone or not kept:
        return kept
    heads = {lines.index(mk.start): mk for mk in markers if mk.line_start}

    def head_style(first: Marker) -> str | None:
        mk = heads.get(lines.index(first.start) - 1)
        return mk.style if mk is not None and _heading_item(text, lines, mk) else None

    under = {(c[0].style, head_style(c[0])) for c in kept if len(c) > 1 and c[0].line_start}
    extra = [c for c in lone if head_style(c[0]) is not None and (c[0].style, head_style(c[0])) in under]
    return sorted(kept + extra, key=lambda c: c[0].start) if extra else kept


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


def _is_section_title(title: str) -> bool:
    return title in _section_headings() or _has_not_measure_cue(title)


def _has_not_measure_cue(s: str) -> bool:
    """A cue word of [not_measures] in `s` that no word of [measure_heading_words] after it
    overrides (`存在的主要问题` yes; `解决存在问题的对策` no; `措施有三大亮点` yes)."""
    last = None
    for m in _not_measure_re().finditer(s):
        if m.group(1) is None:
            last = m
    if last is None:
        return False
    return not any(s.find(w, last.end()) >= 0 for w in _context_words("measure_heading_words"))


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


TOC_MIN_LINES = 8   # a table of contents of an outline runs over this many numbered title lines at least


def _title_lines(text: str, lines: _Lines, markers: list[Marker]) -> dict[int, tuple[Marker, str]]:
    """Numbered lines that are only a short title without a stop (`一、背景分析`, `1.1政策环境演进`):
    line index → (marker, title)."""
    out: dict[int, tuple[Marker, str]] = {}
    for m in markers:
        if m.line_start:
            idx = lines.index(m.start)
            rest = text[m.end:lines.bounds(idx)[1]].strip()
            if 2 <= len(rest) <= HEADING_MAX and not _SENTENCE_END_RE.search(rest):
                out[idx] = (m, rest)
    return out


def _contents_lines(titled: dict[int, tuple[Marker, str]]) -> set[int]:
    """Lines of an outline's table of contents: a run of TOC_MIN_LINES numbered lines or more, one
    after the other, each only a title, numbered in two styles at least (一、背景分析 / 1.1政策环境…):
    no measure of a real outline goes on for so long without a word of text."""
    out: set[int] = set()
    run: list[int] = []
    for idx in sorted(titled) + [-2]:
        if run and idx == run[-1] + 1:
            run.append(idx)
            continue
        if len(run) >= TOC_MIN_LINES and len({titled[j][0].style for j in run}) >= 2:
            out.update(run)
        run = [idx]
    return out


def _drop_contents(text: str, lines: _Lines, chains: list[list[Marker]],
                   titled: dict[int, tuple[Marker, str]]) -> list[list[Marker]]:
    def bare_titles(ch: list[Marker]) -> list[str] | None:
        idxs = [lines.index(m.start) for m in ch]
        if not all(m.line_start for m in ch) or any(b - a != 1 for a, b in zip(idxs, idxs[1:])):
            return None
        return [text[m.end:lines.bounds(i)[1]].strip() for m, i in zip(ch, idxs)]

    toc = _contents_lines(titled)
    out = []
    for i, ch in enumerate(chains):
        if toc and sum(lines.index(m.start) in toc for m in ch) * 3 >= len(ch) * 2:
            continue
        titles = bare_titles(ch)
        if titles and any(len(o) >= len(ch) and o[0].style == ch[0].style
                          and all(text.startswith(t, m.end) for m, t in zip(o, titles))
                          for o in chains[i + 1:]):
            continue
        out.append(ch)
    return out
