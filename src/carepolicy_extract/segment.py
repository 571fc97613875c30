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
import heapq
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .markers import Marker, find_markers, glued_heading, glued_heading_between, styles
from .numerals import COUNT_NUMBER, count_phrases, to_int
from .page_header import document_date, issuer_names
from .rules import rule_sections

TITLE_MAX = 30          # a title is a short phrase; a longer first sentence is body text
LONG_TITLE_MAX = 36     # a leading sentence with a comma that titles a paragraph of several, at most this long
HEADING_MAX = 30        # an unnumbered heading line is at most this long
LEAD_HEADING_MAX = 12   # a heading written as a paragraph's first sentence (强化激励。一是…) at most this long
CUE_WINDOW = 15         # how far before a list its introduction is searched for cue words
_TITLE_END = "。！？；;!?：:"
_SENTENCE_END = "。！？；，,;!?：:…"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END_RE = re.compile(f"[{re.escape(_SENTENCE_END)}]")
_LINE_BREAK = re.compile("\n")
# a title ends at a stop or a colon, or at a dash (`一、优先提拔使用——对表现突出的…`)
_TITLE_END_AT = re.compile(f"[{re.escape(_TITLE_END)}]|——|－－|--")
_QUESTION_OR_CLAUSE_END = re.compile("[。！？?；]")
_LAST_CLAUSE = re.compile("[^。；;，,！？!?]*$")
# the count of a group's items at its heading's end: `一、支持企业稳岗留工（4条）`, `（共3项）`
_BRACKETED_COUNT = r"[（(]\s*(?:共\s*)?[0-9一二三四五六七八九十]+\s*[条项个点]\s*[）)]"
_HEADING_COUNT = re.compile(r"\s*" + _BRACKETED_COUNT + r"(?=[ \t\u3000]*$)", re.M)
# (the count alone, a cheap pre-test: it opens with a character class, which the engine skips to at C
# speed, while _HEADING_COUNT's leading spaces make it try every position of the text)
_HEADING_COUNT_CUE = re.compile(_BRACKETED_COUNT)
# a line that introduces the lines below it (…如下： / …有以下几种：), no title of them
_INTRODUCES = re.compile(r"(?:如下|以下[^。！？\n]{0,6})[：:]?$")
# an answer's label at the end of a list's introduction: 答：一是… / 答：(line break) 1.…
_ANSWER_LABEL = re.compile(r"(?:^|[\s。？?])答[：:]\s*$")
# a title set off by lenticular or tortoise-shell brackets right after the marker: `1.【降低担保费用】…`
_BRACKET_TITLE = re.compile(rf"[ \t\u3000]*[【〔［]([^【】〔〕［］\n。；;]{{2,{TITLE_MAX}}})[】〕］]")
_SENTENCE_END_ONLY = re.compile("[。！？!?]")
_BODY_LEAD_STOPS = "。，、；：,;:"
# a formal title in 《》 (the one pattern: policies reads the same titles)
DOC_TITLE = re.compile(r"《([^《》\n]{4,120})》")


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
    family: int = 0      # lists under headings of one numbered outline share a family (one policy)

    @property
    def start(self) -> int:
        return self.items[0].start

    @property
    def end(self) -> int:
        return self.items[-1].end


def _context_words(section: str) -> tuple[str, ...]:
    """The entries of one `[section]` of rules/numbering_context.txt."""
    return rule_sections("numbering_context.txt").get(section, ())


def _not_measure_cues() -> tuple[str, ...]:
    return _context_words("not_measures")


@lru_cache(maxsize=1)
def _not_measure_re() -> re.Pattern:
    """A cue of [not_measures]; a phrase of [not_measures_but] that holds one matches first and is
    no cue (`三项新变化` of a policy's new rules, not the `三大变化` a town saw)."""
    but = sorted(_context_words("not_measures_but"), key=len, reverse=True)
    cues = "|".join(map(re.escape, _not_measure_cues()))
    return re.compile(f"({'|'.join(map(re.escape, but))})|{cues}" if but else cues)


@lru_cache(maxsize=1)
def _not_inline_heading_re() -> re.Pattern | None:
    """Phrases ending in a colon that introduce a list rather than head a group (具体措施如下：)."""
    words = _context_words("not_inline_headings")
    return re.compile("|".join(map(re.escape, words))) if words else None


@lru_cache(maxsize=1)
def _section_headings() -> frozenset[str]:
    """Titles of a document's own sections (总体要求, 工作要求): such an item is no measure."""
    return frozenset(_context_words("section_headings"))


@lru_cache(maxsize=None)
def _context_patterns(section: str) -> re.Pattern | None:
    """The regular expressions of one `[section]` of rules/numbering_context.txt as one pattern:
    not_measure_openings (events or steps: `1. 1月23日，指挥部成立`), not_measure_items (a person or
    a place: `1.王建国（市人民医院呼吸科主任）`), document_parts (a notice's frame), closing_openings
    (the article's closing paragraph: 下一步，… / 据了解，…)."""
    patterns = _context_words(section)
    return re.compile("|".join(f"(?:{rx})" for rx in patterns)) if patterns else None


def _is_closing(line: str) -> bool:
    """A paragraph that closes the article (下一步，我们将… / 据了解，…), never a measure's text."""
    rx, frame = _context_patterns("closing_openings"), _context_patterns("closing_frames")
    return any(r is not None and r.match(line.strip()) is not None for r in (rx, frame))


