"""Which later sentences speak for a policy and what they name: the sentence the policy opens as its
subject (意见明确：…, 《若干措施》提出，…), one opening with a list intro (具体包括：…), a list and nothing else
(A、B、C……), a list subject (其中，A、B等举措…), examples (，如获赠A、B等), quoted names a short subject
puts in force (市里推出“A”“B”等服务), the policy as a frame's subject (意见从A、B等方面…), a sentence
before the policy's that it refers back to (上述措施出自《…》), and the former/the latter of two policies
named together (前者…；后者…); the reach in sentences and characters they are read over."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from ..policy_terms import term_re, terms
from ..rules import compiled
from .after import _intro_after, _named_after, _with_details, mentioned_after
from .clauses import _action_list
from .gate import MAX_CLAUSE_MENTIONED, MIN_CLAUSE, _action_open, _not_a_measure, _preposed_action
from .items import _mentioned
from .text import _FOLLOW_SENTENCE, _ONLY_QUOTED, _QUOTED_ITEM, _SENTENCE_STOP, _closers, _outside_quotes, _top_level
from .words import _follow_intro, _frame_intro, _opener_re, _subject_policy, _word_tuple, _words


FOLLOW_REACH = 500       # characters after a policy's sentence where its measures may be named
FOLLOW_SENTENCES = 6     # ... in at most this many sentences
# a later sentence lists the policy's measures when its intro opens it, its first short clause or a
# clause (包括A；B / 政治上关爱，主要体现在A，B / 工作上支持主要体现在，C、D / 其中24项…，包括A、B),
# not when it is inside a clause about something else
FOLLOW_INTRO_AT = 8
_NOT_INTRO_BEFORE = ("在", "也", "还", "都")     # 在包括…之后, 也包含了…: a clause about something else


ISSUED_SUBJECT = 6      # characters of who puts names in force at a later sentence's start (市里推出…)


def _issued_sentence(sent: str) -> list[str]:
    """The quoted names a sentence soon after the policy's puts in force with an issuing verb after a
    short subject (市里推出“一对一联系”“家庭医生签约”等服务): two at least, closed by 等."""
    if "“" not in sent and "「" not in sent:
        return []
    vm = term_re("issue_verbs", "了?").search(sent, 0, ISSUED_SUBJECT + 4)
    if vm is None or not re.fullmatch(r"\s*[\u4e00-\u9fff]{0,%d}?(?:还|也|则)?" % ISSUED_SUBJECT, sent[:vm.start()]):
        return []
    deng = _closers(sent[vm.end():])
    chunk = sent[vm.end():vm.end() + deng[0]] if deng else ""
    if not _ONLY_QUOTED.fullmatch(chunk) or len(_QUOTED_ITEM.findall(chunk)) < 2:
        return []
    return _with_details(_mentioned(chunk, "start", closed=True), sent, vm.end() + len(chunk), len(sent))


MIN_BARE_LIST = 3       # names of a sentence that is a list and nothing else
_LIST_END = compiled(r"(?:等等|等|…+|\.{3,})?[。！!]?$")


@lru_cache(maxsize=1)
def _kind_subject_re() -> re.Pattern:
    """A sentence whose subject is a list of the policy's measures closed by 等 and their kind, after
    a discourse opener or none (其中，A、B、C等举措备受关注 / 此外，A、B等政策也将…)."""
    return compiled(f"(?:{_words('discourse_openers')}[，,]?)?(?P<list>[^，,：:；;]{{4,120}}?)"
                      f"等(?:{_words('intro_nouns')}|服务)")


def _kind_subject(sent: str) -> list[str]:
    if "等" not in sent or "、" not in sent:
        return []       # (a cheap test first: the pattern needs 等 and a 、-list)
    m = _kind_subject_re().match(sent.lstrip())
    if m is None or not _top_level(m.group("list"), "、"):
        return []
    return _mentioned(m.group("list"), "start")


@lru_cache(maxsize=1)
def _example_re() -> re.Pattern:
    """A clause that gives examples of the policy's measures: ，如获赠A、B等 / ，比如A、B / ，例如A、B;
    a verb of receiving right after the word is no part of the names (如获赠A → A, as after 享受)."""
    return compiled(f"[，,]{_words('example_words')}(?:{_words('receive_verbs')})?(?P<list>[^，,。；;！？!?]+)")


def _example_list(sent: str) -> list[str]:
    if "、" not in sent or not any(w in sent for w in _word_tuple("example_words")):
        return []       # a list of examples needs its word and a 、 (a cheap test first)
    for m in _example_re().finditer(sent):
        if not _outside_quotes(sent, m.start()):
            continue
        chunk = m.group("list")
        deng = _closers(chunk)
        chunk = chunk[:deng[0]] if deng else chunk
        if _top_level(chunk, "、"):
            return _mentioned(chunk, "start")
    return []


# a sentence a document's article number or its own name opens (第二条 本办法…, 本通知所称…): no bare list
_FRAMED_OPENING = compiled(r"\s*(?:第[一二三四五六七八九十百0-9]{1,4}条\s*)?(?:本|该)(?:办法|通知|意见|方案|规定|细则|措施|条例)")


def _bare_list(sent: str) -> list[str]:
    """The names of a sentence that is only a list of them, closed by 等 / …… or not (送钱送流量、
    免费医疗、房租减半……): three names or more, no comma."""
    if sent.count("、") < MIN_BARE_LIST - 1 and "“" not in sent and "「" not in sent:
        return []       # neither enough 、 nor quotes (a cheap test first)
    chunk = sent.strip()
    dots = chunk.find("…")
    if dots > 0:
        chunk = chunk[:dots]        # 房租减免、贷款贴息……这些红包快收好: …… closes the list
    chunk = _LIST_END.sub("", chunk)
    if len(_top_level(chunk, "、")) < MIN_BARE_LIST - 1 and not _ONLY_QUOTED.fullmatch(chunk):
        return []
    if _top_level(chunk, "，,：:"):
        return []
    closed = dots > 0 or len(chunk) < len(sent.strip().rstrip("。！!"))     # …… or 等 closes it
    if _FRAMED_OPENING.match(chunk):
        return []       # 第二条 本办法适用于A、B、C: a sentence of a document's own, whom it applies to
    items = _mentioned(chunk, "start", framed=closed)
    first = _action_open().search(items[0]) if items else None
    if first and any(w in items[0][:first.start()] for w in terms()["required_modals"]):
        return []       # 各地要加强A、落实B、做好C: what others must do
    return items if len(items) >= MIN_BARE_LIST else []


@lru_cache(maxsize=1)
def _own_subject_re() -> re.Pattern:
    """A sentence opening with the policy as its subject and its words (意见明确：…, 《若干措施》提出，…,
    该方案还包括…): the policy's noun or a 《title》, then a say verb or a list intro."""
    # (the content of what the set does, named by its action: 慰问内容包括…, 帮扶内容主要有…)
    return compiled(f"(?:[\u4e00-\u9fff]{{2}}(?=内容))?(?:{_subject_policy().pattern})(?:{_RELATIVE}{_words('intro_nouns')}(?:主要|具体)?)?"
                      f"(?:{_follow_intro().pattern})")


