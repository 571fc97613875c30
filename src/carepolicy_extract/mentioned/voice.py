"""A policy's measures reported clause by clause. News reports paraphrase a document sentence by
sentence: 按照“十条措施”，我省将落实临时性工作补助，… / 通知还规定，…的医务人员，医疗费用全部由政府负担，
并享受工伤待遇；… / 在职称评聘方面，…申报高一级职称时，可提前一年申报。 A sentence is the policy's voice
when it opens with the policy as its subject and a verb of saying (通知明确 / “十条措施”还要求 / 按照《意见》，)
or continues such a sentence in the same paragraph; the policy's own sentence is its voice after its
verb of saying (…印发指导意见，要求A，B). Each clause of a voiced sentence that states an action, once its
subject and modal (各单位要, 我省将), its standard (按照每人每天100元) and its connector (并, 此外) are
off, names a measure. A sentence that quotes a person (负责人表示) or names another policy ends the voice.
A policy a sentence opens with as its basis (按照《实施细则》，对…实行…) speaks through the clauses after it."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from ..charclass import HAN_RUN
from ..policy_terms import term_re, terms
from ..rules import compiled
from .amounts import _STANDARD, _after_standard
from .clauses import _ASPECT_FRAME, _BASIS_CLAUSE, _whom_of_relative
from .gate import (
    MAX_CLAUSE, MAX_MENTIONED, MIN_CLAUSE, PREPOSED_REACH, SUBJECT_REACH, _action_open, _drop_connectors,
    _for_whom_action, _not_a_measure, _preposed_action, _preposed_verb, _safeguard, _subject_modal, _whom_dropped,
    no_measure_named,
)
from .items import _INCLUDES, _KIND_CLOSE, LAST_NAME_DENG, _mentioned
from .text import _FOLLOW_SENTENCE, _split_at, _top_level, _top_search
from .words import _frame_close, _opener_re, _word_tuple, _words


MAX_VOICED_SENTENCES = 8   # sentences after the policy's that may carry its voice
COLON_LIST_LEAD = 20       # characters between the policy and the colon opening a ；-list of its measures
                           # (措施干货不少：, 今年的举措更加聚焦老年人的“急难愁盼”：)


@lru_cache(maxsize=1)
def _voice_open() -> re.Pattern:
    """A sentence opening with the policy as the subject of a verb of saying, or as its basis:
    (此外，)(该)通知(还)明确 / 《意见》提出 / “十条措施”要求 / 按照“十条措施”， / 根据通知，, maybe after the
    aspect it is about (在激励保障方面，《条例》规定：); or with the policy and a few words on it before a
    colon that opens a ；-list (措施干货不少：A；B；C; 记者注意到，今年的举措更加聚焦老年人的“急难愁盼”：A；B；C)."""
    openers = _words("discourse_openers")
    says = _words("voice_verbs")
    return compiled(f"(?:{openers}[，,]?)?{_VOICE_FRAME.pattern}?(?:(?:{_policy_ref()})(?:中|里)?(?:还|也|同时|并|进一步|特别)?{says}"
                      f"|(?:按照|根据|依据){_policy_ref()}[，,]"
                      f"|(?:{_policy_ref()})[^，,。；;：:《》]{{1,{COLON_LIST_LEAD}}}[：:](?=[^：:]*[；;]))[，,：:]?")


DESCRIBED_MAX = 16     # characters of a word on the policy that opens its voice without a verb of saying


@lru_cache(maxsize=1)
def _described_policy() -> re.Pattern:
    """A short sentence that is the policy and a word on it (记者了解到，十条措施真金白银、直达快享。)."""
    return compiled(f"(?:{_words('discourse_openers')}[，,]?)?(?:{_policy_ref()})(?:还|也)?"
                    f"[^，,。；;：:《》“”]{{1,{DESCRIBED_MAX}}}[。！!]?")


@lru_cache(maxsize=1)
def _content_question() -> re.Pattern:
    """A sentence asking what the policy holds, its measures in the paragraphs below (“十二条措施”有哪些
    亮点？ / 《办法》都有哪些干货？一起来看)."""
    return compiled(f"(?:{_words('discourse_openers')}[，,]?)?(?:{_policy_ref()})(?:都|还|具体)?"
                    f"{_words('content_questions')}[\u4e00-\u9fff]{{0,6}}[？?]")


# a paragraph opening with the aspect of the policy it reports (荣誉上，… / 待遇上，…), not with an adverb
# (实际上，: rules/mentioned.txt [not_aspects])
_ASPECT_LEAD = compiled(r"[\u4e00-\u9fff]{2,3}上[，,]")


def _aspect_lead(bare: str) -> re.Match | None:
    m = _ASPECT_LEAD.match(bare)
    return m if m and not bare.startswith(_word_tuple("not_aspects")) else None


def voice_opens(sent: str) -> bool:
    """The sentence opens with a policy as the subject of its words (该通知要求，…; 《意见》明确，…)."""
    return _voice_open().match(sent.strip()) is not None


def _policy_ref() -> str:
    """The policy named again as a subject: 该通知, 《意见》, “十条措施”, 这一办法."""
    nouns = term_re("policy_nouns").pattern
    return f"(?:该|这一?|上述|此|[\u4e00-\u9fff]{{1,5}}的)?(?:《[^》]{{1,40}}》|“[^”]{{1,20}}”|[\u4e00-\u9fff]{{0,6}}?{nouns})"


@lru_cache(maxsize=1)
def _acting_policy() -> re.Pattern:
    """A sentence opening with the policy by its short name as the subject of an action it takes
    (《若干措施》对政务应用程序实行清单管理，…): its clauses are its voice, the first one included."""
    return compiled(f"(?:{_words('discourse_openers')}[，,]?)?{_VOICE_FRAME.pattern}?(?:《[^》]{{1,40}}》|“[^”]{{1,20}}”|「[^」]{{1,20}}」)"
                      f"(?:还|也|同时|并|进一步)?(?=对|将|为|向)")


# the aspect or matter a policy's words are about, before the policy as their subject (在激励保障方面，
# 《条例》规定：…; 在选拔任用上，措施提出，…)
_VOICE_FRAME = compiled(r"(?:在[^，,；;。：:《》]{1,12}(?:方面|上)[，,])")


@lru_cache(maxsize=1)
def _voice_in_own_sentence() -> re.Pattern:
    """The policy's own sentence turning to its voice after a comma: ，通知指出， / ，要求加强… / ，其中提到， /
    its verb of saying glued to the first clause (出台10条措施…，明确规范派费结算，落实带薪休假，…)."""
    nouns = term_re("policy_nouns").pattern
    return compiled(f"[，,](?:其中|(?:该|这一?|此)?[\u4e00-\u9fff]{{0,6}}?{nouns})?(?:还|并|也|同时)?"
                      f"(?:{_words('voice_verbs')}[，,：:]|要求|明确(?={_action_open().pattern})"
                      # (… or what the bodies decided with it: 下发《…》，决定对…医务人员给予临时性工作补助)
                      f"|决定(?=[对为向]|{_action_open().pattern})"
                      # (… or 规定/明确 right before what binds: ，规定日最高气温达到40℃以上应当停止…)
                      f"|(?:规定|明确)(?=[^。；;！!？?]{{0,{PROVISION_REACH}}}?{_PROVISION_WORDS}))")


PROVISION_REACH = 40    # characters from 规定 or 明确 to the modal that makes what follows a provision
_PROVISION_WORDS = "(?:应当|不得|一律|必须|原则上)"


@lru_cache(maxsize=1)
def _quote_verb() -> re.Pattern:
    return compiled(_words("quote_verbs"))


def _voice_end(sent: str, pos: int) -> bool:
    """A sentence that is someone's words about the policy, not the policy's own (负责人表示, 记者了解到);
    not a word that holds a quote verb (追认为烈士: rules/mentioned.txt [quote_word_heads])."""
    heads = _word_tuple("quote_word_heads")
    return any(q.start() == 0 or not sent.startswith(heads, q.start() - 1) for q in _quote_verb().finditer(sent, pos))


@lru_cache(maxsize=1)
def _voice_modal() -> re.Pattern:
    """A modal a clause of a policy's voice may open with (可提前一年申报, 要向一线医务人员倾斜)."""
    return compiled(_words("voice_modals"))