def _not_heading(line: str) -> bool:
    """A watermark, byline or follow prompt (rules [not_headings]): short and unnumbered, but no heading."""
    rx = _context_patterns("not_headings")
    return rx is not None and rx.search(line.strip()) is not None


def _breaks_off(line: str) -> bool:
    """A line of prose broken off inside a sentence (hard-wrapped text): it ends without a stop and
    reads as prose, with a stop or comma inside (`未经批准，不得召开规`) or longer than a heading.
    A short line with no punctuation (`2rd`, `曲目`) is a label, and breaks off nothing."""
    s = line.strip()
    return bool(s) and s[-1] not in _SENTENCE_END and (
        len(s) > HEADING_MAX or _SENTENCE_END_RE.search(s) is not None)


def _is_document_part(line: str) -> bool:
    """A line of a notice's frame: signature, date, 附件, 抄送, 印发, document number or title.

    Never a group heading, and no measure's text runs over it.
    """
    s = line.strip()
    if not s or len(s) > 80:
        return False
    rx = _context_patterns("document_parts")
    if rx is not None and rx.match(s):
        return True
    # (a signature names bodies and ends no sentence: `区委部门、区直单位每年…。` is text)
    return document_date(s) is not None or (not any(c in s for c in "。；;！？!?") and bool(issuer_names(s)))


class _Lines:
    """Line geometry of the text: which line an offset is on, where lines start and end."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
        # a line's text and end are looked up, not sliced and computed, for they are asked often
        self.texts = text.split("\n")
        self.ends = [start - 1 for start in self.starts[1:]] + [len(text)]

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def bounds(self, idx: int) -> tuple[int, int]:
        return self.starts[idx], self.ends[idx]

    def line(self, idx: int) -> str:
        return self.texts[idx]

    def __len__(self) -> int:
        return len(self.starts)


@lru_cache(maxsize=None)
def _first_chars(section: str) -> frozenset[str]:
    """The first characters of a section's words: the bullets it lists."""
    return frozenset(w[0] for w in _context_words(section) if w)


def _bullets() -> frozenset[str]:
    """Characters that open a bullet point (`• 打工族：一万元纾困补助`): such a line heads nothing."""
    return _first_chars("bullets")


def _is_heading(line: str, line_markers: set[int] | None = None, idx: int = -1) -> bool:
    """A short unnumbered line that titles what follows (强化四项激励, 党建引领联防联控)."""
    s = line.strip()
    if not 2 <= len(s) <= HEADING_MAX or s[-1] in _SENTENCE_END:
        return False
    if len(_CJK.findall(s)) < 2 or s.count("，") + s.count(",") > 1 or s[0] in _bullets():
        return False
    return not (line_markers and idx in line_markers)


def _is_title_line(rest: str) -> bool:
    """The remainder of a marker's line is only a title (1.强化政治激励 / 一、总体要求).
    A line ending in a comma or enumeration comma is a sentence wrapped onto the next line
    (`2、建立正常调整机制，` over `2025年起每年…`), no title; so is a line that introduces what
    follows (`二、本要点补助对象如下：` over （一）（二）): it heads nothing."""
    s = rest.strip()
    if s[-1:] in "，,、" or _INTRODUCES.search(s):
        return False
    s = s.rstrip("。：:")
    return 1 <= len(s) <= HEADING_MAX and not any(c in s for c in "。！？；;!?")


# ---------------------------------------------------------------- chains

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


_DECIMAL_PREFIX = re.compile(r"^(.*)[.．]")


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
        target = None
        for ch in reversed(opened):
            if ch[-1].number + 1 == mk.number:
                target = ch
                break
        if target is None and mk.number > 1 and mk.line_start and prev_same[i] >= 0:
            target = _typo_continues(opened, markers[prev_same[i]], mk,
                                     markers[next_same[i]] if next_same[i] >= 0 else None,
                                     page_cut and i >= last_on_line)
        if target is not None:
            target.append(mk)
            if len(target) == 2:
                opened[:] = [target]
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


CLOSING_REACH = 40      # how much of a sentence is read for a closing opening
SITE_NOTICE_REACH = 80  # how far into an item the words of a site's notice are looked for
PAGE_END_STOPS = "。！？!?；;…”’」』"   # a text that ends with none of these was cut off
# the end of a line that introduces a list: 现提出如下意见。 / 通知如下： / 具体措施如下
_LIST_INTRO_END = re.compile(r"(?:(?:如下|以下)[^。！？\n]{0,10}[。：:]?|[：:])\s*$")


def _page_cut(text: str) -> bool:
    """The text ends without a stop: the page was cut off inside a sentence."""
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    return end > 0 and text[end - 1] not in PAGE_END_STOPS


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


def _directive(text: str, pos: int) -> bool:
    """The words at `pos` open a directive: a subject and a modal (`各级领导干部要…`, `各单位应…`)."""
    rx = _policy_patterns("directive")
    return rx is not None and rx.match(text, pos, pos + OPENING_REACH) is not None


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
        # an answer (答：一是…二是…) is introduced by its question, on the line above the label's:
        # the question's words decide (通知提出了哪些主要措施？ introduces measures)
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


# ---------------------------------------------------------------- outline

@dataclass
class _Node:
    chain: list[Marker]
    children: dict[int, list["_Node"]] = field(default_factory=dict)   # item index → chains under it
    parent: "_Node | None" = None
    parent_item: int = -1


