"""Patterns rewritten for speed match exactly what their plainer form matched.

A pattern that opens with a lookbehind, a group of words or a repeated class is tried by the regex
engine at every position of the text; one that opens with a character or a class is scanned for at
C speed. Some patterns were rewritten to open so (the lookbehind moved after the first character it
reads, the repeat's first character written out). Each row below keeps the plain form as the
meaning, and hypothesis checks that both find the same spans on strings of the characters that
matter to it. The package's pattern is checked, not a copy of it.
"""
from __future__ import annotations

import re
from re import _compiler, _parser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carepolicy_extract.boilerplate import line_kind
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
