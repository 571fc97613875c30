"""What of a Q&A page is the text besides the best answer: the question's description above its
head (an `answer_head` rule), which the core alone would drop. The other answers below it are the
page's, like a news page's comments: their head (其他回答（3）) starts the footer (a `tail` rule).
"""
from __future__ import annotations

from .line_rules import _action_rules
from .line_kind import BODY, JUNK, _ENDS_A_TEXT, _squeeze

QUESTION_LOOKBACK = 6    # lines above the best answer's head searched for the question's description
ANSWERS_HEAD_MAX = 20    # the head of the best answer is this short


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

