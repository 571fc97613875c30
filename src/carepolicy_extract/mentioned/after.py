"""The measures named right after a policy in its own sentence (`mentioned_after`): what opens them (an
intro after a short subject of its own or none: ，包括 / 主要内容有： / 明确，; a frame intro or verb whose
closer follows: ，从A、B等方面 / ，为职工提供A、B等服务; ordinals; quoted names; an issuing verb: ，推出“A”“B”
等举措), where they end, and the names a later clause of the same sentence opens (…，明确了B、C等任务).
Its functions call each other (an intro may hand on to a later clause's, whose names `_named_after`
reads again), so they stay in one module."""
from __future__ import annotations

import re
from functools import lru_cache

from ..numerals import COUNT_NUMBER
from ..policy_terms import term_re, terms
from ..rules import compiled
from .amounts import _amount_clauses
from .before import _besides
from .clauses import (
    _ASPECT_FRAME, _action_clauses, _action_list, _clause_items, _clause_list, _frame_clause_items, _one_action,
)
from .correlative import _paired_clauses
from .gate import (
    _BENEFICIARY, _action_open, _for_whom, _for_whom_action, _preposed_action, _preposed_verb, _subject_modal, _whom_dropped,
    no_measure_named,
)
from .items import _KIND_CLOSE, _mentioned, _next_lists
from .ordinals import (
    _ORDINAL_AT, _ORDINAL_CLAUSE, _ORDINAL_UNSTOPPED, _ordinal_first_chars, _ordinal_items, _ordinal_lead,
)
from .text import CLAUSE_STOP, LIST_DENG, _ONLY_QUOTED, _QUOTED_ITEM, _closers, _first_sentence, _split_at, _top_level, _top_search
from .words import (
    FOLLOWING, _word_tuple, _ASPECTS_COLON, _NAMES_TAIL, _frame_close, _frame_intro, _frame_intro_before, _noun_intro,
    _policy_subject, _words, _words_set,
)


@lru_cache(maxsize=1)
def _tail_after() -> re.Pattern:
    """What may follow the measures named after a policy: …等方面, …三项, …等内容, …三大领域; a
    frame or measure noun alone only when it is one of the four a report closes names with (稳岗返还
    政策 keeps its noun)."""
    nouns = f"(?:{_words('frame_nouns')}|{_words('intro_nouns')}|(?<=大)(?:行动|工程))"     # (…三大行动)
    return compiled(f"(?:(?:{COUNT_NUMBER})[个条项大]{{1,2}}{nouns}?|方面|内容|措施|举措)?$")
MAX_SUBJECT = 10        # characters of the subject between a policy and the intro of its names (，队员可享受)


# a clause with two 、 at least: what a bare say verb opens as names (明确及时发放A、优先晋升B、妥善安排C)
_TWO_ENUMS = "[^，,。；;！？!?]*、[^，,。；;！？!?]*、"
# … or with one 、 and the 等 that closes the list (明确减免房屋租金、降低融资成本等12条措施)
_CLOSED_ENUM = "[^，,。；;！？!?]*、[^，,。；;！？!?]*等"


@lru_cache(maxsize=1)
def _intro_after() -> re.Pattern:
    """The words that open the measures named after a policy: ，包括 / 主要内容有： / 措施具体为：/ ，从
    (aspects) / ，通过 (means), after a short subject of their own or none (，方案包括 / ，队员可享受);
    the document's reported words (明确，/ 提出：) alone, or before one of them (明确，将通过…)."""
    say = _words("say_verbs")
    issued = f"(?:[\u4e00-\u9fff]{{0,4}}?(?:{term_re('issue_verbs').pattern})(?:后|以来)?[，,])?"     # 《…》近日印发，内容涵盖…
    return compiled(f"[，,]?{issued}(?P<subject>[\u4e00-\u9fff]{{0,{MAX_SUBJECT}}}?)(?:{say}[，,](?:将|要)?)?(?:"
                      + "(?:" + term_re("list_intros").pattern + ")(?!的)" + FOLLOWING + "|" + _noun_intro() + "|(?P<aspect>"
                      + _frame_intro().pattern + ")|(?P<verb>"
                      + _words("frame_verbs") + f")了?|(?P<defn>{_words('definition_words')})|(?P<said>{say})(?=[，,：:]|{_TWO_ENUMS}|{_CLOSED_ENUM}))"
                      + "(?:但不限于)?[：:]?|[：:]")