def _unquoted(c: str) -> str:
    """A clause without its white space and the quotation marks around it, when they are around the
    whole of it (not the closing one of a name it ends with: 不得要求基层“打卡签到”“晒图留痕”)."""
    c = c.strip(" \u3000")
    if c.startswith("“") and c.endswith("”") and c.count("“") == 1:
        return c[1:-1]
    return c.strip("“”") if c.count("“") != c.count("”") else c     # (a quotation a comma split)


# a clause setting a level for something (村干部基本报酬不低于当地…的2倍, 补助标准提高至每人每天300元)
_LEVEL_SET = compiled(r"[^，,“”《》]{2,20}?(?:不低于|不少于|不超过|不高于|提高到|提高至|提升至|上调至|增加到|增至)")
# what a clause that reports rather than provides says: a deed done, a significance, a role
_STATEMENT = compiled(r"(?:作出|取得|发挥)了|具有[^，,]{0,6}意义|重要(?:意义|贡献|作用)")
# a clause opening with the aim it serves (为激励广大…, 为进一步推动…), not with whom it is for
_PURPOSE = compiled(r"为了?(?:激励|推动|保障|确保|促进|进一步|切实|更好|全面|加快|深入)")
# a clause that is only the object 把 puts first, its verb in a later clause (把…出现的失误错误，…同…区分开来)
_OBJECT_ONLY = compiled(r"(?:要)?[把将][^，,]{2,40}的[\u4e00-\u9fff]{1,6}")
# … unless the verb that puts it somewhere stands inside (将防汛一线作为考察识别干部的重要战场)
_PLACING = compiled("作为|纳入|列入|列为|落到|放在|摆在|用于|融入|转化为|确定为|视为|当作")
# the policy's verb of saying repeated at a clause's start (…，明确不得要求基层打卡签到)
_SAID_OPEN = compiled("(?:还|并|同时)?(?:明确|规定|要求)(?=[\u4e00-\u9fff])")
# a time the action of a clause is done at, before it (疫情结束后, 春节期间, 每年: 每年为乡村教师免费体检一次)
_WHEN_LEAD = compiled(r"[\u4e00-\u9fff]{2,8}?(?:结束后|以后|之后|期间|前后)|每(?:年|半年|季度|月|周)")