# the policy's words as a relative clause before the measures it names (通知明确的政策包括, 《意见》提出
# 的支持措施主要有): a verb of a few characters, 的, a short kind of measure
_RELATIVE = "[\u4e00-\u9fff]{0,6}?的[\u4e00-\u9fff]{0,4}?"


def _own_frame(sent: str) -> list[str]:
    """The aspects a later sentence names with the policy as its subject (意见从A、B等方面提出要求,
    《方案》围绕A、B两个方面…): the frame's names, else []."""
    sent = sent.lstrip()
    op = _opener_re().match(sent)
    at = op.end() if op else 0
    sm = _subject_policy().match(sent, at)
    if not sm or not _frame_intro().match(sent, sm.end()):
        return []
    return _named_after(sent, sm.end(), len(sent))
# who reports the policy's words before it stands as the subject (县委组织部相关负责人介绍，措施还明确了…)
_REPORT_CUE = compiled("介绍|表示|说|指出")      # a cheap test before _REPORTED
_REPORTED = compiled(r"[”」]?(?:据)?[\u4e00-\u9fff]{2,20}?(?:介绍|表示|说明|说|指出)[，,：:]")


def _own_subject_end(sent: str) -> int | None:
    """Where the intro of a sentence the policy opens as its subject ends in `sent`, or None."""
    stripped = sent.lstrip()
    op = _opener_re().match(stripped) or (_REPORTED.match(stripped) if _REPORT_CUE.search(stripped, 0, 24) else None)
    m = _own_subject_re().match(stripped, op.end() if op else 0)
    return len(sent) - len(stripped) + m.end() if m else None