def mentioned_after(sent: str, end: int, stop: int) -> list[str]:
    """The measures named right after a policy (see _named_after), and the one a 除了…外 opening
    the sentence names besides them."""
    named = _named_after(sent, end, stop)
    if not named:
        at = _after_tail(sent, end, stop)
        named = (_clauses_after(sent, at, stop) or _amount_clauses(sent, at, stop)
                 if sent.startswith(("，", ","), at) else []) or _paired_clauses(sent, end, stop)
    return _besides(sent, end) + named


# a clause after a policy's name whose subject points back at it (，该措施明确了…, ，这一政策包括…)
_BACK_SUBJECT = compiled(r"[，,](?:该|这一?|此|上述)")


CARRIED_OUT_MIN = 3     # actions of a 、-list right after a policy a body carries out, at least


def named_back(sent: str, end: int, stop: int) -> list[str]:
    """The measures the clause after a cited policy names when its subject points back at the policy
    (落实市民政局《…若干措施》，该措施明确了A、B等内容): the cited document's own, not the citing set's;
    or, right after a policy a body carries out, a 、-list of its actions, three at least, whom they are
    for left out (镇党委认真落实《…十条措施》，为一线干部购买人身意外保险、落实轮休补休、发放误餐补助)."""
    if _BACK_SUBJECT.match(sent, end):
        return _named_after(sent, end, stop)
    if not sent.startswith(("，", ","), end):
        return []
    cut = CLAUSE_STOP.search(sent, end + 1, stop)
    clause = sent[end + 1:cut.start() if cut else stop]
    clause = clause[:(_top_level(clause, "，,") or [len(clause)])[0]]
    if _for_whom_action(clause):
        clause = clause[_for_whom().match(clause).end():]
    parts = _split_at(clause, _top_level(clause, "、"))
    if len(parts) < CARRIED_OUT_MIN or not all(_preposed_verb().match(x) for x in parts):
        return []       # (an action or a giving each: 购买…保险、落实…、发放…)
    return _mentioned(clause, "start")


# what may stand between a policy's name and the clause after it: its number or the short name the page
# calls it by, in brackets (《…通知》（人社部发〔2022〕23号），/ 「…要点」（以下称奖励要点）,)
_BRACKETED = compiled(r"[（(][^（）()，,。]{1,24}[）)]")


@lru_cache(maxsize=1)
def _aim_open() -> re.Pattern:
    """A clause that gives an aim (以慰其辛劳, 确保…, 让…安心, 帮助企业渡过难关): rules/mentioned.txt
    [aim_words], [voice_aims]."""
    return compiled(f"(?:{_words('aim_words')}|{_words('voice_aims')}|帮助)")


def lone_action_after(sent: str, at: int) -> list[str]:
    """The one measure the clause right after a policy's name at `at` states when nothing but an aim
    follows it in the sentence (修正「…奖励要点」（以下称奖励要点）,扩大急诊医护人员为奖励对象，以慰其辛劳 /
    印发了《…的通知》（…号），继续实施失业保险稳岗返还政策。): see clauses._one_action; not an aim itself."""
    br = _BRACKETED.match(sent, at)
    at = br.end() if br else at
    if not sent.startswith(("，", ","), at):
        return []
    cut = CLAUSE_STOP.search(sent, at)
    parts = [p.strip() for p in re.split("[，,]", sent[at + 1:cut.start() if cut else len(sent)])]
    if not parts or _aim_open().match(parts[0]) or parts[0].startswith(_word_tuple("urge_verbs")) \
            or any(not _aim_open().match(p) for p in parts[1:]):
        return []       # (鼓励企业、社会组织参与…: whom it urges, no provision of its own)
    return _one_action(parts[0])


