"""The measures named right before a count in the policy's own sentence (出台“A”“B”等11条措施, 推出A、B、
C三项举措, 包括A、B在内的十条, 从A、B等8个方面提出22项), the one a 除了…外 opening the sentence names
besides them, and the names after the count in the shape of those before it (享受优先就读A、优先就读B等八项
政策，优先录取C)."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..numerals import COUNT_NUMBER
from ..policy_terms import term_re
from ..rules import compiled
from .gate import MAX_MENTIONED, _not_a_measure
from .items import _mentioned
from .text import BRACKETED_TAIL, _ONLY_QUOTED, _split_at, _top_level
from .words import _ASPECTS, _frame_intro_before, _words, _words_set


@lru_cache(maxsize=1)
def _close_before() -> re.Pattern:
    """What closes the measures named right before a count: “A”“B”等11条, A、B等8个方面提出22项,
    包括A、B在内的十条."""
    verbs = term_re("issue_verbs").pattern + "|" + term_re("list_intros").pattern
    ends = _words("frame_ends")
    return compiled(f"(?:等{_words('kind_modifiers')}?(?:{_ASPECTS}{ends}?[，,]?)?(?:{verbs})?了?"
                      f"|(?:{COUNT_NUMBER})个?方面{ends}?[，,]?(?:{verbs})?了?"
                      f"|等?(?:措施|举措|内容|政策)?在内的)[“「\"\\s]*$")


# a verb of providing that opens a clause of names a count closes (提供A、B及C三项协助)
_PROVIDING = compiled(r"(?:提供|给予|推出|实施|实行)了?")


def mentioned_before(sent: str, at: int) -> list[str]:
    """The measures named right before a count (see _named_before), and the one a 除了…外 opening
    the sentence names besides them (none when nothing is named before the count: the names after
    it, read next, take it then)."""
    named = _named_before(sent, at)
    return _besides(sent, at) + named if named else []


def _named_before(sent: str, at: int) -> list[str]:
    """The measures named right before a count: …出台“A”“B”等11条措施, 提出A、B等8条, 主要有A、B、C三项,
    包括A、B在内的十条, 从A、B等8个方面提出22项: after the issuing verb or the word that opens them."""
    close = _close_before().search(sent, 0, at)
    j = close.start() if close else at
    aspects = bool(close and "方面" in close.group())
    intro = None
    for im in term_re("list_intros").finditer(sent, 0, j):
        intro = im
    if aspects:
        for im in _frame_intro_before().finditer(sent, 0, j):
            if im.group() in _words_set("loose_frame_intros") and (intro is not None and intro.group() == im.group()
                                                              or not _top_level(sent[im.end():j], "、")):
                continue    # 在: the first one a list follows (在提高在岗职工待遇、…等方面: not the second)
            if intro is None or im.start() >= intro.end():
                intro = im
    verb = None
    for vm in term_re("issue_verbs", "了?").finditer(sent, 0, j):
        verb = vm
    if close is None and intro is None:
        # 推出A、B、C三项举措: three names or more (or quoted ones) right after the verb, the count
        # closing them; 出台十条措施 / 出台支持医务人员十条措施: nothing named before the count; 出台支持
        # A、B、C发展的十条措施: the words before 的 say what the set is for
        chunk = sent[verb.end():j] if verb else ""
        if not verb or _top_level(chunk, "，,"):
            # (… or after a verb of providing that opens the count's own clause: 启动「某方案」，提供A、B及C
            # 三项协助)
            clause = sent[max(sent.rfind("，", 0, j), sent.rfind(",", 0, j)) + 1:j]
            pm = _PROVIDING.match(clause)
            chunk = clause[pm.end():] if pm else chunk
        enum = _top_level(chunk, "、")
        if not (len(enum) >= 2 or (enum and re.search("和|以及|及", chunk[enum[-1]:]))
                or _ONLY_QUOTED.fullmatch(chunk)) or _top_level(chunk, "，,") \
                or chunk.endswith("的"):
            return []
        # the count closes the list as a frame noun does: short names are names (送清凉、送健康和送关爱三项)
        return _mentioned(chunk, "end", framed=True)
    cands = [m.end() for m in (intro, verb) if m is not None and m.end() <= j]
    lo = max(cands) if cands else max(0, j - 80)
    return _mentioned(sent[lo:j], "end", commas=intro is not None and intro.end() == lo, framed=aspects)




def parallel_after(sent: str, at: int, before: list[str]) -> list[str]:
    """Names that go on after a count in the shape of those before it (享受优先就读A、优先就读B等八项政策,
    优先录取C，优先提供D): comma parts opening with the two characters the names before share."""
    heads = Counter(x[:2] for x in before)
    head, n = heads.most_common(1)[0]
    if n < 2 or not sent.startswith(("，", ","), at):
        return []
    out = []
    for part in _split_at(sent[at + 1:], _top_level(sent[at + 1:], "，,")):
        part = BRACKETED_TAIL.sub("", part.strip().rstrip("。；;"))
        if not part.startswith(head) or len(part) > MAX_MENTIONED:
            break
        out.append(part)
    return out


# a sentence opening with a measure named besides what follows: 除了A外，…还出台…; 除A之外，…
_BESIDES = compiled(r"[，,\s]*除了?(?!了)(?P<x>[^，,。；;“”]{4,30}?)(?:之外|以外|外)[，,]")


def _besides(sent: str, at: int) -> list[str]:
    m = _BESIDES.match(sent)
    if m is None or m.end() > at or _not_a_measure(m.group("x"), False):
        return []
    return [m.group("x")]
