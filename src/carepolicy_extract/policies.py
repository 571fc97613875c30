"""Find the policies an article names, and link lists of measures to them.

A policy shows itself through one or more of:
- a formal title in 《》 (《…的十条举措》, a law: 《…法》), or a document name without 《》 in running
  text (发布关于…的通告; 印发进一步做好…工作的通知, running from the verb to the clause's end; 某机制
  关于…的通知 after its body's name); cited ones (按照《…》, 根据某办有关文件) are policies the page
  names, with only the issuer and place their citation gives;
- a headline, or the first lines, that are a document's own name (…工作方案, …领导小组公告); a
  notice issuing another document (…关于印发《…》的通知) is two policies;
- an alias in quotes that carries or precedes a count (“暖心八条”), a quoted name a verb puts in
  force (实行“一缓一减三补贴”政策), or an unquoted one the article keeps repeating (关心关爱十条);
- a declared count after an issuing verb (金华市出台…十条举措, 出台8方面22项具体措施);
- a set of measures a body or a place issues by its kind only (市财政局…出台…的具体措施, 印发通知,
  郑州市出台A、B、C等措施, 该区推出…等暖心举措, 实行“A”“B”等做法); quoted items listed before a count
  (实施“A”“B”两项政策) are its items, not its alias.
Dates are read as 2月5日, 2020年2月5日, 2020-02-05 and 二〇二〇年二月五日; a notice's signature may be of
national bodies or end in a date of any of these forms, or be a date line alone closing the page whose
headline names the notice; a promulgation line under a document's own name (…国务院令第450号,
中华民国109年… in the Republic's years, which makes it Taiwan's) dates it. Mentions of one sentence are one policy; across sentences they join when they share an alias
or title (a short name, 《若干规定》, joins the full one), when the headline announces the policy
the body then names, or when a bare count follows a policy named without one. Issuers
(issuers.py), dates and the measures named in prose (mentioned.py) come from the mention's sentence and the
sentences after it; a region (regions.py) from the issuers, the title, the level of an issuer
without a place (省委组织部 → the province the article is about), the headline or the dateline;
national bodies and documents cited without a place have none.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon
from .charclass import HAN_RUN
from .mentioned import (CLAUSE_STOP, CLAUSE_TEXT, COUNT_NOUN_TAIL, follow_mentioned, kind_measures,
                        mentioned_after, mentioned_before, parallel_after)
from .models import Policy, Warning
from .numerals import COUNT_NUMBER, COUNT_PHRASE, count_phrase_matches, count_phrases, to_int
from .page_header import dated_issuers, document_date, issuer_names
from .issuers import bodies, may_end_body
from .policy_terms import term_re, terms
from .rules import rule_sections
from .regions import (LEVELS, Places, bare_places, dateline_place, headline_place, is_place_name, place_stem, places_in,
                      province_of, provinces)
from .segment import DOC_TITLE, MeasureList

_QUOTE = re.compile(r"[“\"「]([^“”\"「」\n]{2,16})[”\"」]")     # 「」 of pages from Taiwan and Hong Kong
# a quoted item right before another one (“A”“B”, “A”、“B”, “A”和“B”): the quotes list items
_LISTED_QUOTE = re.compile(r"[”\"」](?:[、和及与]|以及)?$")
# sentences are capped in length so that a page without full stops costs no more than one with them
_SENTENCE = re.compile(r"[^。！？!?\n]{1,400}[。！？!?]*")
# a sentence without one of these names no policy: 《title》, “alias” (「alias」 of Taiwan and Hong Kong), 十条 / 22项
# (every alternative opens with a literal character, no class: the engine then skips at C speed to the
# characters that may open a cue, instead of trying each alternative at every position)
_CUE = re.compile("《|“|\"|「|条|项|方面|措施|举措|通知|意见|政策|方案|指引|指南|办法|细则|规定|通告|公告|文件|部署|要点|要求|做法")
# a set of measures reported by its kind, without a name or a count, after an issuing verb:
# 市财政局会同市委组织部…共同出台关心关爱…的具体措施, 民政部与卫生健康委联合印发通知
# (quoted items may stand in what it says: 推出“不见面招聘”“网上办理”等做法)
_KIND_NAMED = re.compile(r"(?P<what>[\u4e00-\u9fff、“”「」]{0,40}?)(?P<kind>(?:具体|暖心|关爱|激励|惠企|帮扶|明确|便民)?"
                         r"(?:措施|举措|通知|意见|政策|方案|指引|指南|办法|细则|规定|要点|要求|通告|公告|做法))"
                         r"(?=[，,。；;！!：:]|$)")
# what calls a quoted name a policy: 实行“一缓一减三补贴”政策
_POLICY_WORD = re.compile(r"(?:暖心|专项|关爱)?(?:政策|措施|举措|行动|计划|方案|专案)")
# a quoted name that may be a policy's: Han words, maybe with a version number (「纾困4.0」方案)
_QUOTED_NAME = re.compile(r"[\u4e00-\u9fff]{2,}(?:[0-9]+(?:\.[0-9]+)?)?")     # … “我在某地过大年”暖心行动
# … or its own last word: 成立「防疫抗疫基金」
_INSTRUMENT = re.compile(r"(?:基金|专项资金|计划|方案)$")
# a round or batch between the verb and the quoted name, part of the name: 推出第二轮「防疫抗疫基金」
_ROUND = re.compile(r"第[一二三四五六七八九十0-9]{1,3}(?:轮|批|期)$")
# a document's name right after its count: 十条援鄂医疗队休整期间服务管理指引
_NAME_AFTER_COUNT = re.compile(r"[\u4e00-\u9fff]{6,40}(?=[，,。；;！!]|$)")
# what a quoted count form may call itself besides a measure noun: “三项机制”
_ALIAS_NOUN = re.compile(r"机制|制度|行动|工程|服务")
# a name the page gives a document for short: 《失业保险条例》（以下简称“现行条例”）
_CALLED = re.compile(r"[（(](?:以下|下)?简?称[:：]?[“\"「]?([^“”\"「」()（）《》:：]{2,16}?)[”\"」]?[)）]")
# a formal title: in 《》, or in the corner quotes of Taiwan and Hong Kong when it is a document's long
# name (「执行…发给补助津贴及奖励要点」; a short one, 「保就业」计划, is an alias)
_TITLE = re.compile(DOC_TITLE.pattern + r"|「([^「」\n]{10,120})」")
# a document named in running text without 《》: 按照省委关于做好…工作的通知要求, 发布关于实施“…”十项措施的通告
_RUNNING_DOC = re.compile(r"关于[^《》。；;！？!?\n]{4,70}?的(?:通知|通告|公告|意见|实施意见|决定|办法|规定|实施方案|方案|若干措施)")
# words that leave open which set of measures is meant: 出台什么政策, 任何措施
_INDEFINITE = ("什么", "任何", "哪些", "何种", "怎样")
# what may follow an issuing verb before the name it issues: 制定出, 出台了, 制定好了
_VERB_TAIL = re.compile(r"[出好完]?了?")
# a name opening with a quantity, a pointer or a particle is no document's name: 一份完整的方案,
# 这些措施, 本方案, 如下规定, (出台)的疫情防控各项规定
_QUANTIFIED = tuple("一这该本那多各如的")
# what may stand between two titles of one list: 《A》（某政办发〔2022〕59号）、《B》
_TITLE_LIST_GAP = re.compile(r"\s*(?:[（(][^（）()]{0,30}[)）])?\s*[、和及与]\s*")
# a document cited by its issuer alone: 根据上海市防控办有关文件要求 (not 按照市委相关部署: no document)
_CITED_BODY = re.compile(r"(?P<body>[^，,。；;：:《》“”\s]{3,30}?)(?:的)?(?:有关|相关)?(?:文件|通知|规定)")
# a count of aspects that is the policy's count when no count of items follows: 提出8方面措施
_ASPECT_COUNT = re.compile(f"(?P<n>{COUNT_NUMBER})个?方面(?:的)?(?:具体|政策|工作)?(?:措施|举措|政策)")
# a total that declares a policy's count, after a word naming the policy: 该措施共分为五个方面二十条,
# 《规定》共11章56条 (not 全市共办理12项民生实事, nor 公共, 共同, 共产党)
_TOTAL_BEFORE = re.compile(r"(?:措施|举措|政策|意见|文件|办法|方案|规定|细则|条例|通知|要点|》|”)"
                           r"(?:[，,](?:里面|其中|全文|内容|文件|措施)?)?[^，,。；;：:]{0,3}共(?![同产享建青])[^，,。；;：:]{0,10}$")
TOTAL_REACH = 24
MAX_REPEATED_ALIASES = 5
MAX_JOIN_SCAN = 20       # policies of one count a mention may join (a page names a few, not thousands)
KIND_COUNT_REACH = 300   # a bare count at most this far after a set named by its kind is its count
INTRO_REACH = 200        # a policy named at most this far before a list introduces it
# a date as running text writes it: 2月5日, 2020年2月5日, 2020-02-05 (or / and .), 二〇二〇年二月五日, 二月五日
# (a typed date may have a space around its parts, 2020 年 3 月 2 日, and write zero as ○)
_DATE = re.compile(r"(?:(?P<y>(?:19|20)\d{2}) ?年 ?)?(?P<m>1[0-2]|0?[1-9]) ?月 ?(?P<d>3[01]|[12]\d|0?[1-9]) ?日(?!电)"
                   r"|(?P<iy>(?:19|20)\d{2})(?P<sep>[-/.])(?P<im>1[0-2]|0?[1-9])(?P=sep)(?P<id>3[01]|[12]\d|0?[1-9])(?![\d:])"
                   r"|(?:(?P<cy>[一二][〇○零一二三四五六七八九]{3})年)?(?P<cm>十[一二]?|[一二三四五六七八九])月"
                   r"(?P<cd>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日(?!电)")
_HAN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
# what may stand between a title and the verb that issued it, with its date: 于2020年2月3日正式
_DATED_AFTER = re.compile(f"(?:已经|已)?于?(?P<date>{_DATE.pattern})")
# … and before the verb: 正式, 联合, 由某市人民政府
_BEFORE_VERB = re.compile(r"(?:正式|联合|由[^，,。；;：:《》]{2,30}?)?")


def _date_of(dm: re.Match) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a _DATE match; None for a day no month has."""
    if dm.group("m"):
        y, m, d = dm.group("y"), int(dm.group("m")), int(dm.group("d"))
        y = int(y) if y else None
    elif dm.group("iy"):
        y, m, d = int(dm.group("iy")), int(dm.group("im")), int(dm.group("id"))
    else:
        cy = dm.group("cy")
        y = int("".join(str(_HAN_DIGITS[c]) for c in cy)) if cy else None
        m, d = to_int(dm.group("cm")), to_int(dm.group("cd"))
        if not m or not d or d > 31:
            return None
    return y, m, d
