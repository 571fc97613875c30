"""The entry (`follow_mentioned`): where each policy's reach in the text starts (after its sentence or
line) and ends (the next policy named, not one only cited as what the set carries out; FOLLOW_REACH
characters), and which reader takes each sentence in it, in turn; a cited policy's measures named in a
later sentence whose subject is that policy by its level (国家通知要求，…)."""
from __future__ import annotations

import copy
import re
from functools import lru_cache

from ..numerals import COUNT_NUMBER
from ..policy_terms import terms
from ..rules import compiled
from .after import _details_after, _intro_after, lone_action_after, mentioned_after, set_out_by
from .amounts import _amount_sentence, _provision_sentences
from .clauses import ACTION_LIST_SENTENCES, _action_list, _clause_items, _one_action
from .correlative import ASPECT_REACH, OPENER_CLAUSE_SENTENCES, _aspect_paragraphs, _opened_pairs, _opener_clauses
from .gate import (
    LEFT_ORDINAL, MAX_CLAUSE_MENTIONED, _action_open, _adverb, _not_a_measure, _preposed_action, no_measure_named,
)
from .ordinals import ORDINAL_OPENER, _ORDINAL_AT, _ordinal_items, _ordinal_number
from .paragraphs import MAX_HEADED, _colon_lines, _headed_paragraphs, measure_clauses
from .sentences import (
    FOLLOW_INTRO_AT, FOLLOW_REACH, FOLLOW_SENTENCES, _NOT_INTRO_BEFORE, _REPORT_CUE, _REPORTED, _bare_list,
    _demanded, _example_list, _former_latter, _issued_sentence, _kind_subject, _named_before_back, _opens_intro,
    _own_frame, _own_subject_end,
)
from .text import CLAUSE_STOP, _FOLLOW_SENTENCE
from .voice import BASIS_REACH, _BASIS_BEFORE, acting_clauses, action_tail, voiced_clauses
from .words import _follow_intro, _word_tuple, _words


MIN_SUFFIX_NAME = 4     # characters of a found name that a voiced clause ending with it repeats with whom it is for
PART_REACH = 14         # characters before a policy named as one part of the set before it (其中规模最大的「…」)
# a policy a sentence names as one part of the set named before it (第二轮基金…。其中规模最大的「保就业计划」
# …, 当中最受关注的是…计划): the set's reach goes on over it
_PART_OF_SET = compiled(r"(?:^|[。！？!?\n])[ \u3000]*(?:其中|当中)[^。！？!?\n，,]{0,12}$")
CITED_REACH = 300       # characters after a cited policy where a sentence may speak of it by its level
# what an intro may count before the colon that opens its names (具体包括6项税收优惠政策：A；B；C)
_COUNTED_BEFORE_COLON = compiled(COUNT_NUMBER + r"(?:项|条|个|类|种|大)[^，,。；;：:]{0,12}[：:]")


@lru_cache(maxsize=1)
def _cited_subject() -> re.Pattern:
    """A later sentence's subject that is a policy the page cites, by the level it came from and its kind
    noun (为贯彻落实《关于…的通知》，省里出台十五条措施。…国家通知要求，从A、B等方面…)."""
    return compiled(f"[”」]?(?:{_words('cited_levels')})的?(?={_words('subject_nouns')})")


def _cited_later(m, text: str) -> None:
    """The measures of a policy cited as what a local set carries out, named in a later sentence whose
    subject is that policy by its level and kind (国家通知要求，…): read as if the policy were named
    right before that sentence, its kind noun the subject; the local set's measures are no part of it."""
    kind = next((w for w in _word_tuple("subject_nouns") if (m.title or "").endswith(w)), None)
    if kind is None:
        return
    end = CLAUSE_STOP.search(text, m.start)
    lo = end.end() if end else len(text)
    for k, sm in enumerate(_FOLLOW_SENTENCE.finditer(text, lo, min(len(text), lo + CITED_REACH))):
        if k >= FOLLOW_SENTENCES:
            break
        sent = sm.group().lstrip()
        sub = _cited_subject().match(sent)
        if sub is None or not sent.startswith(kind, sub.end()):
            continue
        probe = copy.copy(m)
        probe.cited, probe.mentioned, probe.start = False, [], 0
        head = f"《{m.title}》。"
        follow_mentioned([probe], head + sent[sub.end():])
        m.mentioned += [x for x in probe.mentioned if x not in m.mentioned]
        return