# a deadline an action is done within, after what it is done to (小额救助3个工作日内发放到位)
_WITHIN_LEAD = compiled(r"[^，,；;。]{2,12}?(?:\d{1,3}|[一二三四五六七八九十]{1,3})个?(?:工作日|日|天|小时|个月)(?:之)?内")


# a basis or means an action is done on, before it (根据高温天气预报合理安排工作时间, 按照有关规定给予…,
# 依托退役军人服务站开展结对帮扶, 按学校艰苦边远程度实行差别化生活补助), or the place it is done at
# (在工地设置遮荫休息处)
_BASIS_LEAD = compiled(r"(?:根据|按照|按|依据|依托|依靠|利用|结合)[^，,；;。]{2,16}?(?=[\u4e00-\u9fff])"
                       r"|在[^，,；;。的]{2,10}?(?=[\u4e00-\u9fff])")


def _acts_from(c: str, at: int) -> bool:
    """What follows `at` (a modal, or a subject and its modal) states an action: one opening it, one
    whom or what it is for names first (向劳动者发放…, 为志愿者购买…), or one done on a basis (根据天气预报
    合理安排…)."""
    rest = c[at:]
    if _action_open().match(rest) or _for_whom_action(rest) or _preposed_action(rest):
        return True
    basis = _BASIS_LEAD.match(rest)
    return basis is not None and any(_action_open().match(rest, k) for k in range(basis.end(), min(len(rest), basis.end() + 12)))


