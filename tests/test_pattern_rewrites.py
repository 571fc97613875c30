"""Patterns rewritten for speed match exactly what their plainer form matched.

A pattern that opens with a lookbehind, a group of words or a repeated class is tried by the regex
engine at every position of the text; one that opens with a character or a class is scanned for at
C speed. Some patterns were rewritten to open so (the lookbehind moved after the first character it
reads, the repeat's first character written out). Each row below keeps the plain form as the
meaning, and hypothesis checks that both find the same spans on strings of the characters that
matter to it. The package's pattern is checked, not a copy of it.

Others open with a lookahead of the characters their alternatives can start with; those are checked
to cover every alternative (below).
"""
from __future__ import annotations

import re
from re import _compiler, _parser
from re import _constants as C

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carepolicy_extract.boilerplate import line_kind
from carepolicy_extract import issuers
from carepolicy_extract.policies import dates, names
from carepolicy_extract.repair import lost, pinyin, remnants
from carepolicy_extract.rules import longest_first, rule_table


def _stacked_plain() -> str:
    """The stacked-punctuation pattern as it was first written: a lookahead for the first mark and a
    lookbehind for the Chinese text, then the stacks (。。 only when exactly doubled)."""
    table = {row[0]: row[1] for row in rule_table("repair_stacked_punctuation.tsv") if len(row) >= 2}
    alternatives = "|".join("(?<!。)。。(?!。)" if k == "。。" else re.escape(k) for k in longest_first(table))
    firsts = "".join(sorted({re.escape(k[0]) for k in table}))
    return rf"(?=[{firsts}])(?<=[{remnants._CJK}])(?:{alternatives})"


ROWS = [  # (name, plain pattern, the package's pattern, alphabet of the test strings)
    ("lost_zero_year", r"(?<![一二三四五六七八九〇○零?？])[一二][一二三四五六七八九〇○零?？]{3}(?=年)",
     lambda: lost._YEAR_WITH_LOST_ZERO, "一二三〇零?？年月\n x"),
    ("stacked_punctuation", _stacked_plain(), lambda: remnants._stacked()[0], ",，、。：；！？;中a\n "),
    ("tone_number_reading", r"[a-zü]{1,6}[1-5]", lambda: pinyin._LETTERS_TONE_NUMBER, "abgüq15 9中"),
    ("sentence_punct", r"[，。！？；、;!?]|(?<!\d),|,(?!\d)", lambda: line_kind._SENTENCE_PUNCT, "12,，。;!?a中 "),
]


def _opens_with_a_scan(rx: re.Pattern) -> bool:
    """The compiled pattern starts with a literal prefix or a character set the engine scans for."""
    code = _compiler._code(_parser.parse(rx.pattern, rx.flags), rx.flags)
    return code[0] == _compiler.INFO and bool(code[2] & (_compiler.SRE_INFO_PREFIX | _compiler.SRE_INFO_CHARSET))


@pytest.mark.parametrize("name, plain, package, alphabet", ROWS, ids=[r[0] for r in ROWS])
def test_rewrite_matches_as_the_plain_form(name, plain, package, alphabet):
    plain_rx, rx = re.compile(plain), package()
    assert rx.pattern != plain, "the rewrite is the plain form: nothing to check"
    assert _opens_with_a_scan(rx), f"{name}: the rewrite lost its scan"

    @settings(max_examples=400, deadline=None)
    @given(st.text(alphabet=alphabet, max_size=16))
    def same_spans(s: str) -> None:
        assert [(m.span(), m.group()) for m in rx.finditer(s)] == [(m.span(), m.group()) for m in plain_rx.finditer(s)]
    same_spans()


# ---------------------------------------------------------------- a lookahead of first characters
# Some patterns open with a lookahead of the characters their alternatives can start with
# (`(?=[…])(?:A|B|…)`): most positions then fail on one class test instead of on each alternative in
# turn. The class is written by hand, so an alternative added later that opens with another character
# would silently never match: each row is checked to cover every alternative's first characters.

def _first_items(items) -> list | None:
    """The (op, av) items a parsed sequence's first character is one of, or None when it may be any."""
    out: list = []
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue                                # zero-width: what follows gives the first character
        if op is C.LITERAL:
            return out + [(op, av)]
        if op is C.IN:
            return out + list(av)
        if op is C.BRANCH:
            for alt in av[1]:
                inner = _first_items(alt.data)
                if inner is None:
                    return None
                out += inner
            return out
        if op in (C.SUBPATTERN, C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            sub = av[3] if op is C.SUBPATTERN else av[2]
            inner = _first_items(sub.data)
            if inner is None:
                return None
            out += inner
            if (sub.getwidth()[0] if op is C.SUBPATTERN else av[0]) > 0:
                return out
            continue                                # (may match nothing: what follows may start it)
        return None                                 # any character, a backreference…
    return out


def _uncovered(pattern: str) -> list:
    """The first-character items of `(?=[CLASS])(?:A|B|…)`'s alternatives that CLASS does not hold."""
    parsed = _parser.parse(pattern)
    (op, av), rest = parsed.data[0], parsed.data[1:]
    assert op is C.ASSERT and av[0] == 1 and len(av[1].data) == 1 and av[1].data[0][0] is C.IN
    lits, ranges, cats = set(), [], set()
    for o, a in av[1].data[0][1]:
        (lits.add(a) if o is C.LITERAL else ranges.append(a) if o is C.RANGE else cats.add(a))

    def covered(o, a) -> bool:
        if o is C.LITERAL:
            return (a in lits or any(lo <= a <= hi for lo, hi in ranges)
                    or C.CATEGORY_DIGIT in cats and chr(a).isdigit() or C.CATEGORY_SPACE in cats and chr(a).isspace())
        if o is C.RANGE:
            return all(covered(C.LITERAL, c) for c in range(a[0], a[1] + 1))
        return o is C.CATEGORY and a in cats
    items = _first_items(rest)
    assert items is not None, "an alternative may open with any character"
    return [(o, a) for o, a in items if not covered(o, a)]


LOOKAHEAD_ROWS = [  # (name, the package's pattern)
    ("title_chrome", lambda: names._TITLE_CHROME),
    ("aspect_count", lambda: names._ASPECT_COUNT),
    ("name_tail", lambda: names._NAME_TAIL),
    ("dateline", lambda: dates._DATELINE),
    ("body_end", lambda: issuers._end_re()),
]


@pytest.mark.parametrize("name, package", LOOKAHEAD_ROWS, ids=[r[0] for r in LOOKAHEAD_ROWS])
def test_lookahead_covers_every_alternative(name, package):
    assert _uncovered(package().pattern) == []


def test_lookahead_guard_finds_a_missing_character():
    pattern = names._TITLE_CHROME.pattern
    assert _uncovered(pattern.replace("一图", "图", 1)) == [(C.LITERAL, ord("一"))]
