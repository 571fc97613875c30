"""What a policy's name looks like: the patterns by which a sentence names a document (《title》,
a quoted alias, a count, a document named in running text, a notice issuing another), the
verbs that put each kind in force, and the document a page's headline or top lines name as its own.

The shapes of names sit apart from the scan that applies them, so that they can be read and tuned
in one place; the keys that compare names and bodies (`_key`, `_body_core`) are here too.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..charclass import HAN_RUN
from ..issuers import BASIS_WORDS, CALLED_HEAD, bodies
from ..numerals import COUNT_NUMBER, COUNT_NUMERAL, PART_ORDINAL, count_phrases
from ..policy_terms import term_re, terms
from ..regions import bare_places, places_in
from ..rules import compiled, longest_first
from ..segment import DOC_TITLE

_QUOTE = compiled(r"[“\"「]([^“”\"「」\n]{2,16})[”\"」]")     # 「」 of pages from Taiwan and Hong Kong
# a quoted item right before another one (“A”“B”, “A”、“B”, “A”和“B”): the quotes list items
_LISTED_QUOTE = compiled(r"[”\"」](?:[、和及与]|以及)?$")
# sentences are capped in length so that a page without full stops costs no more than one with them
_SENTENCE = compiled(r"[^。！？!?\n]{1,400}[。！？!?]*")
# a sentence without one of these names no policy: 《title》, “alias” (「alias」 of Taiwan and Hong Kong), 十条 / 22项
# (every alternative opens with a literal character, no class: the engine then skips at C speed to the
# characters that may open a cue, instead of trying each alternative at every position)
_CUE_WORDS = "《|“|\"|「|条|项|方面|措施|举措|通知|意见|政策|方案|指引|指南|办法|细则|规定|通告|公告|的决定|文件|部署|要点|要求|做法|计划|基金|暖心服务|关爱服务|便民服务"
ACTOR_KIND_GAP = 4      # characters of a word describing an actor's kind after 等 (等人文关怀, 等暖心服务)


@lru_cache(maxsize=1)
def cue_re() -> re.Pattern:
    """What a sentence that may name a policy holds: the words above, or 等 closing what a body does
    (rules/policy_terms.txt [actor_kinds]: …等人文关怀, …等方式)."""
    kinds = "|".join(map(re.escape, longest_first(terms()["actor_kinds"])))
    return compiled(f"{_CUE_WORDS}|等[\u4e00-\u9fff]{{0,{ACTOR_KIND_GAP}}}?(?:{kinds})")
# a set of measures reported by its kind, without a name or a count, after an issuing verb:
# 市财政局会同市委组织部…共同出台关心关爱…的具体措施, 民政部与卫生健康委联合印发通知
# (quoted items may stand in what it says: 推出“不见面招聘”“网上办理”等做法; amounts too: 发放100元补助、…等措施)
# (a numbered notice or order: 第10号令, 通告（第12号）)
_KIND_NAMED = compiled(r"(?P<what>[\u4e00-\u9fff、“”「」0-9.%％]{0,40}?)(?P<kind>(?:具体|暖心|关爱|激励|惠企|帮扶|明确|便民)?"
                         r"(?:措施|举措|通知|意见|政策|方案|指引|指南|办法|细则|规定|要点|要求|通告|公告|做法|(?<=暖心|关爱|便民)服务"
                         r"|(?<=号)令)(?:[（(]第?[0-9一二三四五六七八九十]{1,4}号[）)])?)"
                         r"(?=[，,。；;！!：:]|$)")
# what calls a quoted name a policy: 实行“一缓一减三补贴”政策
_POLICY_WORD = compiled(r"(?:暖心|专项|关爱)?(?:政策|措施|举措|行动|计划|方案|专案)")
# a quoted name that may be a policy's: Han words, maybe two joined by a middle dot (“夏送清凉·青春暖蜂”),
# maybe with a version number (「纾困4.0」方案)
# (a yearly programme opens with its year: 启动“2023年春风行动”); … or one a verb puts in force by its
# own last word, a programme's or fund's ([programme_nouns]: 成立「防疫抗疫基金」, 启动“某专项行动”)
_QUOTED_NAME = compiled(r"(?:(?:19|20)\d{2}年)?[\u4e00-\u9fff]{2,}(?:[·•][\u4e00-\u9fff]{2,})?(?:[0-9]+(?:\.[0-9]+)?)?")     # … “我在某地过大年”暖心行动
MIN_STANDALONE_PROGRAMME = 5     # characters of a quoted programme named without a verb (「安心就业计划」)
# a programme or fund named without quotes after its verb, maybe as a round of it, up to the clause's
# end or to the measures it holds (推出某某就业启航计划，…; 公布第二轮防疫抗疫基金的具体措施)
# (… or the measures it holds, counted: 公布第二轮防疫抗疫基金下的八项措施, the fund's eight)
_PROGRAMME_AFTER = compiled(r"(?P<round>第[一二三四五六七八九十0-9]{1,3}(?:轮|批|期))?"
                              r"(?P<name>[\u4e00-\u9fff]{2,16}?(?P<noun>基金|专项资金|计划))"
                              f"(?=(?:下|中)?的?(?:具体)?(?:(?P<n>{COUNT_NUMBER})(?:项|条))?(?:措施|举措|内容)?[，,。；;！!]|$)")
MIN_PROGRAMME_HEAD = 4      # characters of such a name before its noun (防疫抗疫 of 防疫抗疫基金)
# a round or batch between the verb and the quoted name, part of the name: 推出第二轮「防疫抗疫基金」
_ROUND = compiled(r"第[一二三四五六七八九十0-9]{1,3}(?:轮|批|期)$")
# a document's name right after its count: 十条援鄂医疗队休整期间服务管理指引
_NAME_AFTER_COUNT = compiled(r"[\u4e00-\u9fff]{6,40}(?=[，,。；;！!]|$)")
# what a quoted count form may call itself besides a measure noun: “三项机制”
_ALIAS_NOUN = compiled(r"机制|制度|行动|工程|服务")
# a name the page gives a document for short: 《失业保险条例》（以下简称“现行条例”）; in 《》 a short form
# of its kind only (（以下简称《条例》）), which no annotator lists as its alias but which refers to it;
# after the document's number in the same brackets ((通政办发〔2023〕21号，以下简称《若干措施》))
_CALLED = compiled(r"[（(](?:[^（）()，,]{2,24}〔\d{4}〕\d{1,4}号[，,]\s*)?" + CALLED_HEAD
                   + r"[:：]?[“\"「《]?([^“”\"「」()（）《》:：]{2,16}?)[”\"」》]?[)）]")
# a formal title: in 《》, or in the corner quotes of Taiwan and Hong Kong when it is a document's long
# name (「执行…发给补助津贴及奖励要点」; a short one, 「保就业」计划, is an alias), or a shorter one that ends
# with a law's or a rule's noun (依「灾害防救法」规定, 公布经修订的「工作地点热压力指引」), not a way of doing
# (「新做法」, 「好方法」)
_TITLE = compiled(DOC_TITLE.pattern + r"|「([^「」\n]{10,120})」"
                  r"|「([^「」\n]{3,9}?(?<![方做说想看手])(?:法|条例|办法|规则|指引|要点|规定|细则|准则|守则))」")
# a document named in running text without 《》: 按照省委关于做好…工作的通知要求, 发布关于实施“…”十项措施的通告
_RUNNING_DOC = compiled(r"关于[^《》。；;！？!?\n]{4,70}?的(?:通知|通告|公告|意见|实施意见|决定|办法|规定|实施方案|方案|若干措施)")
# words that leave open which set of measures is meant: 出台什么政策, 任何措施
_QUESTION_WORDS = ("什么", "哪些", "何种", "怎样")
_INDEFINITE = _QUESTION_WORDS + ("任何",)
# … and the words a question asks with: a headline holding one is a question, no document's name
_ASKING = _QUESTION_WORDS + ("怎么", "如何", "多少", "吗", "有没有")
# what may follow an issuing verb before the name it issues: 制定出, 出台了, 制定好了
_VERB_TAIL = compiled(r"[出好完]?了?")
# a name opening with a quantity, a pointer or a particle is no document's name: 一份完整的方案,
# 这些措施, 本方案, 如下规定, (出台)的疫情防控各项规定
_QUANTIFIED = tuple("一这该本那多各如的")
# what may stand between two titles of one list: 《A》（某政办发〔2022〕59号）、《B》, or nothing (《A》《B》)
_TITLE_NUMBER = r"\s*(?:[（(][^（）()]{0,30}[)）])?\s*"
_TITLE_LIST_GAP = compiled(_TITLE_NUMBER + r"[、和及与]?\s*")
# … or a joining word and the next title's own bodies (贯彻中办、国办《A》和浙江省委办公厅《B》)
_TITLE_LIST_JOIN = compiled(_TITLE_NUMBER + r"(?:以及|[、和及与])\s*")
# a document cited by its issuer alone: 根据上海市防控办有关文件要求 (not 按照市委相关部署: no document)
_CITED_BODY = compiled(r"(?P<body>[^，,。；;：:《》“”\s]{3,30}?)(?:的)?(?:有关|相关)?(?:文件|通知|规定)")
# a count of aspects that is the policy's count when no count of items follows: 提出8方面措施, 四方面重点任务
_ASPECT_COUNT = compiled(f"(?={COUNT_NUMERAL})(?P<n>{COUNT_NUMBER})个?方面(?:的)?(?:具体|政策|工作|重点)?(?:措施|举措|政策|任务)")
# … and the aspects of requirements a named document sets out, when no count of measures follows
# (maybe after the aspects it names: 从落实高温津贴、调整作业时间等4个方面提出保障措施)
_ASPECT_DEMANDS = compiled(f"从(?:[^，,。；;从]{{2,60}}?(?:等|共)?)?(?P<n>{COUNT_NUMBER})个?方面[^，,。；;]{{0,30}}?(?:提出|作出|明确)了?"
                             r"(?:具体|明确|工作|保障|政策|支持)?(?:要求|规定|部署|安排|措施|举措)")
# a total that declares a policy's count, after a word naming the policy: 该措施共分为五个方面二十条,
# 《规定》共11章56条 (not 全市共办理12项民生实事, nor 公共, 共同, 共产党)
_TOTAL_BEFORE = compiled(r"(?:措施|举措|政策|新政|意见|文件|办法|方案|规定|细则|条例|通知|要点|》|”)"
                           r"(?:[，,](?:里面|其中|全文|内容|文件|措施)?)?[^，,。；;：:]{0,3}共(?![同产享建青])[^，,。；;：:]{0,10}$")
TOTAL_REACH = 24
# a count's set named by a longer phrase of what its measures are for, ending in a measure noun, no
# verb before it that the issuing verbs know (行政院今天宣布三项受灾户安置协助措施)
# (words of a noun only: not what the measures are, 其中24项为立即推行的措施)
_LONG_SET_NOUN = compiled(r"(?![为是将])(?:(?!的)[\u4e00-\u9fff]){4,10}?(?:措施|举措)(?=[，,。；;：:]|$)")
# a count of some of a set's measures: the rest of them (其余五条措施, 另外两项), a pick of them (其中三条
# 措施), or those of one of its aspects, the sentence opening with the aspect (在多渠道开发就业岗位方面，
# 《通知》提出四项举措)
_PART_BEFORE = compiled(r"(?:其余|其他|另外|另|剩余|剩下|余下|其中)的?$")
_ASPECT_OPENING = compiled(r"^[ \t\u3000]*(?:其中，)?在[^，,。；;：:]{2,24}方面[，,]")
MAX_REPEATED_ALIASES = 5
# a clause naming the reporter's source: 记者从市委组织部获悉, 据市卫健委介绍
# … the one who speaks of it (市委组织部有关负责人表示，“暖心十条”…), the account the writer saw it on (刚看到区民政局公众号发的…)
_SOURCE_CLAUSE = compiled(r"(?:记者)?(?:从|据|向)[^，,。；;]{2,30}?(?:获悉|了解到|得知|消息|介绍|透露)"
                            r"|经[^，,。；;]{2,30}?(?:同意|批准)"
                            r"|[^，,。；;]{2,30}?(?:公众号|微信号|官方微博|官微|客户端|网站)上?(?:发布|转发|推送|发)的?"
                            r"|[^，,。；;]{2,40}?(?:有关|相关)?(?:负责同志|负责人|发言人)(?:在[^，,。；;]{1,20})?"
                            r"(?:表示|介绍|说|指出|强调|解读)")
# a clause naming what the document carries out, its bodies the authors of that, not of this document
# (为深入贯彻落实国务院和省、市关于助企纾困的决策部署，…制定以下15条措施; 落实某领导小组关于…的部署要求)
_BASIS_CLAUSE = compiled(r"(?:贯彻落实|贯彻|落实|根据|按照|依据)[^，,。；;]{0,40}?关于[^，,。；;]{1,40}?"
                           r"(?:部署|精神|要求|指示|批示|安排)")
# … or a body's instruction named without what it is about (根据县防汛抗旱指挥部工作部署): its body issues nothing here
_BASIS_OF_BODY = compiled(f"(?:{'|'.join(BASIS_WORDS)})[^，,。；;关]{{2,30}}?(?:部署|精神|要求|指示|批示|安排)")
# a notice that issues another document: 某市人民政府办公室关于印发《某市…实施方案》的通知 names two
# policies, the notice and what it issues (its title may nest the inner one in 〈〉 or <>)
# (a notice forwarding a department's document names that department between the verb and the title:
# 某省人民政府办公厅关于转发省发展改革委《关于…的实施意见》的通知, the inner one is the department's)
_NOTICE_OF = compiled(r"(?P<who>[^《〈<]*?)\s*(?:关于)?(?:印发|转发|下发|颁布)(?P<by>[^《〈<，,。]{0,30}?)[《〈<](?P<inner>.+)[》〉>](?:的)?通知")
# what may close a document's name in a headline: its number or status (2022年第15号, 试行)
# … and without brackets, as a headline broken over lines writes it
# (the issued name may close with its years or status in brackets: …行动计划（2023—2025年）, …办法（试行）)
# (its issuer may carry its working unit in brackets, 某领导小组（指挥部）; the issued name may quote a
# word or be a notice itself: …关于印发关于实施“…”十项措施的通告的通知)
_ISSUING_NOTICE = compiled(r"(?P<who>[\u4e00-\u9fff（）()]{2,50}?)?关于印发"
                             r"(?P<inner>[\u4e00-\u9fff“”，,、0-9]{6,80}?(?:[（(][^（）()《》]{1,14}[)）])?)的通知")


def issuing_notice(name: str) -> re.Match | None:
    """A notice that issues a document (某办公室关于印发《某措施》的通知, with or without brackets):
    groups `who` and `inner`."""
    return _NOTICE_OF.fullmatch(name) or _ISSUING_NOTICE.fullmatch(name)


_MEASURE_NOUNS = ("措施", "举措")
_NOTICE_NOUNS = ("通知", "通告", "公告")     # a notice's own name says 关于 or is a body's (某指挥部通告)
MAX_HEADLINE = 200      # characters of a first line that may be a headline naming a document
_COUNT_END = compiled(f"(?:{COUNT_NUMBER})条$")
MIN_NAME_HEAD = 6       # characters of a document's name before its noun (若干措施的通知 alone is a fragment)
_NAME_TAIL = compiled(r"(?=[\s（(])\s*[（(][^（）()]{1,14}[)）]$")     # (its first character looked at first)
_HEADLINE_STOP = compiled(r"[《》“”\"，。！？!?：:、\s\[\]【】]")
# what opens a sentence naming the basis a document or an act stands on (为贯彻落实…精神，…制定本方案;
# 按照市委通知要求，团市委开展…)
BASIS_OPENERS = ("为贯彻", "为落实", "为深入贯彻", "为认真贯彻", "为进一步贯彻", "根据", "按照", "依据", "依照")
_QUOTED_IN_NAME = compiled(r"“[^“”，,。；;]{1,20}”")
# what sets joint issuers apart in a headline: 中共某市委 某市人民政府关于…, 某厅、某厅关于…
_JOINT_GAP = compiled(r"[\s\u3000、]+")
# an alias made of a count word, without 条/项: 六个优先, 四个一, 五个上, 十大举措
_COUNT_WORD = compiled(f"(?P<n>{COUNT_NUMBER})(?:个|大)(?P<word>[\u4e00-\u9fff]{{1,6}})")
# … which the text calls measures: “六个优先”激励关爱措施, “四个一”举措
_WORD_ALIAS_TAIL = compiled(r"[\u4e00-\u9fff]{0,4}?(?:措施|举措|政策|实招|硬招|条款)")
WORD_ALIAS_VERB_REACH = 12  # … or that a verb issues, at most this far before it: 出台关爱一线人员的“四个一”


@lru_cache(maxsize=1)
def _issued_name_re() -> re.Pattern:
    """A document's name as an issuing verb's object: Han words (a quoted word inside) ending with
    a noun of [issued_names] right before the clause ends."""
    nouns = "|".join(map(re.escape, longest_first(terms()["issued_names"])))
    # (its years or status in brackets close it: …行动计划（2023—2025年）, …办法（试行）)
    return compiled(f"(?P<name>[\u4e00-\u9fff“”]{{2,60}}?(?P<noun>{nouns})(?:[（(][^（）()，,。]{{1,14}}[)）])?)"
                      r"(?=[，,。；;！!？?：:]|$)")


MIN_CITED_HEAD = 4      # characters of a name cited without 《》 before its noun (工伤保险 of 工伤保险条例)


@lru_cache(maxsize=1)
def _cited_name_re() -> re.Pattern:
    """A document's name right after a citing verb, without 《》: Han words (a quoted word inside)
    ending with a noun of [cited_names], then what the citation asks (有关规定, 相关要求, 的精神)."""
    nouns = "|".join(map(re.escape, longest_first(terms()["cited_names"])))
    return compiled(f"(?P<name>[\u4e00-\u9fff“”]{{2,40}}?(?P<noun>{nouns}))"
                      r"(?=的?(?:有关|相关)?(?:规定|要求|精神|部署)(?![\u4e00-\u9fff]{0,1}[的之]))")


@lru_cache(maxsize=1)
def _cited_quoted_re() -> re.Pattern:
    """A document's name in quotation marks right after a citing verb, ending with a noun of
    [cited_names] (根据“江苏省职工基本医疗保险门诊共济保障实施办法”)."""
    nouns = "|".join(map(re.escape, longest_first(terms()["cited_names"])))
    return compiled(f"“(?P<name>[\u4e00-\u9fff（）()]{{4,40}}?(?:{nouns}))”")


_DATE_TAIL = compiled(r"(?:(?:19|20)\d{2}年)?(?:(?:1[0-2]|0?[1-9])月(?:(?:3[01]|[12]\d|0?[1-9])日)?)?$")


def _body_before(lead: str) -> bool:
    """Whether the words before a document's name end with a body's name, a date aside (某指挥部
    2020年关于…): the body's own document, as its full name writes it."""
    lead = lead[: _DATE_TAIL.search(lead).start()]
    found = bodies(lead) if lead else []
    return bool(found) and found[-1].end == len(lead)