def _after_tail(sent: str, end: int, stop: int) -> int:
    """Where the words after a mention begin, past the kind noun after its count (十条具体措施|，)."""
    tail = _NAMES_TAIL.match(sent, end, stop)
    if tail and tail.group() in _words_set("say_verbs") and sent.startswith(("，", ",", "：", ":"), tail.end()):
        return end      # 《…办法》规定，A；B: a verb of saying, not the kind of a count (十条规定)
    return tail.end() if tail else end


# a clause announcing the list after it, its words ending in 如下 and a colon (，摘要如下：, ，具体如下：)
_AS_FOLLOWS = compiled(r"[，,]?[\u4e00-\u9fff]{0,4}?如下[：:][ \t\u3000]*")


ASPECT_COLON_REACH = 12     # characters from a counted frame (三个方面) to the colon its clause ends with


def _named_after(sent: str, end: int, stop: int) -> list[str]:
    """The measures named right after a policy: …十条措施，包括A、B、C等内容; “关爱十条”主要内容有：A、B;
    《…》，从“A”“B”等方面作出安排; …，明确了A，B，C; ，为职工提供A、B等服务; ，方案明确，将通过A、B等方式.
    An intro opens them (after a short subject of its own); a frame intro or verb only with what closes
    its list (…等方面, …等方式, …等服务), found anywhere in the clause outside quotes."""
    at = _after_tail(sent, end, stop)
    m = _intro_after().match(sent, at, stop)
    if m and m.group("aspect") == "在" and "、" not in sent[m.end():stop].split("方面", 1)[0]:
        m = None        # 在待遇方面，A；在保障方面，B: one aspect a clause, no list the frame names
    if not m:
        # …三项措施，一是A，二是B / ，1.A，2.B: the ordinals open the names
        comma = sent.startswith(("，", ","), at)
        nxt = sent[at + 1:at + 2] if comma else sent[at:at + 1]
        lead = _ordinal_lead().match(sent, at, stop).end() if nxt and nxt in _ordinal_first_chars() else stop
        if lead == stop and "如下" in sent[at:at + 10]:
            follows = _AS_FOLLOWS.match(sent, at, stop)    # ，摘要如下：一、A；二、B / ，具体如下：1.A
            lead = follows.end() if follows else stop
        if lead < stop and (_ORDINAL_AT.match(sent, lead) or _ORDINAL_UNSTOPPED.match(sent, lead)):
            items = _ordinal_items(_first_sentence(sent[lead:stop]))
            if items:
                return items
        quoted = _ONLY_QUOTED.match(sent, at + 1, stop) if comma else None
        if quoted and len(_QUOTED_ITEM.findall(quoted.group())) >= 2:
            # ，“A”“B”以及“C”都安排上了: the clause after the policy opens with its quoted names
            return _mentioned(quoted.group().rstrip("、，,和及与以"), "start")
        return _for_whom_list(sent, at, stop) or _action_list(sent[at:stop]) or _later_intro(sent, at, stop) \
            or (comma and _issued_names(sent, at, stop)) or _aspect_clauses(sent, at, stop) \
            or (comma and _urged_names(sent, at, stop))
    subject = m.group("subject")
    if subject and not (_policy_subject().fullmatch(subject) or subject in _words_set("subject_adverbs")
                        or _relative_kind().match(sent, m.start("subject")) is not None
                        or (len(subject) <= 6 and subject.endswith(tuple(_words_set("intro_nouns"))))
                        or (len(subject) <= 4 and m.group().lstrip("，,").startswith(
                            tuple(_words_set("intro_nouns")), len(subject)))
                        or m.group().lstrip("，,").startswith("享受", len(subject))
                        or (m.group("verb") and subject.startswith(_BENEFICIARY))
                        or (m.group("verb") and subject in terms().get("clause_connectors", ()))):
        # 受益对象包括…, 资金来源包括…: whom the policy reaches, what funds it; but 队员可享受A、B,
        # 为职工提供A、B等服务 (those it is for, before what they get); a list of actions after a
        # subject of its own may still be the policy's (各工会通过发放A、建设B、组织C等举措)
        return _action_list(sent[at:stop]) or _later_intro(sent, at, stop)
    rest = sent[m.end():stop]
    kind = _kind_object().match(rest) if "，" in rest[:KIND_OBJECT_REACH] and not (
        m.group("said") or m.group("aspect") or m.group("verb")) else None
    if kind:
        # 涵盖多项纾困措施，包括A、B: the intro's object is the kind of the measures; the next clause's
        # intro opens their names
        again = _named_after(sent, m.end() + kind.end() - 1, stop)
        if again:
            return again
    if m.group("said"):
        # 明确，A；B / 明确，A、B、C / 明确，一是A，二是B; not a list of clauses split by commas only
        # (通知指出，当前形势严峻，各地要…: what the document says, not its measures)
        rest = _first_sentence(rest.lstrip("，,：: "))
        if _ORDINAL_AT.match(rest):
            return _ordinal_items(rest)
        if "；" in rest or ";" in rest:
            return _clause_items(rest)
        commas = _top_level(rest, "，,")
        if commas and no_measure_named(rest[:commas[0]]):
            rest = rest[commas[0] + 1:]      # 明确对表现突出的干部，在A、B等方面…: whom first
            commas = _top_level(rest, "，,")
        clause = rest[:(commas or [len(rest)])[0]]
        closer = _closers(clause)
        clause = clause[:(closer or [len(clause)])[0]]     # …等具体措施: no part of a name
        frame = _frame_intro_before().match(clause)
        if frame and _frame_close().search(rest, len(clause)) is not None:
            clause = clause[frame.end():]       # 在A、B、C等方面予以优先考虑: the frame's words are no name
        enums = len(_top_level(clause, "、"))
        if enums >= 2 or (enums and closer):   # (明确A、B等12条措施: two names 等 closes)
            sm = _subject_modal().match(clause)
            if sm and (_action_open().match(clause, sm.end()) or _for_whom_action(clause[sm.end():])):
                clause = clause[sm.end():]      # 全区将为环卫工人发放A、增设B: who acts and its modal …
            if _for_whom_action(clause):
                clause = _whom_dropped(clause)  # … and whom the whole list is for are no part of its first name
            return _mentioned(clause, "start")
        # 劳动部指出，这次放宽措施属于…的一环，重点包括A、B、C等: a later clause's intro may open them;
        # 《…》则明确，为社区工作者购买意外伤害保险: one clause that states a measure
        return _action_clauses(rest) or _later_intro(sent, m.end() - 1, stop) or _one_action(rest)
    if m.group("verb"):
        # 提供A、B等服务: the verb the names share, 等 and their kind close them
        close = _top_search(_KIND_CLOSE, rest)
        if close is None or CLAUSE_STOP.search(rest, 0, close.start()):
            return _issued_names(sent, at, stop)     # 推出“A”“B”等“十个一”举措: a quoted kind after 等
        at_close = m.end() + close.start()
        return _with_details(_mentioned(rest[:close.start()], "start", closed=True), sent, at_close, stop)
    if m.group("aspect"):
        # 从/通过 open names only when a frame noun closes them (…等方面, …等方式, 两个方面)
        close = _top_search(_frame_close(), rest)
        if close is None or CLAUSE_STOP.search(rest, 0, close.start()):
            # 主要从精简会议文件入手，包括A、B: no frame closes the aspect; a later clause's intro may
            # open the names
            return _later_intro(sent, m.end(), stop)
        # (聚焦老年人“急难愁盼”，从A、B等方面: the frame closes the list of the last intro that opens a clause
        # before it; what the first clause aims at is no name)
        opener = term_re("aspect_intros")
        last = next((om.end() for c in reversed(_top_level(rest[:close.start()], "，,"))
                     if (om := opener.match(rest, c + 1))), 0)
        items = _mentioned(rest[last:close.start()], "start", commas=True, closed=True, framed=True)
        nxt = m.end() + close.end()
        colon = next((i for i in range(nxt, min(stop, nxt + ASPECT_COLON_REACH)) if sent[i] in "：:，,。；;"), None)
        if not items and colon is not None and sent[colon] in "：:" and _ORDINAL_AT.match(sent, colon + 1):
            # 从三个方面作出规定：一是A；二是B: the aspects are counted, not named; the ordinals name them
            return _ordinal_items(_first_sentence(sent[colon + 1:stop]))
        if not items and sent.startswith(("，", ","), nxt):
            # 涉及医疗、养老等领域，包括A、B等内容: fields are no names; the next clause may open them
            return _named_after(sent, nxt, stop)
        # 从A、B等方面，明确了十二条措施，包括C、D等: the sentence may name its measures after its aspects
        return items + [x for x in _later_intro(sent, nxt, stop) if x not in items] if items else items
    first = _ORDINAL_AT.search(rest)
    aspects = _ASPECTS_COLON.match(rest)      # 明确了三个方面：一是A；二是B
    if first and (first.start() <= 1 or aspects and first.start() == aspects.end()):
        # names its ordinals open, in one sentence: …十条措施：一是落实补助，每人…，二是安排轮休…
        items = _ordinal_items(_first_sentence(rest))
        if items:
            return items
    if ("；" in rest or ";" in rest) and (
            m.group().endswith(("：", ":")) or _ORDINAL_CLAUSE.match(rest.lstrip())
            or len(re.findall("[；;]", _first_sentence(rest))) >= 2):
        # names split by ；, in one sentence: …十条措施：一是落实补助；二是安排轮休；三是…
        items = _clause_items(_first_sentence(rest))
        if items:
            return items
    defn = bool(m.group("defn"))
    cut = CLAUSE_STOP.search(rest)
    rest = rest[:cut.start()] if cut else rest
    if _preposed_action(rest.lstrip("：: ")):
        # 内容包括为A送去X、Y等物资，为B发放慰问金、协调落实C等: clauses whose 、 may list things
        items = _clause_list(rest.lstrip("：: "))
        if items:
            return items
    deng = sorted(_closers(rest) + _top_level(rest, "…"))     # …等 or …… closes the names (A，B，C……这对于)
    if deng:
        rest = rest[:deng[0]]
    else:
        if "在内的" in rest:
            return []       # 包括杭州、宁波在内的各地: not the policy's contents
        enum, at_commas = _top_level(rest, "、"), _top_level(rest, "，,")
        if enum and at_commas and enum[0] < at_commas[0]:
            # A、B，切实…: the names end at the comma, unless the next clauses are lists of names too
            # (即减免A、减征B，补贴C、补贴D)
            more = _next_lists(rest, at_commas, defn)
            rest = rest[:at_commas[0]]
            if more:
                first = _mentioned(rest[:_tail_after().search(rest).start()], "start", framed=defn)
                return first + [x for x in more if x not in first] if first else []
        rest = rest[:_tail_after().search(rest).start()]     # …三项, …等方面: no part of the last name
    # after 即 the names define the set just named: short ones are names (“两免一补”，即免学费、免教材费)
    # (核心内容是“两补一保”，即A、B和C: an intro that names nothing hands on to a later clause's)
    return _mentioned(rest, "start", commas=True, closed=bool(deng), framed=defn) or _later_intro(sent, m.end(), stop)