def _heading_item(text: str, lines: _Lines, mk: Marker) -> bool:
    if not mk.line_start:
        return False
    idx = lines.index(mk.start)
    rest = text[mk.end:lines.bounds(idx)[1]]
    return _is_title_line(rest) and idx + 1 < len(lines)


def _outline(text: str, lines: _Lines, chains: list[list[Marker]]) -> list[_Node]:
    """Nest chains: a chain within one item of another hangs under that item."""
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
            # after top's last marker: under it when it starts on that item's own line (a
            # sub-enumeration of its text), or when that item is a heading and so are its siblings
            last = top.chain[-1]
            if (not ch[0].line_start and ch[0].style != last.style
                    and lines.index(ch[0].start) == lines.index(last.start)):
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


# ---------------------------------------------------------------- items

class _Builder:
    def __init__(self, text: str):
        self.text = text
        self.lines = _Lines(text)
        self.page_cut, self.text_end = _page_cut(text), len(text.rstrip())   # asked once per item
        self.marker_lines: set[int] = set()
        self.count_settled = False      # a declared count settles the outline's levels as they stand
        self.glued_lines: set[int] = set()      # lines opening with a bare numeral glued to a word (一安排)
        self.chain_starts: list[int] = []
        self.group_heads: dict[int, str] = {}   # numbered heading lines over a list numbered across them
        # numbered title lines of no list (the one heading the page shows: `二、主要措施` over `（一）…`)
        self.lone_heads: dict[int, str] = {}
        self.marker_starts: list[int] = []      # offsets of every candidate marker
        self.marker_ends: list[int] = []        # … where their items' words begin
        self.marker_styles: list[str] = []      # … and their styles
        self.chain_style: dict[int, str] = {}   # first marker of a chain → its style
        self._cuts: dict[int, int] = {}     # marker start → cut_before_heading, asked for again and again
        # numbered points that are the text of their item (lists under an item that are no measures)
        self.sub_lines: set[int] = set()        # their line indices
        self.sub_starts: set[int] = set()       # offsets of their first markers
        self._loose: list[int] | None = None    # prefix counts of unnumbered non-blank lines
        # titles the text gives in 《》 (现将《…十条措施》印发给你们): a line that is one of them is the
        # title of the document below it, not a group heading
        self.doc_titles = frozenset(t.strip() for t in DOC_TITLE.findall(text))

    def heading_block_above(self, line_idx: int, limit: int = 3, floor: int = 0) -> tuple[int, list[str]]:
        """Consecutive unnumbered heading lines right above `line_idx`, none above line `floor`."""
        heads: list[str] = []
        j = line_idx - 1
        while j >= floor and len(heads) < limit:
            ln = self.lines.line(j)
            if not ln.strip():
                j -= 1
                continue
            if j in self.group_heads or (j in self.lone_heads and not heads):
                heads.append(self.group_heads.get(j) or self.lone_heads[j])
                j -= 1
                break       # a numbered heading opens its group: nothing above it belongs to it
            if (not _is_heading(ln, self.marker_lines, j) or _is_document_part(ln) or ln.strip() in self.doc_titles
                    or _not_heading(ln)):
                break
            heads.append(ln.strip())
            j -= 1
        return j + 1, heads[::-1]

    def cut_before_heading(self, mk: Marker) -> int:
        """Where the item before `mk` ends: before `mk`, or before the headings right above it."""
        cut = self._cuts.get(mk.start)
        if cut is None:
            cut = self._cuts[mk.start] = self._cut_before_heading(mk)
        return cut

    def _cut_before_heading(self, mk: Marker) -> int:
        if mk.line_start:
            idx = self.lines.index(mk.start)
            top, heads = self.heading_block_above(idx)
            if heads:
                return self.lines.starts[top]
        elif self.inline_heading(mk):
            if mk.weak:
                return glued_heading(self.text, mk.start)
            return self.lines.starts[self.lines.index(mk.start)]
        return mk.start

    def inline_heading(self, mk: Marker) -> str | None:
        """A group heading before the marker on its line: `落实四项保障：5.待遇保障；6.…`.

        Only the first marker of its line, after a short phrase ending with a colon that does not
        introduce the list (具体措施如下：) and holds no sentence end.
        """
        if mk.line_start:
            return None
        if mk.weak:
            # an item glued to its group's heading (…氛围。加强四种保障5.加强力量保障), or to a
            # numbered heading (…一、稳定就业岗位1.发放稳岗补贴)
            at = glued_heading(self.text, mk.start)
            if at < 0:
                k = bisect.bisect_left(self.marker_starts, mk.start) - 1
                prev_end = self.marker_ends[k] if k >= 0 else -1
                at = prev_end if (k >= 0 and self.marker_styles[k] != mk.style
                                  and glued_heading_between(self.text, prev_end, mk.start)) else -1
            return self.text[at:mk.start] if at >= 0 else None
        lo = self.lines.starts[self.lines.index(mk.start)]
        k = bisect.bisect_left(self.marker_starts, lo)
        if k < len(self.marker_starts) and self.marker_starts[k] < mk.start:
            return None     # another marker stands before it on the line
        prefix = self.text[lo:mk.start].strip()
        if not (3 <= len(prefix) <= HEADING_MAX and prefix[-1] in "：:"):
            return None
        head = prefix[:-1].strip()
        if len(_CJK.findall(head)) < 2 or any(c in head for c in _SENTENCE_END):
            return None
        bad = _not_inline_heading_re()
        if bad is not None and bad.search(prefix):
            return None
        return head

    def lead_heading(self, chain: list[Marker]) -> str | None:
        """A group heading written as the short first sentence of the paragraph its items make up:
        `强化激励。一是…二是…` (`<p><strong>强化激励。</strong>一是…`).

        The chain's items all stand on that line, two at least, the first right after the phrase and
        no other marker before it; the phrase is short, Han only, declares no count and does not
        introduce the list (具体如下。).
        """
        mk = chain[0]
        if mk.line_start or len(chain) < 2:
            return None
        idx = self.lines.index(mk.start)
        if any(m.line_start or self.lines.index(m.start) != idx for m in chain[1:]):
            return None
        lo = self.lines.starts[idx]
        k = bisect.bisect_left(self.marker_starts, lo)
        if k < len(self.marker_starts) and self.marker_starts[k] < mk.start:
            return None
        prefix = self.text[lo:mk.start].strip()
        if not prefix or prefix[-1] not in "。！!":
            return None
        head = prefix[:-1].strip()
        if not (2 <= len(head) <= LEAD_HEADING_MAX and len(_CJK.findall(head)) == len(head)) or count_phrases(head):
            return None     # Han only: no quotes, numbers or punctuation (东阳市出台“暖心六条”。第一条…)
        bad = _not_inline_heading_re()
        if bad is not None and bad.search(head):
            return None
        return head

    def loose_lines(self, lo: int, hi: int) -> int:
        """Non-blank lines in [lo, hi) that no marker starts: a measure's paragraphs, not its points."""
        if self._loose is None:
            acc, loose = 0, [0]
            for j, ln in enumerate(self.lines.texts):
                acc += bool(ln.strip()) and j not in self.marker_lines
                loose.append(acc)
            self._loose = loose
        return self._loose[max(hi, lo)] - self._loose[lo]

    def mark_sub_points(self, nodes: list["_Node"]) -> None:
        """The chains of `nodes` and below are the text of the item they hang under."""
        todo = list(nodes)
        while todo:
            node = todo.pop()
            self.sub_starts.add(node.chain[0].start)
            self.sub_lines.update(self.lines.index(m.start) for m in node.chain if m.line_start)
            todo += [k for kids in node.children.values() for k in kids]

    def next_chain_start(self, after: int) -> int:
        k = bisect.bisect_right(self.chain_starts, after)
        return self.chain_starts[k] if k < len(self.chain_starts) else len(self.text)

    def extent(self, chain: list[Marker], k: int, limit: int) -> int:
        """End offset of item k of the chain."""
        text, lines = self.text, self.lines
        mk = chain[k]
        if k + 1 < len(chain):
            end = self.cut_before_heading(chain[k + 1])
        else:
            idx = lines.index(mk.start)
            # the next list ends the last item, unless it runs inside the item's own line in
            # another style (a sub-enumeration: （三）强化关爱。1.安排轮休；2.关心家属。)
            # (nor do the lists under it that are its text: `（四）购买保险` over `1.…` `2.…`)
            nxt = self.next_chain_start(mk.start)
            while nxt < len(text) and (nxt in self.sub_starts or (
                    lines.index(nxt) == idx and self.chain_style.get(nxt) != mk.style)):
                nxt = self.next_chain_start(nxt)
            limit = min(limit, nxt)
            end = lines.bounds(idx)[1]
            if not mk.line_start:
                # an item inside a paragraph goes on over the lines of a hard-wrapped paragraph: while
                # a line breaks off inside a sentence, the next one is of it
                j = idx
                while j + 1 < len(lines):
                    s, e = lines.bounds(j + 1)
                    if (s >= limit or j + 1 in self.marker_lines or not _breaks_off(lines.line(j)[-INTRO_REACH:])
                            or not lines.line(j + 1).strip()):
                        break
                    end, j = e, j + 1
                # a list written as one sentence, its items parted by semicolons with no sentence end
                # inside them (…：（1）…；（2）…；（3）…。《办法》自…), ends where that sentence ends
                if k > 0 and all(not chain[j].line_start for j in range(k + 1)):
                    seps = [text[chain[j].end:chain[j + 1].start].rstrip() for j in range(k)]
                    if all(sep[-1:] in "；;。" and not _SENTENCE_END_ONLY.search(sep, 0, len(sep) - 1)
                           for sep in seps):
                        stop = _SENTENCE_END_ONLY.search(text, mk.end, min(end, limit))
                        if stop:
                            end = stop.end()
                # …up to the list's closing frame (…。以上措施自即日起执行。)
                frame = _context_patterns("closing_frames")
                for stop in _SENTENCE_END_ONLY.finditer(text, mk.end, min(end, limit)) if frame is not None else ():
                    if frame.match(text, stop.end(), min(end, stop.end() + CLOSING_REACH)):
                        end = stop.end()
                        break
            if mk.line_start:
                # the last item of a list written line by line takes its own numbered points and
                # as many unnumbered lines as its siblings do, stopping at headings, numbered
                # lines and the article's closing paragraph (下一步，… / 据了解，…)
                spans = [self.loose_lines(lines.index(chain[j].start) + 1,
                                          lines.index(self.cut_before_heading(chain[j + 1]) - 1) + 1)
                         for j in range(len(chain) - 1)]
                # (a last item that is a bare title takes no line its one-line siblings did not:
                # `4.减轻基层负担。` closes a list of one-liners, the paragraph below is the article's)
                extra = max(spans, default=0)
                if len(chain) == 1 and self.page_cut:
                    # the only item of its list, cut off by the end of the page: all it shows
                    extra = len(lines)
                # a bare title whose siblings have their text (or points) below their title lines
                # takes one line of text when it has no points of its own (二、减轻负担 / 严格杜绝…)
                bare_title = extra == 0 and _heading_item(text, lines, mk) and any(
                    lines.index(self.cut_before_heading(chain[j + 1]) - 1) > lines.index(chain[j].start)
                    for j in range(len(chain) - 1))
                line_end = end
                text_end = self.text_end        # (the page's last line heads nothing)
                # a line that goes on with a sentence the line above broke off (hard-wrapped text,
                # or a bare `6.` over its text) is no heading
                # (or the marker's own line breaks off inside a sentence, `三、除承担防疫任务的…、`,
                # unless a sibling's line breaks off too with nothing below it: items without stops)
                first_line = text[mk.end:line_end]
                open_sentence = not first_line.strip() or (_breaks_off(first_line) and not any(
                    spans[j] == 0 and _breaks_off(text[chain[j].end:lines.bounds(lines.index(chain[j].start))[1]])
                    for j in range(len(chain) - 1)))
                j = idx + 1
                while j < len(lines):
                    s, e = lines.bounds(j)
                    if s >= limit:
                        break
                    ln = text[s:e]
                    if ln.strip():
                        if j in self.sub_lines:
                            end = e
                        elif ((j in self.marker_lines and not (open_sentence and j in self.glued_lines))
                              or (_is_heading(ln) and not open_sentence and e < text_end)
                              or _is_document_part(ln) or _is_closing(ln)):
                            break
                        elif extra > 0 or open_sentence:
                            # (a line that goes on with a broken sentence is not one more paragraph)
                            extra -= not open_sentence
                            end = e
                            open_sentence = _breaks_off(ln)
                        elif bare_title and end == line_end:
                            end = e
                            break
                        else:
                            break
                    j += 1
        end = min(end, limit)
        while end > mk.end and text[end - 1].isspace():
            end -= 1
        if k + 1 == len(chain) and end == limit and text[end - 1:end] in ("：", ":"):
            # the next list's introduction on the same line (…保障休息。另有安排：一、…) is not this item's
            cut = max(text.rfind(c, mk.end, end - 1) for c in "。；;！？!?")
            if cut > mk.end:
                end = cut + 1
        return max(end, mk.end)

    def title_and_body(self, mk: Marker, end: int) -> tuple[str | None, int, int]:
        """Title (or None) and the [start, end) of the body."""
        text, lines = self.text, self.lines
        line_end = min(lines.bounds(lines.index(mk.start))[1], end)
        rest = text[mk.end:line_end]
        bracketed = _BRACKET_TITLE.match(rest)
        if mk.line_start and not rest.strip() and line_end < end:
            # a marker alone on its line (`01` over `发放消费券` over its text): the next line may title it
            nxt = lines.index(line_end + 1) if line_end + 1 < len(text) else -1
            if nxt >= 0:
                ns, ne = lines.bounds(nxt)
                ne = min(ne, end)
                if (ne < end and _is_title_line(text[ns:ne]) and not _breaks_off(text[ns:ne])
                        and text[ne:end].strip()):
                    return text[ns:ne].strip().rstrip("。：:；;，, "), ne + 1, end
        if bracketed and text[mk.end + bracketed.end():end].strip():
            # a bracketed title opening the item: `1.【加大信贷投放】鼓励银行机构…`
            title, bs = bracketed.group(1).strip(), mk.end + bracketed.end()
        elif mk.line_start and line_end < end and _is_title_line(rest):
            title = rest.strip().rstrip("。：:；;，, ")
            bs = line_end
        else:
            found = _TITLE_END_AT.search(rest, 0, TITLE_MAX + 2)
            if found and found.start() > TITLE_MAX:
                found = None
            cut = found.start() if found else -1
            after_cut = found.end() if found else 0
            head = rest[:cut] if cut > 0 else ""
            after = text[mk.end + after_cut:end].strip().lstrip(_BODY_LEAD_STOPS)
            if head and "，" not in head and "," not in head and after and not _INTRODUCES.search(head):
                title = head.strip()
                bs = mk.end + after_cut
            else:
                title, bs = None, mk.end
                # a paragraph of several sentences led by a sentence that states the item, one
                # comma at most (`一、各级领导干部要靠前指挥，全面落实责任制。要清醒认识…。要…`)
                stop = rest.find("。", 0, LONG_TITLE_MAX + 1) if mk.line_start else -1
                if stop > 0:
                    lead = rest[:stop]
                    tail = text[mk.end + stop + 1:end]
                    if (lead.count("，") + lead.count(",") == 1 and not any(c in lead for c in "；;：:！？!?")
                            and tail.count("。") >= 2 and len(tail) >= 2 * len(lead)):
                        title, bs = lead.strip(), mk.end + stop + 1
        if title and len(_CJK.findall(title)) < 2 and sum(c.isascii() and c.isalpha() for c in title) < 3:
            title, bs = None, mk.end    # a fragment a PDF's text left (`1.简 30`) titles nothing
        # white space, and stops doubled after the title (`及时表彰奖励。。对先进典型…`)
        while bs < end and (text[bs].isspace() or (title and text[bs] in _BODY_LEAD_STOPS)):
            bs += 1
        return (title or None), bs, end

    def short_title(self, mk: Marker) -> str | None:
        """The item's title as `title_and_body` finds it, read from its first line only (a cheap look)."""
        line_end = self.lines.bounds(self.lines.index(mk.start))[1]
        return self.title_and_body(mk, min(line_end + 1, mk.end + 2 * HEADING_MAX, len(self.text)))[0]

    def item(self, mk: Marker, end: int, group: str | None) -> Item:
        if group:
            group = _HEADING_COUNT.sub("", group).rstrip() or group     # 支持企业稳岗留工（4条）: the count is no name
        title, bs, be = self.title_and_body(mk, end)
        return Item(mk.number, mk.text, mk.style, mk.start, end, title, self.text[bs:be], group)

    def groups_of(self, chain: list[Marker]) -> list[str | None]:
        """Unnumbered headings above the items of a top-level chain (强化四项激励 above 1. and 2.)."""
        out: list[str | None] = []
        current = None
        # inline group headings count when a later item has one (the list is grouped), and then
        # also before the first item (强化四项激励：1.…  落实四项保障：5.…)
        inline = [self.inline_heading(mk) for mk in chain]
        if not any(inline[1:]) and not (chain[0].weak and inline[0]):
            inline = [self.lead_heading(chain)] + [None] * (len(chain) - 1)
        for k, mk in enumerate(chain):
            if inline[k]:
                current = inline[k]
            if mk.line_start:
                idx = self.lines.index(mk.start)
                top, heads = self.heading_block_above(idx)
                if not heads and k == 0 and top >= 2:
                    # one introductory paragraph may stand between the heading and the list; the
                    # first line of a text is then more likely the article's headline than a heading
                    intro = top - 1
                    if intro not in self.marker_lines and self.lines.line(intro).strip():
                        _, heads = self.heading_block_above(intro, floor=1)
                        # a line with a clause break over the paragraph is its wrapped first line
                        # (为贯彻…要求，引导企业员工春节期间 / 留南过年，…制定以下措施。), no heading
                        if heads and any(c in heads[-1] for c in "，,；;"):
                            heads = []
                if heads:
                    current = " ".join(heads)
            out.append(current)
        return out