def _one_action_listing(c: str, acts: list[bool]) -> bool:
    """The clause is one action and the things it lists before 等 and their kind (帮助解决老人就医、买菜等
    生活难题, 加强对企业、学校等单位的指导), not names of their own (减免A、降低B等12条措施) nor the
    names a verb shares (全面落实A、B、C等制度) or a means frame opens (将通过A、B等方式); `acts`: which
    of its 、-parts open with an action."""
    return acts[0] and sum(acts) < 2 and _shared_verb_re().match(c) is None and not c.startswith(_word_tuple("urge_verbs"))


def _voiced_clause(c: str) -> str | None:
    """The measure one clause of a policy's voice names, or None (a condition, an aim, a fact):
    a clause opening with an action (落实临时性工作补助) or a modal (可提前一年申报, 要向一线倾斜), or
    a short subject and its modal before one (各单位要合理安排轮换休息 → 合理安排轮换休息)."""
    c = LAST_NAME_DENG.sub("", _drop_connectors(_unquoted(c).rstrip("…")))   # (…3000张……: a list trailing off)
    said = _SAID_OPEN.match(c)
    if said and _action_open().match(c, said.end()):
        c = c[said.end():]      # 明确不得要求基层…: the policy's verb of saying again, before its clause
    intro = _INCLUDES.match(c)
    if intro:
        c = c[intro.end():].lstrip("：: ")     # 包括合理安排轮换休息: the intro is no part of the name
    if c.strip("等…. ") == "":
        return None
    standard = _STANDARD.match(c)
    if standard and re.search(r"\d|[一二三四五六七八九十百千万]元", standard.group()):
        c = _after_standard(c)      # 按每人每天200元的标准发放…, not 按照有关规定给予…
        standard = None
    modal = _voice_modal().match(c)
    if modal and modal.group() in terms()["required_modals"] and _acts_from(c, modal.end()):
        # a modal of requirement the clauses repeat (各地要A，要B，要C; policy_terms.txt [required_modals]) is
        # no part of the measure; one of permission is (可提前一年申报), and 将 may be 把 (将A纳入B)
        c, modal = c[modal.end():], None
    if _for_whom_action(c) and (len(c) > MAX_CLAUSE or _safeguard().search(c)):
        c = _whom_dropped(c)    # 为参与社区防控工作的专职城乡社区工作者适当发放临时性工作补助: too long a
                                # name with whom it is for, or one whose whom reads like a safeguard
                                # (防控工作): the action alone, as work d116's golden lists it
    if not (_action_open().match(c) or modal or _for_whom_action(c)
            or (standard and _action_open().match(c, standard.end()))):     # 按照有关规定给予抚恤
        m = _subject_modal().match(c)
        when = _WHEN_LEAD.match(c)
        if m and _acts_from(c, m.end()) and not (m.group().endswith("可") and _preposed_action(c[m.end():])):
            c = c[m.end():]
        elif when and (_action_open().match(c, when.end()) or _for_whom_action(c[when.end():])):
            pass        # 疫情结束后安排轮休: the time the action is done at stays with it
        elif (within := _WITHIN_LEAD.match(c)) and _action_open().match(c, within.end()):
            pass        # 小额救助3个工作日内发放到位: what, the time it is done within, and the action, whole
        elif (per := _PER_HEAD.match(c)) and _action_open().match(c, per.end()):
            pass        # 每人每天发放200元补助: how much a head, then the action, whole
        elif _acts_from(c, 0) and _BASIS_LEAD.match(c) and not c.endswith(("方面", "上")):
            pass        # 按学校艰苦边远程度实行差别化生活补助: the basis stays with the action done on it
                        # (not an aspect alone: 在家属帮扶方面，)
        elif m and m.group().endswith("可") and c.startswith(_word_tuple("receive_verbs"), m.end()):
            pass        # 社区工作者每人每天可领取100元补助: who may receive what, whole
        elif _preposed_action(c):
            c = _whom_dropped(c)    # 对…实行…: people it is for are left out, as after 对 elsewhere
        elif (lv := _LEVEL_SET.match(c)) and re.search(r"\d|[一二三四五六七八九十百千万]倍", c) \
                and not c.startswith("每") and not re.search("可以|可|享受|申请", c[lv.end():]):
            pass        # 村级组织办公经费每村每年不低于5万元: a standard the policy sets, whole (not
                        # who may receive it: 裁员率不高于5.5%的企业可以享受; nor an amount alone)
        else:
            return None     # 各地要根据当前要求: a basis; 落实相应…: 应 of a word, no modal
    if _whom_of_relative(c):
        return None     # 对吸纳退役军人就业的小微企业，: whom the next clause binds, its own verb inside the relative
    if _STATEMENT.search(c) or _PURPOSE.match(c) or _BASIS_CLAUSE.fullmatch(c) or (
            _OBJECT_ONLY.fullmatch(c) and not _PLACING.search(c)):
        return None     # 为保障…作出了重要贡献, 对于…具有重要意义: a deed or a significance; 为激励…: an aim;
                        # 要按照“三个区分开来”的要求: a basis only; 把…出现的失误错误: an object whose
                        # verb a later clause gives
    if not (MIN_CLAUSE <= len(c) <= MAX_CLAUSE) or not HAN_RUN.match(c) or c.startswith(_word_tuple("voice_aims")) \
            or _safeguard().search(c) or _effect_words().search(c):
        return None
    parts = _split_at(c, _top_level(c, "、"))
    # (the first part may name whom its action is for: 为独居老人安装智能烟感、紧急呼叫等设备)
    # (… and a later one too: 提供足够清凉饮用水、为新入职的工人安排适应期)
    acts = [bool(_action_open().match(x)) or _for_whom_action(x) for x in parts]
    listing = _top_search(_KIND_CLOSE, c) is not None
    if listing and not _one_action_listing(c, acts):
        return None     # 减免A、降低B等12条措施: a list of names, read as such
    if not listing and len(parts) >= 2 and (len(parts) >= 3 or max(map(len, parts)) > MIN_CLAUSE + 1) \
            and all(len(x) >= MIN_CLAUSE for x in parts) and sum(acts) * 2 >= len(parts) \
            and not (acts == [True, False] and not c.startswith(_word_tuple("urge_verbs"))):
        return None     # 加大A、拓宽B、强化C: a list of names, read as such (not one action and its two
                        # objects: 严禁以罚代管、违规克扣派费)
    return None if _not_a_measure(_THOUSANDS.sub("", c), True) else c     # (新增1,200个名额: no clause stop)