def _required(before: str) -> bool:
    """Whether the words before an issuing verb make its document one the text requires (各地要制定,
    各级要统筹制定: a modal, maybe with an adverb of [modal_adverbs] after it), not one issued."""
    for adverb in terms().get("modal_adverbs", ()):
        if before.endswith(adverb):
            before = before[: -len(adverb)]
            break
    return before.endswith(tuple(terms().get("required_modals", ())))


def _planned(sent: str, verb_at: int) -> bool:
    """Whether the verb's clause opens with a word of what is still to come ([planned_openers]:
    下一步将会同…制定实施细则): its document is planned, not issued."""
    clause = sent[max(sent.rfind(c, 0, verb_at) for c in "，,；;：:") + 1:verb_at]
    return any(w in clause for w in terms().get("planned_openers", ()))


MAX_MODIFIER = 5    # characters of a describing word before 的 (切实可行的, 有针对性的, 详细的)


def _described(name: str) -> bool:
    """A kind described by a short modifier, not a document's name: 切实可行的疫情防控工作方案,
    有针对性的复工复产指导意见 (but 关爱一线医务人员的通知 and 关于…的 are names)."""
    at = name.find("的")
    return 0 <= at <= MAX_MODIFIER


def _place_subject(head: str, bare: bool = True) -> bool:
    """Whether the words before a verb end with a place, its subject, after the adverbs that may stand
    between them ([subject_adverbs]: 近日, 还, 先后): 郑州市近日 yes, 各地 and 杭州市民 no; with `bare`,
    a division's name without its level too (南京)."""
    head = head.rstrip()
    adverbs = terms().get("subject_adverbs", ())
    while True:
        cut = next((w for w in adverbs if head.endswith(w)), None)
        if cut is None:
            break
        head = head[:-len(cut)]
    if head.endswith(terms().get("subject_references", ())):
        return True     # 该区推出…等暖心举措: the place the article speaks of
    found = places_in(head[-20:])
    if found and found[-1][0] + len(found[-1][1]) == len(head[-20:]):
        return True
    # … or the place bare, as news writes a city (2月11日晚，南京发布…的相关通知): a division's name
    names = bare_places(head[-12:], subject=True) if bare else []
    return bool(names) and head.endswith(names[-1])