def _acts_next(text: str, lo: int) -> bool:
    """The sentence at `lo`, in the same paragraph, opens with an action (开辟就医绿色通道，…) or one
    whom it is for names first (对参与防控的社区工作者发放…; 为一线人员购买…)."""
    c = text[lo:lo + 60].lstrip()
    return bool(c) and (_action_open().match(c) is not None or _preposed_action(c))


def follow_mentioned(mentions: list, text: str) -> None:
    """Every policy's measures named in prose: the readers after each policy (`_follow_one`), then the
    items no reader may keep whatever found them (gate.no_measure_named: 卫福部表示, 对受伤的志愿者)."""
    _follow_all(mentions, text)
    _parts_named(mentions, text)
    for m in mentions:
        if m.mentioned:
            items = [LEFT_ORDINAL.sub("", x) for x in m.mentioned]
            m.mentioned = [x for k, x in enumerate(items) if not no_measure_named(x) and x not in items[:k]]


def _part_of_set(m, text: str) -> bool:
    """The mention is of a programme or fund a sentence names as one part of the set before it (其中规模
    最大的「保就业计划」): a name ending with one of policy_terms.txt [programme_nouns] but 方案 (a
    document's kind as often as a programme's; 其中《…实施办法》明确… is a text of its own)."""
    ends = tuple(w for w in terms().get("programme_nouns", ()) if w != "方案")
    return (m.title or "").endswith(ends) and _PART_OF_SET.search(text, max(0, m.start - PART_REACH), m.start) is not None


def _parts_named(mentions: list, text: str) -> None:
    """A programme a sentence names as one part of the set named before it is one of that set's measures
    (第二轮防疫抗疫基金…。其中规模最大的「保就业计划」涉及约810亿元 → 保就业计划)."""
    for m in mentions:
        if not _part_of_set(m, text):
            continue
        before = [p for p in mentions if p.start < m.start and not p.cited and p.title != m.title]
        host = max(before, key=lambda p: p.start, default=None)
        if host is not None and m.start - host.start <= FOLLOW_REACH and m.title not in host.mentioned:
            host.mentioned.append(m.title)


AGAIN_HEAD = 6      # characters before a policy's name again at its sentence's head (此外，《通知》还明确…)


@lru_cache(maxsize=1)
def _kind_subject_head() -> re.Pattern:
    """A sentence opening with a policy called by its kind as the subject of its words (通知同时要求，/
    此外，该意见还明确，/《办法》规定): the kind noun is group 1."""
    return compiled(f"(?:{_words('discourse_openers')}[，,]?)?(?:该|这一?|此)?《?({_words('subject_nouns')})》?"
                    f"(?:中|里)?(?:还|也|同时|并|进一步|特别)?{_words('voice_verbs')}")


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(c, 0, at) for c in "。！？!?\n") + 1


def _again_at(m, at: int):
    """A copy of the policy `m` named again at `at`, reading from there with no measures yet."""
    probe = copy.copy(m)
    probe.start, probe.again, probe.mentioned = at, True, []
    return probe