# an amount given per head or household and per time before the action (每人每天, 每户每月, 每名队员)
_PER_HEAD = compiled(r"每(?:人|户|名[\u4e00-\u9fff]{0,4}?)(?:每(?:天|日|月|年))?")


# the policy's own name closed and what it will do (「安心就业计划」将提高补贴额度、放宽申请条件): its voice
_OWN_NAME_WILL = compiled(r"[「“《]?[^，,。；;“”「」《》]{1,40}[」”》](?:还|也|同时|进一步)?将(?=[\u4e00-\u9fff])")


# a sentence opening with the policy as its basis (按照《实施细则》，/ 根据新修订的《…办法》，/ an answer's
# 最佳答案：根据《…》，): the words
# before the policy, and the policy's name and the comma after it
_BASIS_BEFORE = compiled(r"(?:^|(?<=[。！？!?\n：:]))[ \u3000]*(?:按照|根据|依据)(?:[\u4e00-\u9fff]{1,5}的)?$")
_BASIS_NAME = compiled(r"(?:《[^《》]{1,40}》|“[^“”]{1,20}”)[，,]")


BASIS_REACH = 12        # characters before a policy where the words naming it as a basis stand


def _basis_named(text: str, start: int, sent: str) -> re.Match | None:
    """The policy's name and its comma when its sentence opens with it as its basis: what follows
    is the policy's voice (按照《实施细则》，对…实行…，对…给予…)."""
    lo = max(0, start - BASIS_REACH)
    if text.find("据", lo, start) < 0 and text.find("照", lo, start) < 0 or not _BASIS_BEFORE.search(text, lo, start):
        return None     # (a cheap test first: 根据/依据/按照 hold 据 or 照)
    return _BASIS_NAME.match(sent)


