"""The text's lines and what a line is: a heading, a title line, a part of a notice's frame.

Every later decision asks these questions of lines (is it a heading? does it break off inside a
sentence? is it a signature or a date?), so they are answered here once, from the text's line
geometry (`_Lines`) and from the rules of rules/numbering_context.txt, read here too.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..markers import Marker
from ..numerals import PART_ORDINAL
from ..page_header import document_date, issuer_names
from ..rules import compiled, rule_sections

TITLE_MAX = 30          # a title is a short phrase; a longer first sentence is body text
# the heading of a part of a regulation (`第三章 登记类型`, `第二节　补贴标准`): its numeral is no part of its title
_PART_HEADING = compiled(r"[ \t\u3000]*" + PART_ORDINAL + r"[章节编](?:[ \t\u3000]+|$)")
HEADING_MAX = 30        # an unnumbered heading line is at most this long
MAX_INTRO_LINES = 2     # lines of text between a part's heading and the first item below it
INTRO_REACH = 300       # how much of the introducing sentence or paragraph is read (its end)
_TITLE_END = "。！？；;!?：:"
_SENTENCE_END = "。！？；，,;!?：:…"
_CJK = compiled(r"[\u4e00-\u9fff]")
_SENTENCE_END_RE = compiled(f"[{re.escape(_SENTENCE_END)}]")
_LINE_BREAK = compiled("\n")
# a title ends at a stop or a colon, or at a dash (`一、优先提拔使用——对表现突出的…`)
# (an ASCII ? between two characters of words stands for one a lossy copy lost, `300元?百岁老人`: no stop)
_TITLE_END_AT = compiled(f"[{re.escape(_TITLE_END.replace('?', ''))}]|(?<![\u4e00-\u9fff])[?]|[?](?![\u4e00-\u9fff])"
                           "|——|－－|--")
# (a half-width ? right before a Han character is a character the page's encoding lost, 将…人员?入保障范围: no question)
_QUESTION_OR_CLAUSE_END = compiled("[。！？；]|\\?(?![\u4e00-\u9fff])")
# the count of a group's items at its heading's end: `一、支持企业稳岗留工（4条）`, `（共3项）`
_BRACKETED_COUNT = r"[（(]\s*(?:共\s*)?[0-9一二三四五六七八九十]+\s*[条项个点]\s*[）)]"
_HEADING_COUNT = compiled(r"\s*" + _BRACKETED_COUNT + r"(?=[ \t\u3000]*$)", re.M)
# (the count alone, a cheap pre-test: it opens with a character class, which the engine skips to at C
# speed, while _HEADING_COUNT's leading spaces make it try every position of the text)
_HEADING_COUNT_CUE = compiled(_BRACKETED_COUNT)
# a line that introduces the lines below it (…如下： / …有以下几种：), no title of them
_INTRODUCES = compiled(r"(?:如下|以下[^。！？\n]{0,6}|包括|包含)[：:]?$")
# a title set off by lenticular or tortoise-shell brackets right after the marker: `1.【降低担保费用】…`
_BRACKET_TITLE = compiled(rf"[ \t\u3000]*[【〔［]([^【】〔〕［］\n。；;]{{2,{TITLE_MAX}}})[】〕］]")
# a point lettered instead of numbered: `a）…` `B.…` `(c)…`
_LETTER_POINT = compiled(r"[（(]?[a-zA-Zａ-ｚＡ-Ｚ][）).．、](?=[^\x00-\x7f])")


def _is_point(s: str, bullets: frozenset[str]) -> bool:
    """A line (stripped on the left) opened by a bullet or a letter: a point of the item above it."""
    return s[:1] in bullets or _LETTER_POINT.match(s) is not None


# a formal title in 《》 (the one pattern: policies reads the same titles)
DOC_TITLE = compiled(r"《([^《》\n]{4,120})》")


def _context_words(section: str) -> tuple[str, ...]:
    """The entries of one `[section]` of rules/numbering_context.txt."""
    return rule_sections("numbering_context.txt").get(section, ())


@lru_cache(maxsize=1)
def _not_inline_heading_re() -> re.Pattern | None:
    """Phrases ending in a colon that introduce a list rather than head a group (具体措施如下：)."""
    words = _context_words("not_inline_headings")
    return compiled("|".join(map(re.escape, words))) if words else None


@lru_cache(maxsize=1)
def _section_headings() -> frozenset[str]:
    """Titles of a document's own sections (总体要求, 工作要求) and a report's ([report_sections]): such an
    item is no measure."""
    return frozenset(_context_words("section_headings")) | _report_sections()


@lru_cache(maxsize=1)
def _report_sections() -> frozenset[str]:
    """Titles of a report's own sections (取得的成效, 发现的问题): such an item is no measure whatever its text."""
    return frozenset(_context_words("report_sections"))