def _named_again(mentions: list, text: str) -> list[tuple]:
    """A policy named again at the head of a later sentence, past another policy named between
    (印发《A》（以下简称《通知》）…。这份《通知》是对《B》的具体落实。《通知》明确了C、D等措施): (the policy, a
    copy of it starting there) for each such sentence, so that the sentence and those after it are its
    reach, not the other policy's. By its title, the short form the page gave it, its quoted alias, or
    the kind its title ends with as the subject of its words (下发《…的通知》…。通知依据…《…办法》，…。
    通知同时要求，…)."""
    again: list[tuple] = []
    ordered = sorted((m for m in mentions if not m.cited), key=lambda x: x.start)
    for sm in _FOLLOW_SENTENCE.finditer(text):
        head = _kind_subject_head().match(text, sm.start() + len(sm.group()) - len(sm.group().lstrip()))
        if head is None:
            continue
        before = [m for m in ordered if m.start < sm.start()]
        owner = next((m for m in reversed(before) if m.title and m.title.endswith(head.group(1))), None)
        if owner is not None and owner is not before[-1]:
            again.append((owner, _again_at(owner, head.start())))
    for m in mentions:
        if m.cited or not (m.title or m.called or m.alias):
            continue
        names = [f"《{x}》" for x in (m.title, m.called) if x] + [f"{q}{m.alias}{e}" for q, e in ("“”", "「」") if m.alias]
        first = CLAUSE_STOP.search(text, m.start)
        lo = first.end() if first else len(text)
        for name in names:
            for at in (k.start() + lo for k in re.finditer(re.escape(name), text[lo:])):
                if at - _sentence_start(text, at) <= AGAIN_HEAD \
                        and any(m.start < x.start < at and not x.cited for x in mentions) \
                        and not any(abs(p.start - at) <= AGAIN_HEAD for _, p in again):
                    again.append((m, _again_at(m, at)))
    return again


def _follow_all(mentions: list, text: str) -> None:
    """Measures a policy's next sentences name (指引涵盖…。包括A；B；C。 / 政治上关爱，主要体现在A，B等10个
    方面。工作上支持主要体现在，C、D等9个方面): the lists a list intro opens, up to the next policy;
    from each sentence that names a policy again at its head too (_named_again)."""
    again = _named_again(mentions, text) if len(mentions) > 1 else []
    _follow_from(mentions + [p for _, p in again], text)
    for m, probe in again:
        m.mentioned += [x for x in probe.mentioned if x not in m.mentioned]