def voiced_clauses(text: str, start: int, hi: int, named_first: bool = True) -> list[str]:
    """The measures the sentences in the policy's voice name clause by clause, from the policy's
    mention at `start` to `hi` (its next policy or the reach of its description); without
    `named_first`, `start` is a sentence's start that names the policy again as its subject (通知同时
    要求，…), read as the later sentences are."""
    out: list[str] = []
    voiced = False
    sentences = list(islice(_FOLLOW_SENTENCE.finditer(text, start, hi), MAX_VOICED_SENTENCES + 1))
    for k, sm in enumerate(sentences):
        sent = sm.group()
        bare = sent.strip()
        new_paragraph = k and "\n" in text[sentences[k - 1].end():sm.start()]
        opener = _opener_re().match(bare)
        if _voice_end(bare, opener.end() if opener else 0):
            voiced = False      # someone's words about the policy: its voice stops, and a later sentence
            continue            # that opens with it again (根据计划，社署将…) speaks for it once more
                                # (a reporter's opener, 记者了解到，, is none)
        # a word on the policy, no verb of saying (记者了解到，十条措施真金白银、直达快享。), or a question on
        # what it holds (“十二条措施”有哪些亮点？): its measures come next
        described = _described_policy().fullmatch(bare) is not None or _content_question().fullmatch(bare) is not None
        if k == 0 and named_first:
            m = _voice_in_own_sentence().search(sent) or _basis_named(text, start, sent) or _OWN_NAME_WILL.match(sent)
            if not m:
                voiced = described      # (the policy's mention may be that word itself)
                continue
            rest, voiced = sent[m.end():], True
        else:
            m = _voice_open().match(bare) or _acting_policy().match(bare)
            if m:
                rest, voiced = bare[m.end():], True
            elif described:
                rest, voiced = "", True
            elif voiced and (not new_paragraph or _ASPECT_FRAME.match(bare)
                             or bare.startswith(_word_tuple("continuing_openers"))):
                # (a paragraph opening with the aspect it reports goes on with the policy's words:
                # 在职称评聘方面，…可提前一年申报; so does one opening with 此外，/同时，)
                rest = sent
            elif voiced and (lead := _aspect_lead(bare)):
                rest = bare[lead.end():]    # (荣誉上，每逢建军节…组织走访慰问，…)
            else:
                voiced = False
                continue
        whom = False
        for part in _split_at(rest, _clause_stops(rest)):
            c = _voiced_clause(part)
            if c is None and whom:
                c = _bound_clause(part)
            whom = c is None and _whom_only(part)
            if c and c not in out:
                out.append(c)
            elif c is None:
                listed = _voiced_list(part) or (_received_list(part) if "等" in part else [])
                out += [x for x in listed if x not in out]
    return out


TAIL_ACTIONS = 3        # clauses stating an action that end a policy's own sentence, at least, to be its measures


def action_tail(sent: str) -> list[str]:
    """The measures a policy's own sentence goes on with, after its name and an aim at most, when nothing
    else names them: three comma clauses or more that each state an action and end the sentence (推出
    “巾帼护苗五条”，聚焦留守儿童家庭，组织…，为…发放…，开展…，帮助…。); not aims and effects (，进一步激发
    市场主体活力，推动…发展), nor whom it urges (，鼓励…，引导…)."""
    sent = sent.rstrip().rstrip("。！？!?")
    parts = _split_at(sent, _clause_stops(sent))
    items: list[str] = []
    for part in reversed(parts[1:]):
        c = _voiced_clause(part)
        if c is None or _effect_words().search(part) or c.startswith(_word_tuple("urge_verbs")):
            break
        items.append(c)
    if len(items) < TAIL_ACTIONS or len(parts) - 1 - len(items) > 1:
        return []
    return items[::-1]