# a year with no digit before it; the check follows 19/20 rather than leading the pattern, so that
# the regex engine skips at C speed to the next 1 or 2 instead of trying every position
# a news agency's or paper's dateline (新华社北京3月20日电, 本报杭州2月5日讯), and a day written alone
# after it (国务院办公厅20日印发), not one of a month (3月20日) nor a count of days (20日内)
_DATELINE = re.compile(r"(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])日(?:电|讯)")
DATELINE_REACH = 300    # characters from the text's top (the headline line included) a dateline stands within
_BARE_DAY = re.compile(r"(?<![\d月])(3[01]|[12]\d|[1-9])日(?![电讯内起前后])")
# a promulgation line: a full date, in the Common Era or the Republic of China's years (中华民国109年
# = 2020), alone or followed by the document's number (…令第726号, 华总一义字第10900021291号)
_PROMULGATED = re.compile(r"(?P<roc>(?:中华)?民国)?(?P<y>(?(roc)\d{2,3}|(?:19|20)\d{2}))年(?P<m>1[0-2]|0?[1-9])月"
                          r"(?P<d>3[01]|[12]\d|0?[1-9])日(?:\s*[\u4e00-\u9fff]{0,12}第?[0-9０-９]{1,14}号)?\s*$")
ROC_EPOCH = 1911
_YEAR = re.compile(r"((?:19|20)(?<![0-9]..)\d{2})(?=年|〕|\]|］|-|/|\.)")
# a clause naming the reporter's source: 记者从市委组织部获悉, 据市卫健委介绍
_SOURCE_CLAUSE = re.compile(r"(?:记者)?(?:从|据|向)[^，,。；;]{2,30}?(?:获悉|了解到|得知|消息|介绍|透露)"
                            r"|经[^，,。；;]{2,30}?(?:同意|批准)")
# a notice that issues another document: 某市人民政府办公室关于印发《某市…实施方案》的通知 names two
# policies, the notice and what it issues (its title may nest the inner one in 〈〉 or <>)
# (a notice forwarding a department's document names that department between the verb and the title:
# 某省人民政府办公厅关于转发省发展改革委《关于…的实施意见》的通知, the inner one is the department's)
_NOTICE_OF = re.compile(r"(?P<who>[^《〈<]*?)\s*(?:关于)?(?:印发|转发|下发|颁布)(?P<by>[^《〈<，,。]{0,30}?)[《〈<](?P<inner>.+)[》〉>](?:的)?通知")
# what may close a document's name in a headline: its number or status (2022年第15号, 试行)
# … and without brackets, as a headline broken over lines writes it
_ISSUING_NOTICE = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,40}?)关于印发(?P<inner>[\u4e00-\u9fff]{6,60}?)的通知")


def issuing_notice(name: str) -> re.Match | None:
    """A notice that issues a document (某办公室关于印发《某措施》的通知, with or without brackets):
    groups `who` and `inner`."""
    return _NOTICE_OF.fullmatch(name) or _ISSUING_NOTICE.fullmatch(name)


_MEASURE_NOUNS = ("措施", "举措")
MAX_HEADLINE = 200      # characters of a first line that may be a headline naming a document
MIN_NAME_HEAD = 6       # characters of a document's name before its noun (若干措施的通知 alone is a fragment)
_NAME_TAIL = re.compile(r"\s*[（(][^（）()]{1,14}[)）]$")
_HEADLINE_STOP = re.compile(r"[《》“”\"，。！？!?：:、\s\[\]【】]")
# what sets joint issuers apart in a headline: 中共某市委 某市人民政府关于…, 某厅、某厅关于…
_JOINT_GAP = re.compile(r"[\s\u3000、]+")
# an alias made of a count word, without 条/项: 六个优先, 四个一, 五个上, 十大举措
_COUNT_WORD = re.compile(f"(?P<n>{COUNT_NUMBER})(?:个|大)(?P<word>[\u4e00-\u9fff]{{1,6}})")
# … which the text calls measures: “六个优先”激励关爱措施, “四个一”举措
_WORD_ALIAS_TAIL = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:措施|举措|政策|实招|硬招|条款)")
WORD_ALIAS_VERB_REACH = 12  # … or that a verb issues, at most this far before it: 出台关爱一线人员的“四个一”



@lru_cache(maxsize=1)
def _issued_name_re() -> re.Pattern:
    """A document's name as an issuing verb's object: Han words (a quoted word inside) ending with
    a noun of [issued_names] right before the clause ends."""
    nouns = "|".join(map(re.escape, sorted(terms()["issued_names"], key=len, reverse=True)))
    return re.compile(f"(?P<name>[\u4e00-\u9fff“”]{{2,60}}?(?P<noun>{nouns}))(?=[，,。；;！!？?：:]|$)")


_DATE_TAIL = re.compile(r"(?:(?:19|20)\d{2}年)?(?:(?:1[0-2]|0?[1-9])月(?:(?:3[01]|[12]\d|0?[1-9])日)?)?$")


def _body_before(lead: str) -> bool:
    """Whether the words before a document's name end with a body's name, a date aside (某指挥部
    2020年关于…): the body's own document, as its full name writes it."""
    lead = lead[: _DATE_TAIL.search(lead).start()]
    found = bodies(lead) if lead else []
    return bool(found) and found[-1].end == len(lead)


MAX_MODIFIER = 5    # characters of a describing word before 的 (切实可行的, 有针对性的, 详细的)


def _described(name: str) -> bool:
    """A kind described by a short modifier, not a document's name: 切实可行的疫情防控工作方案,
    有针对性的复工复产指导意见 (but 关爱一线医务人员的通知 and 关于…的 are names)."""
    at = name.find("的")
    return 0 <= at <= MAX_MODIFIER


def _place_subject(head: str) -> bool:
    """Whether the words before a verb end with a place, its subject, after the adverbs that may stand
    between them ([subject_adverbs]: 近日, 还, 先后): 郑州市近日 yes, 各地 and 杭州市民 no."""
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
    return bool(found) and found[-1][0] + len(found[-1][1]) == len(head[-20:])


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
    name = _NAME_TAIL.sub("", line.strip())
    at = name.find("关于")
    if at > 0 and _JOINT_GAP.search(name, 0, at):
        # joint issuers before 关于, set apart by spaces or 、 (中共某市委 某市人民政府关于…的若干意见,
        # 人力资源社会保障部 财政部关于…): the name reads without the gaps when bodies fill them all
        lead = name[:at].strip()
        found = bodies(lead)
        if not (found and found[-1].end == len(lead) and len(found) > 1):
            return None
        issued = _document_headline(_JOINT_GAP.sub("", lead) + name[at:], verbs)
        return (issued[0], lead) if issued else None
    stop = _HEADLINE_STOP.search(name)
    if stop and stop.group() == "、" and at > 0 and not _HEADLINE_STOP.search(name.replace("、", "")):
        # a body's document whose subject lists its aims (某常委会关于全面禁止…、革除…陋习、切实保障…的决定)
        found = bodies(name[:at])
        stop = None if found and found[-1].end == at else stop
    if not 6 <= len(name) <= 100 or stop:
        return None
    issued = _ISSUING_NOTICE.fullmatch(name)
    if issued:      # 某办公厅关于印发某若干措施的通知: the page is the document it issues
        return issued.group("inner"), issued.group("who")
    if verbs.search(name):
        return None
    noun = next((w for w in sorted(terms()["document_nouns"], key=len, reverse=True) if name.endswith(w)), None)
    if noun is None or len(name) - len(noun) < MIN_NAME_HEAD:
        return None
    if noun in _MEASURE_NOUNS and "关于" not in name and (
            not count_phrases(name) or term_re("cite_verbs").search(name, 0, len(name) - len(noun))):
        # 关爱一线人员的暖心举措: a news headline; a document of measures says 关于 or its count, and
        # a headline that carries out measures names another's (杭州落实稳就业十条措施)
        return None
    at = name.find("关于")
    if at >= 0:
        if "的" not in name[at:] and name.endswith(terms().get("law_nouns", ())):
            # 某部关于失业保险条例: a headline about a law, cut before its …的说明 / …的决定
            return None
        return name, name[:at]
    found = bodies(name[: -len(noun)])
    return name, (found[-1].name if found and found[-1].end == len(name) - len(noun) else "")