@lru_cache(maxsize=1)
def _relative_kind() -> re.Pattern:
    """A subject that is a kind of measure a relative clause describes (一线人员可享受的待遇包括…)."""
    return compiled(f"[\u4e00-\u9fff]{{1,8}}的[\u4e00-\u9fff]{{0,3}}?(?:{_words('intro_nouns')}|{_words('benefit_nouns')})"
                      f"(?={term_re('list_intros').pattern}|{_words('intro_verbs')})")


KIND_OBJECT_REACH = 12      # characters of an intro's object that is only a kind (多项纾困措施，)


@lru_cache(maxsize=1)
def _kind_object() -> re.Pattern:
    """An intro's object that is only the kind of the measures, a comma after it (多项纾困措施，)."""
    return compiled(f"[\u4e00-\u9fff]{{0,8}}?(?:{_words('intro_nouns')}|{_words('benefit_nouns')})(?=[，,])")


MIN_FOR_WHOM = 3     # names of a list that says whom it is for instead of an intro


@lru_cache(maxsize=1)
def _words_tuple_give() -> tuple[str, ...]:
    return tuple(_words_set("give_verbs"))


@lru_cache(maxsize=1)
def _given_after_whom() -> re.Pattern:
    """After 为/给 and whom a list is for: their family, adverbs, and the verb of giving the things
    listed share (及其家属精准开展 / 子女免费提供)."""
    return compiled(f"(?:{_words('kin_nouns')})?(?:[\u4e00-\u9fff]{{0,4}}?)(?:{_words('give_verbs')})")


