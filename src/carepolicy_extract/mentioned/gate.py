"""Which items are kept: what a measure's name is not (a place, a person, a body, a clause, too long a
sentence), what a measure's clause opens with (an action: 落实, 及时发放; or a preposition naming whom or
what it is for before one: 对…给予, 为…提供), whom a clause is for (对表现突出的干部职工), and what every
document asks of its implementers (加强组织领导) — no measure of its own."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..charclass import HAN_RUN
from ..issuers import bodies
from ..policy_terms import term_re, terms
from ..regions import is_place_name
from ..rules import compiled, longest_first, rule_sections
from .text import CLOSE_QUOTES, OPEN_QUOTES
from .words import _word_tuple, _words


_BENEFICIARY = ("为", "向", "对", "给")     # open the subject of a frame verb: 为一线职工提供…
MAX_MENTIONED = 30      # characters of a measure named in prose (a name, not a sentence)


def _not_a_measure(item: str, quoted: bool, framed: bool = False, longest: int = MAX_MENTIONED) -> bool:
    """A place (杭州, 宁波市), a person (张伟: a measure's name unquoted has at least four characters,
    three when a frame noun closes its list: 稳就业、保民生等方面, but 医疗、交通等方面 are fields, not
    measures), a department (市财政局) or a clause is no measure's name."""
    if not 2 <= len(item) <= longest or (len(item) < (3 if framed else 4) and not quoted):
        return True
    if re.search("[，,。；;：:]", item) or \
            sum(map(item.count, OPEN_QUOTES)) != sum(map(item.count, CLOSE_QUOTES)) or not HAN_RUN.search(item):
        return True
    if lexicon.is_place(item) or (item[-1] in "省市区县" and is_place_name(item[:-1], item[-1])):
        return True
    return bool(bodies(item))


@lru_cache(maxsize=1)
def _for_whom() -> re.Pattern:
    """A clause opening with whom the names after it are for: 对表现突出的干部职工(A、B、C), 为困难退役军人、
    老年退役军人和伤病残退役军人(提供A、B、C等服务): groups of people joined by 、 or 和."""
    people = term_re("people_nouns").pattern
    return compiled("(?:" + "|".join(_BENEFICIARY) + f")(?:[^、，,]*?{people}[、和及与])*[^、，,]*?{people}"
                      + f"(?![\u4e00-\u9fff]*{people})")
MAX_CLAUSE_MENTIONED = 40   # characters of a measure named as one clause of a list split by ；


@lru_cache(maxsize=1)
def _action_open() -> re.Pattern:
    """A clause opening with an action: adverbs (及时, 切实, 进一步) then a verb of a measure (落实, 改善)."""
    verbs = set(rule_sections("numbering_context.txt").get("provision_words", ())) | \
        set(rule_sections("mentioned.txt").get("action_verbs", ()))
    verbs_re = "(?:" + "|".join(map(re.escape, longest_first(verbs))) + ")"
    return compiled(f"{_words('action_adverbs')}{{0,2}}{verbs_re}")


PREPOSED_REACH = 24     # characters of whom or what a clause's preposition names before its action


def _preposed_action(c: str) -> bool:
    """A clause opening with a preposition that names whom or what its action is for (对吸纳…的小微企业
    给予…补贴, 为困难家庭提供…, 将…标准提高至…): an action within PREPOSED_REACH characters after it."""
    if not c.startswith(_word_tuple("preposed_words")):
        return False
    v = _preposed_verb().search(c[:PREPOSED_REACH + 1], 1)
    if v is None:
        return False
    # a bare verb ending the clause right after its object, no 的 closing whom nor an adverb before it, is the
    # object's own noun (对急难型临时救助，实行…: what the action is for, the action after it); not
    # 对表现突出的及时予以表彰, 对困难群众及时救助
    return v.end() < len(c.rstrip("。；;，, ")) or "的" in c[:v.start()] or _adverb().match(c, v.start()) is not None


@lru_cache(maxsize=1)
def _adverb() -> re.Pattern:
    """An adverb an action opens with (进一步, 切实, 及时: rules/mentioned.txt [action_adverbs])."""
    return compiled(_words("action_adverbs"))


@lru_cache(maxsize=1)
def _preposed_verb() -> re.Pattern:
    """The action after a preposition's object: a verb of measures or of giving (为…购买保险)."""
    return compiled(f"{_action_open().pattern}|{_words('give_verbs')}")


_WHOM_OTHER = compiled(r"对[^，,。；;]{1,20}?的(?=[\u4e00-\u9fff])")     # 对作出突出贡献的…: whom, not people


def _whom_dropped(p: str) -> str:
    """A clause without whom it is for when those are people (对表现突出的干部优先提拔使用 → 优先提拔
    使用, as the goldens write it); other clauses as they are."""
    w = _for_whom().match(p)
    return p[w.end():] if w and _action_open().match(p, w.end()) else p