# what a page's title adds after the headline: 某方案_第1页, 某通知_某某网, 某通知 | 某某网
_TITLE_CHROME = re.compile(r"\s*(?:_|\||｜|\s-\s).*$"
                           # … and an essay site's (某方案3000字, 某方案范文, 某方案(通用5篇), 某方案篇一)
                           r"|(?<=[\u4e00-\u9fff])(?:\d+字|范文|[（(](?:通用|精选|优秀)?\d+篇[)）]|篇[一二三四五六七八九十]).*$"
                           # … and a page's meta glued after it (某通知 发布时间：2020-02-12)
                           r"|\s+(?:发布时间|发布日期|时间|日期|来源|作者)[:：].*$"
                           # … and a site's label before it (【通知】某通知, [转载]某通知)
                           r"|^\s*[【\[][^】\]]{1,8}[】\]]\s*")
# a character each alternative of _TITLE_CHROME needs: a line without any has none (a cheap pre-test, since
# the pattern's leading spaces make the engine try it at every position of the line)
_TITLE_CHROME_CHARS = frozenset("_|｜-字文篇:：【[")


def _without_title_chrome(line: str) -> str:
    return _TITLE_CHROME.sub("", line) if not _TITLE_CHROME_CHARS.isdisjoint(line) else line


# a document's name that opens a text whose line breaks were lost, glued to its first item
# (某某工作实施方案一、方案目标…, 某某办法第一章 总则)
_GLUED_NAME = re.compile(r"(?P<name>[\u4e00-\u9fff]{6,60}?)(?=一、|第一章|第一条|[1１][.．、])")
TOP_LINES = 3       # a document's own name is one of the first lines, or is broken over them
MAX_TOP_LINE = 30   # characters of one line of a name broken over lines


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
    for k in range(len(lines), 1, -1):      # a name broken over the first k lines
        part = lines[:k]
        if all(0 < len(x) <= MAX_TOP_LINE for x, _ in part):
            found = _document_headline(_SPACES.sub("", "".join(x for x, _ in part)), verbs)
            if found:
                return found, part[-1][1]
    for line, end in lines:
        # (a line longer than a headline with its chrome is none: the chrome is not looked for)
        found = _document_headline(_without_title_chrome(line), verbs) if len(line) <= MAX_HEADLINE else None
        if found:
            return found, end
    glued = _GLUED_NAME.match(lines[0][0])
    if glued:
        found = _document_headline(glued.group("name"), verbs)
        if found:
            return found, len(text) - len(text.lstrip()) + glued.end()
    return None, lines[0][1]


def declared_count(s: str) -> int | None:
    """The number of measures a name declares: 十条举措 → 10, 8方面22项具体措施 → 22."""
    found = count_phrases(s)
    return found[-1][2] if found else None


# ---------------------------------------------------------------- mentions

@dataclass
class _Mention:
    start: int                  # first offset in the text
    title: str | None = None
    alias: str | None = None
    count: int | None = None
    issuers: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)     # regions by preference
    level: str | None = None                            # level of an issuer without a name (省委组织部 → 省)
    national: bool = False                              # issued by national bodies: no region
    cited: bool = False                                 # cited as a basis (根据《…》): no region by default
    kind: bool = False                                  # named by its kind only (出台…的具体措施, 印发通知)
    short: bool = False                                 # a count and a noun only (《二十八条措施》)
    kind_noun: str | None = None                        # … the kind it is named by (通知 of 印发通知)
    date: tuple[int | None, int, int] | None = None
    same_day: bool = False
    mentioned: list[str] = field(default_factory=list)
    headline: bool = False
    repeated: bool = False      # an unquoted alias the article repeats
    word_count: int | None = None   # the number a count-word alias carries (“六个优先” → 6), not yet a count
    weak: bool = False          # a count-word alias of the headline that no verb issues: a policy only when
                                # the body names one of its number (昆山：“四个一”关爱… / …出台四项措施)


def _issuers(chunk: str, known: frozenset[str] = frozenset()) -> tuple[list[str], list[str], str | None, bool]:
    """Issuing bodies in the words before a verb (issuers.bodies); the places they name, most
    specific first; the level of one named without its place; whether they are national bodies.

    `known` are places the document writes elsewhere in a way that proves them places (成都市武侯区):
    their bodies keep their names (武侯区委组织部) even when the dictionary does not know them.
    """
    found = bodies(chunk, known)
    places: list[str] = []
    level = None
    for b in found:
        places += [p for p in b.places if p not in places]
        level = level or b.level
    national = bool(found) and all(b.national for b in found)
    return [b.name for b in found], places, level, national


def _repeated_aliases(text: str, skip: list[tuple[int, int]]) -> dict[str, int]:
    """Unquoted names the article repeats, ending in a count: 关心关爱十条 (three times or more)."""
    skip_starts = [a for a, _ in skip]
    by_tail: dict[tuple[str, str], list[str]] = {}     # (phrase, last two characters before it) → contexts
    for m in count_phrase_matches(text):
        s, e = m.start(), m.end()
        if COUNT_NOUN_TAIL.match(text, e):
            continue
        k = bisect.bisect_right(skip_starts, s) - 1
        if k >= 0 and skip[k][0] <= s < skip[k][1]:
            continue
        j = s
        while j > 0 and s - j < 6 and "\u4e00" <= text[j - 1] <= "\u9fff":
            j -= 1
        if s - j >= 2:
            left = text[j:s]
            by_tail.setdefault((m.group(), left[-2:]), []).append(left)
    out: dict[str, int] = {}
    frequent = sorted(((len(v), key) for key, v in by_tail.items() if len(v) >= 3), reverse=True)
    for n, (phrase, two) in frequent[:MAX_REPEATED_ALIASES]:
        contexts = by_tail[(phrase, two)]
        best = two
        for k in range(3, 7):
            longer = Counter(c[-k:] for c in contexts if len(c) >= k)
            if not longer:
                break
            cand, hits = longer.most_common(1)[0]
            if hits < max(3, 0.6 * n):
                break
            best = cand
        out[best + phrase] = to_int(COUNT_PHRASE.match(phrase).group("n"))
    return out


