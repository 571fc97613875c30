"""Lists that markers pair or that aspects frame: the correlative shapes 既有A，也有B / 比如A，还有B in
the policy's sentence; a sentence that is a discourse opener and a ；-list (其中，对A给予…；对B给予…); and
a sentence that goes through the aspects the set's own sentence named (在减轻负担方面，…；在待遇方面，…).
(一是…二是… are read in `ordinals`.)"""
from __future__ import annotations

import re
from functools import lru_cache

from ..policy_terms import terms
from ..rules import compiled, longest_first
from .clauses import _frame_clause_items
from .gate import (
    MAX_CLAUSE_MENTIONED, MIN_CLAUSE, _action_open, _drop_connectors, _not_a_measure, _preposed_action,
)
from .items import _mentioned
from .text import _SENTENCE_STOP, _split_at, _top_level
from .voice import _voiced_clause
from .words import _opener_re, _subject_policy, _word_tuple, _words


@lru_cache(maxsize=1)
def _paired_words() -> tuple[str, ...]:
    """The first markers of paired clauses: 既有, 比如 (not 如 alone: 如期, 如何)."""
    return tuple(w for w in _word_tuple("correlative_firsts") + _word_tuple("example_words") if len(w) >= 2)


def _opened_pairs(sent: str, own_end: int | None) -> list[str]:
    """Paired clauses of a later sentence that a discourse opener or the policy as its subject opens
    (具体来看，一方面加大A，另一方面扩大B / 措施一方面…，另一方面…): see `_paired_clauses`."""
    om = _opener_re().match(sent)
    at = om.end() if om else own_end
    if at is None:
        sm = _subject_policy().match(sent)
        at = sm.end() if sm else None
    return [] if at is None else _paired_clauses(sent, at, len(sent))


@lru_cache(maxsize=1)
def _paired_word_re() -> re.Pattern:
    return compiled("|".join(map(re.escape, _paired_words())))


@lru_cache(maxsize=1)
def _paired_re() -> re.Pattern:
    """The first marker of a list of clauses that markers pair (既有A，也有B / 比如A，还有B)."""
    words = "|".join(map(re.escape, longest_first(_paired_words())))
    return compiled(f"(?:^|(?<=[，,：:]))(?:{words})[，,：:]?")


def _paired_clauses(sent: str, at: int, stop: int) -> list[str]:
    """The measures of clauses a pair of markers opens in the policy's sentence or one the policy
    opens as subject (此次出台的十条措施，既有发放补贴的“真金白银”，也有开通绿色通道的暖心服务 / …，比如每年
    一次免费体检，还有高温天气每月300元防暑降温费): the clause after the first marker and each next
    clause a later marker opens (也有/又有/还有/再如), two at least; an item that is an action describing
    a kind (发放补贴的“真金白银”) is the action."""
    if not _paired_word_re().search(sent, at, stop):
        return []       # no marker is there (a cheap test before the pattern)
    cut = _SENTENCE_STOP.search(sent, at, stop)
    rest = sent[at:cut.start() if cut else stop]
    first = _paired_re().search(rest)
    if first is None:
        return []
    parts = _split_at(rest[first.end():], _top_level(rest[first.end():], "，,；;"))
    items = [parts[0].strip()]
    for p in parts[1:]:
        p = p.strip()
        nxt = next((w for w in _word_tuple("correlative_nexts") if p.startswith(w)), None)
        if nxt is None:
            break
        items.append(p[len(nxt):].lstrip("，,：: "))
    if len(items) < 2:
        return []
    out = []
    for x in items:
        modal = _paired_modal().match(x)
        if modal and (_action_open().match(x, modal.end()) or _preposed_action(x[modal.end():])):
            x = x[modal.end():]     # 首先要提高A → 提高A: the modal the sequence word carries
        kind = _DESCRIBED_KIND.search(x)
        if kind and _action_open().match(x):
            x = x[:kind.start()]    # 发放一次性生活补贴的“真金白银” → 发放一次性生活补贴
        if _not_a_measure(x, True, longest=MAX_CLAUSE_MENTIONED):
            return []
        out.append(x)
    return out


@lru_cache(maxsize=1)
def _paired_modal() -> re.Pattern:
    """A modal opening an item of paired clauses (首先要…, 其次将…)."""
    return compiled(_words("voice_modals"))


# the kind an action describes with 的 at the end of an item (…的“真金白银”, …的暖心服务)
_DESCRIBED_KIND = compiled(r"的(?:[“「][^“”「」]{1,8}[”」]|[\u4e00-\u9fff]{1,6})$")


OPENER_CLAUSE_SENTENCES = 2    # sentences after the policy's where 其中，A；B；C may list its measures