@lru_cache(maxsize=1)
def _big_count_re() -> re.Pattern:
    """A count written 三大行动 / 十大工程 ([big_count_nouns]): 大 where 条/项 would stand."""
    nouns = "|".join(map(re.escape, _context_words("big_count_nouns"))) or "(?!)"
    return re.compile(f"(?<![第0-9０-９一二两三四五六七八九十百千万])(?P<n>{COUNT_NUMBER})大(?:{nouns})")


@lru_cache(maxsize=1)
def _big_count_cue() -> re.Pattern:
    """The end of every count of _big_count_re, a numeral before 大 and the noun: a cheap pre-test (a
    pattern opening with a character class is skipped to at C speed; one opening with a look-behind is
    tried at every position)."""
    nouns = "|".join(map(re.escape, _context_words("big_count_nouns"))) or "(?!)"
    return re.compile(f"[0-9０-９一二两三四五六七八九十百]大(?:{nouns})")


def _declared_counts(s: str) -> set[int]:
    """The counts `s` declares: 十条 / 22项 (count_phrases), and 三大行动 ([big_count_nouns])."""
    out = {n for _, _, n in count_phrases(s)}
    if "大" in s and _big_count_cue().search(s):
        for m in _big_count_re().finditer(s):
            n = to_int(m.group("n"))
            if n and 1 < n < 200:
                out.add(n)
    return out