def _cued_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the sentences (_SENTENCE) that hold a cue, in order.

    Cues are few and sentences many, so rather than split the whole text, a regex search
    finds the next cue and only its line is split, up to the cue. The spans are the ones a
    split from the start gives, because a sentence never holds a line break nor reaches past
    the end of another, so splitting may start at either. No cue is a sentence end or a line
    break: every cue lies inside a sentence.
    """
    pos = 0     # end of the last sentence given
    while cue := _CUE.search(text, pos):
        at = cue.start()
        lo = max(pos, text.rfind("\n", pos, at) + 1)
        for m in _SENTENCE.finditer(text, lo):
            if m.end() > at:
                break
        yield m.span()
        pos = m.end()


@lru_cache(maxsize=1)
def _kind_verbs() -> re.Pattern:
    """Verbs that put a set of measures named by its kind in force: the alias verbs and the ones of
    kind_verbs (提出要求, 作出规定)."""
    words = sorted(set(terms()["issue_verbs"]) | set(terms().get("alias_verbs", ()))
                   | set(terms().get("kind_verbs", ())), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")")


@lru_cache(maxsize=1)
def _alias_verbs() -> re.Pattern:
    """Verbs that issue a count-word alias: the issuing verbs and the ones of alias_verbs."""
    words = sorted(set(terms()["issue_verbs"]) | set(terms().get("alias_verbs", ())), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")")


def _scan(text: str) -> list[_Mention]:
    verbs = term_re("issue_verbs", "了?")
    alias_verbs = _alias_verbs()
    cites = term_re("cite_verbs")
    same_day = terms()["same_day"]
    first_line_end = text.find("\n") if "\n" in text else len(text)
    mentions: list[_Mention] = []
    cited: list[_Mention] = []
    quoted_or_titled: list[tuple[int, int]] = []
    # the headline may be the document's own name (某市关于…的八条措施, 中共某市委组织部关于…的通知)
    first_line = text[:first_line_end].strip()
    doc_head, doc_end = _top_document(text, verbs)
    headline_doc = doc_head[0] if doc_head else None
    # a line that is a title the text gives in 《》 is that document's title above its text
    doc_titles = {m.group(1).strip() for m in DOC_TITLE.finditer(text)}
    # places the text proves (成都市武侯区), for bodies named after them (武侯区委组织部)
    known = frozenset(full for _, full, _ in places_in(text))
    dated_after: dict[int, tuple[int | None, int, int] | None] = {}    # mention start → its own issuing date
    dm = _DATELINE.search(text, 0, DATELINE_REACH)
    dateline = (int(dm.group("m")), int(dm.group("d"))) if dm else None
    for ss, se in _cued_sentences(text):
        sent = text[ss:se]
        found: list[_Mention] = []
        taken: list[tuple[int, int]] = []
        cited_spans: list[tuple[int, int]] = []
        prev_end, prev_cited = -1, False
        for m in (_TITLE if "「" in sent else DOC_TITLE).finditer(sent):
            title = m.group(m.lastindex).strip()
            if not _names_policy(title):
                continue
            lead = sent[max(0, m.start() - 30):m.start()]
            cm = None
            for cm in cites.finditer(lead):
                pass
            called = _CALLED.match(sent, m.end())
            carry = _carrying_out(sent, m, verbs)
            if carry is not None:
                # 印发某市贯彻落实《B》实施方案: the plan is the issued document, B the one it carries out
                found.append(_Mention(ss + carry, title=sent[carry:m.end()] + _CARRY_NOUN.match(sent, m.end()).group()))
                taken.append((carry, _CARRY_NOUN.match(sent, m.end()).end()))
                cited.extend(_cited(title, "", ss + m.start(), known))
                prev_end, prev_cited = m.end(), False
                continue
            # a title listed after a cited one is cited too: 贯彻落实《A》(…号)、《B》精神
            listed = prev_end >= 0 and _TITLE_LIST_GAP.fullmatch(sent, prev_end, m.start()) is not None
            prev_end = m.end()
            if (listed and prev_cited) or (
                    cm is not None and not CLAUSE_STOP.search(lead[cm.end():]) and "，" not in lead[cm.end():]):
                prev_cited = True
                # cited as a basis (根据《…》, 落实某领导小组《…》): a policy the page names, whose
                # issuer and place are only those its citation or its own name gives
                cited.extend(_cited(title, lead[cm.end():] if cm is not None and not listed else "", ss + m.start(), known))
                if called:
                    cited[-1].alias = called.group(1)
                cited_spans.append((m.start(), m.end() if not called else called.end()))
                continue
            pure = COUNT_PHRASE.match(title)
            if pure and COUNT_NOUN_TAIL.fullmatch(title, pure.end()):
                # 《二十八条措施》: the short name of a policy of that count the page names in full
                found.append(_Mention(ss + m.start(), alias=title, count=to_int(pure.group("n")), short=True))
            else:
                # a date the sentence gives right after the title for its issuing: 《…》于2020年2月3日正式印发
                after = _DATED_AFTER.match(sent, m.end() if not called else called.end())
                if after and any(_BEFORE_VERB.fullmatch(sent, after.end(), v.start())
                                 for v in verbs.finditer(sent, after.end(), after.end() + 34)):
                    dated_after[ss + m.start()] = _date_of(_DATE.match(sent, after.start("date")))
                # a short name given in brackets may carry the count the title does not (（简称“惠企十条”）)
                found.append(_Mention(ss + m.start(), title=title,
                                      count=declared_count(title) or (declared_count(called.group(1)) if called else None),
                                      alias=called.group(1) if called else None))
            prev_cited = False
            taken.append((m.start(), m.end() if not called else called.end()))
        # documents named in running text without 《》 (按照省委关于…的通知要求, 发布关于…的通告)
        for m in _RUNNING_DOC.finditer(sent):
            if any(a <= m.start() < b for a, b in taken + cited_spans) or \
                    sent.count("《", 0, m.start()) > sent.count("》", 0, m.start()):
                continue
            lead = sent[max(0, m.start() - 30):m.start()]
            cm = None
            for cm in cites.finditer(lead):
                pass
            if cm is not None and not CLAUSE_STOP.search(lead[cm.end():]) and "，" not in lead[cm.end():]:
                cited.extend(_cited(m.group(), lead[cm.end():], ss + m.start(), known))
                cited_spans.append(m.span())
                continue
            if not any(vm.end() <= m.start() for vm in verbs.finditer(sent, 0, m.start() + 1)) \
                    and not (_body_before(lead) and not (headline_doc and ss < doc_end)):
                # named without being issued or cited: 关于…的通知精神 of a speech; but a body's name
                # right before it makes it that body's document (国务院联防联控机制2023年关于…的通知明确)
                continue
            found.append(_Mention(ss + m.start(), title=m.group(), count=declared_count(m.group())))
            taken.append(m.span())
        # a document's name right after its issuing verb, without 《》 and without 关于 (印发进一步做好
        # …工作的通知, 出台在…考察识别干部实施办法, 下发…的若干政策意见): it runs to the clause's end
        for vm in verbs.finditer(sent):
            nm = _issued_name_re().match(sent, _VERB_TAIL.match(sent, vm.end()).end())
            if nm is None or any(a <= nm.start() < b or nm.start() <= a < nm.end() for a, b in taken + cited_spans):
                continue
            name = nm.group("name")
            head_len = len(name) - len(nm.group("noun"))
            if head_len < MIN_NAME_HEAD or name.startswith(_QUANTIFIED + _INDEFINITE) or _described(name) \
                    or name.startswith(terms().get("vague_heads", ())) \
                    or name.count("“") != name.count("”") or sent[:vm.start()].endswith(terms()["required_modals"]):
                continue
            lead_count = COUNT_PHRASE.match(name)
            if lead_count:      # 制定了十条…服务管理指引: the count is not part of the name
                name = name[lead_count.end():]
                if len(name) - len(nm.group("noun")) < MIN_NAME_HEAD:
                    continue
            found.append(_Mention(ss + nm.start(), title=name,
                                  count=to_int(lead_count.group("n")) if lead_count else declared_count(name)))
            taken.append(nm.span())
        for m in _QUOTE.finditer(sent):
            inner = m.group(1)
            if any(a <= m.start() < b for a, b in taken + cited_spans):
                continue
            pure = COUNT_PHRASE.match(inner)
            if pure and (pure.end() == len(inner) or COUNT_NOUN_TAIL.fullmatch(inner[pure.end():])
                         or _ALIAS_NOUN.fullmatch(inner, pure.end())):
                # “十条措施”, “三项机制”: a count form the page quotes as the policy's name
                men = _Mention(ss + m.start(), count=to_int(pure.group("n")),
                               alias=inner if _ALIAS_NOUN.fullmatch(inner, pure.end()) else None, short=True)
                men.mentioned = mentioned_before(sent, m.start())
                found.append(men)
                taken.append((m.start(), m.end()))
                continue
            tail = count_phrases(inner)
            if tail and (tail[-1][1] == len(inner) or COUNT_NOUN_TAIL.fullmatch(inner[tail[-1][1]:])):
                men = _Mention(ss + m.start(), alias=inner, count=tail[-1][2])
                men.mentioned = mentioned_before(sent, m.start())  # 包括A、B等措施在内的“稳岗惠企十条”
                found.append(men)
                taken.append((m.start(), m.end()))
                continue
            after = COUNT_PHRASE.match(sent, m.end())
            if after and (to_int(after.group("n")) or 0) < 2:
                after = None    # “限时物流”一项业务: one item is no set of measures; an unreadable count neither
            if after and _LISTED_QUOTE.search(sent, 0, m.start()):
                after = None    # 实施“减税降费”“稳岗返还”两项政策: the last of the set's quoted items, no alias
            if after:
                found.append(_Mention(ss + m.start(), alias=inner, count=to_int(after.group("n"))))
                taken.append((m.start(), after.end()))
                continue
            word = _COUNT_WORD.fullmatch(inner)
            n = to_int(word.group("n")) if word else None
            if n and 1 < n < 200:
                lead = sent[max(0, m.start() - WORD_ALIAS_VERB_REACH):m.start()]
                issued = any(not CLAUSE_STOP.search(lead[v.end():]) and "，" not in lead[v.end():]
                             for v in alias_verbs.finditer(lead))
                called = _WORD_ALIAS_TAIL.match(sent, m.end()) is not None
                if issued or called or ss < first_line_end:
                    found.append(_Mention(ss + m.start(), alias=inner, word_count=n, weak=not (issued or called)))
                    taken.append((m.start(), m.end()))
            elif _QUOTED_NAME.fullmatch(inner):
                # a quoted name a verb puts in force as a policy: 实行“一缓一减三补贴”政策
                lead = sent[max(0, m.start() - WORD_ALIAS_VERB_REACH):m.start()]
                lead = lead[:-1] if lead.endswith("了") else lead      # 启动了“…”
                rm = _ROUND.search(lead)
                if rm:
                    lead = lead[:rm.start()]
                issued = any(v.end() == len(lead) for v in alias_verbs.finditer(lead))
                tail = _POLICY_WORD.match(sent, m.end())
                if issued and (tail or _INSTRUMENT.search(inner)):
                    found.append(_Mention(ss + m.start(), alias=(rm.group() if rm else "") + inner))
                    taken.append((m.start(), tail.end() if tail else m.end()))
        for cs, ce, n in count_phrases(sent):
            if any(a <= cs < b for a, b in taken + cited_spans):
                continue
            verb = None
            for vm in verbs.finditer(sent, 0, cs):
                verb = vm
            if not (COUNT_NOUN_TAIL.match(sent, ce) or (verb and cs - verb.end() <= 40)
                    or _TOTAL_BEFORE.search(sent, max(0, cs - TOTAL_REACH), cs)):
                continue
            men = _Mention(ss + cs, count=n)
            men.mentioned = mentioned_before(sent, cs)
            if men.mentioned:
                tail = COUNT_NOUN_TAIL.match(sent, ce)
                men.mentioned += parallel_after(sent, tail.end() if tail else ce, men.mentioned)
            if sent.strip() in doc_titles:
                men.title = sent.strip()
            named_after = _NAME_AFTER_COUNT.match(sent, ce)
            if named_after and named_after.group().endswith(terms()["document_names"]):
                men.title = named_after.group()     # 制定了十条援鄂医疗队休整期间服务管理指引
            elif verb and not men.mentioned:
                between = sent[verb.end():cs]
                if len(between) >= 6 and HAN_RUN.fullmatch(between):
                    tail = COUNT_NOUN_TAIL.match(sent, ce)
                    men.title = between + sent[cs:tail.end() if tail else ce]
            found.append(men)
            taken.append((cs, ce))
        for cm in cites.finditer(sent):
            bm = _CITED_BODY.match(sent, cm.end())
            if bm is None or any(a <= cm.end() < b for a, b in taken + cited_spans):
                continue
            named = bodies(bm.group("body"), known)
            if named and named[-1].end == len(bm.group("body")) and named[0].start == 0:
                own, places_, level_, national_ = _issuers(bm.group("body"), known)
                cited.append(_Mention(ss + cm.end(), issuers=own, places=places_, level=level_,
                                      national=national_, cited=True))
                cited_spans.append(bm.span())
        # (方面 first, a cheap pre-test: the pattern opens with a count, which the engine tries everywhere)
        for am in _ASPECT_COUNT.finditer(sent) if "方面" in sent else ():
            if not any(a <= am.start() < b for a, b in taken + cited_spans):
                found.append(_Mention(ss + am.start(), count=to_int(am.group("n"))))
                taken.append(am.span())
        if not found:
            # a set of measures named by its kind only: a policy when the sentence says who issued it
            # (after the documents it cites as its basis: 为贯彻落实《…》精神，…县委办公室…制定如下措施)
            after_cited = max((b for _, b in cited_spans), default=0)
            vm = None
            for vm in _kind_verbs().finditer(sent, after_cited):
                if vm.group() in terms()["noun_verbs"] and sent.startswith(terms()["document_nouns"], vm.end()):
                    continue    # the verb opens a document's noun (…工作实施方案一、…): no verb
                # the verb's complement and aspect (制定出一个…, 出台了…) are no part of the name
                km = _KIND_NAMED.match(sent, _VERB_TAIL.match(sent, vm.end()).end())
                if km and sent[:vm.start()].endswith(terms().get("required_modals", ())):
                    break       # 各高校要制定…方案: a document the text requires, not one issued
                if km and km.group("what").startswith(_INDEFINITE):
                    break       # 无论出台什么政策: no set of measures named
                if km:
                    # the body of the verb's own clause: not one before a colon or quotation mark that
                    # opens someone's words (某部的一位发言人说：“无论将出台…)
                    head = sent[after_cited:vm.start()]
                    head = head[max(head.rfind(c) for c in "：:“\"「") + 1:]
                    own = _issuers(_SOURCE_CLAUSE.sub("", head), known)
                    named = km.group("what") + km.group("kind")
                    # a name that ends as a document's does (…休整期间疫情防控工作方案) is its title;
                    # not a kind described by 的 (实行分级递减的办法) nor one counted (制定一份完整的方案)
                    doc = (len(km.group("what")) >= 2 and len(named) >= 4
                           and km.group("kind").endswith(terms()["document_names"])
                           and not km.group("what").startswith(_QUANTIFIED + terms().get("vague_heads", ()))
                           and (not km.group("what").endswith("的") or "关于" in km.group("what"))
                           and not _described(named))
                    # a place right before the verb is its subject (郑州市出台…等措施, 长沙市近日出台一系列措施)
                    placed = not km.group("what").startswith("的") and _place_subject(head)
                    # (after a cited document only with bodies of its own: 县委办公室…制定如下措施)
                    if (own[0] or doc or placed) and (not cited_spans or own[0]):
                        men = _Mention(ss + vm.start(), kind=True, title=named if doc else None,
                                       kind_noun=km.group("kind"))
                        # the measure its next clause states: 颁布奖励要点，给予一线医护人员防疫津贴
                        # (but the items named before the kind come first: 出台A、B、C等措施，解除…之忧)
                        men.mentioned = mentioned_before(sent, km.start("kind"))
                        nxt = CLAUSE_TEXT.match(sent, km.end() + 1) if sent.startswith(("，", ","), km.end()) else None
                        if nxt and not men.mentioned and not nxt.group().startswith(terms().get("report_verbs", ())):
                            men.mentioned = kind_measures(sent, nxt.start())
                        found.append(men)
                        taken.append((vm.end(), km.end()))
                    break
        # measures the sentence names right after a mention (…十条措施，包括A、B、C等), up to the next one
        starts = sorted(a for a, _ in taken)
        for f, (a, b) in zip(found, taken):
            # … also after the aspects a count closes (从A、B等方面，明确了十二条措施，包括C、D等)
            stop = next((x for x in starts if x >= b), len(sent))
            f.mentioned += [x for x in mentioned_after(sent, b, stop) if x not in f.mentioned]
        if headline_doc and ss < doc_end and found and not any(f.title for f in found):
            found[0].title = headline_doc
        if not found:
            continue
        quoted_or_titled += [(ss + a, ss + b) for a, b in taken]
        # what the sentence says about who, where and when, from the words before the first mention
        first = min(f.start for f in found) - ss
        verb_at = None
        for vm in verbs.finditer(sent, 0, first + 1):
            verb_at = vm.start()
        head_end = verb_at if verb_at is not None else first
        # the words after the last document it cites (落实某领导小组《…》的要求，省教育厅下发)
        head = sent[max((b for a, b in cited_spans if b <= head_end), default=0):head_end]
        # where the reporter heard it (记者从市委组织部获悉) is no issuer
        issuers, named, level, national = _issuers(_SOURCE_CLAUSE.sub("", head), known)
        if not issuers and "该" in head:
            issuers, named, level, national = _referred_body(text, ss, head, known) or (issuers, named, level, national)
        places = named + [full for _, full, _ in places_in(head)][::-1]
        # most specific first, as the places above: 浙江象山出台 → 象山, 浙江
        bare = bare_places(head[-40:], subject=True)[::-1] if not places else []
        date = None
        for dm in _DATE.finditer(head):
            date = _date_of(dm) or date
        if date is None and dateline and "日" in head:
            # a day alone after a news agency's dateline is of the dateline's month (新华社北京3月20日电
            # 国务院办公厅20日印发…), on or before the dateline's day
            day = _BARE_DAY.search(head)
            if day and int(day.group(1)) <= dateline[1]:
                date = (None, dateline[0], int(day.group(1)))
        sday = any(head.lstrip("，, ").startswith(w) for w in same_day)
        spans = sorted(taken)
        for f in found:
            f.issuers, f.level, f.date, f.same_day = list(issuers), level, dated_after.get(f.start) or date, sday
            f.national = national
            f.places = places + bare
            f.headline = ss < first_line_end
            # a later mention with its own issuer and verb (…出台《A》，省卫健委出台《B》): its clause
            # names who issued it
            at = f.start - ss
            lo = max((b for a, b in spans if b <= at), default=None)
            if lo is None:
                continue
            own_verb = None
            for vm in verbs.finditer(sent, lo, at + 1):
                own_verb = vm.start()
            if own_verb is None:
                continue
            own, own_named, own_level, own_national = _issuers(sent[lo:own_verb], known)
            own_places = own_named + [full for _, full, _ in places_in(sent, lo, own_verb)][::-1]
            if own:
                f.issuers, f.level, f.national = own, own_level, own_national
            if own_places:
                f.places = own_places     # …；长兴县出台六条措施: the place of its own clause
        # mentions of one sentence with compatible counts are one policy
        merged: list[_Mention] = []
        for f in sorted(found, key=lambda x: x.start):
            host = next((g for g in merged if _compatible(g, f, same_sentence=True)), None)
            if host:
                _absorb(host, f)
            else:
                merged.append(f)
        mentions += merged
        # a notice that issues another document names both: 某办公室关于印发《某实施方案》的通知
        for f in merged:
            nm = _NOTICE_OF.fullmatch(f.title or "")
            if nm:
                inner = _Mention(f.start + 1, title=nm.group("inner"), issuers=list(f.issuers), places=list(f.places),
                                 level=f.level, national=f.national, date=f.date, headline=f.headline,
                                 count=f.count, mentioned=f.mentioned)
                f.count, f.mentioned = None, []     # the measures are those of what the notice issues
                own, named, lv, nat = _issuers(nm.group("who"), known)
                if own:
                    for x in (f, inner):
                        x.issuers, x.places, x.level, x.national = list(own), list(named), lv, nat
                _forwarded(nm, inner, known)
                mentions.append(inner)
    # the headline that is the notice issuing a document the body names: 某办公室关于印发《…》的通知
    # (its document number aside: …的通知（沪府办规〔2020〕3号）)
    nm = (_NOTICE_OF.fullmatch(_NAME_TAIL.sub("", _SPACES.sub("", _without_title_chrome(first_line))))
          if len(first_line) <= MAX_HEADLINE else None)
    if nm and not headline_doc:
        own, named, lv, nat = _issuers(nm.group("who"), known)
        mentions.append(_Mention(0, title=nm.group(0), issuers=own, places=named, level=lv, national=nat,
                                 headline=True))
        for m in mentions:
            if m.start < first_line_end and m.title and _key(m.title) == _key(nm.group("inner")):
                _forwarded(nm, m, known)
    mentions += cited
    _nested_documents(mentions, known)
    if headline_doc and not any(m.start < doc_end for m in mentions):
        who = doc_head[1]
        issuers, named, level, national = _issuers(who, known)
        mentions.append(_Mention(0, title=headline_doc, count=declared_count(headline_doc), issuers=issuers,
                                 places=named + [full for _, full, _ in places_in(headline_doc)][::-1],
                                 level=level, national=national, headline=True))
    if headline_doc:
        # the line under the document's own name that opens with its promulgation date, alone or with
        # its number (2020年2月25日国务院令第726号, 中华民国109年2月25日华总一义字第…号)
        nxt = text[doc_end:].lstrip("\n").split("\n", 1)[0].strip()
        pm = _PROMULGATED.match(nxt)
        if pm:
            when = (int(pm.group("y")) + (ROC_EPOCH if pm.group("roc") else 0), int(pm.group("m")), int(pm.group("d")))
            for m in mentions:
                if m.start <= doc_end and m.title and not m.cited and not m.date:
                    m.date = when
                    if pm.group("roc") and not m.places and not m.national:
                        m.places = ["台湾"]     # only Taiwan's authorities date in the Republic's years
    for alias, n in _repeated_aliases(text, sorted(quoted_or_titled)).items():
        at = text.find(alias)
        mentions.append(_Mention(at, alias=alias, count=n, repeated=True,
                                 headline=at < first_line_end))
    mentions.sort(key=lambda x: x.start)
    return mentions


# a document named inside another's title: 某市贯彻落实〈某省促进中小企业发展条例〉实施方案
_NESTED = re.compile(r"[〈<]([^〈〉<>《》]{4,80})[〉>]")


# a body referred to by its kind (记者从某市人社局获悉，该局近日出台…; 会上，该委发布…)
_THIS_BODY = re.compile(r"该(局|委|厅|部|办|署|院|中心)")
REFERRED_REACH = 200    # characters before the sentence's words that the body referred to is looked for in


def _referred_body(text: str, ss: int, head: str, known: frozenset[str]):
    """The issuers (as _issuers gives them) of 该局 / 该委 in the words before a verb: the last body
    named before it, in those words or shortly before the sentence, whose name ends with that kind."""
    tm = _THIS_BODY.search(head)
    if tm is None:
        return None
    at = text.find(head, ss) + tm.start()
    for b in reversed(bodies(text[max(0, at - REFERRED_REACH):at], known)):
        if b.name.endswith(tm.group(1)):
            return _issuers(b.name, known)
    return None


def _nested_documents(mentions: list[_Mention], known: frozenset[str]) -> None:
    """The document another's title carries out or cites (某市贯彻落实〈B〉实施方案, 关于转发〈B〉的通知 aside,
    whose B is already the notice's second policy) is a policy the page names, issued by someone
    else: its issuer and place are only those its own name gives (see _cited)."""
    have = [m.title for m in mentions if m.title]
    for m in list(mentions):
        if not m.title or "〈" not in m.title and "<" not in m.title:
            continue
        for nm in _NESTED.finditer(m.title):
            name = nm.group(1).strip()
            # named already, by itself or as what a notice issues (that notice then comes first)
            if not _names_policy(name) or any(_near_title(name, t) for t in have):
                continue
            have.append(name)
            mentions.extend(_cited(name, "", m.start + nm.start(), known))


# the plan or measures that carry out a document, named without 《》 around the whole:
# (印发)某市贯彻落实《B》实施方案, (出台)某县落实《B》的若干措施
_CARRY_LEAD = re.compile(r"[\u4e00-\u9fff]{0,20}?(?:贯彻落实|贯彻|落实)$")
_CARRY_NOUN = re.compile(r"的?(?:实施方案|实施意见|实施细则|实施办法|工作方案|行动方案|若干措施|具体措施|措施)"
                         r"(?=[，,。；;！!（(]|$)")


def _carrying_out(sent: str, m: re.Match, verbs: re.Pattern) -> int | None:
    """Where the name of a plan carrying out the 《title》 `m` starts, when an issuing verb puts it
    in force right before it (印发某市贯彻落实《B》实施方案) or it is its line's whole; None otherwise."""
    noun = _CARRY_NOUN.match(sent, m.end())
    if not noun:
        return None
    verb = None
    for verb in verbs.finditer(sent, max(0, m.start() - 30), m.start()):
        pass
    if verb is None:
        # … or the line is the plan's own name (a headline: 某市贯彻落实《B》实施方案)
        start = len(sent) - len(sent.lstrip())
        return start if _CARRY_LEAD.fullmatch(sent, start, m.start()) and not sent[noun.end():].strip() else None
    start = _VERB_TAIL.match(sent, verb.end()).end()
    return start if _CARRY_LEAD.fullmatch(sent, start, m.start()) else None