def _is_law(title: str) -> bool:
    """A title that names a law: it ends with [policy_ends] (法, 法典) and not with a policy noun
    (办法 ends with 法)."""
    title = _NAME_TAIL.sub("", title)
    return title.endswith(terms().get("policy_ends", ())) and not title.endswith(terms()["policy_nouns"])


def _names_policy(title: str) -> bool:
    """A 《title》 that ends with a policy noun or has one among its last six characters, its
    number or status in brackets aside (…实施方案(2023—2025年))."""
    title = _NAME_TAIL.sub("", title)
    return (title.endswith(terms()["policy_nouns"] + terms().get("policy_ends", ()))
            or term_re("policy_nouns").search(title, max(0, len(title) - 6)) is not None)


def _document_headline(line: str, verbs: re.Pattern) -> tuple[str, str] | None:
    """(name, issuing words) of a headline that is a document's own name, without an issuing verb:
    某市关于…的八条措施, 中共某市委组织部关于…的通知, 某市疫情防控工作领导小组公告, 春节疫情防控工作方案,
    …的通告(2022年第15号) (its number aside). The issuing words are those before 关于, or the body
    whose name runs up to the document noun (…领导小组公告)."""
    line = line.strip()
    name = _NAME_TAIL.sub("", line)
    # a number closing the name is no part of it (…的通告(2022年第15号)); its years or status are
    # (…实施方案（2021—2025年）, …办法（试行）)
    kept = "" if _NUMBER_TAIL.search(line) else line[len(name):].strip()
    found = _headline_name(name, verbs)
    return (found[0] + kept, found[1]) if found and kept and found[0][-6:] == name[-6:] else found