def _for_whom_list(sent: str, at: int, stop: int) -> list[str]:
    """The names of a clause of the policy's sentence that opens with whom they are for, not with an
    intro (出台《办法》，…，对表现突出的干部职工优先提拔使用、优先晋升职级、纳入优秀人才评选；):
    three names or more, split by 、, the list ending the clause or closed by 等."""
    cut = CLAUSE_STOP.search(sent, at, stop)
    rest = sent[at:cut.start() if cut else stop]
    for lo in [0] + [c + 1 for c in _top_level(rest, "，,")]:
        w = _for_whom().match(rest, lo)
        if w is None:
            continue
        end = next((c for c in _top_level(rest, "，,") if c > w.end()), len(rest))
        clause = rest[w.end():end]
        if rest.startswith(("为", "给"), lo):
            # 为一线医务人员及其家属精准开展A、B、C等: whom's family, and the verb the things given share
            given = _given_after_whom().match(clause)
            enum = _top_level(clause, "、")
            # (not when each name has its own action: 为…购买保险、发放补贴、安排疗养)
            if given and not (enum and (_action_open().match(clause, enum[0] + 1)
                                        or clause.startswith(_words_tuple_give(), enum[0] + 1))):
                clause = clause[given.end():]
        deng = _closers(clause)
        clause = clause[:deng[0]] if deng else clause
        if _top_level(clause, "、"):     # (three names or more: A、B、C / A、B和C)
            items = _mentioned(clause, "start")
            if len(items) >= MIN_FOR_WHOM:
                return items
    return []