def _forwarded(nm: re.Match, inner: _Mention, known: frozenset[str]) -> None:
    """The document a notice forwards is issued by the body named between the verb and its title
    (…关于转发省发展改革委《…》的通知: 省发展改革委's), not by the notice's issuer."""
    by = nm.group("by").strip()
    if not by:
        return
    found = bodies(by, known)
    if found and found[-1].end == len(by):
        inner.issuers, inner.places, inner.level, inner.national = _issuers(by, known)


def _cited(title: str, between: str, start: int, known: frozenset[str]) -> list[_Mention]:
    """A document cited as a basis, and the one it issues when it is a notice issuing another
    (根据《某省人民政府办公厅关于印发〈某行动方案〉的通知》): issuers from the words between the citing
    verb and the title (落实某领导小组《…》) or from the title's own opening words (某办公厅关于…)."""
    nm = _NOTICE_OF.fullmatch(title)
    who = nm.group("who") if nm else (title[: title.find("关于")] if "关于" in title else "")
    own, named, level, national = _issuers(between.strip(), known)
    if not own and who:
        own, named, level, national = _issuers(who, known)
    if not named:
        named = [full for _, full, _ in places_in(title, 0, min(len(title), 12))][::-1]
    out = [_Mention(start, title=title, count=None if nm else declared_count(title), issuers=own, places=named, level=level,
                    national=national, cited=True)]
    if nm:
        out.append(_Mention(start + 1, title=nm.group("inner"), count=declared_count(nm.group("inner")),
                            issuers=list(own), places=list(named), level=level, national=national, cited=True))
        _forwarded(nm, out[-1], known)
    return out


