"""How a stretch of prose that names measures is split into items (`_mentioned`): 、, 以及/和 before the
last name, quotes (“A”“B”), commas when 等 closes the list or the caller says so; which end of a clause
holds the names (before a count: its end; after a policy: its start); the words a list shares that are
no part of its first name (提出了包括…, 鼓励企业…); and the lists that go on in the clauses after."""
from __future__ import annotations

import re
from functools import lru_cache

from ..policy_terms import terms
from ..rules import compiled
from .gate import _action_open, _drop_connectors, _not_a_measure, _preposed_action
from .ordinals import _ORDINAL_CLAUSE
from .text import CLOSE_QUOTES, LIST_DENG, OPEN_QUOTES, _ONLY_QUOTED, _QUOTED_ITEM, _split_at, _top_level
from .words import _words


# what closes a list as 等 does in spoken writing (forums, Q&A): A、B、C这些 / 之类的 / 什么的
_LOOSE_CLOSE = ("这些", "之类", "之类的", "什么的")
_LOOSE_CLOSE_RE = compiled(r"(?<=[\u4e00-\u9fff]{2})(?:这些|之类的?|什么的)$")
# the count of the aspects the names are, closing the list without 等 (分为A、B、C三个方面)
_COUNTED_ASPECTS = compiled(r"(?<=[\u4e00-\u9fff]{2})(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,3})(?:个|大)?(?:方面|领域|板块)$")

# 等 and the kind of the names before it, ending the clause: …等服务, …等做法, …等暖心举措, …等12条措施 (not
# the 等 of a word: text.LIST_DENG)
_KIND_CLOSE = compiled(LIST_DENG + r"[0-9]{0,4}[\u4e00-\u9fff]{1,8}(?=[，,。；;！？!?]|$)")
# … and 等 alone closing the last name of a list of clauses (…，组织农技人员下村指导等。)
LAST_NAME_DENG = compiled(LIST_DENG + "$")


@lru_cache(maxsize=1)
def _urge_re() -> re.Pattern:
    """Words that urge others before the list they share (鼓励企业 / 引导用人单位 / 支持各地)."""
    return compiled(f"(?:积极)?{_words('urge_verbs')}[\u4e00-\u9fff]{{1,6}}?(?=[\u4e00-\u9fff])")


def _urge_end(s: str) -> int | None:
    """Where the action after the urging that opens a list's first name begins (鼓励企业|发放A)."""
    m = _urge_re().match(s)
    if m is None:
        return None
    return next((e for e in range(m.end(), min(len(s), m.end() + 6) + 1) if _action_open().match(s, e)), None)