def segment(text: str, headline: str | None = None) -> list[MeasureList]:
    """Lists of measures found in the text, in document order; `headline` is the page's own (the
    body leaves it out), read for a policy's frame only."""
    result = _numbered(text, headline)
    if _unnumbered_cue().search("\n" + text):     # (the text's start is a line's start too)
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
    # (opened by the line break, not ^: the engine then skips from line to line at C speed, while a
    # pattern opening with ^ is tried at every position of the text)
    return re.compile(rf"\n[ \t\u3000]*[{chars}]")


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
    markers = find_markers(text)
    if not markers:
        return []
    b = _Builder(text)
    lines = b.lines
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
    counted = _HEADING_COUNT.sub("", text) if _HEADING_COUNT_CUE.search(text) else text
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


def _acts(s: str, default: bool) -> bool:
    """s holds a word of policy action not followed by the aspect particle of a done deed (`加强了理论
    学习`, `开展过培训` report, they provide nothing); `default` when [provision_words] is empty."""
    rx = _provision_re()
    return default if rx is None else any(s[m.end():m.end() + 1] not in _DONE for m in rx.finditer(s))


def _states_action(heading: str) -> bool:
    """A heading that states an action (完善居家社区养老服务网络), not one naming a topic (老人关怀措施)."""
    return _acts(heading, False)


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


