"""Which chains are lists of measures, read from their introductions and their items.

Not measures: a list introduced by a cue of [not_measures] (三大变化), the fields of one policy
(适用对象, 主要内容), headlines of other articles, a timeline, a list of people, Q&A, a site's
notice, a table of contents. And a chain of one item that is a measure all the same: an item 1 the
end of the page cut its siblings from, a lone point list under a heading like its neighbours.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..markers import Marker, glued_heading_between
from ..numerals import count_phrases
from ..rules import compiled, longest_first
from .gate import _directive, _intro_text, _policy_patterns
from .lines import (
    _LIST_INTRO_END, _QUESTION_OR_CLAUSE_END, _SENTENCE_END, _SENTENCE_END_RE, _TITLE_END_AT, HEADING_MAX,
    INTRO_REACH, _context_patterns, _context_words, _heading_item, _is_title_line, _Lines, _not_inline_heading_re,
    _page_cut, _section_headings,
)

CUE_WINDOW = 15         # how far before a list its introduction is searched for cue words
SITE_NOTICE_REACH = 80  # how far into an item the words of a site's notice are looked for
EXAM_REACH = 200        # … and an exam question's points
_LAST_CLAUSE = compiled("[^。；;，,！？!?]*$")
# an answer's label in a list's introduction: 答：一是… / 答：(line break) 1.… / 答：主要有六个方面：(1)…
_ANSWER_LABEL = compiled(r"(?:^|[\s。？?])答[：:]")


def _not_measure_cues() -> tuple[str, ...]:
    return _context_words("not_measures")


@lru_cache(maxsize=1)
def _not_measure_re() -> re.Pattern:
    """A cue of [not_measures]; a phrase of [not_measures_but] that holds one matches first and is
    no cue (`三项新变化` of a policy's new rules, not the `三大变化` a town saw)."""
    but = longest_first(_context_words("not_measures_but"))
    # a one-character label (注：, 问：, 答：) is that label only where no word ends in it (关注：, 解答：)
    cues = "|".join(("(?<![\u4e00-\u9fff])" if len(w) == 2 and w[1] in "：:" else "") + re.escape(w)
                    for w in _not_measure_cues())
    return compiled(f"({'|'.join(map(re.escape, but))})|{cues}" if but else cues)


def _intro(text: str, lines: _Lines, mk: Marker, above: str = "") -> str:
    """The few characters that introduce a list: before its first marker, or the end of the line above
    (`above` for the text's first line: a label the page's first line held, see _label_headline)."""
    if mk.line_start:
        idx = lines.index(mk.start)
        if idx == 0:
            return above[-CUE_WINDOW:]
        prev = lines.line(idx - 1).strip()
        return prev[-CUE_WINDOW:]
    lo = max(lines.starts[lines.index(mk.start)], mk.start - CUE_WINDOW)
    return text[lo:mk.start]


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


_CLAUSE_STOP = compiled("[。；;！？!?\n]")


def _ends_with(rx: re.Pattern, s: str) -> bool:
    """`rx` matches at the end of `s` (tried on its last 12 characters)."""
    tail = s[-12:]
    return any(rx.fullmatch(tail, i) for i in range(len(tail)))


def _most_lines(text: str, lines: _Lines, chain: list[Marker], rx: re.Pattern | None, *, whole: bool = False,
                reach: int = 0) -> bool:
    """Whether most items' lines are `rx`: the whole rest of the line after the marker (`whole`), or
    hold it within `reach` characters of the marker."""
    if rx is None:
        return False
    hits = 0
    for mk in chain:
        line_end = lines.bounds(lines.index(mk.end))[1]
        hits += (rx.fullmatch(text, mk.end, line_end) if whole
                 else rx.search(text, mk.end, min(line_end, mk.end + reach))) is not None
    return hits * 2 > len(chain)


def _label_headline(headline: str | None) -> str:
    """A page's first line taken for its headline that is a label ending with a colon (`岗位职责：`,
    a block of a side column above the article): no headline ends so; it introduces the list below."""
    h = (headline or "").strip()
    return h if h.endswith(("：", ":")) else ""


def _is_measure_chain(text: str, lines: _Lines, chain: list[Marker], fields_ok: bool = False,
                      above: str = "") -> bool:
    if len(chain) < (3 if chain[0].glued else 2):
        return False
    if all(mk.style in _continuing_styles() for mk in chain) and not _glued_sentences(text, lines, chain, above) \
            and not _glued_outline_heads(text, lines, chain):
        return False    # numbers glued to the text of every line: a ranking or specs, no list
    intro = _intro(text, lines, chain[0], above)
    # the cue belongs to the last clause of the introduction (以下为主要时间节点：), not to a clause
    # before it (…根据《规划》相关要求，制定本实施方案。)
    intro = _LAST_CLAUSE.search(intro.rstrip("。；;，,！？!? \t\u3000")).group()
    label = _ANSWER_LABEL.search(intro)
    if label is not None:
        idx = lines.index(chain[0].start) - (1 if chain[0].line_start else 0)
        question = lines.line(idx - 1).strip() if idx > 0 else ""
        # the question asks for a policy's new rules (今年…政策有哪些新变化？, [not_measures_but])
        new_rules = any(w in question for w in _context_words("not_measures_but"))
    if label is not None and (_LIST_INTRO_END.search(intro[label.end():])
                              or any(n == len(chain) for _, _, n in count_phrases(intro[label.end():]))):
        # the answer's own sentence introduces the list (答：主要有以下补贴：, or counts it: 答：主要有三项调整。
        # over three items): its words decide, not the label, unless they only restate such a question
        # (答：主要有三个方面的变化：)
        intro = question if new_rules and _has_not_measure_cue(intro[label.end():]) else intro[label.end():]
    elif label is not None:
        # an answer (答：一是…二是…, 答：主要有六个方面：(1)…) is introduced by its question, on the line
        # above the label's: the question's words decide (通知提出了哪些主要措施？ introduces measures)
        if new_rules or any(w in question for w in _context_words("measure_heading_words")):
            intro = question
    if _has_not_measure_cue(intro) and not _addressed(text, chain[0].start):
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
    if _most_lines(text, lines, chain, _context_patterns("not_measure_items"), whole=True):
        return False
    # a site's notice about itself (1.本站所载文章仅供参考 2.转载请注明出处)
    if _most_lines(text, lines, chain, _context_patterns("site_notice"), reach=SITE_NOTICE_REACH):
        return False
    # an exam's questions, each carrying its points (…概括主要问题。（15分）)
    if _most_lines(text, lines, chain, _context_patterns("exam_items"), reach=EXAM_REACH):
        return False
    # Q&A numbering: the items are questions (the first clause of the item ends with a question mark)
    questions = 0
    for mk in chain:
        line_end = lines.bounds(lines.index(mk.end))[1]
        cut = _QUESTION_OR_CLAUSE_END.search(text, mk.end, min(line_end, mk.end + 60))
        if cut and cut.group() in "？?":
            questions += 1
    return questions * 2 <= len(chain)


GLUED_MIN_ITEMS = 3     # a list whose every number is glued to its words has at least this many items…
GLUED_MIN_LINE = 16     # … each a line this long at least


def _glued_sentences(text: str, lines: _Lines, chain: list[Marker], above: str) -> bool:
    """A list whose every number lost its stop (`1提高城乡低保标准，…。` `2将特困人员…。`), not a
    ranking (`1北京市`) or specs: three items or more at lines' starts, each a long sentence, under a
    line that introduces them with a colon (…从2024年7月起：), or each opening with a title of its
    own before its text (`1压实安全生产责任。镇党委…`: a ranking's or a spec's line has none)."""
    if len(chain) < GLUED_MIN_ITEMS or not all(mk.line_start and mk.style == "n" for mk in chain):
        return False
    ends = [lines.bounds(lines.index(mk.start))[1] for mk in chain]
    if any(end - mk.end < GLUED_MIN_LINE for mk, end in zip(chain, ends)):
        return False
    if _intro(text, lines, chain[0], above).rstrip().endswith(("：", ":")):
        return True
    return all(_TITLE_THEN_TEXT.match(text, mk.end, end) for mk, end in zip(chain, ends))


# an item's own title, a short clause with its stop, and its text after it
_TITLE_THEN_TEXT = compiled(r"[^。，,；;：:！？!?\n]{4,20}[。：:].{8,}")


def _glued_outline_heads(text: str, lines: _Lines, chain: list[Marker]) -> bool:
    """The section headings of a decimal outline, each number glued to its heading (`1总体要求` over a
    paragraph, `2主要措施` over `2.1 …` `2.2 …`): every item is a short title line, and the line right
    under one of them at least opens with its number's first decimal (2.1)."""
    if len(chain) < 2 or not all(mk.line_start and mk.style == "n" for mk in chain):
        return False
    subs = 0
    for mk in chain:
        line_end = lines.bounds(lines.index(mk.start))[1]
        rest = text[mk.end:line_end].strip()
        if not rest or len(rest) > HEADING_MAX or rest[-1] in _SENTENCE_END:
            return False
        below = text[line_end + 1:line_end + 8].lstrip(" \t\u3000")
        n = str(mk.number)
        subs += below.startswith((n + ".1", n + "．1")) and below[len(n) + 2:len(n) + 3] not in "0123456789"
    return subs >= 1


HEADLINES_MIN = 3      # a run of bare headlines is at least this long
LABEL_MAX = 8          # a label over a list of headlines (相关范文：) is at most this long


@lru_cache(maxsize=1)
def _action_opening() -> re.Pattern:
    """A word of [provision_words] at the very start: a phrase that opens with its action."""
    words = longest_first(_context_words("provision_words"))
    return compiled("|".join(map(re.escape, words)) or "(?!)")


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
    # (a count of measures in the paragraph above that the lines number: 推出12条暖心举措，一起来看看 over
    # `1.免费健康体检` … `12.…`)
    if any(n == len(chain) for _, _, n in count_phrases(_intro_text(text, lines, chain[0].start))):
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


def _is_section_title(title: str) -> bool:
    return title in _section_headings() or _has_not_measure_cue(title)


ADDRESSED_REACH = 40    # characters before a list read for a verb that makes its cue word the measures' object


def _addressed(text: str, start: int) -> bool:
    """In the sentence before a list, a verb of [addressed_by] comes before its last cue word: the cue is what
    the measures answer (十条措施聚焦村级组织负担过重的突出问题，一是…；二是…), not what the list holds
    (存在的突出问题亟待解决，一是… lists problems)."""
    before = text[max(0, start - ADDRESSED_REACH):start]
    before = before[max(before.rfind(c) for c in "。；;！？!?\n") + 1:]
    cue = None
    for m in _not_measure_re().finditer(before):
        if m.group(1) is None:
            cue = m
    return cue is not None and any(before.find(w, 0, cue.start()) >= 0 for w in _context_words("addressed_by"))


def _has_not_measure_cue(s: str) -> bool:
    """A cue word of [not_measures] in `s` that no word of [measure_heading_words] or phrase of
    [not_measures_but] after it overrides (`存在的主要问题` yes; `解决存在问题的对策` no; `措施有三大亮点` yes)."""
    last = but = None
    for m in _not_measure_re().finditer(s):
        if m.group(1) is None:
            last = m
        else:
            but = m
    if last is None:
        return False
    if any(s.find(w, 0, last.start()) >= 0 for w in _context_words("picked_items")):
        return False    # (挑几条我觉得比较实在的记一下：the writer's pick of a policy's items)
    # (a policy's new rules named after it override it too: `问：…政策有哪些新变化？`)
    if but is not None and but.start() >= last.end():
        return False
    return not any(s.find(w, last.end()) >= 0 for w in _context_words("measure_heading_words"))


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
