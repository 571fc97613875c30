"""The paragraphs and clauses after a policy that are its measures when no intro opens them: a ；-list a
colon opens going on over the next lines, the headings of as many paragraphs as its count (政治上优待。…),
the clauses of the paragraphs after a set named by its kind only, and the clauses right after such a
set in its own sentence (颁布奖励要点，给予一线医护人员防疫津贴，并优先安排疗休养)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..charclass import HAN_RUN
from ..markers import leading_marker
from ..policy_terms import terms
from ..rules import compiled
from .after import _named_after, _urged_names
from .amounts import _after_standard
from .before import _besides
from .clauses import _clause_items
from .gate import MAX_CLAUSE, MIN_CLAUSE, _action_open, _drop_connectors
from .ordinals import _ORDINAL_CLAUSE
from .text import CLAUSE_TEXT, _split_at, _top_level
from .words import _follow_intro, _word_tuple, _words


def _colon_lines(text: str, start: int, hi: int) -> list[str]:
    """The measures of a ；-list that an intro with a colon opens in the policy's line and that goes
    on over the next lines, each ending with ；, the last with 。 (措施包括：A，…；\nB；C；\nD。), the
    line's end before the next policy (`hi`)."""
    lo = text.find("\n", start)
    lo = len(text) if lo < 0 else lo
    own = text[start:lo].rstrip()
    if lo > hi or not own.endswith(("；", ";", "：", ":")):
        return []
    if own.endswith(("：", ":")):
        # (the intro ends the policy's line, the items on the lines below: 关爱措施主要有这些：\nA；\nB。)
        if not _line_end_intro().search(own):
            return []
        chunk, at = [], lo
    else:
        im = None
        for cand in re.finditer(f"(?:{_follow_intro().pattern})[：:]", own):
            im = cand
        if im is None:
            return []
        chunk, at = [text[start + im.end():lo]], lo
    for _ in range(MAX_COLON_LINES):
        end = text.find("\n", at + 1)
        line = text[at:end if end >= 0 else len(text)].strip()
        if not line or not line.endswith(("；", ";", "。")):
            break
        if not chunk and leading_marker(line) is not None:
            return []       # (numbered lines below the intro: the measures themselves, segmented as such)
        chunk.append(line)
        if line.endswith("。") or end < 0:
            break
        at = end
    return _clause_items("".join(chunk)) if len(chunk) > 1 else []


@lru_cache(maxsize=1)
def _line_end_intro() -> re.Pattern:
    """An intro ending the policy's line with its colon, the list on the lines below: a list intro (措施
    主要有这些：, 主要内容如下：) or the noun of its points alone (要点：, rules/mentioned.txt [point_nouns])."""
    return compiled(f"(?:(?:{_follow_intro().pattern})(?:这些|这几条|以下几点)?|(?<![\u4e00-\u9fff]){_words('point_nouns')})[：:]$")


MAX_COLON_LINES = 20    # lines a ；-list opened by a colon may go on over
# a paragraph opening with a short heading of its own: 政治上优待。出台…
_HEADING = compiled(r"[ \t\u3000]*([\u4e00-\u9fff]{2,8})[。：:]")
MAX_HEADED = 10         # counts whose measures may be the headings of as many paragraphs


def _headed_paragraphs(text: str, lo: int, count: int) -> list[str]:
    """The headings of the `count` paragraphs after a counted policy's paragraph when each opens
    with one (运用“三项机制”… / 政治上优待。… / 精神上鼓励。… / 物资上保障。…)."""
    out = []
    at = text.find("\n", lo)
    while at >= 0 and len(out) < count:
        h = _HEADING.match(text, at + 1)
        if h is None:
            return []
        out.append(h.group(1))
        at = text.find("\n", at + 1)
    return out if len(out) == count else []
MAX_CLAUSES = 20        # measures taken from the clauses after a set named by its kind


def measure_clauses(window: str) -> list[str]:
    """Clauses that state an action (做好工伤认定并落实待遇): without the connector they open with
    (此外，), not opening with a preposition (对…的人员, 按照每人每天…), within MIN/MAX_CLAUSE characters;
    none when the paragraphs number their items (一是…, 1.…: those are measures of their own)."""
    prepositions = tuple(terms().get("clause_prepositions", ()))
    out: list[str] = []
    for cm in CLAUSE_TEXT.finditer(window):
        c = cm.group().strip()
        if _ORDINAL_CLAUSE.match(c):
            return []
        c = _drop_connectors(c)
        if c.startswith(prepositions):
            c = _after_standard(c)
        if not MIN_CLAUSE <= len(c) <= MAX_CLAUSE or c.startswith(prepositions) or not HAN_RUN.match(c):
            continue
        if c not in out:
            out.append(c)
        if len(out) >= MAX_CLAUSES:
            break
    return out


# a verb of saying and a modal opening a clause a connector joins (还说要…, 并提出要…, 同时强调要…)
_SAID_MODAL = compiled(r"(?:说|提出|强调|明确)要(?=[\u4e00-\u9fff]{4})")


def kind_measures(sent: str, at: int) -> list[str]:
    """The measures a set named by its kind names after it: the list an intro opens (，内容包括：A；B),
    else the clause right after it (颁布奖励要点，给予一线医护人员防疫津贴) and the clauses a connector
    joins to it (，并优先安排疗休养; ，同时…)."""
    named = _named_after(sent, at, len(sent))
    if named:
        return _besides(sent, at) + named   # 出台关爱措施，内容包括：（一）A；（二）B: the list its intro opens
    urged = _urged_names(sent, at - 1, len(sent)) if at and sent[at - 1] in "，," else []
    if urged:
        return urged        # 下发通知，引导企业以岗留工、以薪留工: the lists of what it urges
    connectors = tuple(terms().get("clause_connectors", ()))
    out: list[str] = []
    for k, cm in enumerate(CLAUSE_TEXT.finditer(sent, at)):
        if k and (cm.start() != at + 1 or not cm.group().startswith(connectors)):
            break
        at = cm.end()
        if not cm.group().strip():
            break
        clause = cm.group().split("等")[0]
        if k:
            # (还说要保障…, 并提出要…: what the set says, joined by a connector, is no part of the measure)
            said = _SAID_MODAL.match(_drop_connectors(clause.strip()))
            clause = _drop_connectors(clause.strip())[said.end():] if said else clause
        # a clause that states a measure, not the size or reach of the set (总额达1375亿元, 惠及2万人)
        for x in measure_clauses(clause)[:1]:
            if x in out or x.startswith(_word_tuple("set_facts")):
                continue
            # 鼓励企业错峰放假、发放留岗红包: actions listed with 、 are measures each
            parts = [y.strip() for y in _split_at(x, _top_level(x, "、"))]
            if len(parts) >= 2 and all(_action_open().match(y) for y in parts[1:]) and min(map(len, parts)) >= MIN_CLAUSE:
                out += [y for y in parts if y not in out]
            else:
                out.append(x)
        if "等" in cm.group():
            break
    return _besides(sent, at) + [x for x in out if x not in _besides(sent, at)]