# ---------------------------------------------------------------- the policy gate

PROVISION_WITH_PAGE = 0.5   # share of items reading as provisions that suffices on a policy's page
PROVISION_ALONE = 0.75      # … that suffices with no policy in sight
PROVISION_ALONE_MIN = 2     # … and then in a list of at least this many items
OPENING_REACH = 60          # how far into an item's text its opening sentence is read


@lru_cache(maxsize=None)
def _policy_patterns(section: str) -> re.Pattern | None:
    """A section of regular expressions ([policy_intro], [policy_page]) as one pattern, `{NOUN}`
    replaced by the words of [policy_nouns]."""
    words = {key: "|".join(map(re.escape, _context_words(name)))
             for key, name in (("{NOUN}", "policy_nouns"), ("{SUBJECT}", "provision_subjects"),
                               ("{MODAL}", "provision_modals"))}
    patterns = []
    for rx in _context_words(section):
        for key, alternatives in words.items():
            rx = rx.replace(key, f"(?:{alternatives})")
        patterns.append(rx)
    return re.compile("|".join(f"(?:{rx})" for rx in patterns)) if patterns else None


@lru_cache(maxsize=1)
def _provision_re() -> re.Pattern | None:
    """What makes an item's opening read as a provision: a word of [provision_words], a subject of
    [provision_subjects] followed closely by a modal of [provision_modals] (`各单位应…`), or a
    pattern of [provision_patterns] (`每人每月获发2000元`)."""
    parts = [re.escape(w) for w in _context_words("provision_words")]
    subjects, modals = _context_words("provision_subjects"), _context_words("provision_modals")
    if subjects and modals:
        parts.append(f"(?:{'|'.join(map(re.escape, subjects))})[^。；;！？!?\n]{{0,12}}"
                     f"(?:{'|'.join(map(re.escape, modals))})")
    parts += [f"(?:{rx})" for rx in _context_words("provision_patterns")]
    return re.compile("|".join(parts)) if parts else None


