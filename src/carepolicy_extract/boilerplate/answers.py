"""What of a Q&A page is the text besides the best answer: the question's description above its
head (an `answer_head` rule) and the other answers below (an `answers` rule), which the core alone
would drop.
"""
from __future__ import annotations

from .line_rules import _action_rules
from .line_kind import BODY, JUNK, _ENDS_A_TEXT, _squeeze

QUESTION_LOOKBACK = 6    # lines above the best answer's head searched for the question's description


def _keep_the_question(lines: list[str], kinds: list[str], judged: list[tuple[str, str | None]], keep: list[bool],
                       lo: int, title_key: str) -> None:
    """A Q&A page's question is the text's with its answer: between the question (the page's
    headline) and the best answer's head (an `answer_head` rule: 最佳答案, 满意回答) above the kept
    text, the lines that say or ask something (running text, or a line ending its sentence or
    question) are kept (`我们公司有30个人，能申请多少？`); the asker's name and date lines and the
    counters between are chrome by their rules. The walk stops at the headline, at chrome
    that no rule names (a menu) and at a bare phrase."""
    head_rx = _action_rules("answer_head")
    if head_rx is None:
        return
    head = next((i for i in range(lo - 1, -1, -1) if len(lines[i]) <= ANSWERS_HEAD_MAX and head_rx.match(lines[i])), None)
    if head is None:
        return
    for j in range(head - 1, max(head - 1 - QUESTION_LOOKBACK, -1), -1):
        line = lines[j]
        if not line:
            continue
        if _squeeze(line) == title_key:
            return
        kind, action = judged[j]
        if action is not None:
            continue
        if kinds[j] == JUNK or not (kind == BODY or _ENDS_A_TEXT.search(line)):
            return
        keep[j] = True


ANSWERS_HEAD_MAX = 20    # the head of the other answers is this short


def _keep_other_answers(lines: list[str], judged: list[tuple[str, str | None]], keep: list[bool], hi: int) -> None:
    """A Q&A page's other answers are the text's like the best one: below the kept text, under
    the head of the other answers (an `answers` rule: `其他回答（3）`, `其他1条回答`), every line that
    ends its sentence and that no rule names is kept (an answer is written in sentences; a
    reader's aside under it, `同问，我也在东莞`, rarely ends one), up to the related questions
    (`answers_end`) or a footer (`tail`). The answerers' name and date lines, their tools and the
    asker's follow-ups (追问) stay out by their rules; a forum's replies have no such head."""
    head_rx, end_rx = _action_rules("answers"), _action_rules("answers_end")
    if head_rx is None:
        return
    head = next((i for i in range(hi + 1, len(lines)) if len(lines[i]) <= ANSWERS_HEAD_MAX and head_rx.match(lines[i])), None)
    if head is None:
        return
    for i in range(head + 1, len(lines)):
        line = lines[i]
        kind, action = judged[i]
        if action in ("tail", "legal") or end_rx is not None and len(line) <= ANSWERS_HEAD_MAX and end_rx.match(line):
            break
        if action is None and kind != JUNK and _ENDS_A_TEXT.search(line):
            keep[i] = True
