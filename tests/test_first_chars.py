"""rules.first_chars: the characters a rule's match can start with, the pre-test line_rules runs
before searching a line with the unanchored boilerplate rules. A wrong set would silently drop a
rule, so each answer is checked against what the regular expression itself matches."""
import re
from pathlib import Path

import pytest

from carepolicy_extract.boilerplate.line_rules import _alternatives
from carepolicy_extract.rules import first_chars, required_chars, rule_table

SPACES = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())

CASES = [   # pattern, expected (None: not known)
    ("(免费)?预览已结束", {"免", "预"}),                      # an optional word: what follows may start
    ("^[(（]?本文", {"(", "（", "本"}),
    ("^\\s*(点赞|在看)", SPACES | {"点", "在"}),
    ("(?:你的|您的)\\s*[Cc]ookie|[Cc]ookie(?=.*同意)", {"你", "您", "C", "c"}),
    ("(?=.{0,30}$)版权所有", {"版"}),                          # a look-ahead takes no character
    ("[a-c]{0,2}x", {"a", "b", "c", "x"}),
    ("\\u3000+第", {"\u3000"}),
    ("\\[打印\\]", {"["}),
    (".{0,10}为准", None),                                   # any character
    ("\\d+条评论", None),                                    # a digit of any script
    ("[\\u4e00-\\u9fff]{2}客户端", None),                     # a Han block: too wide to help
    ("[^。]{0,8}关注", None),                                 # a negated class
    ("(本文)?", None),                                       # may match nothing
    ("(?i)end", None),                                       # flags
]


@pytest.mark.parametrize("pattern,expected", CASES)
def test_first_chars(pattern, expected):
    assert first_chars(pattern) == (None if expected is None else frozenset(expected))


def _lines() -> list[str]:
    table = Path(__file__).with_name("boilerplate_cases.tsv").read_text(encoding="utf-8").splitlines()
    return [row.split("\t")[1] for row in table if row and not row.startswith("#") and "\t" in row]


def _rule_alternatives():
    """Every top-level alternative of every boilerplate rule."""
    for row in rule_table("boilerplate.txt"):
        if len(row) >= 2 and row[1]:
            yield from _alternatives(row[1])


def _rules_with(derive, anchored: bool = True) -> list[tuple[str, re.Pattern, frozenset[str]]]:
    """(alternative, its pattern, its set) for every rule alternative whose set `derive` knows (the
    pattern without its leading ^ when not `anchored`); more than a hundred of them."""
    out = [(alt, re.compile(alt if anchored else alt.lstrip("^")), known)
           for alt in _rule_alternatives() if (known := derive(alt)) is not None]
    assert len(out) > 100
    return out


def test_every_boilerplate_rule_starts_where_its_first_chars_say():
    """On the case table's lines, every match of a rule at any position starts with one of the
    characters first_chars gives it (or the rule has none known)."""
    lines = _lines()
    for alt, rx, first in _rules_with(first_chars, anchored=False):
        for line in lines:
            for p in range(len(line)):
                m = rx.match(line, p)
                assert not m or (m.end() > p and line[p] in first), (alt, line, p)


REQUIRED = [   # pattern, expected (None: not known)
    (".*(记者|通讯员)\\s*\\S+", {"记", "通"}),                # the smallest set an item that must be there gives
    ("^(?=.*(上一页|下一页))(共\\s*\\d+\\s*页)?首页", {"首"}),
    ("^(?=.*(上一页|下一页)).*$", {"上", "下"}),                 # what a look-ahead asks for is in the line too
    ("^\\d+\\s*(#|楼)$", {"#", "楼"}),
    ("^.{2,60}第\\s*\\d+\\s*页$|^第\\d+张$", {"第"}),
    ("^.*[^。]{3}$", None),
    ("^(?!.*广告).*$", None),                                  # a negative look-ahead asks for nothing
]


@pytest.mark.parametrize("pattern,expected", REQUIRED)
def test_required_chars(pattern, expected):
    assert required_chars(pattern) == (None if expected is None else frozenset(expected))


def test_every_boilerplate_rule_match_holds_its_required_chars():
    lines = _lines()
    for alt, rx, need in _rules_with(required_chars):
        for line in lines:
            if rx.search(line):
                assert not need.isdisjoint(line), (alt, line)


def test_the_gated_cut_search_finds_what_the_whole_alternation_finds():
    """(session 36) cut rules are searched at a line's edges with only the alternatives whose
    required characters the window holds: on every case line, the same windows hit as with all of them."""
    from carepolicy_extract.boilerplate.line_rules import CUT_EDGE, _cut_hit, _cut_rules
    _, rx = _cut_rules()
    for line in _lines():
        windows = [(0, len(line))] if len(line) <= 2 * CUT_EDGE else [(0, CUT_EDGE), (len(line) - CUT_EDGE, len(line))]
        for lo, hi in windows:
            assert _cut_hit(line, lo, hi) == (rx.search(line, lo, hi) is not None), (line, lo, hi)