def _mentioned(chunk: str, keep: str = "end", commas: bool = False, closed: bool = False,
               framed: bool = False) -> list[str]:
    """Measures named in a stretch of prose: “大胆提拔使用”“开展表彰奖励” / 充实防控一线力量、强化结果运用 /
    A、B以及C / “A”和“B” / (with `commas`) 落实临时补助，安排轮休调休，开展心理疏导. A list of 、 ends
    at a comma: `keep` says which end of the clause it is, "end" before a count (文件，提出A、B → A、B),
    "start" after a policy (A、B，切实… → A、B). `closed`: 等 closes the list, so two names split by
    one comma are a list (主要体现在A，B等10个方面). `framed`: a frame noun closes the list (A、B等方面),
    so short names are names too. An item loses the ordinal it opens with (一是A，二是B → A, B)."""
    chunk = chunk.strip("：:，, ")
    commas_at = _top_level(chunk, "，,")
    if commas_at and not _top_level(chunk, "、"):
        # 出台“稳岗留工”政策，“A”“B”“C”等12条: the quoted names of the clause next to the count
        side = chunk[commas_at[-1] + 1:] if keep == "end" else chunk[:commas_at[0]]
        if _ONLY_QUOTED.fullmatch(side.strip()):
            chunk = side.strip()
    if _ONLY_QUOTED.fullmatch(chunk):
        items = _QUOTED_ITEM.findall(chunk)
        ok = len(items) >= 2 and not any(_not_a_measure(x, True) for x in items)
        return items if ok else []
    at_commas = _top_level(chunk, "，,")
    enum = _top_level(chunk, "、")
    by_commas = False
    if enum and keep == "start" and commas and len(at_commas) >= (1 if closed else 2) and enum[0] > at_commas[0]:
        # the names are split by commas and a later one lists with 、 inside it
        # (即允许A，降低B，向企业支付社保补贴、岗位补贴和培训补贴)
        parts, by_commas = _split_at(chunk, at_commas), True
    elif enum:
        if at_commas:
            chunk = chunk[at_commas[-1] + 1:] if keep == "end" else chunk[:at_commas[0]]
        parts = _split_at(chunk, _top_level(chunk, "、"))
    elif commas and len(at_commas) >= (1 if closed else 2):     # A，B等: 等 closes a list of two
        parts, by_commas = _split_at(chunk, at_commas), True
    else:
        parts = [chunk]
    items: list[tuple[str, bool]] = []      # (name, quoted)
    for k, part in enumerate(parts):
        pieces = re.split(r"(?<=[”」])\s*(?:以及|和|及|与)\s*(?=[“「])", part.strip())
        if k == len(parts) - 1 and len(pieces) == 1 and not by_commas:
            # A、B以及C; A、B和C when both sides are names of their own
            pieces = re.split("以及", pieces[0], maxsplit=1)
            if len(pieces) == 1:
                one = pieces[0]
                short = 3 if framed else 4
                at = next((i for i in range(len(one) - short, short - 1, -1) if one[i] in "和及"), None)
                if at is not None and not (_not_a_measure(one[:at], False, framed)
                                           or _not_a_measure(one[at + 1:], False, framed)
                                           or _shared_verb(one[:at], one[at + 1:])):
                    pieces = [one[:at], one[at + 1:]]   # the last 和 with a name on each side (not 及 of 及时)
                else:
                    # … or 并 between two actions (放宽申请条件并延长补贴期间)
                    at = one.find("并", 4)
                    if at > 0 and _action_open().match(one) and _action_open().match(one, at + 1) \
                            and not _not_a_measure(one[:at], False, framed) and not _not_a_measure(one[at + 1:], False, framed):
                        pieces = [one[:at], one[at + 1:]]
        for x in pieces:
            x = _ORDINAL_CLAUSE.sub("", x.strip()).strip()
            if by_commas and k:
                x = _drop_connectors(x)     # A，B，并C: the connector opens no name
            if k == len(parts) - 1 and x.endswith(_LOOSE_CLOSE):
                x = _LOOSE_CLOSE_RE.sub("", x)   # 减免房租、延期缴税、贷款贴息这些: the spoken 等
            elif k == len(parts) - 1 and x.endswith(("方面", "领域", "板块")):
                x = _COUNTED_ASPECTS.sub("", x)
            quoted = len(x) > 2 and x[0] in OPEN_QUOTES and x[-1] in CLOSE_QUOTES
            items.append((x[1:-1] if quoted else x, quoted))
    if len(items) < 2 or any(_not_a_measure(x, q, framed) for x, q in items):
        return []
    if all(x.endswith(terms()["people_nouns"]) for x, _ in items):
        return []       # 医务人员、社区工作者: whom a policy is for
    if by_commas and items[0][0].startswith(terms()["required_modals"]):
        return []       # 要加强领导，压实责任: a clause of requirements (切实做好…, 进一步精简… may be names)
    out = [x for x, _ in items]
    lead = _INCLUDES.match(out[0])
    if lead and len(out[0]) - lead.end() >= 2:
        out[0] = out[0][lead.end():]    # 提出了包括A、B等措施: the second intro is no part of A
    urge = _urge_end(out[0]) if not by_commas else None
    if urge and all(_action_open().match(x) for x in out[1:]):
        out[0] = out[0][urge:]      # 鼓励企业发放A、安排B: the urging the list shares is no part of A
    return out


def _shared_verb(left: str, right: str) -> bool:
    """`right` is a second object of the action `left` opens, not a name of its own (完善问责制度和激励
    关怀机制, 帮助解决子女入学和老人照料困难): the left side opens with an action, the right does not."""
    return _action_open().match(left) is not None and _action_open().match(right) is None \
        and not _preposed_action(right)     # (资助A及为B提供C: two actions)


def _next_lists(rest: str, at_commas: list[int], framed: bool = False) -> list[str]:
    """The names of the clauses after the first that are lists of names of their own, to the
    sentence's end (即减免A、减征B，补贴C、补贴D): none when a clause is not one (…，帮助企业渡过难关)."""
    out: list[str] = []
    for part in _split_at(rest, at_commas)[1:]:
        items = _mentioned(part, "start", framed=framed) if _top_level(part, "、") else []
        if not items:
            return []
        out += items
    return out


# a list intro left at a name's start (提出了包括A、B等措施 → A), not a verb of receiving (享受工伤待遇)
_INCLUDES = compiled(r"(?:主要|具体)?(?:包括|包含|涵盖)(?:了)?")
