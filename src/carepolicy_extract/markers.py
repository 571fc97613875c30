"""Candidate list markers: every place where the text may number an item.

The styles live in `rules/numbering.txt`; this module compiles them into one
regular expression, scans the text once, and keeps a match only where the
text around it allows a marker (start of a line, after a sentence, after a
declared count…). Ordinary words that contain a numeral (一线, 十分, 统一) are
dropped by `rules/false_markers.txt` and, in the hard cases, by jieba.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from . import lexicon
from .numerals import ARABIC_1_99, CIRCLED_1_20, CIRCLED_CHARS, HAN_1_99, KEYCAP_1_10, KEYCAP_TEN, LATIN_1_26, SUB_1_99, to_int
from .regions import town_opening
from .rules import compiled, longest_first, pattern_structure, rule_lines, rule_sections

_CIRCLED = compiled(CIRCLED_1_20)    # a circled or parenthesized numeral, a sign of its own (①, ⑴, ⒈, ❶)

CLAUSE_END = "。；;！？!?：:"
COMMA = "，,"
# A declared count right before an inline list: …十条一及时… / …十项措施：一…
_COUNT_BEFORE = compiled(r"(?:[一二两三四五六七八九十百]+|[0-9]+)(?:条|项|点)(?:措施|举措|意见|规定)?$|如下$")
# jieba is asked at most this many times per document; beyond that hard cases are
# dropped, so a page made of thousands of look-alike markers stays fast.
JIEBA_BUDGET = 2000


@dataclass(frozen=True)
class Style:
    name: str
    first: str      # anchor for item 1
    rest: str       # anchor for items 2…
    pattern: str


_DIGITS = frozenset("0123456789０１２３４５６７８９")
_ENDS_SENTENCE = frozenset("。；;：:！？!?…”」』）)") | {""}     # (or the text's start)


class Marker(NamedTuple):   # a tuple: pathological pages make hundreds of thousands of them
    start: int          # offset of the marker's first character
    end: int            # offset where the item's own text begins (after the marker and spaces)
    number: int
    style: str
    text: str           # the marker as written: 1.  （一）  一是  第三条
    line_start: bool    # nothing but white space before it on its line
    glued: bool = False # a bare numeral glued to its item's text (…。二党员冲锋在前)
    weak: bool = False  # out of its style's place, glued to a heading (…操作指南1.疫情监测): item 1 only
    quantity: bool = False  # its item opens with a number (`2、65周岁以上…`): it counts only inside a list
    flattened: bool = False  # one of a list flattened into one paragraph (segment.chains._flattened), which may skip a number


_LOOKBEHIND = {
    # every anchor admits the start of a line and a space before the marker
    "line": [],
    "clause": [f"(?<=[{CLAUSE_END}])"],
    "comma": [f"(?<=[{CLAUSE_END}{COMMA}])"],
    "count": [f"(?<=[{CLAUSE_END}])", "(?<=[条项点])", "(?<=措施|举措|如下)"],
    "any": None,        # no constraint the regex can express
}
_ANCHORS = ("line", "clause", "comma", "count", "any")


@lru_cache(maxsize=1)
def styles() -> tuple[Style, ...]:
    out = []
    for line in rule_lines("numbering.txt"):
        name, anchor, pattern = line.split(None, 2)
        first, _, rest = anchor.partition("/")
        rest = rest or first
        if first not in _ANCHORS or rest not in _ANCHORS:
            raise ValueError(f"numbering.txt: unknown anchor in {line!r}")
        out.append(Style(name, first, rest, pattern.strip()))
    return tuple(out)


# a section number padded to two digits (01 … 99), as a post numbers its parts
PADDED_1_99 = "(?<![0-9０-９.．])(?:0[1-9]|[1-9][0-9])(?![0-9０-９])"


def _first_char(pattern: str) -> str:
    """A class of the first character a style's pattern can start with ('' when unsure).

    A leading look-behind is passed over (the character after it is the first); a leading
    lookahead of one class is that class; a leading group of literal alternatives gives their
    first characters (`(?:措施|举措)` -> [举措])."""
    while pattern.startswith(("(?<=", "(?<!")):
        end = _group_end(pattern)
        if end < 0:
            return ""
        pattern = pattern[end:]
    for placeholder, chars in (("{ARABIC}", "[0-9０-９]"), ("{PADDED}", "[0-9]"), ("{HAN}", "[一二三四五六七八九十]"),
                               ("{CIRCLED}", CIRCLED_1_20), ("{KEYCAP}", f"[1-9{KEYCAP_TEN}]")):
        if pattern.startswith(placeholder):
            return chars
    if pattern.startswith("(?=[") and _group_end(pattern) == pattern.index("]") + 2:
        return pattern[3:pattern.index("]") + 1]
    alts = re.match(r"\(\?:([^()|\\\[\].*+?{}^$]+(?:\|[^()|\\\[\].*+?{}^$]+)*)\)(?![?*]|\{[0-9,])", pattern)
    if alts:
        return "[" + "".join(sorted({a[0] for a in alts.group(1).split("|")})) + "]"
    if pattern.startswith("[") and "]" in pattern:
        end = pattern.index("]") + 1
        return "" if re.match(r"[?*]|\{[0-9,]", pattern[end:end + 2]) else pattern[:end]
    if pattern[:1] and pattern[0] not in "\\()?*+.^$|{":
        return re.escape(pattern[0])
    return ""


def _group_end(pattern: str) -> int:
    """Where the group that opens the pattern ends (just past its `)`), -1 if it never closes."""
    return next((k + 1 for k, ch, depth in pattern_structure(pattern) if ch == ")" and depth == 0), -1)


@lru_cache(maxsize=1)
def _scanner() -> re.Pattern:
    parts = []
    for i, st in enumerate(styles()):
        body = (st.pattern.replace("{ARABIC}", f"(?P<n{i}>{ARABIC_1_99})")
                .replace("{HAN}", f"(?P<n{i}>{HAN_1_99})")
                .replace("{CIRCLED}", f"(?P<n{i}>{CIRCLED_1_20})")
                .replace("{SUB}", f"(?P<n{i}>{SUB_1_99})")
                .replace("{PADDED}", f"(?P<n{i}>{PADDED_1_99})")
                .replace("{LATIN}", f"(?P<n{i}>{LATIN_1_26})")
                .replace("{KEYCAP}", f"(?P<n{i}>{KEYCAP_1_10})(?:\ufe0f?\u20e3)?"))
        behinds = []
        for anchor in dict.fromkeys((st.first, st.rest)):   # (in a fixed order: the pattern is kept on disk by its text)
            lb = _LOOKBEHIND[anchor]
            if lb is None:
                behinds = None
                break
            behinds += lb
        if behinds is not None and (i in _weak_styles() or st.pattern.startswith(("[（(", "{CIRCLED}", "第"))):
            # item 1 glued to a heading (…操作指南1.疫情监测 / …实施方案一、方案目标 / …关怀措施2.1走访): a weak marker
            behinds.append("(?<=[\u4e00-\u9fff])(?=[0-9０-９一（(【〔［\\[" + CIRCLED_CHARS + "第])")
        if behinds is not None:
            behind = "(?:^|(?<=[ \t\u3000\n])|" + "|".join(behinds) + ")" if behinds else "(?:^|(?<=[ \t\u3000\n]))"
        else:
            behind = ""
        # test the marker's first character before the (slower) look-behinds, as a character the
        # alternative consumes and steps back over: the engine then passes over, in C, every style
        # whose first character is not the one here (a test inside a lookahead costs a call each)
        first = _first_char(st.pattern)
        parts.append(f"{first}(?<=(?=(?P<s{i}>{behind}{body}))[\\s\\S])" if first
                     else f"(?P<s{i}>{behind}{body})")
    # Two filters in front let the engine pass over every position where no style can
    # start (without them a 5 MB page costs seconds); they admit a superset of what the
    # styles accept. The engine skips ahead at C speed to a character class that opens
    # the pattern, but tries one inside a lookahead position by position. So the pattern
    # consumes a marker's first character, steps back over it with a look-behind and
    # matches the marker in a lookahead there: a match is one character long, and the
    # marker is the span of its group s<i> (see `find_markers`).
    han = "[一二三四五六七八九十]"
    gate = (f"(?=[（(【〔［\\[第其{CIRCLED_CHARS}{KEYCAP_TEN}]|[0-9０-９][0-9０-９]?[ \u3000]?[.．、)）]|[0-9]\ufe0f?\u20e3"
            f"|[0-9０-９][0-9０-９]?[ \u3000]?[・･·?？【\\[]|(?:^|(?<=[ \t\u3000]))[0-9０-９][0-9０-９]?[,\u4e00-\u9fff]"
            f"|(?:^|(?<=[ \t\u3000]))[0-9０-９][0-9０-９]?[ \u3000]+[\u4e00-\u9fff“\"《]|^(?:0[1-9]|[1-9][0-9])[ \u3000]*$"
            f"|(?<=[。；;！？!?：:])[ \u3000]*[0-9０-９][0-9０-９]?[ \u3000]*[\u4e00-\u9fff“\"《]"
            f"|[0-9０-９][0-9０-９]?要|{han}{{1,3}}[是要、]|(?:措施|举措)(?:{han}|[0-9０-９])"
            f"|(?:^|(?<=[^\u4e00-\u9fff])|(?<=[条项点施措下])){han})")
    first = f"[（(【〔［\\[第其措举{CIRCLED_CHARS}{KEYCAP_TEN}0-9０-９一二三四五六七八九十]"
    return compiled(first + "(?<=(?=" + gate + "(?:" + "|".join(parts) + "))[\\s\\S])", re.M)


@lru_cache(maxsize=1)
def _false_words() -> tuple[re.Pattern | None, int, frozenset[str]]:
    """One pattern of the false-marker words, their greatest length, and the classifier characters."""
    words: set[str] = set()
    classifiers: set[str] = set()
    for line in rule_lines("false_markers.txt"):
        if line.startswith("@classifiers"):
            classifiers.update(line.split(None, 1)[1].strip())
        elif any(ch in "一二三四五六七八九十" for ch in line):
            words.add(line.strip())
    if not words:
        return None, 0, frozenset(classifiers)
    ordered = longest_first(words)
    # a lookahead finds overlapping occurrences, so 一线 is seen inside 第一线
    pattern = compiled("(?=(" + "|".join(map(re.escape, ordered)) + "))")
    return pattern, len(ordered[0]), frozenset(classifiers)


def _context(text: str, pos: int) -> str:
    """What stands before `pos` on its line, skipping spaces: line, clause, comma, count or text."""
    j = pos - 1
    while j >= 0 and text[j] in " \t\u3000":
        j -= 1
    if j < 0 or text[j] == "\n":
        return "line"
    ch = text[j]
    if ch in CLAUSE_END or (ch in "）)" and j < pos - 1):
        # (a closing bracket and a space end a clause too: `…（每班可申请一人） 2、急救…`)
        return "clause"
    if ch in COMMA:
        return "comma"
    if _COUNT_BEFORE.search(text, max(0, j - 5), j + 1):
        return "count"
    return "text"


_ALLOWED = {
    "line": {"line"},
    "clause": {"line", "clause"},
    "comma": {"line", "clause", "comma"},
    "count": {"line", "clause", "count"},
    "any": {"line", "clause", "comma", "count", "text"},
}


@lru_cache(maxsize=1)
def _false_word_chars() -> frozenset[str]:
    chars: set[str] = set()
    for line in rule_lines("false_markers.txt"):
        if not line.startswith("@"):
            chars.update(line.strip())
    return frozenset(chars)


def _spells_false_word(text: str, num_start: int, num_end: int, m_start: int, m_end: int) -> bool:
    """True when the numeral belongs to a word of false_markers.txt that reaches outside the marker."""
    pattern, longest, _ = _false_words()
    if pattern is None:
        return False
    # a word that holds the numeral and reaches outside the marker holds the character just outside it
    chars = _false_word_chars()
    if (m_start == 0 or text[m_start - 1] not in chars) and text[m_end:m_end + 1] not in chars:
        return False
    # (the lookahead sees no further than the end given to finditer: let it see the longest word
    # that starts on the numeral, 一是一 after `。一是`)
    for m in pattern.finditer(text, max(0, num_start - longest + 1), min(len(text), num_end + longest - 1)):
        if m.start() >= num_end:
            break
        ws, we = m.start(), m.start() + len(m.group(1))
        if ws < num_end and we > num_start and (ws < m_start or we > m_end):
            return True
    return False


class _Jieba:
    """jieba as the judge of hard cases, within a per-document budget."""

    def __init__(self) -> None:
        self.left = JIEBA_BUDGET

    def stands_alone(self, text: str, num_start: int, num_end: int, check_left: bool) -> bool | None:
        """Does jieba cut the numeral out as its own word? None when the budget is spent."""
        if self.left <= 0:
            return None
        self.left -= 1
        lo = max(0, num_start - 4)
        hi = min(len(text), num_end + 4)
        cuts = lexicon.boundaries(text[lo:hi])
        if num_end - lo not in cuts:
            return False
        return not check_left or num_start - lo in cuts


_values: dict[str, int | None] = {}


def _value(numeral: str) -> int | None:
    n = _values.get(numeral, -1)
    if n == -1:
        n = _values[numeral] = to_int(numeral)
    return n


@lru_cache(maxsize=1)
def _scanner_groups() -> dict[str, tuple[Style, str, int]]:
    """Group s<i> of the scanner → (its style, the name of its numeral's group, i)."""
    return {f"s{i}": (st, f"n{i}", i) for i, st in enumerate(styles())}


@lru_cache(maxsize=1)
def _allowed_contexts() -> dict[tuple[int, bool], set[str]]:
    """(style index, is item 1) → the contexts its marker may stand in."""
    return {(i, first): _ALLOWED[st.first if first else st.rest]
            for i, st in enumerate(styles()) for first in (True, False)}


@lru_cache(maxsize=1)
def _weak_styles() -> frozenset[int]:
    """Styles whose item 1 may stand glued to a heading as a weak marker ([glued_styles] of
    rules/numbering_context.txt: 1.  一、  （一）), of those anchored at a line, a clause or a comma."""
    names = set(rule_sections("numbering_context.txt").get("glued_styles", ()))
    return frozenset(i for i, st in enumerate(styles())
                     if st.name in names and st.first in ("line", "clause", "comma"))


@lru_cache(maxsize=1)
def _run_only_styles() -> frozenset[int]:
    """Styles that count only inside a list flattened into one paragraph (named …(inline) in
    [flattened_styles] of rules/numbering_context.txt): the run decides whether a number is a quantity."""
    names = {n for line in rule_sections("numbering_context.txt").get("flattened_styles", ())
             for n in line.split() if n.endswith("(inline)")}
    return frozenset(i for i, st in enumerate(styles()) if st.name in names)


def find_markers(text: str) -> list[Marker]:
    """Every acceptable marker in the text, in order."""
    groups = _scanner_groups()
    allowed = _allowed_contexts()
    _, _, classifiers = _false_words()
    judge = _Jieba()
    size = len(text)
    out: list[Marker] = []
    taken = 0       # end of the last marker: the scanner's matches overlap, markers do not
    for m in _scanner().finditer(text):
        marker_group = m.lastgroup
        st, ngroup, i = groups[marker_group]
        start, stop = m.span(marker_group)
        if start < taken:
            continue
        taken = stop
        ns, ne = m.span(ngroup)
        number = _value(text[ns:ne])
        if not number:
            continue
        where = _context(text, start)
        weak = False
        if where not in allowed[i, number == 1]:
            # item 1 glued to a heading whose line break was lost (…操作指南1.疫情监测): kept as a
            # weak marker, which only opens a list that its items 2, 3… in their places go on
            # (its item opens with a word, not a stop: `如图1)。` refers to a figure)
            # A later item may stand so too, after a group heading glued to it (…氛围。加强四种保障5.加强
            #力量保障…): it then only goes on from its item before ([glued_styles])
            # Any style's item 1 may stand so after a heading that a marker of another style opens
            # (…三、实施步骤与操作指南（1）疫情监测…): prose does not number its words there.
            after = stop + (text[stop:stop + 1] in (" ", "\u3000"))   # (`第一条 疫情监测`)
            if not (where == "text"
                    and "\u4e00" <= text[start - 1] <= "\u9fff"
                    and after < size and ("\u4e00" <= text[after] <= "\u9fff" or text[after] in "“\"《")
                    and ((i in _weak_styles() and (number == 1 or glued_heading(text, start) >= 0))
                         or (number == 1 and out and out[-1].style != st.name
                             and glued_heading_between(text, out[-1].end, start)))):
                continue
            weak = True
        if _spells_false_word(text, ns, ne, start, stop):
            continue
        # a bare Chinese numeral is the marker (…。二党员冲锋在前); circled ones delimit themselves
        glued = ne == stop and text[ns] in "一二三四五六七八九十"
        if glued:
            if stop < size and text[stop] in classifiers:
                continue
            if town_opening(text[ns:ns + TOWN_NAME_REACH]):
                continue    # the numeral opens a town's name, its level written (三沙镇人民政府关于…, 五里乡)
            if not judge.stands_alone(text, ns, ne, check_left=where == "text"):
                continue
        elif (where == "text" and not weak and "\u4e00" <= text[start - 1] <= "\u9fff"
              and text[ns] in "一二三四五六七八九十"):
            # 一是 in running text (…四个特点一是…): the numeral must not end a word (统一是)
            if not judge.stands_alone(text, ns, ne, check_left=True):
                continue
        end = stop
        while end < size and text[end] in " \t\u3000":
            end += 1
        # (a digit after a Chinese numeral's marker opens its item's words, never a number with it:
        # `第一，65岁以上长者…`, `一、2024年起…`; nor after a circled one, a sign of its own: `③65岁以上…`)
        quantity = stop < size and text[stop] in _DIGITS and text[ns] not in "一二三四五六七八九十" \
            and _CIRCLED.match(text, ns) is None
        if quantity and i not in _run_only_styles() and (
                where != "line" or text[:start].rstrip()[-1:] not in _ENDS_SENTENCE):
            continue    # (`。10、20万元奖励`; `3.5万元至50万元…` on the line after `…每个给予`)
        out.append(Marker(start, end, number, st.name, text[start:stop].strip(), where == "line", glued, weak,
                          quantity))
    return out


GLUED_HEADING_MAX = 20     # a group heading glued to the marker after it, at most this long
GLUED_HEADING_MIN = 4      # … and at least this long (`数据2.资源` is a word and a number)
_PHRASE_END = frozenset("。；;！？!?：:\n")


def glued_heading(text: str, start: int) -> int:
    """Where a short phrase of words only starts that runs from a sentence's end to `start`: a
    heading glued to the marker after it on a page that lost its line breaks (`…氛围。加强四种保障5.加强
    力量保障`); -1 when there is none."""
    j = start - 1
    lo = max(0, start - GLUED_HEADING_MAX - 1)
    while j >= lo and text[j] not in _PHRASE_END:
        if not "\u4e00" <= text[j] <= "\u9fff":
            return -1
        j -= 1
    return j + 1 if (j < 0 or text[j] in _PHRASE_END) and start - j - 1 >= GLUED_HEADING_MIN else -1


def glued_heading_between(text: str, lo: int, hi: int) -> bool:
    """Only a short heading of words stands in [lo, hi): after a marker, before the next one."""
    return GLUED_HEADING_MIN <= hi - lo <= GLUED_HEADING_MAX and all(
        "\u4e00" <= c <= "\u9fff" for c in text[lo:hi])


TOWN_NAME_REACH = 12    # characters after a glued numeral read for the town name it may open
LEADING_REACH = 12   # characters of a line's start looked at for its marker


def leading_marker(line: str) -> Marker | None:
    """The marker a line opens with (`1.`, `（一）`, `一是`, `①`, `第一条`: the styles of
    rules/numbering.txt), or None: for the stages that ask whether a line is a list item."""
    return _leading_marker(line.lstrip()[:LEADING_REACH])


@lru_cache(maxsize=16384)   # a pure function of a short head; the same heads recur line after line, page after page
def _leading_marker(head: str) -> Marker | None:
    # (a line alone does not tell `1.80周岁以上…` from a wrapped `3.5万元…`: a quantity marker is none)
    return next((mk for mk in find_markers(head) if mk.start == 0 and not mk.quantity), None)