# a document number in brackets closing a name: (2022年第15号), （沪府办规〔2020〕3号）
_NUMBER_TAIL = compiled(r"[（(][^（）()]*(?:号|〕)[^（）()]*[)）]$")
# a body named with how many issue the document with it (某厅等八部门): a label lists joint issuers so
# before 关于 (a list, not the title), and a notice's headline names its signature so
OTHERS_COUNT = compiled(r"等(?:[一二三四五六七八九十两0-9]{1,3}个?)?(?:部门|单位|部委|家单位)")
_OTHERS_LEAD = compiled(OTHERS_COUNT.pattern + "$")


_PUBLISHING = ("发布", "公布")


def compounded_verb(text: str, vm: re.Match) -> bool:
    """The issuing verb at `vm` is the second half of a noun (信息发布 in 政府采购信息发布管理办法: the
    publishing of information, rules/policy_terms.txt [published_things]), not a verb issuing what follows."""
    return vm.group().startswith(_PUBLISHING) and text.endswith(tuple(terms().get("published_things", ())), 0, vm.start())


def _headline_name(name: str, verbs: re.Pattern) -> tuple[str, str] | None:
    """_document_headline of a name without its bracketed tail."""
    at = name.find("关于")
    if at > 0 and _OTHERS_LEAD.search(name, 0, at):
        # 某厅等八部门关于…的若干措施 (a portal's label): the document is 关于…, issued by those listed
        found = _headline_name(name[at:], verbs)
        return (found[0], name[:at][: _OTHERS_LEAD.search(name, 0, at).start()]) if found else None
    if at > 0 and _JOINT_GAP.search(name, 0, at):
        # joint issuers before 关于, set apart by spaces or 、 (中共某市委 某市人民政府关于…的若干意见,
        # 人力资源社会保障部 财政部关于…): the name reads without the gaps when bodies fill them all
        lead = name[:at].strip()
        found = bodies(lead)
        # (one body set apart from 关于 by a space is its issuer too: 某市人民政府办公室 关于印发…)
        if not (found and found[-1].end == len(lead) and (len(found) > 1 or found[0].start == 0)):
            return None
        issued = _headline_name(_JOINT_GAP.sub("", lead) + name[at:], verbs)
        return (issued[0], lead) if issued else None
    # (a quoted name inside it is no stop: 某市总工会2024年“夏送清凉”活动实施方案)
    stop = _HEADLINE_STOP.search(_QUOTED_IN_NAME.sub("", name) if "“" in name else name)
    if stop and stop.group() == "、" and at > 0 and not _HEADLINE_STOP.search(name.replace("、", "")):
        # a body's document whose subject lists its aims (某常委会关于全面禁止…、革除…陋习、切实保障…的决定)
        found = bodies(name[:at])
        stop = None if found and found[-1].end == at else stop
    if any(w in name for w in _ASKING):
        return None     # a question's headline (某地高温天气户外工作有什么保护规定？) names no document
    issued = _ISSUING_NOTICE.fullmatch(name) if 6 <= len(name) <= 100 and "《" not in name else None
    if issued:      # 某办公厅关于印发某若干措施的通知: the notice, which names the document it issues (see _scan)
        return name, issued.group("who") or ""
    if not 6 <= len(name) <= 100 or stop:
        return None
    if any(not compounded_verb(name, vm) for vm in verbs.finditer(name)):
        return None
    noun = next((w for w in longest_first(terms()["document_nouns"]) if name.endswith(w)), None)
    if noun is None and name[-1] == "条":
        # a set's own name, its count of articles closing it (某市支持小微企业十二条, 某县抗疫志愿者礼遇十条)
        counted = _COUNT_END.search(name)
        if counted and counted.start() >= MIN_NAME_HEAD:
            return name, ""
    if noun is None or len(name) - len(noun) < MIN_NAME_HEAD:
        return None
    if noun in _MEASURE_NOUNS and "关于" not in name and (
            not (count_phrases(name) or "若干" in name) or term_re("cite_verbs").search(name, 0, len(name) - len(noun))):
        # 关爱一线人员的暖心举措: a news headline; a document of measures says 关于, its count or 若干, and
        # a headline that carries out measures names another's (杭州落实稳就业十条措施)
        return None
    if noun in _NOTICE_NOUNS and "关于" not in name and term_re("cite_verbs").search(name, 0, len(name) - len(noun)):
        # 杭州落实稳就业工作通知: a news headline about carrying out another's notice; a notice's own
        # name says 关于 (某市人民政府关于…的通知)
        return None
    at = name.find("关于")
    if at >= 0:
        if "的" not in name[at:] and name.endswith(terms().get("law_nouns", ())):
            # 某部关于失业保险条例: a headline about a law, cut before its …的说明 / …的决定
            return None
        return name, name[:at]
    found = bodies(name[: -len(noun)])
    if found and found[-1].end == len(name) - len(noun):
        return name, found[-1].name
    # a body's own plan named with its body first (某市总工会2024年“夏送清凉”活动实施方案, 某县人民医院关心
    # 关爱医务人员实施方案): that body issued it
    return name, (found[0].name if found and found[0].start == 0 else "")


