"""Lists whose items are clauses, and lists found by their actions with no intro: a ；-list (each item's
first clause, after a condition or whom it binds), clauses split by commas that each open with an action
or a preposition before one (对A给予…，对B实行…), a 、-list of actions (开展A、建设B、组织C等举措), the
items of a ；-list opening with the aspect they belong to (在待遇方面，…), and one clause that states one
measure (政策还明确，鼓励A减免租金)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..policy_terms import term_re, terms
from ..rules import compiled
from .gate import (
    MAX_CLAUSE_MENTIONED, MAX_MENTIONED, MIN_CLAUSE, PREPOSED_REACH, _action_open, _for_whom, _not_a_measure,
    _preposed_action,
    _drop_connectors, _preposed_verb, _safeguard, _whom_dropped, _whom_end,
)
from .items import _KIND_CLOSE, _mentioned
from .ordinals import _ORDINAL_CLAUSE
from .text import CLAUSE_STOP, CLAUSE_TEXT, _closers, _split_at, _top_level
from .words import _word_tuple, _words, _words_set


MIN_ACTION_LIST = 3      # names of a list found by their actions alone, with no intro
ACTION_LIST_SENTENCES = 1   # ... in the policy's sentence and this many after it
ACTION_PREFIX = 12      # characters before the first name's action (各单位通过 / 对困难企业)


def _action_list(rest: str) -> list[str]:
    """A list in a clause of the policy's sentence or the next that no intro opens, found by its names
    alone: three or more split by 、, each opening with an action (开展A、建设B、组织C等举措 / 减免A、
    降低B、加大C). Before the first action only a short subject or whom it is for (各单位通过…, 对困难
    企业…), dropped; not an aim (为了/助力…: what the policy is for) nor what others must do (各地要…)."""
    cut = CLAUSE_STOP.search(rest)
    rest = rest[:cut.start()] if cut else rest
    if rest.count("、") < MIN_ACTION_LIST - 1:
        return []       # too few 、 for any list (a cheap test first)
    for part in _split_at(rest, _top_level(rest, "，,：:")):
        enum = _top_level(part, "、")
        if len(enum) < MIN_ACTION_LIST - 1:
            continue
        deng = [d for d in sorted(_closers(part) + _top_level(part, "…")) if d > enum[-1]]
        chunk = part[:deng[0]] if deng else part
        head = chunk[:enum[0]]
        # (whom it is for, after its preposition, may take longer: 为全区2100余名环卫工人提高…、缩短…)
        reach = PREPOSED_REACH if head[:1] in _words_set("preposed_words") else ACTION_PREFIX
        a = next((i for i in range(min(len(head), reach + 1)) if _action_open().match(head, i)), None)
        if a is None:
            return []
        prefix = head[:a]
        if term_re("list_intros").search(head, a):
            return []   # 关爱措施包括…: an intro inside the first name, read (or not) as an intro
        if prefix.startswith(tuple(_words_set("aim_words"))) and not _for_whom_prefix(prefix) or \
                any(w in prefix for w in terms()["required_modals"]):
            return []
        names = _split_at(chunk[a:], _top_level(chunk[a:], "、"))
        if not all(_action_open().match(x.strip()) for x in names):
            return []
        if deng and not re.match(f"等(?:{_words('intro_nouns')}|{_words('frame_nouns')}|[一-鿿]{{0,6}}"
                                 f"(?:{_words('intro_nouns')}|{_words('frame_nouns')}|服务|活动))", part[deng[0]:]):
            return []   # 等 and a kind that is no set of measures (…等工作, …等问题)
        return _mentioned(chunk[a:], "start")
    return []


def _for_whom_prefix(prefix: str) -> bool:
    """A prefix 为 opens that names whom the actions are for (为全区2100余名环卫工人 提高…、缩短…), not an aim
    (为保障…, 为进一步…, 为了…): no action, adverb or further aim word right after 为."""
    longer_aims = tuple(w for w in _words_set("aim_words") if w != "为")   # (为了)
    if len(prefix) < 3 or not prefix.startswith("为") or prefix.startswith(longer_aims):
        return False
    return _action_open().match(prefix, 1) is None and not _adverb_or_aim().match(prefix, 1)


@lru_cache(maxsize=1)
def _adverb_or_aim() -> re.Pattern:
    """An adverb of action or an aim word (进一步, 切实, 了): what follows 为 in an aim."""
    return compiled(f"{_words('action_adverbs')}|{_words('aim_words')}|了")


MIN_ACTION_CLAUSES = 3      # clauses split by commas only that are a document's measures (2 closed by 等/……)


def _action_clauses(rest: str) -> list[str]:
    """The measures a document's words list as clauses split by commas (《意见》明确，及时奖励表现突出的
    干部，优先提拔重用担当作为的干部，严肃问责失职失责的干部): every clause to the sentence's end (or to
    等/……) opens with an action and holds no required modal (各地要…: requirements of others, not
    names), MIN_ACTION_CLAUSES of them; not 当前形势严峻，各地要… (what the document says)."""
    deng = _top_level(rest, "…")
    body = rest[:deng[0]] if deng else rest
    parts = [_whom_dropped(p.strip()) for p in _split_at(body, _top_level(body, "，,"))]
    # clauses that each open with whom they are for (对A…，对B…) are a list at two already
    parallel = all(p.startswith("对") for p in _split_at(body, _top_level(body, "，,")))
    if len(parts) < (2 if deng or parallel else MIN_ACTION_CLAUSES):
        return []
    modals = tuple(terms()["required_modals"])
    for p in parts:
        if not MIN_CLAUSE <= len(p) <= MAX_MENTIONED or not _action_open().match(p, _whom_end(p)) \
                or any(w in p for w in modals if len(w) > 1) or _not_a_measure(p, True):
            return []
    return parts


def _clause_list(rest: str) -> list[str]:
    """The measures of clauses split by commas, each opening with an action or a preposition before one
    (对/为/将…), none binding others (要) nor an aim: MIN_ACTION_CLAUSES of them, two when each opens with
    a preposition (对A给予…，对B实行…) or each is concrete (an amount or a quoted name: 推行企业开办“一日
    办结”，实行审批“容缺受理”). A clause's 、-list splits it when each of its parts is an action of its
    own (为受伤职工发放慰问金、协调落实工伤待遇), not when it lists things (送去棉衣、棉鞋等防寒物资);
    the 等 ending the last clause is no part of it."""
    first = CLAUSE_TEXT.match(rest)
    if first is None or not (_preposed_action(first.group().lstrip()) or _action_open().match(first.group())):
        return []       # the first clause states no measure (most sentences: a cheap test first)
    dots = _top_level(rest, "…")
    rest = rest[:dots[0]] if dots else rest     # …… closes the list (A，B，C……这是新的动力)
    commas = _top_level(rest, "，,")
    if not commas:
        return []
    modals = tuple(w for w in terms()["required_modals"] if len(w) > 1)
    parts, all_preposed, concrete = [], True, True
    for p in _split_at(rest, commas):      # each clause checked as it comes: most fail at the first
        p = p.strip().rstrip("等…")
        p = _drop_connectors(p)
        pieces = [p]
        enum = _top_level(p, "、")
        if enum:
            sub = [x.strip() for x in _split_at(p, enum)]
            if all(_action_open().match(x) or _preposed_action(x) for x in sub):
                pieces = sub
        for x in pieces:
            pre = _preposed_action(x)
            if not (pre or _action_open().match(x)) or not MIN_CLAUSE <= len(x) <= MAX_CLAUSE_MENTIONED \
                    or any(w in x for w in modals) or _not_a_measure(x, True, longest=MAX_CLAUSE_MENTIONED):
                return []
            all_preposed = all_preposed and pre
            concrete = concrete and _CONCRETE.search(x) is not None
            parts.append(x)
    return parts if len(parts) >= (2 if all_preposed or concrete else MIN_ACTION_CLAUSES) else []


# what makes a clause a concrete measure rather than an aim: an amount or a quoted name
_CONCRETE = compiled(r"[0-9０-９]|[“「][^“”「」]{2,12}[”」]")


_CONDITION = compiled(r"除了?[^，,]{1,20}(?:之外|以外|外)$")    # 除特殊需要外: a condition, not the measure
# a clause that only gives what a measure builds on (在落实社会救助政策基础上, 根据有关规定, 要按照“三个区分
# 开来”的要求): read whole (fullmatch)
_BASIS_CLAUSE = compiled(r"(?:要|应|须)?(?:在[^，,]{2,24}(?:基础上|前提下)"
                           r"|(?:根据|按照|依据|结合)[^，,]{1,30}(?:规定|要求|精神|部署|原则))")


def _whom_of_relative(c: str) -> bool:
    """A 对 clause naming whom by a relative clause and its noun (对吸纳高校毕业生就业的小微企业, 对受疫情
    影响暂时失去收入来源的个体工商户): no action after its last 的, only the people or firms it binds."""
    if not c.startswith("对") or "的" not in c:
        return False
    tail = c[c.rfind("的") + 1:]
    return tail.endswith(tuple(terms()["people_nouns"]) + _word_tuple("whom_ends")) and not _preposed_verb().search(tail)


def _first_clause(part: str) -> str:
    """The clause of a ；-item that names its measure: its first, after a condition (除特殊需要外，倡导…),
    with the next when the first is only whom it binds (近14天…返回人员，须在1小时内报告)."""
    clauses = [c.strip() for c in re.split("[，,]", part.rstrip("。"))]
    if len(clauses) > 1 and _CONDITION.fullmatch(clauses[0]):
        clauses = clauses[1:]
    if len(clauses) > 1 and (clauses[0].endswith(terms()["people_nouns"])
                             and ("的" in clauses[0] or clauses[1].startswith(tuple(terms()["required_modals"])))
                             or clauses[0].endswith("的") or _for_whom().fullmatch(clauses[0])
                             or clauses[0].endswith(_word_tuple("condition_ends"))
                             or not (_action_open().match(clauses[0]) or _preposed_action(clauses[0]))
                             and (_action_open().match(clauses[1]) or _preposed_action(clauses[1]))
                             or (clauses[0].startswith(("对", "为")) and not _preposed_verb().search(clauses[0]))
                             or _whom_of_relative(clauses[0])):
        # 因公感染的医务人员，医疗费用全部由政府负担 / 因公殉职的，申报烈士 / 对一线人员，发放…，并… /
        # 春耕期间，农资车辆免费通行: whom or when it binds (no action in it), then the measure: the
        # annotators keep the whole item to its ；, the whom with it; when that is too long for a name,
        # the measure's clause alone
        whole = part.strip().rstrip("。")
        if len(whole) <= MAX_CLAUSE_MENTIONED:
            return whole
        if clauses[1].startswith(tuple(terms()["required_modals"])):
            return clauses[0] + "，" + clauses[1]
        clauses = clauses[1:]
    while len(clauses) > 1 and _BASIS_CLAUSE.fullmatch(clauses[0]):
        clauses = clauses[1:]       # 在落实社会救助政策基础上，由…给予临时帮扶援助: the basis, then the measure
    return _whom_dropped(clauses[0])     # 为医疗队员提供…服务 → 提供…服务: whom it is for is no part of it


def _whom_clause(c: str) -> bool:
    """A clause that only names whom the next binds or benefits, with 对/为 and no action of its own
    (对在疫情防控中表现突出的干部，/ 对因履行职责感染新冠肺炎的，/ 对吸纳…就业的小微企业，)."""
    return c.startswith(("对", "为")) and not _preposed_verb().search(c) or _whom_of_relative(c)


def _acted_clauses(part: str) -> list[str] | None:
    """The measures of a ；-item that names with 对/为 whom it acts for before its action (对表现突出的干部，
    优先提拔使用、优先晋升职级 → 优先提拔使用, 优先晋升职级), or that goes on with three actions or more
    (同时为一线人员购买A，安排B，开展C，并对家庭困难的实行D → 购买A, 安排B, 开展C, 实行D), as the
    annotators name measures in running text (work d103, d410: the action, not whom it is for); each
    action on its own, an action's 、-list split when each part is an action. None when the item is no
    such (it is read by _first_clause: a subject it binds, 近14天…返回人员，须在1小时内报告, stays whole)."""
    clauses = [_drop_connectors(c.strip()) for c in re.split("[，,]", part.strip().rstrip("。"))]
    clauses = [c for c in clauses if c]
    whom = bool(clauses) and _whom_clause(clauses[0])
    if whom:
        clauses = clauses[1:]
    if not clauses or not whom and len(clauses) < MIN_ACTION_CLAUSES:
        return None     # (建设“暖心驿站”，提供休息、饮水服务: its first clause names it, the next tells of it)
    modals = tuple(terms()["required_modals"])
    out: list[str] = []
    for c in clauses:
        if _BASIS_CLAUSE.fullmatch(c):
            continue
        c = c[next((len(w) for w in modals if c.startswith(w)), 0):]     # 对…的干部，要及时…: the modal is off
        w = _for_whom().match(c)
        if w and (_action_open().match(c, w.end()) or c.startswith(_word_tuple("give_verbs"), w.end())):
            c = c[w.end():]     # 为一线人员购买…: whom it is for is off
        c = c[_whom_end(c):]
        if not (_action_open().match(c) or c.startswith(_word_tuple("give_verbs"))):
            if whom and out:
                break       # (对…的，发放A，所需资金由财政负担: the action, then what tells of it)
            return None
        pieces = [x.strip() for x in _split_at(c, _top_level(c, "、"))] if "、" in c else [c]
        out += pieces if len(pieces) > 1 and all(_action_open().match(x) for x in pieces) else [c]
    return out or None


def _clause_items(rest: str, counted: bool = False) -> list[str]:
    """The measures of a list whose items are clauses split by ；: each item's first clause
    (倡导队员加强锻炼，建议每天… → 倡导队员加强锻炼). One item too long for a name makes the list no
    list of names, unless a count before its colon calls it the measures (具体包括6项税收优惠政策：A；
    B；…): then only that item is left out, when most are names."""
    parts = [_ORDINAL_CLAUSE.sub("", p.strip(" ，,：:")).strip() for p in re.split("[；;]", rest)]
    # (a counted list's items are its measures, read whole: 具体包括6项措施：对…，给予…；…)
    items = [x for p in parts if p for x in ((None if counted else _acted_clauses(p)) or [_first_clause(p)])]
    fit = [x for x in items if 2 <= len(x) <= MAX_CLAUSE_MENTIONED]
    if counted and len(fit) >= 2 and 2 * len(fit) > len(items):
        items = fit
    if len(items) < 2 or any(not 2 <= len(x) <= MAX_CLAUSE_MENTIONED for x in items):
        return []
    more = _MORE_NAMES.fullmatch(items[-1])
    if more:            # …；还有A、B、C这些: the last item is a list of names of its own
        names = _mentioned(more.group(1), "start", closed=True)
        items = items[:-1] + (names or [items[-1]])
    # an item that is itself names closed by 等 and their kind (免费乘坐区内公交、景区门票优惠、免费健康体检等
    # 礼遇): those names
    items = [x for item in items for x in (_kind_listed(item) or [item])]
    # (…；以及向住宅用户发放电费补贴: the connector that opens the last item is no part of it)
    items = [_drop_connectors(x) or x for x in items]
    return [x for x in items if not _not_a_measure(x.replace("，", ""), True, longest=MAX_CLAUSE_MENTIONED)]


def _kind_listed(item: str) -> list[str]:
    """The names of an item that lists them with 、 and closes them with 等 and their kind; [] for others."""
    if "、" not in item or "等" not in item:
        return []
    close = _KIND_CLOSE.search(item)
    if close is None or close.end() != len(item) or _top_level(item[close.end():], "，,"):
        return []
    return _mentioned(item[:close.start()], "start", closed=True)


# the last ；-item that adds names to the list (还有A、B、C这些 / 另外还有A、B等)
_MORE_NAMES = compiled(r"(?:另外|此外)?还有([^，,]+、[^，,]+?)(?:这些|等等|等)?[。！!]?")
# a clause opening an item with the aspect it belongs to (在待遇方面，将工资提高10%): no part of the item
_ASPECT_FRAME = compiled(r"在[^，,；;。]{1,10}方面[，,]")


def _frame_clause_items(rest: str) -> list[str]:
    """The items of a ；-list whose items each open with an action, a preposition before one, or the
    aspect they belong to (在…方面，), that aspect left out; [] unless all do, two at least."""
    parts = [p.strip(" ，,。") for p in re.split("[；;]", rest.rstrip("。"))]
    parts = [_ASPECT_FRAME.sub("", p, count=1) if _ASPECT_FRAME.match(p) else p for p in parts if p]
    if len(parts) < 2 or not all(_action_open().match(p) or _preposed_action(p) for p in parts):
        return []
    return _clause_items("；".join(parts))


def _one_action(rest: str) -> list[str]:
    """The one measure a sentence the policy opens as its subject names (政策还明确，鼓励A减免租金):
    a single clause to the sentence's end that opens with an action and binds nobody else (要)."""
    x = rest.strip().rstrip("。！!")
    if _top_level(x, "，,；;：:") or not MIN_CLAUSE <= len(x) <= MAX_MENTIONED \
            or not (_action_open().match(x) or _preposed_action(x)) or _safeguard().search(x) \
            or _not_a_measure(x, True):
        return []
    return [x]