@lru_cache(maxsize=1)
def _effect_words() -> re.Pattern:
    """Words of what a policy is for or what came of it, no measure (活力, 高质量发展, 好评):
    rules/mentioned.txt [effect_words]."""
    return compiled(_words("effect_words"))


def _voiced_list(part: str) -> list[str]:
    """The measures of a clause of a policy's voice that lists actions with 、, once its subject and
    modal or the people it binds are off (对一线干部优先提拔使用、提前晋升职级 → 优先提拔使用, 提前晋升
    职级; 各地要加大A、拓宽B), or the names a shared verb lists before 等 and their kind (全面落实A、B、C
    等制度 → A, B, C)."""
    c = _drop_connectors(_unquoted(part))
    named = _QUOTED_PUT.fullmatch(c)
    if named:
        return [named.group(1)]     # 基层高级职称实行“定向评价、定向使用”: the quoted name
    m = _subject_modal().match(c)
    frame = (m and _MEANS_OPEN.match(c, m.end())) or _MEANS_OPEN.match(c)
    if frame:
        close = _top_search(_frame_close(), c[frame.end():])
        if close is not None:       # (各地)通过“县管乡用”“乡聘村用”等方式: the means named
            return _mentioned(c[frame.end():frame.end() + close.start()], "start", closed=True, framed=True)
    if "、" not in c:
        return []
    if m and _action_open().match(c, m.end()):
        c = c[m.end():]
    elif m and _for_whom_action(c[m.end():]):
        c = _whom_dropped(c[m.end():])      # 全区将为环卫工人发放A、增设B: whom the list is for, shared
    elif _preposed_action(c):
        c = _whom_dropped(c)
    if not _action_open().match(c):
        return []
    close = _top_search(_KIND_CLOSE, c)
    if close is not None:
        # 全面落实A、B、C等制度: the verb the names share, 等 and their kind close them
        verb = _shared_verb_re().match(c)
        return _mentioned(c[verb.end():close.start()], "start", closed=True) if verb else []
    parts = _split_at(c, _top_level(c, "、"))
    if len(parts) < 2 or not all(_action_open().match(x) or _for_whom_action(x) for x in parts):
        return []       # (加强对企业、学校的指导: one action, its objects listed)
    return _mentioned(c, "start")


# a subject putting one quoted name in force, the whole clause (基层高级职称实行“定向评价、定向使用”)
_QUOTED_PUT = compiled(r"[^，,“”《》]{0,12}?(?:实行|推行|实施|推广|探索)“([^“”]{2,16})”")
# a short subject, maybe, then the means a frame noun will close (各地通过…等方式, 采取…等办法)
_MEANS_OPEN = compiled(r"[^，,“”《》]{0,6}?(?:通过|采取|采用)")


@lru_cache(maxsize=1)
def _shared_verb_re() -> re.Pattern:
    """A verb a list's names share when 等 and their kind close it (rules/mentioned.txt [frame_verbs],
    and 落实, 建立, 完善), after the adverbs an action may open with."""
    return compiled(f"{_words('action_adverbs')}{{0,2}}(?:{_words('frame_verbs')}|落实|建立|完善|健全)了?")


def _whom_only(part: str) -> bool:
    """A clause of a policy's voice that is only whom the next one binds (对在防治工作中感染的医务人员，/
    在防治非典工作中因公感染的医务人员，/ 因公殉职的，)."""
    p = part.strip(" \u3000")
    return no_measure_named(p) or (p.endswith("的") and _action_open().match(p) is None and len(p) <= MAX_CLAUSE)


def _bound_clause(part: str) -> str | None:
    """The measure of the clause after whom it binds, whose subject is what is given rather than an
    action (其医疗费用由所在单位全额负担 / 医疗费用全部由政府负担): a provision made by someone (由…)."""
    c = _drop_connectors(part.strip(" \u3000"))
    if "由" not in c[1:SUBJECT_REACH] or not MIN_CLAUSE <= len(c) <= MAX_CLAUSE or _safeguard().search(c):
        return None
    return None if _not_a_measure(c, True) else c