_EXPLAINED = compiled(r"(?:图解|一图读懂|解读|政策解读)?[:：]?\s*(?:关于)?《(?P<doc>[^《》\n]{4,120})》"
                        r"(?:的)?(?:政策)?(?:解读|图解|问答|答记者问|政策问答|要点解读)")
# what a page's title adds after the headline: 某方案_第1页, 某通知_某某网, 某通知 | 某某网
# (the lookahead holds the first character of every alternative below: most positions of a line fail
# on it at once instead of on each alternative in turn; tests/test_pattern_rewrites.py checks it covers them)
_TITLE_CHROME = compiled(r"(?=[\s_|｜\d范（(篇.【\[一图政解权重官转相文标原要全])(?:"
                           r"\s*(?:_|\||｜|\s-\s).*$"
                           # … and an essay site's (某方案3000字, 某方案范文, 某方案(通用5篇), 某方案篇一)
                           r"|(?<=[\u4e00-\u9fff])(?:\d+字|范文|[（(](?:通用|精选|优秀)?\d+篇[)）]|篇[一二三四五六七八九十]).*$"
                           # … and a page's meta glued after it (某通知 发布时间：2020-02-12)
                           r"|\s+(?:发布时间|发布日期|时间|日期|来源|作者)[:：].*$"
                           # … and a document site's file name (某办法.doc, 某措施（全文）.pdf)
                           r"|\s*(?:[（(]全文[)）])?\.(?:docx?|pdf|wps|txt|xlsx?)\s*$"
                           # … and a site's label before it (【通知】某通知, [转载]某通知)
                           r"|^\s*[【\[][^】\]]{1,8}[】\]]\s*"
                           # … and an explainer's label before it (一图读懂｜某通知, 政策解读：某办法)
                           r"|^\s*(?:一图读懂|图解|政策解读|解读|权威发布|重磅|官宣|转发|转载)\s*[｜|:：!！]\s*"
                           # … and an essay site's label of one piece (篇一：某办法, 某方案 篇一)
                           r"|^\s*篇[一二三四五六七八九十]{1,3}[：:、]\s*|\s+篇[一二三四五六七八九十]{1,3}\s*$"
                           # … and what a post adds to a document's name (某方案重点整理, 某办法全文, 某措施政策解读)
                           r"|(?<=[\u4e00-\u9fff])(?:重点整理|要点整理|重点解读|政策解读|全文解读|全文|解读)\s*$"
                           # … and a label before it on a portal or an explainer (相关文件：某措施, 文件名称：某通知)
                           r"|^\s*(?:相关文件|文件名称|文件标题|标题|政策文件|原文)[:：]\s*)")