def _compatible(a: _Mention, b: _Mention, same_sentence: bool = False) -> bool:
    if a.count and b.count and a.count != b.count:
        return False
    # a count-word alias is of a policy of its number (“四个一” and 四项措施), not of another
    if any(x.word_count and not x.count and y.count and y.count != x.word_count for x, y in ((a, b), (b, a))):
        return False
    if (a.weak and not b.count) or (b.weak and not a.count):
        return False
    if a.alias and b.alias and a.alias != b.alias and not (a.short or b.short):
        return False
    if a.title and b.title and not _same_title(a.title, b.title):
        return False
    if not same_sentence and a.places and b.places and place_stem(a.places[0]) != place_stem(b.places[0]):
        # a headline may name the province before the city (河南鹤壁出台四项措施…): the body's place
        # is then the headline's second
        head, body = (a, b) if a.headline else (b, a)
        if not (head.headline and not body.headline and (head.places[0].endswith(("省", "自治区")) or head.places[0] in provinces())
                and place_stem(body.places[0]) in {place_stem(p) for p in head.places[1:]}):
            return False
    return True


def _same_title(a: str, b: str) -> bool:
    """One name written in full and shortened: 关爱一线人员六项措施 in the headline is 关爱疫情防控一线人员
    六项措施 of the body (the shorter keeps most of the longer's characters, in order)."""
    if a == b:
        return True
    a, b = _without_places(a), _without_places(b)    # 厦门市思明区关爱…五条措施 is 关心关爱…五条措施
    short, long_ = sorted((a, b), key=len)
    if len(short) < 0.6 * len(long_):
        return False
    it = iter(long_)
    return all(ch in it for ch in short)


_PROVINCE_LEVELS = ("省", "自治区")
MIN_NEAR_TITLE = 12     # characters of a name that may be written again with a particle more or less
NEAR_TITLE_SHARE = 0.9  # … when the shorter writing keeps this share of the longer's characters, in order


def _near_title(a: str, b: str) -> bool:
    """One long name written twice, a character or two more or less (的, 和): not two documents
    of one family, whose names differ in a word (a city's plan and the province's)."""
    a, b = _key(a), _key(b)
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < MIN_NEAR_TITLE or len(short) < NEAR_TITLE_SHARE * len(long_):
        return False
    it = iter(long_)
    return all(ch in it for ch in short)


def _without_places(title: str) -> str:
    """A title without the places it opens with (厦门市思明区关爱一线人员五条措施 → 关爱一线人员五条措施)."""
    at = 0
    for s, full, _ in places_in(title, 0, min(len(title), 16)):
        if s != at:
            break
        at = s + len(full)
    return title[at:] if len(title) - at >= 4 else title