def _follow_from(mentions: list, text: str) -> None:
    intro = _intro_after()
    opens = _follow_intro()
    # where a policy's reach ends: the next policy named, but not one only cited as what the set carries
    # out (该措施是落实国务院《…》和省《…》的具体举措: the set's measures go on after it)
    every_start = sorted(m.start for m in mentions)
    starts = sorted(m.start for m in mentions if (not m.cited or _BASIS_BEFORE.search(
        text, max(0, m.start - BASIS_REACH), m.start)) and not _part_of_set(m, text))
    consumed = _former_latter(mentions, text) if len(mentions) > 1 else set()
    for m in mentions:
        at = text.find(m.title + "》", m.start, m.start + len(m.title) + 2) if m.title else -1
        if at >= 0:
            # what the sentence says the document set out (落实《…》确定的A、B等政策), cited or not
            m.mentioned += [x for x in set_out_by(text, at + len(m.title)) if x not in m.mentioned]
        if m.cited and not _BASIS_BEFORE.search(text, max(0, m.start - BASIS_REACH), m.start):
            _cited_later(m, text)
            continue
        end = CLAUSE_STOP.search(text, m.start)
        line_end = text.find("\n", m.start)
        lo = min(x for x in (end.end() if end else len(text), line_end if line_end >= 0 else len(text)))
        if m.again:     # (named again at its sentence's head: that sentence is read too)
            lo = _sentence_start(text, m.start)
        hi = min([lo + FOLLOW_REACH, len(text)] + [x for x in starts if x > m.start])
        if m.cited:
            # a policy a sentence opens with as its basis (按照《实施细则》，对…实行…): its voice follows, up
            # to the next policy (根据《通知》，市里出台了十条措施，…: the local set's, not the basis's)
            m.mentioned += [x for x in voiced_clauses(text, m.start, hi) if x not in m.mentioned]
            continue
        if not m.mentioned and (m.count or m.kind) and not m.again:
            # examples the set's own sentence gives after it (出台了留杭过年十项措施，比如A、B、C等)
            m.mentioned = _example_list(text[m.start:lo])
        # (a ；-list a colon opens in the policy's line goes on over the next lines even when the names
        # of its first line are read already: 措施包括：A，…；\nB；\nC。)
        found: list[str] = _colon_lines(text, m.start, hi)
        named = text[max(0, m.start - ASPECT_REACH):lo]     # the set's sentence, for the aspects it names
        quoted = text[max(0, m.start - 1):m.start + 1].strip() in ("「", "“") or text.startswith(("「", "“"), m.start)
        serial: list[str] = []      # names of ordinals that open sentences one after another
        for k, sm in enumerate(_FOLLOW_SENTENCE.finditer(text, lo, hi)):
            if k >= FOLLOW_SENTENCES:
                break
            if consumed and sm.start() in consumed:
                continue        # 前者…；后者…: read for the pair of policies it refers to
            sent = sm.group()
            if ("方面" in sent or "上，" in sent) and ("方面" in named or "在" in sent[:12]):
                aspect_items, aspects = _aspect_paragraphs(sent, named + "|" + "|".join(m.mentioned + found))
                if aspect_items:
                    # (the aspects named first stay: writers differ, and the real pages' goldens list
                    # a set's aspects when they are actions; nouns like 医疗 are no names already)
                    found += [x for x in aspect_items if x not in found + m.mentioned]
                    continue
            issued = _issued_sentence(sent)
            if issued and not any(sm.start() <= x <= sm.end() for x in every_start):
                # (not a sentence that names another policy: 长沙市出台“A”“B”等9项举措 is that set's)      # 市里推出“A”“B”等服务: what the set puts in force, read also after its names
                found += [x for x in issued if x not in found + m.mentioned]
                continue
            demanded = _demanded(sent)
            if demanded:        # 《通知》还强调要落实容错纠错机制: what the policy as subject demands
                found += [x for x in demanded if x not in found + m.mentioned]
                continue
            own_end = _own_subject_end(sent)
            if (m.mentioned or m.again) and not (own_end is not None or _opens_intro(sent)):
                continue        # named already: only a sentence the policy opens as its subject adds
            framed = _own_frame(sent)
            if framed:          # 意见从A、B等方面提出具体要求: the policy as subject of a frame
                found += [x for x in framed if x not in found]
                continue
            im, own = None, own_end is not None
            # (after who reports the policy's words the intro may open the rest: 劳动部说明，本次措施包括…)
            rep = _REPORTED.match(sent) if _REPORT_CUE.search(sent, 0, 24) else None
            base = rep.end() if rep else 0
            for cand in opens.finditer(sent):
                if cand.start() - base <= FOLLOW_INTRO_AT and (sent[cand.start() - 1:cand.start()] not in _NOT_INTRO_BEFORE
                                                        or own) \
                        or sent[cand.start() - 1:cand.start()] in "，," or cand.end() == own_end:
                    im = cand
                break
            if im is None:
                # an intro deep in a sentence about something else (也包含了…, 在包括A、B等项目签订之后)
                # opens no list of the policy's measures; a sentence that is a list and nothing else
                # does (送钱送流量、免费医疗、房租减半……)
                # … or whose ordinals open it after a discourse opener (具体来看，一是A，二是B), not
                # after a topic of its own (存在的问题：一是…, 有三个特点：一是…)
                first = _ORDINAL_AT.search(sent, 0, ORDINAL_OPENER + 1)
                if first and sent[:first.start()].rstrip().endswith(("：", ":")):
                    continue
                items = _ordinal_items(sent[first.start():]) if first else (
                    _bare_list(sent) or _kind_subject(sent) or _example_list(sent)
                    or (_action_list(sent) if k < ACTION_LIST_SENTENCES else [])
                    or (_opener_clauses(sent) if k < OPENER_CLAUSE_SENTENCES else [])
                    or (_opened_pairs(sent, own_end) if k < OPENER_CLAUSE_SENTENCES else [])
                    or (_amount_sentence(sent) if k == 0 and quoted else []))
                if first and not items and (first.group("a") or first.group("e")) and _ordinal_number(first) == len(serial) + 1 \
                        and (serial or k == 0):
                    # one 一是 a sentence from the sentence after the policy's on (一是A，…。二是B。三是C。):
                    # the first clause of each (not numbered paragraphs: measures of their own; not the
                    # 一是… of a later topic: 实施17年来…发挥了作用。一是…)
                    x = re.split("[，,；;：:]", sent[first.end():], maxsplit=1)[0].strip()
                    serial.append(x)
                found += [x for x in items if x not in found]
                continue
            rest = sent[im.end():].lstrip("：:，, ")
            counted = _COUNTED_BEFORE_COLON.match(rest)
            if counted:
                rest = rest[counted.end():]
            if not rest.strip() and sent.rstrip().endswith(("：", ":")):
                # the intro ends its line with a colon (主要内容：\n A；B；C。): the names are the next line's
                nm = _FOLLOW_SENTENCE.search(text, sm.end(), hi)
                rest = nm.group().strip() if nm and "\n" in text[sm.end():nm.start()] else rest
            items = _clause_items(rest, counted=counted is not None) if ("；" in rest or ";" in rest) else []
            if not items:
                im2 = intro.match(sent, im.start())
                items = mentioned_after(sent, im.start(), len(sent)) if im2 else []
            if not items and own:
                items = _one_action(rest)     # 此外，政策还明确，鼓励国有房屋出租人减免租金。
            if items:       # 明确了A、B和C等内容，包括D、E、F等: the details named after the kinds
                items = items + [x for x in _details_after(sent, im.end(), len(sent)) if x not in items]
            found += [x for x in items if x not in found]
        if len(serial) >= 2 and not any(_not_a_measure(x, True) or len(x) > MAX_CLAUSE_MENTIONED for x in serial):
            found += [x for x in serial if x not in found]
        # the voice's clauses, but not one a list's item holds with its subject (队员须加强健康管理)
        # (or one inside a ；-item kept whole with whom it binds: 因公感染的医务人员，医疗费用全部由政府负担，…)
        # (a clause found already, whole or without whom it is for: 为一线人员购买… over 购买…)
        voiced = [] if m.cited else [x for x in voiced_clauses(text, lo if m.again else m.start, hi, not m.again)
                                     if not any(x in f or len(f) >= MIN_SUFFIX_NAME and x.endswith(f)
                                                for f in found + m.mentioned)]
        # (what the government or fund will do, in whoever's words: 政府亦会向…发放一次性资助)
        voiced += [x for x in acting_clauses(text, m.start, hi) if x not in voiced
                   and not any(x in f for f in found + m.mentioned)]
        if m.mentioned or m.again:      # (named again: what the sentences say, no guess from its count)
            m.mentioned += [x for x in found + voiced if x not in m.mentioned]
            continue
        if not found:
            found = _named_before_back(text, m.start)
        if not found and m.count and m.count <= MAX_HEADED:
            found = _headed_paragraphs(text, lo, m.count) or _provision_sentences(text, lo, hi, m.count)
        if not found and m.kind and not (m.title or m.count) and (text.startswith("\n", lo) or _acts_next(text, lo)):
            # a set reported without a name or count, its sentence ending the paragraph: the
            # clauses of the next paragraphs are its measures (…出台…的具体措施。\n…做好工伤认定并
            # 落实待遇，开辟社区工作者就医绿色通道。安排调休补休…)
            # (up to the sentence that names another policy, cited ones too: 为落实《…》，某局出台六条措施)
            # … or the rest of its paragraph when the next sentence opens with an action (…的具体措施。
            # 开辟就医绿色通道，安排轮休补休。)
            nxt = next((x for x in every_start if x > lo), None)
            top = hi if nxt is None or nxt >= hi else max(lo, max(text.rfind(c, lo, nxt) for c in "。！？!?\n") + 1)
            if not text.startswith("\n", lo):
                para = text.find("\n", lo)
                top = top if para < 0 else min(top, para)
            found = measure_clauses(text[lo:top])
        if not found and not voiced:
            # the policy's own sentence going on with its measures after an aim (推出“巾帼护苗五条”，聚焦…，
            # 组织…，为…发放…，开展…。)
            found = action_tail(text[m.start:lo])
        if not found and not voiced and m.title:
            # nothing else named: the one clause right after its name, an aim at most after it
            # (修正「…要点」（以下称奖励要点），扩大急诊医护人员为奖励对象，以慰其辛劳)
            at = next((m.start + k for k in (0, 1) if text.startswith(m.title, m.start + k)), None)
            found = lone_action_after(text, at + len(m.title) + 1) if at is not None else []
            # (not the title's own aim said again: 印发《关于加强基层治理的意见》，进一步加强基层治理)
            found = [x for x in found if x[(a.end() if (a := _adverb().match(x)) else 0):] not in m.title]
        m.mentioned = found + [x for x in voiced if x not in found]