# symbols, emoji and marks at the edges of a line (🎁…🎁, ★…★), not brackets or quotes that close a name
_OPENING_SYMBOL = r"[^\w\u4e00-\u9fff《“（(【\[]"
_CLOSING_SYMBOL = r"[^\w\u4e00-\u9fff》”）)】\]]"
_SYMBOL_EDGES = compiled(f"^{_OPENING_SYMBOL}+|{_CLOSING_SYMBOL}+$")
_SYMBOL_OPENING, _SYMBOL_CLOSING = compiled(_OPENING_SYMBOL), compiled(_CLOSING_SYMBOL)    # (one character of each)


def _symbol_edges_off(line: str) -> str:
    """The line without _SYMBOL_EDGES, after the cheap test of its first and last characters (the
    pattern, tried at every position, finds none in most lines: they open and close with a word)."""
    if line and (_SYMBOL_OPENING.match(line) or _SYMBOL_CLOSING.match(line, len(line) - 1)):
        return _SYMBOL_EDGES.sub("", line)
    return line
# a document's name that opens a text whose line breaks were lost, glued to its first item
# (某某工作实施方案一、方案目标…, 某某办法第一章 总则)
_GLUED_NAME = compiled(r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff、0-9.．]{5,59}?)(?=一、|第一章|第一条|[1１][.．、])")
# a line that is a document's name above its first article or item, or above a notice's salutation
# (or above its preamble: 为进一步…，结合我县实际，制定本方案。)
# (found by the line break before what follows the name: a search from a literal, where one from every
# line's start cost ten times as much)
_BELOW_REPRODUCED = compiled(r"\n(?=第一条|第一章|一、|各[^\n]{1,60}[：:]\n|为[^\n]{4,200}?制定(?:本|如下|以下))")
REPRODUCED_NAME = (6, 60)     # characters of such a line