@lru_cache(maxsize=1)
def _provision_styles() -> frozenset[str]:
    return frozenset(_context_words("provision_styles"))


_DONE = frozenset("了过")


def _reads_as_provision(item: Item) -> bool:
    """The item's title and first sentence hold a word of policy action (落实带薪休假, 各单位要…), or
    its numbering is a regulation's or a directive's ([provision_styles]: 第一条, 一要)."""
    if item.style in _provision_styles():
        return True
    body = item.body
    stop = _QUESTION_OR_CLAUSE_END.search(body, 0, OPENING_REACH)
    return _acts((item.title or "") + "\n" + body[:stop.start() if stop else OPENING_REACH], True)


INTRO_HEADINGS = 3          # heading lines between a list and the paragraph that introduces it, at most
INTRO_REACH = 300           # how much of the introducing sentence or paragraph is read (its end)


def _intro_text(text: str, lines: _Lines, pos: int) -> str:
    """What introduces a list whose first marker is at `pos`: the words before it on its line and
    the paragraph right above it, with the short heading lines between them (`…现提出如下政策措施。`
    over `一、降低经营成本` over `1.…`)."""
    idx = lines.index(pos)
    prefix = text[max(lines.starts[idx], pos - INTRO_REACH):pos].strip()
    if len(prefix) > HEADING_MAX or _SENTENCE_END_RE.search(prefix.rstrip("。！!：: \t\u3000")):
        # a sentence leads into the list on its line (…应该明确区分出三类风险：一是…); a short phrase
        # (强化激励！一是… / 具体如下。一是…) only heads it, and the paragraph above introduces it
        return prefix
    parts = [prefix]
    j, heads = idx - 1, 0
    while j >= 0 and heads <= INTRO_HEADINGS:
        ln = lines.line(j).strip()
        j -= 1
        if not ln:
            continue
        if len(ln) > HEADING_MAX or _SENTENCE_END_RE.search(ln[-1]):
            # the paragraph: nothing above it introduces the list; the lines of a hard-wrapped
            # paragraph above its last line that break off inside a sentence are of it
            while j >= 0 and len(ln) < INTRO_REACH and _breaks_off(lines.line(j)[-INTRO_REACH:]):
                ln = lines.line(j).strip() + ln
                j -= 1
            parts.append(ln[-INTRO_REACH:])
            break
        parts.append(ln[-INTRO_REACH:])
        heads += 1
    return "\n".join(reversed(parts))


# the end of a sentence introducing what follows as a list: `具体内容如下：`, `有以下几点。`
_INTRO_AS_LIST = re.compile(r"(?:如下|以下)[^。！？\n]{0,6}[。：:]?\s*$")


@lru_cache(maxsize=1)
def _other_genre_re() -> re.Pattern | None:
    """A label of [other_genre_labels] at a line's start, after a numeral if any (`四、福利待遇`)."""
    words = sorted(_context_words("other_genre_labels"), key=len, reverse=True)
    if not words:
        return None
    numeral = r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[、.．)）])?"
    return re.compile(rf"^[ \t\u3000]*{numeral}[ \t\u3000]*({'|'.join(map(re.escape, words))})", re.M)