@lru_cache(maxsize=1)
def _urge_open() -> re.Pattern:
    """A clause of the policy's sentence that urges others (并积极引导企业…, 鼓励企业…): a connector,
    an adverb, the urging verb."""
    connectors = "|".join(map(re.escape, terms().get("clause_connectors", ())))
    return compiled(f"(?:{connectors})?(?:积极|大力|进一步)?{_words('urge_verbs')}")


def _urged_names(sent: str, at: int, stop: int) -> list[str]:
    """The names the clauses after a policy list in what they urge others to do (…下发通知，并积极引导
    企业以岗留工、以薪留工，鼓励企业发放“留岗红包”“过年礼包”): in each urging clause, quoted names, or
    a 、-list whose first name is cut from the urging where the later names begin alike (以岗留工、以薪
    留工) or with an action; a clause without a list is passed over."""
    cut = CLAUSE_STOP.search(sent, at, stop)
    rest = sent[at:cut.start() if cut else stop]
    if not any(w in rest for w in _words_set("urge_verbs")):
        return []       # (a cheap test first)
    out: list[str] = []
    bounds = [c for c in _top_level(rest, "，,")] + [len(rest)]
    for lo, hi in zip(bounds, bounds[1:]):
        clause = rest[lo + 1:hi]
        um = _urge_open().match(clause)
        if um is None:
            continue
        body = clause[um.end():]
        quoted = _QUOTED_ITEM.findall(body)
        run = _ONLY_QUOTED.search(body)
        if len(quoted) >= 2 and run and len(_QUOTED_ITEM.findall(run.group())) == len(quoted):
            out += [x for x in quoted if x not in out]
            continue
        deng = _closers(body)
        body = body[:deng[0]] if deng else body
        enum = _top_level(body, "、")
        if not enum:
            continue
        pieces = [body[:enum[0]]] + [body[a + 1:b] for a, b in zip(enum, enum[1:] + [len(body)])]
        later = pieces[1:]
        if any(not p for p in later):
            continue
        first = pieces[0]
        lead = later[0][0]
        if all(p[0] == lead for p in later) and first.rfind(lead) != 1 and lead in first:
            # 企业以岗留工、以薪留工: the names begin alike (支持以工代训、以训稳岗: none urged)
            first = first[first.rfind(lead):]
        elif all(_action_open().match(p) for p in later):
            # 企业发放留岗补贴、安排错峰休假: the first name begins with an action after whom it urges
            act = next((k for k in range(2, min(len(first) - 1, URGED_OBJECT + 1)) if _action_open().match(first, k)), None)
            if act is None:
                continue
            first = first[act:]
        else:
            continue
        items = [first] + later
        if all(2 <= len(x) <= MAX_URGED_NAME for x in items):
            out += [x for x in items if x not in out]
    return out if len(out) >= 2 else []