_YEAR_OPENING = compiled(r"^(?:[0-9０-９]{4}年度?|今年|明年)")


def _is_report_list(heading: str | None) -> bool:
    """A heading of a report's section whose lists are never measures, maybe with its year ([report_lists]:
    2024年工作打算, 存在的问题)."""
    return bool(heading) and _YEAR_OPENING.sub("", heading) in _context_words("report_lists")


@lru_cache(maxsize=1)
def _outline_sections() -> frozenset[str]:
    """Titles of an outline's parts beside its headings over measures (申报时间, 联系方式): the
    [section_headings] and [outline_sections]."""
    return _section_headings() | frozenset(_context_words("outline_sections"))


_JOINED_PART = compiled(r"(?:及|和|与|、)[\u4e00-\u9fff]{1,4}")


def _is_outline_section(title: str | None) -> bool:
    """A title of [_outline_sections], alone or joined with a word of its kind (申报时间及方式)."""
    if not title:
        return False
    parts = _outline_sections()
    return title in parts or any(title.startswith(w) and _JOINED_PART.fullmatch(title, len(w)) for w in parts)


@lru_cache(maxsize=None)
def _context_patterns(section: str) -> re.Pattern | None:
    """The regular expressions of one `[section]` of rules/numbering_context.txt as one pattern:
    not_measure_openings (events or steps: `1. 1月23日，指挥部成立`), not_measure_items (a person or
    a place: `1.王建国（市人民医院呼吸科主任）`), document_parts (a notice's frame), closing_openings
    (the article's closing paragraph: 下一步，… / 据了解，…)."""
    patterns = _context_words(section)
    return compiled("|".join(f"(?:{rx})" for rx in patterns)) if patterns else None


def _is_closing(line: str) -> bool:
    """A paragraph that closes the article (下一步，我们将… / 据了解，…), never a measure's text."""
    rx, frame = _context_patterns("closing_openings"), _context_patterns("closing_frames")
    return any(r is not None and r.match(line.strip()) is not None for r in (rx, frame))


def _not_heading(line: str) -> bool:
    """A watermark, byline or follow prompt (rules [not_headings]), or a note on the item above
    ([note_lines]): short and unnumbered, but no heading."""
    s = line.strip()
    return any(rx is not None and rx.search(s) is not None
               for rx in (_context_patterns("not_headings"), _context_patterns("note_lines")))


def _note_line(line: str) -> bool:
    """A line that notes something about the item above it (rules [note_lines]: `（责任单位：市民政局）`)."""
    rx = _context_patterns("note_lines")
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

    def rest_of_line(self, pos: int) -> str:
        """The text from pos to the end of its line (what follows a marker on its line)."""
        return self.text[pos:self.ends[self.index(pos)]]

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


_TITLE_COLON_TEXT = compiled(r"[：:][^：:]{4}")


def _is_title_line(rest: str) -> bool:
    """The remainder of a marker's line is only a title (1.强化政治激励 / 一、总体要求).
    A line ending in a comma or enumeration comma is a sentence wrapped onto the next line
    (`2、建立正常调整机制，` over `2025年起每年…`), no title; so is a line that introduces what
    follows (`二、本要点补助对象如下：` over （一）（二）): it heads nothing."""
    s = rest.strip()
    if s[-1:] in "，,、" or _INTRODUCES.search(s):
        return False
    s = s.rstrip("。：:")
    # (a title and its text on one line, `3）喘息服务：为家属提供14天喘息服务。`, is no bare title)
    return 1 <= len(s) <= HEADING_MAX and not any(c in s for c in "。！？；;!?") and _TITLE_COLON_TEXT.search(s) is None


PAGE_END_STOPS = "。！？!?；;…”’」』"   # a text that ends with none of these was cut off
# the end of a line that introduces a list: 现提出如下意见。 / 通知如下： / 具体措施如下
_LIST_INTRO_END = compiled(r"(?:(?:如下|以下)[^。！？\n]{0,10}[。：:]?|[：:])\s*$")


def _page_cut(text: str) -> bool:
    """The text ends without a stop: the page was cut off inside a sentence."""
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    return end > 0 and text[end - 1] not in PAGE_END_STOPS


def _heading_item(text: str, lines: _Lines, mk: Marker) -> bool:
    if not mk.line_start:
        return False
    idx = lines.index(mk.start)
    rest = text[mk.end:lines.bounds(idx)[1]]
    return _is_title_line(rest) and idx + 1 < len(lines)
