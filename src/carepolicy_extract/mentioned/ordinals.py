"""Ordinals that open the items of a list in running text (一是A，二是B / （一）A；（二）B / 1.A，2.B /
①A；②B, and 一是A二是B with no stop before them): which marks count 1, 2, 3… in order, and the names
they open (the first clause after each)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..numerals import to_int
from ..rules import compiled
from .gate import MAX_CLAUSE_MENTIONED, _not_a_measure, no_measure_named
from .text import _outside_quotes
from .words import _word_tuple, _words


@lru_cache(maxsize=1)
def _ordinal_first_chars() -> frozenset[str]:
    """The characters the words between a policy and its ordinals, or the ordinals, may open with: a
    cheap test before the patterns (要 of 要点, 一 of 一是, ① , 1, （, white space)."""
    words = _word_tuple("intro_nouns") + ("主要", "具体", "政策")
    return frozenset(w[0] for w in words) | frozenset("一第其①②③④⑤⑥⑦⑧⑨⑩0123456789（( \t\u3000")


# an ordinal that opens a name of a list in running text: 一是…，二是…; （一）…；（二）… / （1）…；（2）…;
# 1.… 2.…; ①…②…; and (group e, its comma with it) 第一，…第二，… / 其一，…其二，… / …：一、…；二、…
_ORDINAL_AT = compiled(r"(?:^|(?<=[，,；;：:\s]))(?:(?P<a>[一二三四五六七八九十]{1,2})是|[（(](?P<b>[一二三四五六七八九十0-9]{1,2})[）)]"
                         r"|(?P<c>[0-9]{1,2})[.．、](?![0-9])|(?P<d>[①-⑳])"
                         r"|[第其](?P<e>[一二三四五六七八九十]{1,2})[，,、：:]|(?P<f>[一二三四五六七八九十]{1,2})、)")
# the same ordinals with no stop before them (一是…二是… of a summary, ①…②… of a post)
_ORDINAL_UNSTOPPED = compiled(r"(?P<a>[一二三四五六七八九十]{1,2})是|(?P<d>[①-⑳])|(?P<b>(?!))|(?P<c>(?!))"
                                r"|(?P<e>(?!))|(?P<f>(?!))")
# what may stand between a policy and the ordinals that open its measures: a comma, a kind of measure
# with a colon or white space (《…》要点 1.…, 《…》主要内容：①…), not a topic of its own (有三个特点：一是…)
@lru_cache(maxsize=1)
def _ordinal_lead() -> re.Pattern:
    return compiled(f"[，,]?(?:(?:主要|具体|政策)?{_words('intro_nouns')}(?:如下)?(?=[：: \t\u3000])[：:]?)?[ \t\u3000]*")
ORDINAL_OPENER = 8      # characters of a sentence before its first ordinal (具体来看，一是…)


def _ordinal_number(m: re.Match) -> int | None:
    if m.group("d"):
        return ord(m.group("d")) - ord("①") + 1
    return int(m.group("c")) if m.group("c") else to_int(m.group("a") or m.group("b") or m.group("e") or m.group("f"))


def _ordinal_name(item: str) -> str:
    """The name an ordinal's item gives: its first clause, or, when that is only whom the item binds
    (三是对服务时长累计达到100小时的志愿者，颁发荣誉证书), that clause with the next as a ；-item keeps them
    (the measure's clause alone when both are too long for a name)."""
    clauses = re.split("[，,；;。]", item, maxsplit=2)
    first = clauses[0].strip()
    if len(clauses) < 2 or not no_measure_named(first) or not clauses[1].strip():
        return first
    both = f"{first}，{clauses[1].strip()}"
    return both if len(both) <= MAX_CLAUSE_MENTIONED else clauses[1].strip()


def _ordinal_items(rest: str) -> list[str]:
    """The names of a list whose items its ordinals open (一是A，每人每天…，二是B，三是C → A, B, C):
    the first clause after each, the ordinals counting 一, 二, 三… in order, two at least."""
    marks = [m for m in _ORDINAL_AT.finditer(rest) if _outside_quotes(rest, m.start())]
    if len(marks) < 2 or [_ordinal_number(m) for m in marks] != list(range(1, len(marks) + 1)):
        # 一是A二是B三是C / ①A②B: ordinals with no stop before them, when they open the text and count
        # 1, 2, 3… (three of 一是, two of the circled numbers that are nothing else)
        if not _ORDINAL_UNSTOPPED.match(rest):
            return []
        marks = [m for m in _ORDINAL_UNSTOPPED.finditer(rest) if _outside_quotes(rest, m.start())]
        if len(marks) < (2 if all(m.group("d") for m in marks) else 3) \
                or [_ordinal_number(m) for m in marks] != list(range(1, len(marks) + 1)):
            return []
    bounds = [m.end() for m in marks]
    ends = [m.start() for m in marks[1:]] + [len(rest)]
    items = [_ordinal_name(rest[a:b]) for a, b in zip(bounds, ends)]
    if any(_not_a_measure(x.replace("，", ""), True, longest=MAX_CLAUSE_MENTIONED) for x in items):
        return []       # (a clause an ordinal opens is a name up to MAX_CLAUSE_MENTIONED, as a ；-item is)
    return items
# what opens one clause of a list its ordinals number (一是, （二）, 3., ③, 其一，)
CLAUSE_ORDINAL = (r"(?:[一二三四五六七八九十]+是|[（(]?[0-9一二三四五六七八九十]+[）)、.．]|[①-⑳]"
                  r"|[第其][一二三四五六七八九十]{1,2}[，,、：:])")
_ORDINAL_CLAUSE = compiled("^" + CLAUSE_ORDINAL)