MAX_URGED_NAME = 12     # characters of a name in a list of what a policy urges
URGED_OBJECT = 6        # characters of whom a policy urges (企业, 用人单位, 各地各部门)


def _later_intro(sent: str, at: int, stop: int) -> list[str]:
    """The names a list intro opens right after a later comma of the policy's sentence, in the same
    sentence (…印发通知，部署推行A，明确了B、C等任务): the first such intro, no subject of its own."""
    cut = CLAUSE_STOP.search(sent, at, stop)
    end = cut.start() if cut else stop
    intro = _later_hint().search(sent, at, end) is not None
    if not intro and "：" not in sent[at:end] and ":" not in sent[at:end]:
        return []       # no intro and no colon: nothing can open names here
    for c in [c for c in _top_level(sent[at:end], "，,") if c > 0]:
        if intro and _later_intro_re().match(sent, at + c + 1):
            return _named_after(sent, at + c, stop)
        colon = _colon_noun().match(sent, at + c + 1, end)
        if colon:       # ，送出三大政策红利：A、B、C
            rest = sent[colon.end():end]
            return _clause_items(rest) if ("；" in rest or ";" in rest) else _mentioned(rest, "start", commas=True)
    return []


@lru_cache(maxsize=1)
def _later_hint() -> re.Pattern:
    """Any word that can open a later clause's names (a cheap test before reading the clauses)."""
    return compiled(f"{term_re('list_intros').pattern}|{_words('definition_words')}")


@lru_cache(maxsize=1)
def _later_intro_re() -> re.Pattern:
    """A list intro opening a later clause, after the policy as its subject or none (，明确了A、B /
    ，其中包括：A；B / ，措施包括A、B), or a word that defines what the clause before named (…可以概括为
    “三个提高”，即A、B、C)."""
    return compiled(f"(?:{_policy_subject().pattern}|{_words('subject_adverbs')})?(?:{term_re('list_intros').pattern})"
                      f"|{_words('definition_words')}")


@lru_cache(maxsize=1)
def _colon_noun() -> re.Pattern:
    """A clause that ends with what the page calls the measures and a colon (送出三大政策红利：)."""
    return compiled(f"[^，,：:。；;]{{0,12}}?{_words('colon_nouns')}[：:]")


def _issued_names(sent: str, at: int, stop: int) -> list[str]:
    """The names the clause after a policy puts in force with an issuing verb, closed by 等 or ending
    where the next mention starts (出台《…若干措施》，推出“一份新春礼包”“一张免费游园卡”等“十个一”暖心举措):
    quoted names, or a 、-list of three."""
    if not sent.startswith(("，", ","), at):
        return []
    vm = term_re("issue_verbs", "了?").match(sent, at + 1)
    if vm is None:
        return []
    cut = CLAUSE_STOP.search(sent, vm.end(), stop)
    rest = sent[vm.end():cut.start() if cut else stop]
    deng = _closers(rest)
    chunk = rest[:deng[0]] if deng else rest
    if not deng:        # 推出“送清凉”“送健康”和“保安全”暖心行动: the kind right after the last quote
        # (… and before a clause of what they are for: …暖心举措，为一线人员加油鼓劲)
        commas = _top_level(chunk, "，,")
        first = chunk[:commas[0]] if commas else chunk
        kind = _QUOTED_KIND.search(first)
        chunk = first[:kind.start()] if kind else chunk
    if _top_level(chunk, "，,") or not (_ONLY_QUOTED.fullmatch(chunk) or len(_top_level(chunk, "、")) >= 2):
        return []
    return _with_details(_mentioned(chunk, "start", closed=True), sent, vm.end() + len(chunk), stop)


_QUOTED_KIND = compiled(r"(?<=[”」])[\u4e00-\u9fff]{0,4}?(?:行动|活动|工程|措施|举措|政策|服务)$")