def _same_body(a: str, b: str) -> bool:
    """One issuing body written with and without its place or party prefix: 丽水市委组织部 and 市委组织部,
    中共丽水市委组织部 and 丽水市委组织部."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if not long_.endswith(short):
        return False
    extra = long_[: -len(short)]
    extra = _PARTY_HEAD.sub("", extra)
    if not extra:
        return True
    level = short[0] if short[0] in "省市区县" else None
    return bool(level) and is_place_name(extra, level)


def _absorb(host: _Mention, other: _Mention) -> None:
    if host.title and other.title and (len(other.title) > len(host.title)
                                       or (host.headline and not other.headline
                                           and not _key(host.title).endswith(_key(other.title)))):
        host.title = other.title    # the same name (see _compatible) written in full, or in the body
    host.title = host.title or other.title
    host.alias = host.alias or other.alias
    host.count = host.count or other.count
    for i in other.issuers:
        same = next((k for k, h in enumerate(host.issuers) if _same_body(h, i)), None)
        if same is None:
            host.issuers.append(i)
        elif len(i) > len(host.issuers[same]):
            host.issuers[same] = i      # the same body named in full: 市委组织部 → 丽水市委组织部
    if host.headline and not other.headline and other.places:
        # the body names the policy's own place (河南鹤壁… in the headline, 鹤壁市委组织部 in the body)
        host.places = other.places + [p for p in host.places if p not in other.places]
    else:
        host.places += [p for p in other.places if p not in host.places]
    host.level = host.level or other.level
    host.national = (host.national or other.national) and not (host.level or host.places and not host.national)
    host.word_count = host.word_count or other.word_count
    host.weak = host.weak and other.weak
    host.date = host.date or other.date
    if len(other.mentioned) > len(host.mentioned):
        host.mentioned = other.mentioned    # the fuller list of its measures
    host.start = min(host.start, other.start)


def _join(mentions: list[_Mention]) -> list[_Mention]:
    """One entry per policy: same alias or title; the headline's policy and the body's; a repeated alias."""
    out: list[_Mention] = []
    by_name: dict[str, _Mention] = {}
    by_count: dict[int, list[_Mention]] = {}
    for m in mentions:
        host = by_name.get(_key(m.alias)) or by_name.get(_key(m.title))
        if host is None and m.title and len(_key(m.title)) >= 4:
            # a short name the page gives a document it named in full (以下简称《若干规定》)
            host = next((x for x in reversed(out[-MAX_JOIN_SCAN:]) if x.title and not x.cited
                         and _key(x.title).endswith(_key(m.title))
                         and not _key(x.title).endswith("关于" + _key(m.title))), None)  # …关于失业保险条例 is about it
        if host is None and m.title and len(_key(m.title)) >= MIN_NEAR_TITLE:
            # one long name written twice with a particle more or less (…整体好转的若干政策措施 and
            # …整体好转若干政策措施): one document
            host = next((x for x in reversed(out[-MAX_JOIN_SCAN:]) if x.title and _near_title(x.title, m.title)), None)
        if host is None and m.title and m.issuers and not m.cited:
            # 某部印发通知 … 某部印发《关于…的通知》: the notice named by its kind, then by its title
            host = next((x for x in reversed(out[-MAX_JOIN_SCAN:]) if x.kind_noun and not x.title and x.issuers == m.issuers
                         and _key(m.title).endswith(x.kind_noun)), None)
        if host is None and m.count and not (m.title or m.alias or m.issuers) and out \
                and (out[-1].kind or (out[-1].title and not m.places)) and not out[-1].count and not out[-1].cited \
                and m.start - out[-1].start <= KIND_COUNT_REACH:
            # 出台优惠教育措施。…可以享受A、B等八项照顾政策 / 印发《…的通知》。《通知》提出八方面措施:
            # a bare count right after a policy named without one is its count
            host = out[-1]
        if host is None and m.count:
            # only the headline's or a repeated alias' policy reaches across sentences, and a bare
            # count that refers back to a named policy (…出台《…八项措施》。其中，八项措施包括：)
            bare = m.short or not (m.title or m.alias or m.issuers or m.places or m.date)
            for x in by_count.get(m.count, [])[:MAX_JOIN_SCAN]:
                same_body = bool({_body_core(i) for i in x.issuers} & {_body_core(i) for i in m.issuers})
                # a count named again with only its place (杭州发布十项措施通告，措施包括：…)
                same_place = (not (m.title or m.alias or m.issuers) and bool(m.places) and bool(x.places)
                              and (x.title or x.alias) and place_stem(m.places[0]) == place_stem(x.places[0]))
                if (m.repeated or x.headline or x.repeated or same_body or same_place
                        or (bare and (x.title or x.alias))) \
                        and _compatible(x, m):
                    # …; one body's policy of one count named again (杭州市人民政府发布…十项措施的通告 …
                    # 杭州市人民政府决定实施“…”十项措施)
                    host = x
                    break
        if host:
            _absorb(host, m)
        else:
            host = m
            out.append(m)
            if m.count or m.word_count:
                by_count.setdefault(m.count or m.word_count, []).append(m)
        for name in (host.alias, host.title):
            if name:
                by_name.setdefault(_key(name), host)
    return out


_SPACES = re.compile(r"\s+")
_PARTY_HEAD = re.compile("^(?:中国共产党|中共)")
_KEY_DROP = re.compile(r"[\s，,、。：:“”\"《》〈〉<>()（）]")


def _key(name: str | None) -> str:
    """A name without its punctuation and spaces (…抢险中，充分发挥… is …抢险中充分发挥…)."""
    return _KEY_DROP.sub("", name) if name else ""


def _signatures(text: str) -> list[tuple[int, list[str], tuple[int, int, int]]]:
    """A notice's signature blocks: (offset, issuing bodies, date) for every run of lines of
    issuing bodies (`中共某市委组织部  某市财政局`, one line or several) closed by a date line."""
    out = []
    names: list[str] = []
    at = 0
    pos = 0
    for line in text.split("\n"):
        if len(line) > SIGNATURE_BLOCK_LINE and len(line.strip()) > SIGNATURE_BLOCK_LINE:
            names = []      # a paragraph: no signature nor date line (the cheap test first)
            pos += len(line) + 1
            continue
        found = issuer_names(line) or _signature_bodies(line)
        # (a dated signature line writes its date 年月日: no 日, no date)
        dated = None if found or "日" not in line else dated_issuers(line)
        if dated:   # a one-line signature (某市委组织部 2020年2月12日), or the last line of one
            if not names:
                at = pos
            y, m, d = (int(x) for x in dated[1].split("-"))
            out.append((at, names + [n for n in dated[0] if n not in names], (y, m, d)))
            names = []
        elif found:
            if not names:
                at = pos
            names += [n for n in found if n not in names]
        elif line.strip():
            iso = (document_date(line) or _line_date(line)) if names else None
            if iso:
                y, m, d = (int(x) for x in iso.split("-"))
                out.append((at, names, (y, m, d)))
            names = []
        pos += len(line) + 1
    return out


MAX_SIGNATURE_LINE = 60
SIGNATURE_BLOCK_LINE = 160   # a line of a signature block (bodies, a date) is never longer


def _line_date(line: str) -> str | None:
    """The ISO date of a line that is only a full date in another form than 年月日 (2020-01-25 under
    a signature, as a page reformatted by a site writes it)."""
    dm = _DATE.fullmatch(line.strip())
    date = _date_of(dm) if dm else None
    return f"{date[0]:04d}-{date[1]:02d}-{date[2]:02d}" if date and date[0] else None


def _signature_bodies(line: str) -> list[str]:
    """A signature line page_header.issuer_names does not take: bodies without a place (national
    ones: 中共中央组织部, 国务院应对新型冠状病毒感染肺炎疫情联防联控机制, 人力资源社会保障部 财政部) or
    with their working unit in brackets (某领导小组（指挥部）); every part between white space is one
    body named in full, with a head (a place, a national head) or a national body's name."""
    line = line.strip()
    if not 3 <= len(line) <= MAX_SIGNATURE_LINE or line[-1] in "。，,；;：:！？!?、":
        return []
    parts = line.split()
    if not all(may_end_body(part) for part in parts):
        return []
    names = []
    for part in parts:
        found = bodies(part)
        if len(found) != 1 or found[0].start != 0 or found[0].end != len(part) \
                or not (found[0].national or found[0].places):
            return []
        names.append(part)
    return names


# words by which a notice states what it notifies or closes (现将有关事项通告如下, 特此通知)
_NOTICE_CUE = re.compile(r"(?:通知|通告|公告)如下|特此(?:通知|通告|公告)")


def _unnamed_notice(mentions: list[_Mention], text: str,
                    blocks: list[tuple[int, list[str], tuple[int, int, int]]]) -> None:
    """A page that is a notice whose name it does not carry (its headline lost: 现将有关事项通告如下：
    一、… 特此通告。 某县疫情防控指挥部 2022年10月17日) is that notice, a policy of its signature's
    bodies and date, unless a policy the page names is already theirs."""
    if not blocks or any(m.headline and m.title and not m.cited for m in mentions):
        return      # (a page whose headline names its document: the signature is that document's)
    cue = _NOTICE_CUE.search(text)
    if cue is None:
        return
    after = [b for b in blocks if b[0] > cue.start() and b[1]]
    if not after:
        return
    _, names, date = after[0]
    cores = {_body_core(n) for n in names}
    if any(not m.cited and cores & {_body_core(i) for i in m.issuers} for m in mentions):
        return
    men = _Mention(cue.start(), issuers=list(names), date=date)
    for name in names:
        _, named, level, national = _issuers(name)
        men.places += [p for p in named if p not in men.places]
        men.level = men.level or level
        men.national = national if name == names[0] else men.national and national
    at = next((k for k, m in enumerate(mentions) if m.start > men.start), len(mentions))
    mentions.insert(at, men)


def _sign(mentions: list[_Mention], text: str) -> list[tuple[int, list[str], tuple[int, int, int]]]:
    """Policies a notice names without saying who issued them (现将《…》印发给你们) take the
    issuers and date of its signature: the first block after the mention, else the last before.
    Returns the signature blocks (see _signatures)."""
    blocks = _signatures(text)
    if not blocks:
        # a notice whose headline names it and whose signature is a date line alone at its end
        # (…八、保障生活必需品供应。\n2020年1月25日): that date is the headline document's
        last = text.rstrip().rsplit("\n", 1)[-1].strip()
        dm = _DATE.fullmatch(last)
        date = _date_of(dm) if dm else None
        if date and date[0]:
            for m in mentions:
                if m.headline and m.title and not m.cited and not m.date:
                    m.date = date
        return blocks
    for m in mentions:
        if m.cited:
            continue        # a document cited as a basis was issued by others, at another time
        after = [b for b in blocks if b[0] >= m.start]
        at, names, date = after[0] if after else blocks[-1]
        if m.issuers:
            # its own issuers (中共某市委组织部关于…的通知): the date only, from their own signature
            if not m.date and {_body_core(x) for x in m.issuers} & {_body_core(x) for x in names}:
                m.date = date
            continue
        m.issuers = list(names)
        m.date = m.date or date
        if not m.places:
            for name in names:
                _, named, level, national = _issuers(name)
                m.places += [p for p in named if p not in m.places]
                m.level = m.level or level
    return blocks


