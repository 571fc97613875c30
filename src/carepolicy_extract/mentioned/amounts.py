"""Amounts: the clauses that each give an amount (提供每小时补贴158元，每人每月最高补贴80小时), the short
sentences after a counted policy that each state a provision with a number (城乡低保标准提高至每人每月800元。),
and the standard a clause opens with before its action (按照每人每天150元|发放临时性工作补助)."""
from __future__ import annotations

import re

from .gate import MAX_CLAUSE_MENTIONED, MAX_MENTIONED, MIN_CLAUSE, _DONE, _action_open, _not_a_measure
from .text import CLAUSE_STOP, _FOLLOW_SENTENCE, _split_at, _top_level
from .words import _word_tuple
from ..rules import compiled


# an amount a programme gives: 每小时补贴158元, 最高80小时, 一次性资助7500元, 补贴薪资40%
_AMOUNT = compiled(r"[0-9０-９]+(?:\.[0-9]+)?[万千百亿]?(?:港?元|新台币|美元|小时|天|个月|%|％|人次)")


def _amount_clauses(sent: str, at: int, stop: int) -> list[str]:
    """The measures of a programme named in quotes (Taiwan, Hong Kong: 「安心即时上工计划」，提供每小时补贴
    158元，每人每月最高补贴80小时，协助…): the clauses after it that each give an amount, from the first
    on, two at least; the giving verb they share (提供, 给予) left out of the first; the clauses after
    them (what the programme is for) no part of the list."""
    if sent[at - 1:at] not in ("」", "”") or not sent.startswith(("，", ","), at):
        return []
    cut = CLAUSE_STOP.search(sent, at + 1, stop)
    rest = sent[at + 1:cut.start() if cut else stop]
    items: list[str] = []
    for c in (x.strip() for x in _split_at(rest, _top_level(rest, "，,"))):
        if not _AMOUNT.search(c) or len(c) > MAX_MENTIONED or _DONE.search(c):
            break       # (已发放补贴3亿元: a result reported, no measure)
        items.append(c)
    if len(items) < 2:
        return []
    give = _word_tuple("give_verbs")
    first = items[0]
    if first.startswith(give):
        items[0] = first[next(len(w) for w in give if first.startswith(w)):]
    return [x for x in items if not _not_a_measure(x, True)]


def _amount_sentence(sent: str) -> list[str]:
    """The measures of the sentence right after a programme named in quotes when it is clauses that each
    give an amount and nothing else (“防疫抗疫基金”第二轮措施。合资格的商户可获一次性资助20万元，持牌小贩
    可获一次性资助1万元。): each clause, two at least."""
    body = sent.strip().rstrip("。！!")
    clauses = [x.strip() for x in _split_at(body, _top_level(body, "，,；;"))]
    if len(clauses) < 2 or not all(_AMOUNT.search(c) and MIN_CLAUSE <= len(c) <= MAX_MENTIONED
                                   and not _DONE.search(c) for c in clauses):
        return []
    return [c for c in clauses if not _not_a_measure(c, True)]


MIN_PROVISION_SENTENCES = 2


def _provision_sentences(text: str, lo: int, hi: int, count: int) -> list[str]:
    """The measures of the sentences right after a counted policy's when each is one short clause
    stating a concrete provision (出台…五项措施。城乡低保标准提高至每人每月800元。特困人员…提高至
    每人每月1040元。): an action and an amount, no comma, not a fact done (已发放…); two at least, up
    to the count."""
    out: list[str] = []
    for sm in _FOLLOW_SENTENCE.finditer(text, lo, hi):
        x = sm.group().strip()
        if len(out) >= count or not MIN_CLAUSE <= len(x) <= MAX_CLAUSE_MENTIONED or _top_level(x, "，,；;：:") \
                or not re.search(r"[0-9０-９]", x) or _DONE.search(x) or not _action_open().search(x):
            break
        out.append(x)
        if text[sm.end():sm.end() + 1] != "。":
            break       # the paragraph's or the text's end, or a question
    return out if len(out) >= MIN_PROVISION_SENTENCES else []


# the rate or standard a clause opens with before its action: 按照每人每天150元 / 按每月500元标准
_STANDARD = compiled(r"按(?:照)?[^，,。；;]{0,12}?(?:[0-9０-９]+(?:\.[0-9]+)?[万千百]?元"
                       r"(?:[—\-~～至到?？][0-9０-９]+(?:\.[0-9]+)?[万千百]?元)?|标准|规定)(?:的?标准)?")


def _after_standard(c: str) -> str:
    """A clause opening with the standard it applies (按照每人每天150元发放临时性工作补助) names the
    action after it (发放临时性工作补助); any other clause is returned as it is."""
    m = _STANDARD.match(c)
    if m and _action_open().match(c, m.end()):
        return c[m.end():]
    return c