def reproduced_names(text: str, pos: int = 0) -> Iterator[tuple[int, int, str]]:
    """(start, end with its line break, line) of each such line that starts at `pos` or after."""
    shortest, longest = REPRODUCED_NAME
    for m in _BELOW_REPRODUCED.finditer(text, pos):
        end = m.start()
        start = text.rfind("\n", 0, end) + 1
        if start >= pos and shortest <= end - start <= longest:
            yield start, end + 1, text[start:end]
MAX_CUT_TITLE = 80  # characters of a title the page's end cuts off
_ARTICLE_LINE = compiled(PART_ORDINAL + r"[章条](?:$|[\s\u3000])")   # 第一章 总则, 第一条
TOP_LINES = 3       # a document's own name is one of the first lines, or is broken over them
MAX_TOP_LINE = 30   # characters of one line of a name broken over lines


def _line_document(line: str, verbs: re.Pattern) -> tuple[str, str] | None:
    """_document_headline of one of the top lines, its chrome and edge symbols aside (a line longer than
    a headline with its chrome is none: the chrome is not looked for; the symbols a post sets around it
    are no part of the name: 🎁某方案重点整理🎁)."""
    return _document_headline(_TITLE_CHROME.sub("", _symbol_edges_off(line)), verbs) if len(line) <= MAX_HEADLINE else None