def _opener_clauses(sent: str) -> list[str]:
    """The measures of a sentence that is a discourse opener and a ；-list (其中，对A给予…；对B给予…；
    具体而言，在待遇方面，…；在保障方面，…): each item opens with an action, a preposition before one or
    the aspect it belongs to; two at least."""
    semi = "；" in sent or ";" in sent
    if not semi and "对" not in sent:
        return []
    sent = sent.strip()
    op = _opener_re().match(sent)
    if op is None or not op.group().endswith(("，", ",")):
        return []
    if not semi:
        # 其中，对A给予…，对B给予…，对C提供…: commas split the list when every clause says whom it is
        # for and its action (three at least: two may be one measure and its condition)
        rest = sent[op.end():].rstrip("。！!")
        parts = [x.strip() for x in _split_at(rest, _top_level(rest, "，,"))]
        if len(parts) >= MIN_COMMA_CLAUSES and all(x.startswith("对") and _preposed_action(x)
                                                   and len(x) <= MAX_CLAUSE_MENTIONED for x in parts):
            return parts
        return []
    return _frame_clause_items(sent[op.end():])


MIN_COMMA_CLAUSES = 3


_ASPECT_SUBJECT = compiled(r"[\u4e00-\u9fff]{1,6}?(?:还将|将|明确|要)")
ASPECT_REACH = 60      # characters before a set's mention where its sentence may name its aspects


@lru_cache(maxsize=1)
def _aspect_open() -> re.Pattern:
    """A later ；-segment opening with one of the set's aspects (在减轻负担方面，/ 在就业上，/ 一方面，),
    then perhaps the set's words (措施明确，/ 举措提出，)."""
    return compiled(f"(?:{_opener_re().pattern})?(?:在(?P<a>[^，,；;。]{{1,10}}?)(?:方面|上)|另?一方面)[，,]"
                      f"(?:[\u4e00-\u9fff]{{0,4}}?{_words('say_verbs')}[，,：:])?")


SEGMENT_INTRO_AT = 6     # characters before a list intro that opens an aspect's segment (措施包括, 政策主要有)


@lru_cache(maxsize=1)
def _segment_intro() -> re.Pattern:
    """An intro that opens a list of names (policy_terms' [list_intros]: 包括, 主要有), not one that is a
    verb of saying ([say_verbs]: 明确了, 提出; 明确，A，B are clauses, read as such)."""
    says = _word_tuple("say_verbs")
    words = longest_first((w for w in terms()["list_intros"] if not w.startswith(says)))
    return compiled("(?:" + "|".join(map(re.escape, words)) + ")[：:]?")


@lru_cache(maxsize=1)
def _list_closer() -> re.Pattern:
    """What closes such a list: 等 and the kind of its names ([intro_nouns], [frame_nouns]: 等措施, 等方面)."""
    return compiled(f"等等?(?:{_words('intro_nouns')}|{_words('frame_nouns')}|服务)?$")


def _aspect_paragraphs(sent: str, named: str) -> tuple[list[str], list[str]]:
    """The measures of a sentence that goes through a set's aspects (在减轻负担方面，措施明确，A，B；C。
    在待遇方面，将…，并为…; 在金融支持方面，济南将扩大…): the action clauses of each aspect's segment (a
    short subject before the action left out), or the names its list intro opens (在待遇保障方面，措施包括
    A、B等), and the aspects named. Only when the set's own sentence (`named`)
    named those aspects first (从减轻负担、待遇保障等方面 / 涉及医疗、交通等方面), or when every ；-segment
    of the sentence opens with its aspect: else ([], [])."""
    if "在" not in sent and "方面" not in sent:
        return [], []
    segs = [x.strip() for x in re.split("[；;]", sent.strip().rstrip("。"))]
    am = _aspect_open().match(segs[0])
    # (or, unnamed before, when every segment of the sentence opens with its aspect, two at least: 在待遇上，
    # A，B；在发展上，C，D；在生活上，E，F)
    unnamed = len(segs) >= 2 and all(_aspect_open().match(x) for x in segs)
    if am is None or (am.group("a") or "方面") not in named and not unnamed:
        return [], []
    items, aspects = [], []
    for seg in segs:
        am = _aspect_open().match(seg)
        if am:
            if am.group("a") and am.group("a") not in named and not unnamed:
                return [], []
            aspects.append(am.group("a") or "")
            seg = seg[am.end():]
        im = _segment_intro().search(seg, 0, SEGMENT_INTRO_AT + 1)
        if im is not None and im.start() <= SEGMENT_INTRO_AT and "、" in seg[im.end():]:
            # the segment lists the aspect's measures after an intro (在待遇保障方面，措施包括A、B、C等)
            listed = _mentioned(_list_closer().sub("", seg[im.end():].rstrip()), "start", closed=True)
            items += [x for x in listed if x not in items]
        for c in (x.strip() for x in _split_at(seg, _top_level(seg, "，,"))):
            c = _drop_connectors(c)
            sub = _ASPECT_SUBJECT.match(c)      # 济南将扩大…: the place or body that acts is no part
            if sub and (_action_open().match(c, sub.end()) or _preposed_action(c[sub.end():])):
                c = c[sub.end():]
            if MIN_CLAUSE <= len(c) <= MAX_CLAUSE_MENTIONED and (_action_open().match(c) or _preposed_action(c)) \
                    and not _not_a_measure(c, True, longest=MAX_CLAUSE_MENTIONED):
                items.append(c)
            elif (v := _voiced_clause(c)) is not None and v not in items:
                items.append(v)     # (a clause a policy's voice reads as a measure: 按学校艰苦边远程度实行差别化
                                    # 生活补助, 每年为乡村教师免费体检一次)
    return items, [a for a in aspects if a]