@lru_cache(maxsize=1)
def _receive_open() -> re.Pattern:
    """A clause saying who may receive what the list after it names (一线医务人员可享受…, 队员享有…)."""
    return compiled(f"^[^，,“”《》（）()]{{0,{SUBJECT_REACH}}}?(?:{_words('voice_modals')})?{_words('receive_verbs')}")


def _received_list(part: str) -> list[str]:
    """The names of what a clause of a policy's voice says its people receive, closed by 等 and their
    kind (一线医务人员可享受A、B、C等政策 → A, B, C)."""
    c = part.strip(" \u3000")
    rm = _receive_open().match(c)
    if rm is None:
        return []
    close = _top_search(_KIND_CLOSE, c[rm.end():])
    if close is None:
        return []
    items = _mentioned(c[rm.end():rm.end() + close.start()], "start", closed=True)
    return items if len(items) >= 2 else []


ACTING_SENTENCES = 8    # sentences from the policy's where a government or fund acting on it may be reported


@lru_cache(maxsize=1)
def _acting_open() -> re.Pattern:
    """A clause opening with who carries out the package and its modal (政府亦会 / 基金将 / 修正后的计划将 /
    特区政府会): rules/mentioned.txt [acting_subjects], [acting_modals]."""
    return compiled(f"^(?:[^，,“”「」《》]{{1,6}}的)?[\u4e00-\u9fff]{{0,4}}?{_words('acting_subjects')}"
                      f"(?:亦|{_words('subject_adverbs')})?{_words('acting_modals')}")


def _acted(c: str) -> str | None:
    """The measure a clause after an acting subject and its modal names: an action (宽减今年的水费), whom
    it is for before one (向合资格雇主提供工资补贴), or where before one (在公营机构创造约3万个职位); not an
    aim (以纾缓失业) nor what every package asks (加强监督检查)."""
    if not (_action_open().match(c) or _preposed_action(c)
            or c.startswith("在") and _preposed_verb().search(c, 1, PREPOSED_REACH + 1)):
        return None
    if not MIN_CLAUSE <= len(c) <= MAX_MENTIONED or c.startswith(_word_tuple("voice_aims")) or _safeguard().search(c):
        return None
    return None if _not_a_measure(_THOUSANDS.sub("", c), True) else c


_THOUSANDS = compiled(r"(?<=[0-9]),(?=[0-9]{3})")     # the comma of a thousand (7,500元), no clause stop


def _clause_stops(sent: str) -> list[int]:
    """Where a sentence's clauses end: its commas and semicolons outside quotes and brackets, not the
    comma of a thousand (新增1,200个名额, 一次性7,500元资助)."""
    return [i for i in _top_level(sent, "，,；;") if not _THOUSANDS.match(sent, i)]


def acting_clauses(text: str, start: int, hi: int) -> list[str]:
    """The measures a report says the government, fund or programme will carry out, clause by clause,
    from the policy's mention at `start` to `hi` (第二轮防疫抗疫基金…。陈茂波表示，基金亦会为自雇人士提供
    一次性资助，向受重创行业发放资助，并向…增加约三万个有时限职位。此外，政府会宽减…): a clause opening with
    the acting subject and its modal, and the clauses after it in its sentence that open with whom the
    next action is for (向…发放…) or with a connector before an action (并放宽适用对象)."""
    out: list[str] = []
    opener = _acting_open()
    for sm in islice(_FOLLOW_SENTENCE.finditer(text, start, hi), ACTING_SENTENCES):
        sent = sm.group()
        if "会" not in sent and "将" not in sent:
            continue        # (a cheap test before the clauses)
        acting = False
        for part in _split_at(sent, _clause_stops(sent)):
            c = part.strip(" \u3000")
            m = opener.match(c)
            if m:
                x, acting = _acted(c[m.end():]), True
            elif acting and _subject_modal().match(c):
                acting = False      # 雇主须承诺不裁员，并将补贴用于…: someone else's duty ends the acts
                continue
            elif acting:
                bare = _drop_connectors(c)
                x = _acted(bare) if bare != c or _preposed_action(c) else None
            else:
                continue
            if x and x not in out:
                out.append(x)
    return out