class _PolicyGate:
    """Whether a family of lists (one outline) enumerates a policy's measures; see
    rules/numbering_context.txt, [policy_nouns] and after."""

    def __init__(self, b: _Builder, fields: list[int] = (), headline: str | None = None):
        self.text, self.lines = b.text, b.lines
        self.headline = (headline or "").strip()
        self.page_cut, self.text_end = b.page_cut, b.text_end
        self.fields = fields        # where the fields of a policy start (1.适用对象 2.主要内容 …)
        self._page: bool | None = None
        self._genre: bool | None = None

    def page(self) -> bool:
        """The page shows a policy's frame somewhere (现就有关事项通知如下, 本通告, 十条措施)."""
        if self._page is None:
            rx = _policy_patterns("policy_page")
            self._page = rx is not None and rx.search(self.text) is not None
            if not self._page and self.headline:
                head = _policy_patterns("policy_headline")
                self._page = any(r is not None and r.search(self.headline) is not None for r in (rx, head))
        return self._page

    def other_genre(self) -> bool:
        """The page is of another genre (a job ad, a tender): its headline says so
        ([other_genre_headline]), or two different labels of [other_genre_labels] open lines of it."""
        if self._genre is None:
            head, rx = _context_patterns("other_genre_headline"), _other_genre_re()
            text = self.text
            # (two of the labels in the text at all, a cheap test, before the lines are read)
            self._genre = (head is not None and head.search(self.headline) is not None) or (
                rx is not None and sum(w in text for w in _context_words("other_genre_labels")) >= 2
                and len({m.group(1) for m in rx.finditer(text)}) >= 2)
        return self._genre

    def _field_inside(self, it: Item) -> bool:
        """A policy's field starts inside the item."""
        k = bisect.bisect_right(self.fields, it.start)
        return k < len(self.fields) and self.fields[k] < it.end

    def regulation(self) -> bool:
        """The page is a regulation's own text: its headline names one and the text speaks of itself."""
        if not self.headline:
            return False
        head, own = _policy_patterns("regulation_headline"), _policy_patterns("regulation_self")
        return head is not None and own is not None and head.search(self.headline) is not None \
            and own.search(self.text) is not None

    def keeps(self, root_start: int, lists: list[MeasureList]) -> bool:
        items = [it for ml in lists for it in ml.items]
        if not items or self.other_genre():
            return False
        intro = _policy_patterns("policy_intro")
        if intro is None:
            return True
        text, lines = self.text, self.lines
        heads = {_intro_text(text, lines, root_start), _intro_text(text, lines, items[0].start)}
        heads.update(it.group for it in items if it.group)
        if any(intro.search(h) for h in heads):
            return True
        if self.regulation():
            return True     # a regulation's articles (一、…特订定本办法。二、申请资格如下：…)
        if self.fields and any(self._field_inside(it) for it in items):
            return True     # an item spelled out in a policy's fields (适用对象, 主要内容, 资金来源)
        if all(_directive((it.title or "") + it.body, 0) for it in items):
            return True     # every item opens as a directive (各级领导干部要…, 各单位应…)
        # the list as a whole: the share of its items that read as provisions, but an item the end of
        # the page cut off in its opening sentence tells nothing (`三、除承担防疫任务的…，其他`)
        judged = items
        if len(items) > 1 and self.page_cut and items[-1].end >= self.text_end and \
                not _QUESTION_OR_CLAUSE_END.search(items[-1].body, 0, OPENING_REACH):
            judged = items[:-1]
        share = sum(map(_reads_as_provision, judged)) / len(judged)
        if share >= PROVISION_ALONE and len(items) >= PROVISION_ALONE_MIN:
            return True
        # a list the sentence right before it introduces as one (…具体内容如下：) frames itself
        return share >= PROVISION_WITH_PAGE and (self.page() or any(
            _INTRO_AS_LIST.search(h) for h in heads))


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


def _body_provides(item: Item) -> bool:
    """The opening sentence of the item's text (not its title) reads as a provision."""
    body = item.body
    stop = _QUESTION_OR_CLAUSE_END.search(body, 0, OPENING_REACH)
    return _acts(body[:stop.start() if stop else OPENING_REACH], True)


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


def _numbered_group_headings(text: str, lines: _Lines, chains: list[list[Marker]]
                             ) -> tuple[list[list[Marker]], dict[int, str]]:
    """Numbered headings over a list whose numbering runs on across them.

    `一、强化激励` `（一）…` `（二）…` `二、加强保障` `（三）…`: the measures are numbered (一)…(三)
    straight through, so their chain crosses the chain of the headings, which would lose one of
    the two. A chain whose every item is a title line directly followed (next non-blank line) by
    an item of one other chain that runs across it is that chain's groups: it is taken out, and
    its lines are kept as headings (line index → title) for the items below them.
    """
    line_owner: dict[int, int] = {}         # line index → chain whose marker starts the line
    for ci, ch in enumerate(chains):
        for mk in ch:
            if mk.line_start:
                line_owner.setdefault(lines.index(mk.start), ci)
    heads: dict[int, str] = {}
    dropped: set[int] = set()
    for hi, ch in enumerate(chains):
        if not all(_heading_item(text, lines, mk) for mk in ch):
            continue
        owner = None
        for mk in ch:
            j = lines.index(mk.start) + 1
            while j < len(lines) and not lines.line(j).strip():
                j += 1
            o = line_owner.get(j)
            if o is None or o == hi or o in dropped or (owner is not None and o != owner):
                owner = None
                break
            owner = o
        if owner is None:
            continue
        other = chains[owner]
        # the list runs across the headings: it has items before a later heading
        if not (other[0].start < ch[-1].start < other[-1].start):
            continue
        dropped.add(hi)
        for mk in ch:
            idx = lines.index(mk.start)
            heads[idx] = text[mk.end:lines.bounds(idx)[1]].strip().rstrip("。：:；;，, ")
    if not dropped:
        return chains, heads
    return [ch for i, ch in enumerate(chains) if i not in dropped], heads


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