def _for_whom_action(c: str) -> bool:
    """A clause naming with 为 whom an action is for before it (为志愿者购买保险, 为一线职工送去防寒物资)."""
    w = _for_whom().match(c) if c.startswith("为") else None
    return w is not None and (_action_open().match(c, w.end()) is not None
                              or c.startswith(_word_tuple("give_verbs"), w.end()))


SUBJECT_REACH = 14         # characters of a subject before the modal it is cut with (各医疗卫生单位要)


@lru_cache(maxsize=1)
def _subject_modal() -> re.Pattern:
    """A short subject and the modal after it, cut before a clause's action (各医疗卫生单位要, 我省将)."""
    return compiled(f"^[^，,“”《》（）()]{{2,{SUBJECT_REACH}}}?{_words('voice_modals')}")


def _whom_end(p: str) -> int:
    """Where the action of a clause opening with whom it is for begins (对作出突出贡献的|及时给予…)."""
    w = _WHOM_OTHER.match(p)
    return w.end() if w and _action_open().match(p, w.end()) else 0
# a sentence that reports a fact done, not a provision (已发放, 发放了, 截至…)
_DONE = compiled("已|了|截至|截止")
MIN_CLAUSE, MAX_CLAUSE = 4, 30


def _drop_connectors(c: str) -> str:
    """A clause without the connectors it opens with (此外，并, 同时: 并优先安排… → 优先安排…)."""
    connectors = tuple(terms().get("clause_connectors", ()))
    while c.startswith(connectors):
        c = c[next(len(w) for w in connectors if c.startswith(w)):]
    return c


@lru_cache(maxsize=1)
def _no_name() -> re.Pattern:
    """An item that names no measure whatever reader found it: a reporting clause (卫福部表示, 卫生福利部
    今日宣布: rules/mentioned.txt [reporting_ends]), only whom a measure is for (对在服务中受伤的志愿者,
    参与照护确诊病人的医护人员, 实绩突出的干部: people after 对/为/向/给 or after a 的, with no action
    opening the item), only a time (自1月24日起, 今年5月), or only the closer of a list (等等)."""
    people = term_re("people_nouns").pattern
    return compiled(f"[^，,]*(?:{_words('reporting_ends')})$"
                      f"|(?:[对为向给][^，,、]*|[^，,、]*的[^，,、]{{0,8}}?){people}$"
                      r"|[自从至到截止]*[0-9０-９〇零一二三四五六七八九十百年月日号起至内前后底初今明昨本去上下个周天时点半期间]+$"
                      r"|等等|之类|云云")


# a numeral in a circle or brackets of one character left before an item (⑶每年组织一次健康体检)
LEFT_ORDINAL = compiled("^[\u2460-\u2473\u2474-\u2487\u2488-\u249b]+")


# a lead-in to a list on the lines below, not a name (主要包括以下几个方面：, 具体内容如下, 落实以下措施：)
_LEAD_IN = compiled(r".*(?:[：:]|(?:以下|如下)[\u4e00-\u9fff]{0,6}[：:]?)")


# a clause of time or condition alone (自该县全域降为低风险地区后, 从明年起, 待疫情结束时)
_TIME_CLAUSE = compiled(r"(?:自|从|待|当)[^，,。；;]*(?:后|起|前|时|以来)")
# the quotation marks and brackets a name opens and closes (see _unbalanced)
_OPEN_CLOSE = (("“", "”"), ("「", "」"), ("（", "）"), ("(", ")"), ("《", "》"))


def _unbalanced(item: str) -> bool:
    """A quotation or bracket the item opens and does not close, or closes without opening: a list cut
    inside a quoted or bracketed name (做到“一人一档 / 精准施策”)."""
    return any(item.count(a) != item.count(b) for a, b in _OPEN_CLOSE)


def no_measure_named(item: str) -> bool:
    """The item names no measure (see _no_name): a reporting clause, whom only, a time only, the
    lead-in to a list below, a clause of time or condition, half a quoted or bracketed name, or who
    demands what follows (南京要求, with no action before it: 可放宽论文要求 is one); a clause opening
    with an action keeps its people (表彰表现突出的志愿者)."""
    # (an item that ends with 的 is whom or a condition, 师生员工所在县有中高风险地区的: a name never does)
    if _LEAD_IN.fullmatch(item) or item.endswith("的") or _TIME_CLAUSE.fullmatch(item) or _unbalanced(item):
        return True
    end = next((w for w in _word_tuple("demanding_ends") if item.endswith(w)), None)
    if end is not None and _action_open().search(item, 0, len(item) - len(end)) is None:
        return True
    m = _no_name().fullmatch(item)
    return m is not None and (item.endswith(_word_tuple("reporting_ends")) or _action_open().match(item) is None)


@lru_cache(maxsize=1)
def _safeguard() -> re.Pattern:
    """What every document asks of its implementers (加强组织领导, 强化督导检查): no measure of its own."""
    return compiled(_words("safeguard_words"))