def _with_details(items: list[str], sent: str, at: int, stop: int) -> list[str]:
    """`items`, closed by 等 and a kind at `at`, and the details a 包括 right after names (推出“A”“B”等服务，
    包括为…提供…、为…提供…等)."""
    return items + [x for x in _details_after(sent, at, stop, anywhere=False) if x not in items] if items else items


def _details_after(sent: str, at: int, stop: int, anywhere: bool = True) -> list[str]:
    """What a list closed by 等 (and its kind) goes on to name in the same sentence: the details a 包括
    opens (…等内容，包括A、B等) or the aspects a frame names (…等，并从A、B、C三个方面提出要求); the
    first such close after `at` (`anywhere`), else one right at `at`."""
    detail = (_DETAIL_AFTER.search if anywhere else _DETAIL_AFTER.match)(sent, at, stop)
    if detail is None:
        return []
    comma = detail.end() - 1 - len(detail.group("also") or "")
    rest = sent[:comma + 1] + sent[detail.end():stop]
    return _named_after(rest, comma, len(rest))


def _aspect_clauses(sent: str, at: int, stop: int) -> list[str]:
    """The measures of a ；-list right after the policy whose items open with the aspect they belong
    to (《…十条》在待遇方面，将工资提高10%；在保障方面，为…购买保险)."""
    lo = at + 1 if sent.startswith(("，", ","), at) else at
    if not sent.startswith("在", lo) or not _ASPECT_FRAME.match(sent, lo, stop):
        return []
    rest = _first_sentence(sent[at:stop]).lstrip("，, ")
    return _frame_clause_items(rest)


def _clauses_after(sent: str, at: int, stop: int) -> list[str]:
    """The clauses after the policy's own clause, to the sentence's end, when each states a measure
    and no intro opens them (出台稳就业十条措施，对…企业给予…补贴，对…提供…贷款，将…提高至…): see
    _clause_list."""
    if not sent.startswith(("，", ","), at):
        return []
    cut = CLAUSE_STOP.search(sent, at + 1, stop)
    say = _say_before().match(sent, at + 1, cut.start() if cut else stop)    # 出台九条措施，明确为…，每年…
    return _clause_list(sent[say.end() if say else at + 1:cut.start() if cut else stop])


@lru_cache(maxsize=1)
def _say_before() -> re.Pattern:
    """The set's words before the clauses of its measures in its own sentence (明确 / 提出了 / 规定：)."""
    return compiled(f"{_words('say_verbs')}了?[，,：:]?")


# a list of kinds closed, then its details opened in the same sentence (…等内容，包括…)
_DETAIL_AFTER = compiled(r"等[\u4e00-\u9fff]{0,4}[，,](?:(?=(?:主要|具体)?(?:包括|涵盖))|(?P<also>并|还|同时)?(?=从|围绕))")


# what a document set out, named right after its name (and its number in brackets): 落实《…的通知》
# （人社部发〔2008〕117号）确定的A、B、C等“五缓四减三补贴”政策
_SET_OUT_BY = compiled(r"》\s*(?:[（(][^（）()]{2,24}[)）])?\s*(?:中|里)?(?:所)?(?:确定|规定|明确|提出|部署)的")
_SET_OUT_CLOSE = compiled(LIST_DENG + r"(?:[“「][^”」]{1,16}[”」])?(?:[\u4e00-\u9fff]{0,4}?)(?:政策|措施|举措)")
SET_OUT_REACH = 120     # characters of the names between what a document set out and their closing 等


def set_out_by(text: str, title_end: int) -> list[str]:
    """The measures a sentence says a document set out, right after its name: 《…》确定的A、B、C等政策 →
    A, B, C (the names a shared 等 and their kind close; none without that close)."""
    m = _SET_OUT_BY.match(text, title_end)
    if m is None:
        return []
    close = _SET_OUT_CLOSE.search(text, m.end(), m.end() + SET_OUT_REACH)
    if close is None or any(c in text[m.end():close.start()] for c in "。！？\n；;"):
        return []
    return _mentioned(text[m.end():close.start()], "start", closed=True)