MAX_DATED_LOOKS = 5      # occurrences of a body's name examined for a dated issuing line


def _dated_issue(text: str, issuers: list[str]) -> tuple[int | None, int, int] | None:
    """The date a line gives for the issuing by the policy's bodies, written right before them and
    followed by an issuing verb: (2024年8月6日中共中央办公厅、国务院办公厅发布), 2月4日，杭州市人民政府发布."""
    name = issuers[0]
    verbs = term_re("issue_verbs")
    at, looks = text.find(name), 0
    while at >= 0 and looks < MAX_DATED_LOOKS:
        looks += 1
        before = text[max(0, at - 14):at].rstrip("，, ")
        dm = None
        for dm in _DATE.finditer(before):
            pass
        if dm is not None and dm.end() == len(before):
            after = text[at + len(name):at + len(name) + 40]
            rest = after
            for other in issuers[1:]:
                rest = rest.replace(other, "")
            vm = verbs.match(rest.lstrip("、，, 和与及联合共同"))
            if vm:
                return _date_of(dm)
        at = text.find(name, at + 1)
    return None


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


def _iso(date: tuple[int | None, int, int] | None, year: int | None) -> str | None:
    if not date:
        return None
    y = date[0] or year
    return f"{y:04d}-{date[1]:02d}-{date[2]:02d}" if y else None


def _text_year(text: str) -> int | None:
    years = Counter(int(y) for y in _YEAR.findall(text))
    return years.most_common(1)[0][0] if years else None


@lru_cache(maxsize=1)
def _national_places() -> frozenset[str]:
    """rules/national_bodies.txt [national_places]: names of the whole country."""
    return frozenset(rule_sections("national_bodies.txt").get("national_places", ()))


def _headline_bare(text: str, places: Places) -> str | None:
    """The place a headline names without its level (龙湾：…, 义乌出台…), completed as the page or
    the dictionary writes it, for a policy whose own words name none."""
    first = text.split("\n", 1)[0][:MAX_TOP_LINE]
    for name in bare_places(first):
        full = places.complete(name)
        if full.endswith(LEVELS):
            return full
    return None


class PolicyList(list):
    """The policies of a document; `positions[i]` is where policy i+1 is first mentioned."""

    positions: list[int]
    word_counts: list[int | None]   # the number of policy i+1's count-word alias when it declares no count


def find_policies(text: str, year: int | None = None, headline: str | None = None) -> PolicyList:
    """Every policy the text names: those without a declared count, then the counted ones, each
    in order of first mention (see _uncounted_first).

    `headline` is the article's title when the text does not carry it: headlines
    often give the alias and the place (丽水市“四激励四保障两减轻”十条举措…).
    """
    shift = 0
    # unless the text's first line is the headline itself (a dump's unwrapping may glue the
    # headline to the lead below it: that line is no headline and the headline still counts)
    if headline and headline.strip() and text.split("\n", 1)[0].strip() != headline.strip():
        text = headline.strip().replace("\n", " ") + "\n" + text
        shift = len(headline.strip()) + 1
    # a headline's count-word alias that no later mention of its number joined is no policy
    mentions = [m for m in _join(_scan(text)) if not (m.weak and not m.count)]
    if mentions or _NOTICE_CUE.search(text):    # (else no signature is anyone's: its lines go unread)
        _unnamed_notice(mentions, text, _sign(mentions, text))
    for m in mentions:
        if not m.date and m.issuers and not m.cited:
            m.date = _dated_issue(text, m.issuers)
    follow_mentioned(mentions, text)
    places = Places(text)
    year = year or _text_year(text)
    out = PolicyList()
    out.positions = []
    out.word_counts = []
    prev_date = None
    head_places = places_in(text, 0, text.find("\n") if "\n" in text else len(text))
    for m in mentions:
        if m.same_day and not m.date:
            m.date = prev_date
        prev_date = m.date or prev_date
        if m.title and _is_law(m.title):
            # a law (…法, not …办法) is the nation's unless its title opens with a place: whoever the
            # sentence names applies or cites it (南昌市工商局…违反了《反不正当竞争法》)
            m.national = m.national or not places_in(m.title, 0, min(len(m.title), 12))
        if m.national or (m.cited and not m.places and not m.level):
            out.append(Policy(index=len(out) + 1, title=m.title, alias=m.alias, issuers=m.issuers, region=None,
                              date=_iso(m.date, year), declared_count=m.count, mentioned=m.mentioned))
            out.positions.append(max(0, m.start - shift))
            out.word_counts.append(None if m.count else m.word_count)
            continue
        if not m.places and m.title:
            # a title that opens with its place (山东省春节上班后…工作细则)
            m.places = [full for at, full, _ in places_in(m.title, 0, min(len(m.title), 12)) if at == 0]
        region = places.complete(m.places[0]) if m.places else None
        if region and not region.endswith(LEVELS) and m.level and lexicon.is_place(region + m.level):
            region += m.level       # 余杭 of the headline, 区委组织部 of the body: 余杭区
        if region is None and m.level:
            # the place of that level the headline names (开化：十条措施… over 县委组织部出台), else
            # the dateline's
            region = (places.of_level(m.level) or dateline_place(text[:shift], places, m.level)
                      or headline_place(text.split("\n", 1)[0], m.level) or dateline_place(text[shift:], places, m.level))
        if region is None:
            # the place the headline names; for the page's own document, the place the page is about
            region = (places.complete(head_places[-1][1]) if head_places
                      else places.main() if m.headline else _headline_bare(text, places))
        if region and m.level in _PROVINCE_LEVELS and not region.endswith(_PROVINCE_LEVELS):
            # a province's body named by its level (省人力社保厅) in an article about one of its
            # cities (杭州落实…): the province that city belongs to
            region = province_of(region) or region
        if region in _national_places():
            region = None       # the whole country is no region (中国, 全国): a national policy
        out.append(Policy(index=len(out) + 1, title=m.title, alias=m.alias, issuers=m.issuers, region=region,
                          date=_iso(m.date, year), declared_count=m.count, mentioned=m.mentioned))
        out.positions.append(max(0, m.start - shift))
        out.word_counts.append(None if m.count else m.word_count)
    return _uncounted_first(out)


def _uncounted_first(pols: PolicyList) -> PolicyList:
    """The policies named without a declared count (documents by their title, cited ones, a notice)
    before the counted sets of measures, each group in order of first mention. A counted set is
    told apart by its count; a document without one only by its title, alias, place or issuer,
    which a counted set of the same place shares: a reader (and ../shared/tools/score.py, which
    pairs each golden policy with the first that shares one of them) meets the documents first."""
    if all(p.declared_count is None for p in pols) or all(p.declared_count is not None for p in pols):
        return pols
    order = sorted(range(len(pols)), key=lambda i: pols[i].declared_count is not None)
    out = PolicyList(pols[i] for i in order)
    for k, p in enumerate(out):
        p.index = k + 1
    out.positions = [pols.positions[i] for i in order]
    out.word_counts = [pols.word_counts[i] for i in order]
    return out


def link(policies: list[Policy], lists: list[MeasureList]) -> tuple[list[int | None], list[Warning]]:
    """The policy each list belongs to (or None), and warnings for counts that disagree.

    Lists of one outline (a family) count together. A family goes to the policy
    declaring exactly its count, mentioned nearest before it (else nearest after);
    failing that, to the counted policy mentioned last before it when the counts
    are close (a 十条 policy of which 9 items were found) — with a warning.
    """
    positions = getattr(policies, "positions", None) or [0] * len(policies)
    families: dict[int, list[MeasureList]] = {}
    for ml in lists:
        families.setdefault(ml.family, []).append(ml)
    # a count-word alias (“五个上”, “三项机制”, “十个一”) declares its number
    for p, n in zip(policies, getattr(policies, "word_counts", None) or [None] * len(policies)):
        if n and p.declared_count is None:
            p.declared_count = n
    chosen: dict[int, Policy | None] = {}
    warnings: list[Warning] = []
    family_starts = [members[0].start for members in families.values()]
    for fam, members in families.items():
        found = sum(len(ml.items) for ml in members)
        start = members[0].start
        exact = [(p, pos) for p, pos in zip(policies, positions) if p.declared_count == found]
        before = [x for x in exact if x[1] <= start]
        pick = (max(before, key=lambda x: x[1]) if before else min(exact, key=lambda x: x[1]) if exact else None)
        policy = pick[0] if pick else None
        if policy is None:
            near = [(p, pos) for p, pos in zip(policies, positions)
                    if p.declared_count and pos <= start and abs(p.declared_count - found) <= max(2, p.declared_count // 4)]
            if not near:
                # the list's own introduction names a counted policy (…出台“暖心十条”，其中包括：1.…5.):
                # the policy mentioned last before the list, close to it, with no other list between
                intro = [(p, pos) for p, pos in zip(policies, positions)
                         if p.declared_count and pos <= start and start - pos <= INTRO_REACH]
                if intro:
                    last = max(intro, key=lambda x: x[1])
                    if not any(last[1] < o < start for o in family_starts):
                        near = [last]
            if near:
                policy = max(near, key=lambda x: x[1])[0]
                warnings.append(Warning(code="count_mismatch",
                                        message=f"policy {policy.index} declares {policy.declared_count} measures, "
                                                f"{found} found"))
        chosen[fam] = policy
    links = [chosen[ml.family].index if chosen[ml.family] else None for ml in lists]
    return links, warnings