def _top_document(text: str, verbs: re.Pattern) -> tuple[tuple[str, str] | None, int]:
    """The document the page's top names as its own (see _document_headline), and where the
    line that names it ends: the first line without the chrome a page title adds (…方案_第1页),
    the first lines joined when the name is broken over them (某市…疫情 / 防控工作领导小组 / 公 告),
    or one of the first lines under a headline of page chrome."""
    lines, pos = [], 0
    for line in text.split("\n", TOP_LINES)[:TOP_LINES]:
        lines.append((line.strip(), pos + len(line)))
        pos += len(line) + 1
    if not lines:
        return None, 0
    # a law's or a regulation's own text: its name, then its first chapter or article (中华人民共和国
    # 数据安全法 / 第一条, 某某实施规范（试行） / 第一章 总则): that line opens the text, not a name's rest
    if len(lines) > 1 and _ARTICLE_LINE.match(lines[1][0]) and 0 < len(lines[0][0]) <= MAX_TOP_LINE:
        first = _NAME_TAIL.sub("", lines[0][0])
        if first.endswith(terms()["law_nouns"] + terms()["policy_nouns"] + terms()["regulation_ends"]) \
                and HAN_RUN.fullmatch(first):
            return (lines[0][0], ""), lines[0][1]
    # (a first line that names a document on its own, its chrome aside, is no fragment of a longer
    # name: 某措施（全文）.doc over the bodies and the name as the document itself writes them)
    first_found = _line_document(lines[0][0], verbs)    # (read once: the loop at the end asks it again)
    whole_first = first_found is not None
    # (a name's rest is no chapter or article of the text: 某某实施规范（试行） / 第一章 总则 / 第一条)
    whole = next((k for k in range(1, len(lines)) if _ARTICLE_LINE.match(lines[k][0])), len(lines))
    for k in range(whole, 1, -1) if not whole_first else ():      # a name broken over the first k lines
        part = lines[:k]
        if all(0 < len(x) <= MAX_TOP_LINE for x, _ in part):
            found = _document_headline(_SPACES.sub("", "".join(x for x, _ in part)), verbs)
            if found:
                return found, part[-1][1]
    # an interpretation of a document heading its page (《某某关于…的通知》解读, 图解：《…》, 关于《…》的政策解读):
    # the page's own document is the one interpreted
    explained = _EXPLAINED.fullmatch(_symbol_edges_off(lines[0][0]))
    if explained:
        found = _document_headline(explained.group("doc"), verbs)
        if found:
            return found, lines[0][1]
    for k, (line, end) in enumerate(lines):
        found = first_found if k == 0 else _line_document(line, verbs)
        if found:
            return found, end
    glued = _GLUED_NAME.match(lines[0][0])
    if glued:
        found = _document_headline(glued.group("name"), verbs)
        if found is None and _RUNNING_DOC.fullmatch(glued.group("name")):
            found = (glued.group("name"), "")   # 关于全面落实进一步保护、关心和关爱…的通知: its aims listed with 、
        if found:
            return found, len(text) - len(text.lstrip()) + glued.end()
    return None, lines[0][1]


def declared_count(s: str) -> int | None:
    """The number of measures a name declares: 十条举措 → 10, 8方面22项具体措施 → 22."""
    found = count_phrases(s)
    return found[-1][2] if found else None


@lru_cache(maxsize=1)
def _kind_verbs() -> re.Pattern:
    """Verbs that put a set of measures named by its kind in force: the alias verbs and the ones of
    kind_verbs (提出要求, 作出规定)."""
    words = longest_first(set(terms()["issue_verbs"]) | set(terms().get("alias_verbs", ()))
                   | set(terms().get("kind_verbs", ())))
    return compiled("(?:" + "|".join(map(re.escape, words)) + ")")


@lru_cache(maxsize=1)
def _programme_verbs() -> re.Pattern:
    """Verbs that put a programme named without quotes in force: the issuing verbs and [programme_verbs]."""
    words = longest_first(set(terms()["issue_verbs"]) | set(terms().get("programme_verbs", ())))
    return compiled("(?:" + "|".join(map(re.escape, words)) + ")")


@lru_cache(maxsize=1)
def alias_verb_words() -> tuple[str, ...]:
    """Verbs that issue a count-word alias: the issuing verbs and the ones of alias_verbs, longest first."""
    return tuple(longest_first(set(terms()["issue_verbs"]) | set(terms().get("alias_verbs", ()))))


@lru_cache(maxsize=1)
def _alias_verbs() -> re.Pattern:
    """alias_verb_words as a pattern."""
    return compiled("(?:" + "|".join(map(re.escape, alias_verb_words())) + ")")


_SPACES = compiled(r"\s+")
_PARTY_HEAD = compiled("^(?:中国共产党|中共)")
_KEY_DROP = compiled(r"[\s，,、。：:“”\"《》〈〉<>()（）]")


def _key(name: str | None) -> str:
    """A name without its punctuation and spaces (…抢险中，充分发挥… is …抢险中充分发挥…)."""
    return _KEY_DROP.sub("", name) if name else ""


def _body_core(name: str) -> str:
    """A body's name without its party prefix, place and 人民 (广东省人民政府办公厅 and 省政府办公厅
    are one body)."""
    name = _PARTY_HEAD.sub("", name)
    at = 0
    for s, full, _ in places_in(name, 0, min(len(name), 16)):
        if s != at:
            break
        at = s + len(full)
    if at == 0 and name[:1] in "省市区县":
        at = 1
    return name[at:].replace("人民", "")