# what the policy as subject demands, a modal before it (《通知》还强调要落实容错纠错机制，…)
_DEMAND = compiled(r"(?:强调|要求|提出|明确)(?:要|需要|须|必须)")


def _demanded(sent: str) -> list[str]:
    """The one action a later sentence says the policy demands, the policy its subject (此外，《通知》还
    强调要落实容错纠错机制，…): the clause after the demand and its modal, else []."""
    stripped = sent.lstrip()
    op = _opener_re().match(stripped)
    sm = _subject_policy().match(stripped, op.end() if op else 0)
    dm = _DEMAND.match(stripped, sm.end()) if sm else None
    if dm is None:
        return []
    clause = re.split("[，,。；;！!？?]", stripped[dm.end():], maxsplit=1)[0].strip()
    ok = MIN_CLAUSE <= len(clause) <= MAX_CLAUSE_MENTIONED and (_action_open().match(clause) or _preposed_action(clause))
    return [clause] if ok and not _not_a_measure(clause, True, longest=MAX_CLAUSE_MENTIONED) else []


def _opens_intro(sent: str) -> bool:
    """A sentence opening with a list intro and nothing before it (具体包括：A，B，C): the subject is
    the policy just named."""
    sent = sent.lstrip()
    op = _opener_re().match(sent)
    m = _follow_intro().match(sent, op.end() if op else 0)
    return m is not None and sent.startswith(("：", ":", "，", ","), m.end())


@lru_cache(maxsize=1)
def _back_reference() -> re.Pattern:
    return compiled(_words("back_references"))


def _named_before_back(text: str, start: int) -> list[str]:
    """The names of the sentence before a policy's sentence when that one refers back to them (…可享受
    A、B、C等暖心政策。这是市人社局印发的《通知》中明确的。/ 上述措施出自《…》): the list an intro
    opens there, or its action list."""
    s0 = max(text.rfind(c, 0, start) for c in "。！？!?\n") + 1
    if not _back_reference().match(text, s0) or s0 < 2:
        return []
    e = s0 - 1
    while e > 0 and text[e - 1] in "。！？!?\n \u3000":
        e -= 1
    p0 = max(text.rfind(c, 0, e) for c in "。！？!?\n") + 1
    prev = text[p0:e]
    for im in _follow_intro().finditer(prev):
        if _intro_after().match(prev, im.start()):
            items = mentioned_after(prev, im.start(), len(prev))
            if items:
                return items
    return _action_list(prev)


PAIR_SENTENCES = 2     # sentences after two policies named together where 前者…/后者… may speak of them


@lru_cache(maxsize=1)
def _pair_ref_re() -> re.Pattern:
    return compiled("|".join(map(re.escape, _word_tuple("former_words") + _word_tuple("latter_words"))))


def _former_latter(mentions: list, text: str) -> set[int]:
    """Measures the sentences after two policies named in one sentence give them by referring to them
    as the former and the latter (同时出台《A》和《B》。前者提出X、Y；后者提出Z): each clause opening with
    a former/latter word names the measures of that policy. The starts of the sentences read."""
    consumed: set[int] = set()
    former, latter = _word_tuple("former_words"), _word_tuple("latter_words")
    if len(mentions) < 2 or not _pair_ref_re().search(text):
        return consumed
    ordered = sorted((m for m in mentions if not m.cited), key=lambda m: m.start)
    for i, (a, b) in enumerate(zip(ordered, ordered[1:])):
        end = _SENTENCE_STOP.search(text, b.start)
        if end is None or _SENTENCE_STOP.search(text, a.start, b.start) \
                or (i + 2 < len(ordered) and ordered[i + 2].start < end.start()):
            continue    # not two policies of one sentence and only two
        for sm in islice(_FOLLOW_SENTENCE.finditer(text, end.end()), PAIR_SENTENCES):
            sent = sm.group().strip()
            if not sent.startswith(former + latter):
                break
            for part in re.split("[；;]", sent):
                part = part.strip()
                w = next((w for w in former + latter if part.startswith(w)), None)
                if w is None:
                    continue
                target = a if w in former else b
                target.mentioned += [x for x in mentioned_after(part, len(w), len(part)) if x not in target.mentioned]
            consumed.add(sm.start())
    return consumed
