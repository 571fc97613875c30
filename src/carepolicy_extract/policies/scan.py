"""Where the text names a policy: one pass over the sentences that hold a cue, turning each way of
naming (see the package's docstring) into mentions, and the unquoted aliases an article repeats.

`_scan` stays one function because the ways of naming share a sentence's state (its issuers,
its verb, the spans an earlier way already took); moving it whole keeps its logic as it was.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from collections.abc import Iterator

from ..charclass import HAN_RUN
from ..issuers import bodies
from ..mentioned import (
    BRACKETED_TAIL, CLAUSE_STOP, CLAUSE_TEXT, COUNT_NOUN_TAIL, kind_measures, mentioned_after, mentioned_before, named_back,
    parallel_after,
)
from ..mentioned.ordinals import CLAUSE_ORDINAL
from ..numerals import COUNT_NUMBER, COUNT_PHRASE, count_phrase_matches, count_phrases, to_int
from ..page_header import ADOPTION_LINE, date_after_name, issuer_names
from ..policy_terms import term_re, terms
from ..regions import bare_places, place_stem, places_in
from ..rules import compiled, longest_first
from ..segment import DOC_TITLE
from .dates import (
    DATELINE_REACH, ROC_EPOCH, _BARE_DAY, _BEFORE_VERB, _DATE, _DATED_AFTER, _DATELINE, _PROMULGATED, _date_of,
)
from .names import (
    BASIS_OPENERS, MAX_CUT_TITLE, MAX_HEADLINE, MAX_REPEATED_ALIASES, MIN_CITED_HEAD, MIN_NAME_HEAD, MIN_PROGRAMME_HEAD,
    MIN_STANDALONE_PROGRAMME, TOTAL_REACH, WORD_ALIAS_VERB_REACH, _ALIAS_NOUN, _ASPECT_COUNT, _ASPECT_DEMANDS,
    _ASPECT_OPENING, _BASIS_CLAUSE, _BASIS_OF_BODY, _CALLED, _CITED_BODY, _COUNT_WORD, _INDEFINITE, _ISSUING_NOTICE,
    _KIND_NAMED, _LISTED_QUOTE, _LONG_SET_NOUN, _NAME_AFTER_COUNT, _NAME_TAIL, _NOTICE_OF, _PART_BEFORE, _POLICY_WORD, _PROGRAMME_AFTER,
    _QUANTIFIED, _QUOTE, _QUOTED_NAME, _ROUND, _RUNNING_DOC, _SENTENCE, _SOURCE_CLAUSE, _SPACES, _TITLE, _TITLE_CHROME,
    _TITLE_LIST_GAP, _TITLE_LIST_JOIN, _TOTAL_BEFORE, _VERB_TAIL, _WORD_ALIAS_TAIL, _alias_verbs, _body_before, _cited_name_re, _cited_quoted_re,
    _described, _document_headline, _issued_name_re, _key, _kind_verbs, _names_policy, _place_subject, cue_re,
    _planned, _programme_verbs, _required, _top_document, compounded_verb, declared_count, issuing_notice,
    alias_verb_words, reproduced_names,
)
from .actors import actor_set
from .mention import _Mention, _issuers, _referred_body
from .join import _absorb, _compatible, _same_title
from .cited import _CARRY_NOUN, _carrying_out, _cited, _forwarded, _nested_documents
from .signatures import MAX_SIGNATURE_LINE, SIGNATURE_REACH, _signature_bodies


# who issued a document named before it, in the passive: 《…》已于2月3日由县卫健委印发, 《…》由某厅制定出台
PASSIVE_REACH = 20      # characters after the name within which its 由 stands
_BY_BODIES = compiled(r"[，,]?(?:经[^，,。；;由]{2,16}?(?:同意|批准)[，,])?"     # (…，经市政府同意，由…印发)
                        r"(?P<when>(?:已|已经|近日|日前)?(?:于[^，,。；;由]{2,12}?)?)由(?P<who>[^，,。；;《》“”]{2,60}?)"
                        r"(?P<on>于[^，,。；;]{2,14}?)?(?:联合|共同)?(?:印发|制定|出台|发布|下发|颁布|制发|公布)"
                        # (made by them, then issued on its day: 由…联合制定，于3月12日印发实施)
                        r"(?:[，,](?P<later>于[^，,。；;]{2,14}?)(?:正式)?(?:印发|发布|出台|下发|公布))?")


# … or as the predicate that says who made it: 《…》是某市人大常委会制定的地方性法规
# … or named alone, then in the next words who issued it and when, with no object of their own
# (《…办法》。这是某部、某部2012年6月29日联合印发的; 《…通知》。某厅、某委2023年5月30日联合下发，将…)
_ISSUED_NEXT = compiled(r"[。，,]?\s*(?:(?:这是|该文件是|此文件是|它是|系)(?P<who>[^，,。；;《》“”]{2,60}?)(?:联合|共同)?"
                        r"(?:制定|印发|发布|出台|颁布|制发|下发)的"
                        r"|(?P<bare>[^，,。；;《》“”]{2,60}?)(?:联合|共同)(?:制定|印发|发布|出台|颁布|制发|下发)(?=[，,。]))")
_MADE_BY = compiled(r"是(?P<who>[^，,。；;《》“”]{2,40}?)(?:联合|共同)?(?:制定|印发|发布|出台|颁布|制发)的")


# … or adopted by a body's meeting (已经市人大常委会会议表决通过, 经市政府第12次常务会议审议通过)
_ADOPTED_BY = compiled(r"[，,]?(?:已|已经|于[^，,。；;经]{2,12}?)?经(?P<who>[^，,。；;《》“”]{2,40}?)(?:第[^，,。；;]{1,6}次)?"
                         r"(?:常务|全体)?(?:会议)?(?:审议|表决|讨论)?(?:批准|通过)")


_YEAR_BEFORE_QUOTE = compiled(r"(?:(?:19|20)[0-9]{2}年度?|今年|新一年)$")


_ANNOUNCING = ("宣布", "公布", "发布消息")
# what opens a clause that goes on with the clause before's subject and time (…推出“…警告”，并发布《…》)
_CONTINUING = ("并", "同时", "另")


def _said_day(head: str, day: re.Pattern) -> re.Match | None:
    """The day word `day` names (today's or the day before's) in the verb's own clause of the words before it,
    or opening the sentence as its time alone (今日，成都市人民政府发布《…》), or in the clause before it
    or the sentence's first clause when that clause only announces it (劳动部今(29)日宣布，针对…启动纾困措施)."""
    cut = max(head.rfind("，"), head.rfind(","))
    found = day.search(head, cut + 1)
    if found is None and cut > 0 and (head.endswith(_ANNOUNCING, 0, cut) or head.startswith(_CONTINUING, cut + 1)):
        # … or in the clause before, when it announces the verb's (…宣布，推出…) or the verb's own goes on with
        # its subject and time (劳工处今日起推出“工作暑热警告”，并发布经修订的《…指引》)
        found = day.search(head, max(head.rfind("，", 0, cut), head.rfind(",", 0, cut)) + 1, cut)
    first = min((at for at in (head.find("，"), head.find(",")) if at >= 0), default=-1)
    if found is None and 0 < first < cut and head.endswith(_ANNOUNCING, 0, first):
        # … or in the sentence's first clause when it announces all that follows (特区政府昨日（12日）宣布，
        # 为纾缓…，将设立…「…基金」)
        found = day.search(head, 0, first)
    if found is None and 0 < first <= cut and (opening := day.search(head, 0, first)) is not None and (
            head.startswith(_ANNOUNCING, opening.end()) or head.startswith(_ANNOUNCING, cut + 1)):
        # … or when the subject of that clause announces right after its day what the sentence goes on to
        # issue (某局今(22)日宣布启动…机制，针对…推出5项关怀措施), or the verb's own clause is that
        # subject's announcing (县长今（27）日前往…勘灾，宣布县政府推出5大纾困措施)
        found = opening
    lead = _DATELINE_LEAD.match(head) if found is None else None    # (after the paper's dateline: 本报某地3月12日讯 昨天，…)
    if found is None and (opening := _OPENING_DAY.match(head, lead.end() if lead else 0)) is not None:
        found = day.match(head, opening.start("day"))
    return found


# what opens a clause of purpose (为纾缓近期疫情对经济的冲击): its words tell no time of the issuing
_PURPOSE = ("为", "针对", "因应", "鉴于")
_CLAUSES = compiled(r"[^，,]+")


def _vague_after(head: str, at: int, vague_time: re.Pattern) -> bool:
    """Words after `at` put the issuing at an unstated time (记者今天获悉，…日前联合下发), a clause of
    purpose aside (今（29）日公布，为纾缓近期疫情…的冲击，推出…: 近期 is the epidemic's)."""
    if vague_time.search(head, at) is None:
        return False
    return any(vague_time.search(c.group()) for c in _CLAUSES.finditer(head, at)
               if not c.group().lstrip().startswith(_PURPOSE))


# a sentence whose subject points back to a document (这份, 这项, 该) and calls it by a quoted name
_CALLED_BACK = compiled(r"[\s\u3000]*(?:这份|这项|这一|这部|该|此)[^，,。；;“”]{0,16}?(?:称作|称为|称之为|叫做|叫作|誉为)"
                          r"“(?P<alias>[^”]{2,16})”")
# … or a name the sentence that names a document gives it by a pronoun, later in the sentence (…联合下发
# 《关于…的通知》，明确…，业内将其概括为“五缓四减三补贴”; …，被群众称为“暖心十条”)
_CALLED_IT = compiled(r"(?:其|它|之|被[^，,。；;“”]{0,6}?)(?:概括为|归纳为|总结为|称为|称作|称之为|叫做|叫作|誉为|统称为)"
                      r"“(?P<alias>[^”]{2,16})”")
# a news dateline opening the sentence, with the reporters' credit in brackets after it when the page kept it
_DATELINE_LEAD = compiled(r"[^，,。；;\n]{0,20}?" + _DATELINE.pattern + r"\s*(?:[（(][^）)]{0,40}[）)])?")


def _line_below(text: str, at: int) -> str:
    """The first line from `at` on that is not empty, stripped."""
    return text[at:].lstrip("\n").split("\n", 1)[0].strip()


def _promulgated_on(pm: re.Match) -> tuple[int, int, int]:
    """The date a promulgation or adoption line gives (its groups y, m, d and roc: the Republic of
    China's years when roc is there)."""
    return int(pm.group("y")) + (ROC_EPOCH if pm.group("roc") else 0), int(pm.group("m")), int(pm.group("d"))


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


_LEVEL_CHARS = "省市县区州"
# the body that leads the issuing, in the clause before the verb's own (由市卫健委牵头，…联合制定)
_LEAD_BODY = compiled("(?:由|^|[，,])([^，,。；;由]{2,40})牵头$")     # 由市卫健委牵头, 上周，某区文明办牵头


@lru_cache(maxsize=1)
def _nation_subject() -> re.Pattern:
    """The nation as the subject right before an issuing verb, no body named (rules/policy_terms.txt
    [nation_subjects], maybe with [subject_adverbs] between: 国家出台《…》, 中央也下发了通知)."""
    nation, adverbs = term_re("nation_subjects").pattern, term_re("subject_adverbs").pattern
    return compiled(f"{nation}(?:{adverbs})*$")


@lru_cache(maxsize=1)
def _vague_time() -> re.Pattern:
    """Words that put an issuing at an unstated time (rules/policy_terms.txt [vague_times]: 近日, 日前)."""
    return term_re("vague_times")


@lru_cache(maxsize=1)
def _cite_verbs() -> re.Pattern:
    """The verbs citing a 《title》 as a basis (rules/policy_terms.txt [cite_verbs]), and 依 right
    before the title, as Taiwan and Hong Kong pages cite (依《劳动基准法》规定; not 依法, 依托)."""
    # (the words as alternatives of the pattern itself, not a group: each opens with a character,
    # which the engine then looks for first instead of trying every position of each sentence)
    return compiled("|".join(map(re.escape, longest_first(terms()["cite_verbs"]))) + "|依$")


@lru_cache(maxsize=1)
def _level_refs() -> re.Pattern:
    """A place named by its level only as a clause's subject: colloquial (rules/policy_terms.txt
    [level_references]: 省里, 市里) or by reference ([subject_references] of a level: 我市, 本市, 该县)."""
    words = [w for sec in ("level_references", "subject_references") for w in terms().get(sec, ())
             if any(c in _LEVEL_CHARS for c in w) and not w.startswith("全")]   # (全省: a scope, no subject)
    return compiled("|".join(map(re.escape, longest_first(words))))


def _cued_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the sentences (_SENTENCE) that hold a cue, in order.

    Cues are few and sentences many, so rather than split the whole text, a regex search
    finds the next cue and only its line is split, up to the cue (a split of a line goes on
    from the last sentence given while the next cue is on its line). The spans are the ones a
    split from the start gives, because a sentence never holds a line break nor reaches past
    the end of another, so splitting may start at either. No cue is a sentence end or a line
    break: every cue lies inside a sentence.
    """
    cues = cue_re()
    sentences = _SENTENCE.finditer(text)
    pos = 0     # end of the last sentence given
    while cue := cues.search(text, pos):
        at = cue.start()
        line = text.rfind("\n", pos, at) + 1
        if line > pos:      # (the cue is on a later line: its line is split from its start)
            sentences = _SENTENCE.finditer(text, line)
        for m in sentences:
            if m.end() > at:
                break
        yield m.span()
        pos = m.end()


# a count right before a quoted name, after the verb that issues it (出台66条“…”), and the noun of its
# measures at most a few words after the name (…营商环境优化提升举措)
_COUNT_BEFORE_QUOTE = compiled(f"(?P<n>{COUNT_NUMBER})(?:条|项)$")
MIN_COUNTED_ALIAS = 3   # characters of such a name: a shorter quoted word describes (10条“暖心”措施)
_SET_NOUN_AFTER = compiled(r"[\u4e00-\u9fff]{0,12}?(?:措施|举措|政策)")
_DEFINED_AFTER = ("，即", ",即", "即")     # what opens the measures a quoted name stands for
# what a verb does to a policy issued before (宣布扩大「安心就业计划」): today is the change's day, not its
_CHANGED = compiled("扩大|放宽|延长|延续|调整|提高|降低|加码|优化")
CHANGE_REACH = 6        # characters before the policy's name where such a verb stands
# an action right after a name 通过 leads to: 通过 is "by means of" (通过“关爱基金”给予补充援助), not
# "adopt" (行政院通过「纾困4.0」方案)
_MEANS_AFTER = compiled(r"(?:等方式|等渠道)?(?:给予|开展|提供|发放|帮助|解决|实现|进行|对|为|向)")
# a programme's or fund's name alone on a line, maybe as one round of it (第六轮防疫抗疫基金, 青年就业旗舰计划)
_PROGRAMME_LINE = compiled(r"(?:第[一二三四五六七八九十\d]{1,3}[轮批期])?[\u4e00-\u9fff]{3,12}(?:基金|计划)")


def _whole_line(text: str, ss: int, se: int) -> bool:
    """The sentence at ss:se is a whole line of the text."""
    return (ss == 0 or text[ss - 1] == "\n") and (se == len(text) or text[se:se + 1] == "\n")


# a document's number after a verb citing it, maybe after its issuer's name: 国办发〔2022〕13号(文件), 安徽省政府
# 办公厅皖政办〔2023〕5号文件
_CITED_NUMBER = compiled(r"(?P<pre>[\u4e00-\u9fff]{1,32}?)(?P<year>[〔\[【(（](?:19|20)\d{2}[〕\]】)）]第?\d{1,4}号)(?:文件)?")
MAX_NUMBER_HEAD = 8     # characters of a number's head, the issuer's short name (国办发, 皖政办, 人社部发) …
MIN_NUMBER_HEAD = 2     # … at least
_NUMBER_HEAD_ENDS = ("发", "办", "字", "函", "电", "令", "规", "通")
# the article's own day, as news writes it before a verb of issuing (今天, 今日, 今（15）日)
_TODAY = compiled(r"今天|今日|今晚|今晨|今早|今[（(]\d{1,2}[）)]?日")
# a sentence opened by its day alone (今日，… / 昨天，…)
_OPENING_DAY = compiled(r"\s*(?P<day>今天|今日|今[（(]\d{1,2}[）)]?日|昨天|昨日|昨[（(]\d{1,2}[）)]?日)\s*[，,]")
# … and the day before it (昨天, 昨日, 昨（27）日: Taiwan's and Hong Kong's dailies report the day before)
_YESTERDAY = compiled(r"昨天|昨日|昨晚|昨夜|昨[（(]\d{1,2}[）)]?日")
SAME_DAY_REACH = 120    # characters back to the day a sentence's 当天 or 同日 points to
# what makes a verb a time (成立后, 印发以来, 出台之前): no verb of issuing
_TIME_AFTER_VERB = ("后", "以后", "之后", "以来", "前", "之前", "以前", "时")
# a sentence opening with a document named before by its kind (通知从…, 《意见》从…, 该办法从…)
_KIND_SUBJECT = compiled(r"\s*(?:该|这一|此)?[《“]?(?:通知|意见|实施意见|办法|方案|规定|措施|细则|决定)[》”]?")


# words no single document's name holds: a choice of kinds (发布资格预审公告或者招标公告), a clause's
# preposition (编制采购计划根据法律法规…规定), or a quantifier of many (省、市出台的疫情防控各项规定)
_NO_ONE_NAME = compiled(r"或者|根据|按照|依据|依照|各项|各类|一系列")
# the clause before the verb naming who studied and made the page's own document (经镇党委、镇政府研究，
# 制定以下措施): those bodies issue it, though the verb's own clause names none (not a body that approved
# it, 经市政府同意，现提出如下实施意见: the signers issue that)
_AGREED_BY = compiled(r"(?:^|[，,。；;])\s*经[^，,。；;]{2,40}?研究(?:决定)?[，,]\s*(?:特|现)?$")
# a regulation naming itself after another document it applies with (政府采购法和本办法)
_AND_THIS = compiled(r"(?:和|及|以及|与)本(?:办法|条例|规定|细则|法|意见|通知|方案|措施|规则)")


@lru_cache(maxsize=1)
def _this_document() -> re.Pattern:
    """A document the page named before, as a later sentence's subject (该方案已于…印发, 上述意见由…联合制定):
    by its kind ([issued_names], or a set's 措施/政策), opening the sentence after at most a reporting opener
    (据介绍，该方案…; not 转发该通知, its object); or by its kind alone as the subject of a passive, its
    agent next (方案由省民政厅、发展改革委…联合印发)."""
    kinds = term_re("issued_names").pattern
    return compiled(f"[\\s\u3000]*(?:据[^，,。；;]{{1,4}}[，,])?"
                      f"(?:(?:该|此|上述)(?P<kind>{kinds}|措施|举措|政策)|(?P<bare>{kinds})(?=由))")


MIN_DOC_TITLE = 4      # characters of a title DOC_TITLE reads in 《》 (a shorter one is a short form the page gave)
MIN_QUOTED_TITLE = 8   # characters of a document's whole name in double quotes (暖心八条, 一老一小 are aliases)


@lru_cache(maxsize=1)
def _quoted_title() -> re.Pattern:
    """A document's name in double quotes: eight characters or more ending with a kind of document
    ([issued_names]: 办法, 通知, 实施意见), no clause's punctuation inside; not a programme's (“粤港澳大湾区
    青年就业计划” is the name the annotators list as its alias)."""
    kinds = "|".join(map(re.escape, longest_first(k for k in terms().get("issued_names", ()) if k != "计划")))
    return compiled(f"“([^“”《》\\n，,。；;：:！？!?]{{{MIN_QUOTED_TITLE - 2},60}}?(?:{kinds}))”")


CITED_ISSUER_REACH = 70     # characters before a title issued before (…2月22日印发的《) read for the word citing it


def _titles_in(sent: str, short_names: dict[str, str]) -> list[re.Match]:
    """The titles a sentence names, in order: in 《》 (or a long one in 「」), and a short form of fewer than
    four characters the page gave a document before when the date it was issued follows (（以下简称《办法》）,
    then 制定了《办法》，于2019年4月26日正式印发: the document's date; a short form elsewhere only refers to it)."""
    if "《" not in sent and "「" not in sent and "“" not in sent:
        return []
    found = list((_TITLE if "「" in sent else DOC_TITLE).finditer(sent))
    if "“" in sent:
        # (a document's whole name in double quotes, as a forum post or an answer writes it: 市里去年刚出了
        # 新版的“徐州市退役军人和其他优抚对象优待办法”; a short quoted name is an alias, read elsewhere)
        # (named as a document is: opening with 关于 or its place, 徐州市…; not an essay's title, “我对…的几点
        # 意见”, nor a clause quoted, “…提出价格调整意见”)
        quoted = [m for m in _quoted_title().finditer(sent)
                  if m.group(1).startswith("关于") or any(at == 0 for at, _, _ in places_in(m.group(1)))]
        found = sorted(found + quoted, key=lambda m: m.start())
    short = [k for k in short_names if len(k) < MIN_DOC_TITLE and f"《{k}》" in sent]
    if short:
        # (re's own cache, not `compiled`: the pattern is the page's, which the store kept on disk must not hold)
        dated = [m for m in re.finditer("《(" + "|".join(map(re.escape, short)) + ")》", sent)
                 if _DATED_AFTER.match(sent, m.end())]
        found = sorted(found + dated, key=lambda m: m.start())
    return found


def _named_before(f: _Mention, mentions: list[_Mention]) -> bool:
    """The mention repeats the alias or title of one the page named before with its issuers."""
    return any(m.issuers and ((f.alias and m.alias == f.alias) or (f.title and m.title == f.title))
               for m in mentions)


# the ordinal of a list's clause right before a verb: what the clause puts in force is one of its measures
_ITEM_BEFORE = compiled(CLAUSE_ORDINAL + r"\s*$")
ITEM_ORDINAL_REACH = 6


def _named_last(mentions: list[_Mention], kind: str = "") -> str | None:
    """The title of the last document the page named, not cited, of that kind if one is given."""
    return next((x.title for x in reversed(mentions) if x.title and not x.cited
                 and BRACKETED_TAIL.sub("", x.title).endswith(kind)), None)


def _kind_of(this: re.Match) -> str:
    """The kind `_this_document` read: after 该/此/上述, or alone before the passive's 由."""
    return this.group("kind") or this.group("bare")


# the word that totals a named set's measures after its name (…措施共八项, …举措合计12条, …方案共计…)
_TOTAL_AFTER_NAME = compiled(r"(?<=[施措策法案划])(?:共|共计|合计|计)$")
# a day that opens the reporter's clause is the day the news was heard (13日，记者从省卫生健康委获悉，…印发)
_REPORTERS_DAY = compiled(r"[，,\s]*记者")
# a verb of drafting right before a document's name: its subject drafted it, someone else may issue it
_DRAFTED = compiled(r"(?:起草|草拟|拟定|拟订)了?\s*$")
# the self-references that point at the measures the text sets out below it (制定以下措施, 提出如下意见)
_BELOW = ("以下", "如下", "下列")
# what follows the day a policy takes effect (自2024年1月1日起施行, 由七月一日起推出), not the day it was issued
_IN_FORCE_FROM = ("起", "开始")
# … after 由, 从 or 自 (7月10日起，某部开展…行动 is the day the action began, what the page dates it by)
_IN_FORCE_OPEN = frozenset("由从自")


def _scan(text: str) -> list[_Mention]:
    # a title the page's end cuts off (the stored page stops inside it: …联合印发《关于做好春节后返岗复)
    # keeps its visible part: it is closed where the text ends
    cut = text.rfind("《", max(0, len(text.rstrip()) - MAX_CUT_TITLE))
    cut_title = cut >= 0 and "》" not in text[cut:] and "\n" not in text[cut:].rstrip()
    if cut_title:
        text = text.rstrip() + "》"
    verbs = term_re("issue_verbs", "(?![会厅])了?")
    issued_before = term_re("issue_verbs", "的$")     # (…联防联控机制2月22日印发的《…》)     # (not 新闻发布会: an event, nothing issued)
    level_refs = _level_refs()
    nation_subject, vague_time = _nation_subject(), _vague_time()
    alias_verbs = _alias_verbs()
    cites = _cite_verbs()
    earlier = term_re("earlier_words")
    same_day = terms()["same_day"]
    first_line_end = text.find("\n") if "\n" in text else len(text)
    mentions: list[_Mention] = []
    cited: list[_Mention] = []
    quoted_or_titled: list[tuple[int, int]] = []
    # the headline may be the document's own name (某市关于…的八条措施, 中共某市委组织部关于…的通知)
    first_line = text[:first_line_end].strip()
    doc_head, doc_end = _top_document(text, verbs)
    headline_doc = doc_head[0] if doc_head else None
    # (the document's date in brackets after its name, as law databases and reposts title it: …的通知
    # (2003年5月9日): its day, no part of its name)
    head_dated = date_after_name(headline_doc) if headline_doc else None
    if head_dated:
        headline_doc = headline_doc[:head_dated.start()].rstrip()
        doc_head = (headline_doc, doc_head[1])
    # a top that is a notice issuing a document without brackets (某办公厅关于印发某若干措施的通知) names
    # two policies, the notice and what it issues: its words are no running text to read names from
    head_notice = _ISSUING_NOTICE.fullmatch(headline_doc) if headline_doc else None
    # a line that is a title the text gives in 《》 is that document's title above its text
    doc_titles = {m.group(1).strip() for m in DOC_TITLE.finditer(text)}
    # places the text proves (成都市武侯区), for bodies named after them (武侯区委组织部)
    known = frozenset(full for _, full, _ in places_in(text))
    dated_after: dict[int, tuple[int | None, int, int] | None] = {}    # mention start → its own issuing date
    dm = _DATELINE.search(text, 0, DATELINE_REACH)
    dateline = (int(dm.group("m")), int(dm.group("d"))) if dm else None
    short_names: dict[str, str] = {}   # a short form of its kind the page gives a document (《条例》) → its title
    for ss, se in _cued_sentences(text):
        if head_notice and se <= doc_end:
            continue
        sent = text[ss:se]
        # a sentence whose subject is a document by the short form the page gave it (《条例》在国务院《志愿
        # 服务条例》的基础上，…): the documents its first clause names are ones it cites
        lead_words = sent.lstrip(" \u3000")
        subject_of = next((t for k, t in short_names.items() if lead_words.startswith((f"《{k}》", f"“{k}”"))),
                          None) if short_names else None
        stop = CLAUSE_STOP.search(sent) if subject_of else None
        first_clause_end = stop.start() if stop else len(sent)
        found: list[_Mention] = []
        taken: list[tuple[int, int]] = []
        cited_spans: list[tuple[int, int]] = []
        basis_bodies: list[_Mention] = []     # sets whose sentence names bodies only in what they carry out
        prev_end, prev_cited = -1, False
        # (most cued sentences have no verb of issuing, alias or kind, whose words hold the others':
        # one search tells, before the loops over the issuing verbs and the kind verbs)
        issuing = _kind_verbs().search(sent) is not None
        # (each name's own mark tested first: most cued sentences have none of them)
        for m in _titles_in(sent, short_names):
            title = m.group(m.lastindex).strip()
            # (the short form the page gave a title in brackets, named again anywhere: that title; but a
            # count form, 《十条措施》, is read below as the alias the annotators list)
            if title in short_names and not ((pure := COUNT_PHRASE.match(title)) and COUNT_NOUN_TAIL.fullmatch(title, pure.end())):
                title = short_names[title]
            if not _names_policy(title) and not (cut_title and ss + m.start() == cut and len(title) >= MIN_NAME_HEAD):
                continue
            lead = sent[max(0, m.start() - 30):m.start()]
            cm = None
            for cm in cites.finditer(lead):
                pass
            if cm is None:
                # (or named as issued before, no verb between: 加上早前《财政预算案》的措施)
                for cm in earlier.finditer(lead):
                    pass
                if cm is not None and verbs.search(lead, cm.end()):
                    cm = None
            if cm is None and lead.endswith("的") and issued_before.search(lead):
                # … or cited further back, the words between naming who issued it and when (为贯彻落实国务院应对
                # 新型冠状病毒肺炎疫情联防联控机制2月22日印发的《…》): the lead is read from the citing word
                # (only a document carried out: one a sentence bases itself on, 依据…印发的《…》，明确…, goes on
                # to state its measures)
                wide = sent[max(0, m.start() - CITED_ISSUER_REACH):m.start()]
                for cm in cites.finditer(wide):
                    pass
                if cm is not None and cm.group() not in terms()["carrying_out_cites"]:
                    cm = None
                lead = wide if cm is not None else lead
            called = _CALLED.match(sent, m.end())
            kind_short = called is not None and "《" in called.group()     # (以下简称《条例》): no alias
            if kind_short:
                short_names[called.group(1)] = title
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
            # … or after a cited one and its own bodies (贯彻中办、国办《A》和浙江省委办公厅《B》): those bodies'
            listed_by = ""
            if not listed and prev_cited and (join := _TITLE_LIST_JOIN.match(sent, prev_end, m.start())):
                words = sent[join.end():m.start()]
                named = bodies(words, known, issuing=True)
                if named and named[0].start == 0 and named[-1].end == len(words):
                    listed, listed_by = True, words
            prev_end = m.end()
            by_subject = subject_of not in (None, title) and m.start() < first_clause_end
            if (listed and prev_cited) or by_subject or (
                    cm is not None and not CLAUSE_STOP.search(lead[cm.end():]) and "，" not in lead[cm.end():]):
                prev_cited = True
                # cited as a basis (根据《…》, 落实某领导小组《…》): a policy the page names, whose
                # issuer and place are only those its citation or its own name gives
                # (the words since the title before it, when the citation lists several with their
                # bodies: 落实国务院《A》和山东省《B》, B is the province's)
                between = lead[cm.end():] if cm is not None and not listed else lead if by_subject else listed_by
                cited.extend(_cited(title, between[between.rfind("》") + 1:], ss + m.start(), known))
                if called and not kind_short:
                    cited[-1].alias = called.group(1)
                cited_spans.append((m.start(), m.end() if not called else called.end()))
                # (what the clause after it says the cited document holds: …《…》，该措施明确了A、B等内容)
                cited[-1].mentioned = named_back(sent, cited_spans[-1][1], len(sent))
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
                                      alias=called.group(1) if called and not kind_short else None,
                                      called=called.group(1) if kind_short else None))
            prev_cited = False
            taken.append((m.start(), m.end() if not called else called.end()))
        # documents named in running text without 《》 (按照省委关于…的通知要求, 发布关于…的通告)
        for m in _RUNNING_DOC.finditer(sent) if "关于" in sent else ():
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
            # (issued, adopted or made: 印发, 通过, 作出关于…的决定)
            if not any(vm.end() <= m.start() for vm in _kind_verbs().finditer(sent, 0, m.start() + 1)) \
                    and not (_body_before(lead) and not (headline_doc and ss < doc_end)):
                # named without being issued or cited: 关于…的通知精神 of a speech; but a body's name
                # right before it makes it that body's document (国务院联防联控机制2023年关于…的通知明确)
                continue
            found.append(_Mention(ss + m.start(), title=m.group(), count=declared_count(m.group())))
            taken.append(m.span())
        # a document's name right after its issuing verb, without 《》 and without 关于 (印发进一步做好
        # …工作的通知, 出台在…考察识别干部实施办法, 下发…的若干政策意见): it runs to the clause's end
        for vm in verbs.finditer(sent) if issuing else ():
            if sent.startswith(terms()["verb_modified_nouns"], vm.end()) or compounded_verb(sent, vm):
                continue        # (发布机构：…, 制定单位: the verb modifies a noun; 信息发布管理办法: it is one)
            after = _VERB_TAIL.match(sent, vm.end()).end()
            # (… or after 的, the verb's clause the name's modifier: 某总局、某部2012年6月29日联合印发的某某管理办法)
            nm = _issued_name_re().match(sent, after + (sent[after:after + 1] == "的"))
            if nm is None or any(a <= nm.start() < b or nm.start() <= a < nm.end() for a, b in taken + cited_spans):
                continue
            name = nm.group("name")
            if ("基金" in name or "计划" in name) and _PROGRAMME_AFTER.match(sent, nm.start()):
                continue    # 第二轮某基金下的八项措施: the programme's (below), whose measures these are
            head_len = nm.start("noun") - nm.start("name")
            if head_len < MIN_NAME_HEAD or name.startswith(_QUANTIFIED + _INDEFINITE) or _described(name) \
                    or _NO_ONE_NAME.search(name) \
                    or name.startswith(terms().get("vague_heads", ())) \
                    or name.count("“") != name.count("”") or _required(sent[:vm.start()]):
                continue
            lead_count = COUNT_PHRASE.match(name)
            if lead_count:      # 制定了十条…服务管理指引: the count is not part of the name
                name = name[lead_count.end():]
                if head_len - lead_count.end() < MIN_NAME_HEAD:
                    continue
            found.append(_Mention(ss + nm.start(), title=name,
                                  count=to_int(lead_count.group("n")) if lead_count else declared_count(name)))
            taken.append(nm.span())
        # a programme or fund named without quotes right after the verb that puts it in force or
        # announces its measures (推出某某就业启航计划，…; 公布第三轮某某基金的具体措施)
        if "基金" in sent or "计划" in sent or "资金" in sent:
            for vm in _programme_verbs().finditer(sent):
                pm = _PROGRAMME_AFTER.match(sent, _VERB_TAIL.match(sent, vm.end()).end())
                if pm is None or any(a < pm.end() and pm.start() < b for a, b in taken + cited_spans):
                    continue
                if _ITEM_BEFORE.search(sent, max(0, vm.start() - ITEM_ORDINAL_REACH), vm.start()):
                    continue    # (one of the measures a list numbers: 其中：一是实施顶尖人才团队引进计划，…)
                name = pm.group("name")
                if len(name) - len(pm.group("noun")) < MIN_PROGRAMME_HEAD or "的" in name or name.startswith(
                        _QUANTIFIED + _INDEFINITE + tuple(terms().get("vague_heads", ()))):
                    continue    # (制定有针对性的服务计划: a kind described, no programme's name)
                found.append(_Mention(ss + pm.start(), title=name,
                                      alias=pm.group("round") + name if pm.group("round") else None,
                                      count=to_int(pm.group("n")) if pm.group("n") else None))
                taken.append((pm.start(), pm.end("n") if pm.group("n") else pm.end()))
        for m in _QUOTE.finditer(sent) if "“" in sent or '"' in sent or "「" in sent else ():
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
                if lead.endswith(("年", "年度")):    # (the cheap test first)
                    lead = _YEAR_BEFORE_QUOTE.sub("", lead)     # 启动2024年“春风行动”: the year is no part of the name
                rm = _ROUND.search(lead)
                if rm:
                    lead = lead[:rm.start()]
                # (the cheap test first: a verb ending the words before the name ends them)
                issued = lead.endswith(alias_verb_words()) and any(v.end() == len(lead) for v in alias_verbs.finditer(lead))
                if issued and lead.endswith("通过") and _MEANS_AFTER.match(sent, m.end()):
                    issued = False      # 并可通过“关爱基金”给予补充援助: the means of an action, not adopting it
                tail = _POLICY_WORD.match(sent, m.end())
                if not issued and tail and tail.group().endswith("行动") and lead.endswith("开展") and _issuers(
                        sent[max(sent.rfind(c, 0, m.start()) for c in "，,；;、") + 1:m.start()], known)[0]:
                    issued = True       # 团县委、县总工会联合开展“夏送清凉·青春暖蜂”关爱行动: a campaign its
                                        # bodies put in force (not 开展“三个一”活动, an activity, nor one item of
                                        # a document's list: 对…、开展“暖新”关爱行动、…作出部署)
                counted = _COUNT_BEFORE_QUOTE.search(lead) if lead.endswith(("条", "项")) else None
                if counted and not issued and len(inner) >= MIN_COUNTED_ALIAS \
                        and any(v.end() == counted.start() for v in alias_verbs.finditer(lead)):
                    # a count between the verb and the name (出台66条“万事好通”营商环境优化举措): the set's
                    # name, its measures named by a noun a few words on
                    further = _SET_NOUN_AFTER.match(sent, m.end())
                    if further:
                        found.append(_Mention(ss + m.start(), alias=inner, count=to_int(counted.group("n"))))
                        taken.append((m.start(), further.end()))
                        continue
                # a programme's quoted name, or a document's, as Taiwan's and Hong Kong's pages name one (县政府通过
                # 「救灾人员关怀措施」), is its title too (not a counted set's short name, “十条硬措施”: the set's alias)
                programme = inner.endswith(terms()["programme_nouns"]) or (
                    len(inner) >= MIN_STANDALONE_PROGRAMME and inner.endswith(tuple(terms()["document_nouns"]))
                    and declared_count(inner) is None)
                # … or one the sentence defines right after by its measures (实施“三免一补”，即A、B、C)
                defined = sent.startswith(_DEFINED_AFTER, m.end())
                # … or a benefit a body gives by its quoted name (食物及卫生局宣布，向…发放「抗疫特别津贴」)
                # (its body the subject of the sentence's first clause)
                comma = sent.find("，", 0, m.start())
                given = (not issued and inner.endswith(tuple(terms().get("benefit_nouns", ())))
                         and lead.endswith(tuple(terms().get("benefit_verbs", ())))
                         and bool(_issuers(sent[:comma if comma >= 0 else m.start()], known)[0]))
                if given:
                    found.append(_Mention(ss + m.start(), alias=(rm.group() if rm else "") + inner))
                    taken.append((m.start(), m.end()))
                    continue
                if (issued and (tail or programme or defined)) or (
                        len(inner) >= MIN_STANDALONE_PROGRAMME and inner.endswith(terms()["standalone_programme_nouns"])):
                    # a programme's name is its title too (推出「安心就业计划」, 通过「纾困4.0」方案)
                    title = inner if programme else (
                        inner + tail.group() if tail and tail.group().endswith(terms()["programme_nouns"]) else None)
                    found.append(_Mention(ss + m.start(), alias=(rm.group() if rm else "") + inner, title=title))
                    taken.append((m.start(), tail.end() if tail else m.end()))
        for cs, ce, n in count_phrases(sent):
            if any(a <= cs < b for a, b in taken + cited_spans):
                continue
            verb = None
            for vm in verbs.finditer(sent, 0, cs):
                verb = vm
            if not (COUNT_NOUN_TAIL.match(sent, ce) or (verb and cs - verb.end() <= 40)
                    or sent[ce - 1:ce] in "项条" and _LONG_SET_NOUN.match(sent, ce)
                    or _TOTAL_BEFORE.search(sent, max(0, cs - TOTAL_REACH), cs)):
                continue
            men = _Mention(ss + cs, count=n,
                           part=bool(_PART_BEFORE.search(sent, max(0, cs - 3), cs) or _ASPECT_OPENING.match(sent)))
            men.mentioned = mentioned_before(sent, cs)
            if men.mentioned:
                tail = COUNT_NOUN_TAIL.match(sent, ce)
                men.mentioned += parallel_after(sent, tail.end() if tail else ce, men.mentioned)
            if sent.strip() in doc_titles:
                men.title = sent.strip()
            elif subject_of is not None:
                men.title = subject_of  # 《方案》提出了…18项具体措施: the count of the document the short form names
            elif headline_doc and not head_notice and sent[:cs].endswith(tuple(terms()["self_references"])):
                # the page's own document counting its measures (现提出以下8条措施：): the headline's
                men.title = headline_doc
            named_after = _NAME_AFTER_COUNT.match(sent, ce)
            if named_after and named_after.group().endswith(terms()["document_names"]):
                men.title = named_after.group()     # 制定了十条援鄂医疗队休整期间服务管理指引
            elif verb and not men.mentioned:
                between = sent[verb.end():cs]
                total = _TOTAL_AFTER_NAME.search(between)
                if total and len(between) - len(total.group()) >= 6 and HAN_RUN.fullmatch(between):
                    men.title = between[:total.start()]     # 推出第二轮经济援助措施共八项: the name, then its total
                elif len(between) >= 6 and HAN_RUN.fullmatch(between):
                    tail = COUNT_NOUN_TAIL.match(sent, ce)
                    men.title = between + sent[cs:tail.end() if tail else ce]
            found.append(men)
            taken.append((cs, ce))
        for cm in cites.finditer(sent):
            # a document's name cited in quotation marks instead of 《》 (根据“某省…实施办法”，…: a forum's or
            # a notice board's copy)
            qm = _cited_quoted_re().match(sent, cm.end())
            if qm and not any(a < qm.end() and qm.start() < b for a, b in taken + cited_spans):
                cited.extend(_cited(qm.group("name"), "", ss + qm.start("name"), known))
                cited_spans.append(qm.span())
                continue
            # a document's name cited without 《》 (按照某市某管理办法有关规定, 根据工伤保险条例规定)
            nm = _cited_name_re().match(sent, cm.end())
            if nm and not any(a < nm.end("name") and nm.start() < b for a, b in taken + cited_spans):
                name = nm.group("name")
                head = name[: -len(nm.group("noun"))]
                own = _AND_THIS.search(name)
                if own:
                    # 按照政府采购法和本办法的规定: the other document named with the regulation itself
                    name = head = name[:own.start()]
                if len(head) >= MIN_CITED_HEAD and not name.startswith(
                        _QUANTIFIED + _INDEFINITE + tuple(terms().get("vague_heads", ()))) \
                        and name.count("“") == name.count("”"):
                    cited.extend(_cited(name, "", ss + nm.start(), known))
                    cited_spans.append(nm.span("name"))
                    continue
            # a document cited by its number alone (根据国办发〔2022〕13号文件, 落实安徽省政府办公厅皖政办〔2023〕5号
            # 文件精神): the number is the name the page calls it by
            dn = _CITED_NUMBER.match(sent, cm.end())
            if dn and not any(a <= cm.end() < b for a, b in taken + cited_spans):
                # (the issuer's name, when it stands before the number: the longest body its words open
                # with that leaves a head of the number's own, 安徽省政府办公厅|皖政办; 人社部发 is one head)
                pre = dn.group("pre")
                cut = next((k for k in range(len(pre) - MIN_NUMBER_HEAD, 1, -1)
                            if [b.end for b in bodies(pre[:k], known, issuing=True)][-1:] == [k]
                            and pre[k:].endswith(_NUMBER_HEAD_ENDS)), 0)
                if len(pre) - cut <= MAX_NUMBER_HEAD:
                    own, places_, level_, national_ = _issuers(pre[:cut], known) if cut else ([], [], None, False)
                    cited.append(_Mention(ss + dn.start() + cut, alias=pre[cut:] + dn.group("year"), issuers=own,
                                          places=places_, level=level_, national=national_, cited=True))
                    cited_spans.append(dn.span())
                    continue
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
        if "方面" in sent and any((f.title or f.alias) and not f.count for f in found) \
                and not any(f.count for f in found):
            # the aspects in which a document the sentence names sets out its requirements are its
            # count (印发《…的通知》，从五个方面提出具体要求); not a meeting's, which names none
            am = _ASPECT_DEMANDS.search(sent)
            if am and not any(a <= am.start() < b for a, b in taken + cited_spans):
                # the named document's own count (no mention of its own: the aspects the frame names and
                # what follows them are the document's measures, for its readers to find)
                doc = next(f for f in reversed(found) if (f.title or f.alias) and not f.count)
                doc.count = to_int(am.group("n"))
        elif "方面" in sent and not found:
            # … and of the document the sentence opens with by its kind, named before (人事部、财政部发出
            # 通知。…通知从四个方面作出规定：): a bare count, which joins the set named by its kind before
            back = _KIND_SUBJECT.match(sent)
            am = _ASPECT_DEMANDS.match(sent, back.end()) if back else None
            if am:
                found.append(_Mention(ss + am.start(), count=to_int(am.group("n"))))
                taken.append(am.span())
        if not found:
            # a set of measures named by its kind only: a policy when the sentence says who issued it
            # (after the documents it cites as its basis: 为贯彻落实《…》精神，…县委办公室…制定如下措施)
            after_cited = max(b for _, b in cited_spans) if cited_spans else 0
            vm = None
            # (a question names no set issued: 听说成都出了新政策，…是真的吗？)
            asked = issuing and sent.rstrip().endswith(("？", "?"))
            for vm in _kind_verbs().finditer(sent, after_cited) if issuing and not asked else ():
                if vm.group() in terms()["noun_verbs"] and sent.startswith(terms()["document_nouns"], vm.end()):
                    continue    # the verb opens a document's noun (…工作实施方案一、…): no verb
                if sent.startswith(terms()["verb_modified_nouns"], vm.end()) or compounded_verb(sent, vm):
                    continue    # the verb modifies a noun (实施机构牵头编制…方案, 发布机构), or is one (信息发布…办法)
                # the verb's complement and aspect (制定出一个…, 出台了…) are no part of the name
                km = _KIND_NAMED.match(sent, _VERB_TAIL.match(sent, vm.end()).end())
                if km and (_required(sent[:vm.start()]) or _planned(sent, vm.start())):
                    break       # 各高校要制定…方案, 下一步将…制定实施细则: a document the text requires
                                # or plans, not one issued
                if km and km.group("what").startswith(_INDEFINITE):
                    break       # 无论出台什么政策: no set of measures named
                if sent.startswith(_TIME_AFTER_VERB, vm.end()):
                    continue    # 基金成立后立即推行的措施, 通知印发以来: a time the verb sets, not an issuing
                if km and km.group("what").startswith("的") and not _issuers(
                        sent[sent.rfind("，", 0, vm.start()) + 1:vm.start()], known)[0]:
                    break       # 而这些都是…立即推行的措施: the verb describes the measures, and no body of
                                # its own clause issues them (one of an earlier clause received money)
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
                           and not _described(named) and not _NO_ONE_NAME.search(named))
                    # a place right before the verb is its subject (郑州市出台…等措施, 长沙市近日出台一系列措施)
                    # (a headline's bare place is left to the headline's own reading: 温州发布稳定物价通告
                    # names the page's document, which the text names in full)
                    placed = not km.group("what").startswith("的") and _place_subject(head, bare=ss >= first_line_end)
                    # … or the nation (中央也下发通知，鼓励…): the national document of that kind the page
                    # names (policies.join joins the two)
                    nation = not km.group("what") and nation_subject.search(head) is not None
                    # (after a cited document only with bodies of its own: 县委办公室…制定如下措施)
                    if (own[0] or doc or placed or nation) and (not cited_spans or own[0]):
                        # a set the text calls its own (制定如下措施, 特制定本办法) is the document the
                        # page's top names, whose bodies these are when the verb's own clause names them
                        # (not bodies of a document it carries out: 为贯彻落实某厅有关通知精神，…制定本方案)
                        # (本方案 names the page's own document whoever the sentence names before it:
                        # 市总工会决定开展…活动，特制定本方案; not the bodies of what it carries out:
                        # 为贯彻落实某办公厅有关通知精神，…制定本方案)
                        own_ref = headline_doc and not doc and km.group("what").startswith(tuple(terms()["self_references"]))
                        # (the bodies of the verb's own clause, asked only of a set that refers to the page's document)
                        clause_bodies = own_ref and _issuers(head[max(head.rfind("，"), head.rfind(",")) + 1:], known)[0]
                        mine = (own_ref
                                and (own[0] and (clause_bodies or _AGREED_BY.search(head) is not None
                                                 or km.group("what") == "本" and not sent.lstrip().startswith(BASIS_OPENERS))
                                     # … or the measures below, no body in the verb's own clause (为深入贯彻
                                     # 党中央、国务院…部署，结合浏阳实际，现就…制定以下措施)
                                     or not clause_bodies and km.group("what").startswith(_BELOW)))
                        men = _Mention(ss + vm.start(), kind=True,
                                       title=named if doc else headline_doc if mine else None,
                                       kind_noun=km.group("kind"))
                        if mine and own[0] and not clause_bodies and all(
                                p.lstrip().startswith(BASIS_OPENERS) for p in re.split("[，,]", head) if _issuers(p, known)[0]):
                            # (根据卫生部有关要求，现提出以下意见: 卫生部 issued none of it; but 县委组织部、
                            # 县人力社保局结合我县实际，制定以下措施 names who did)
                            basis_bodies.append(men)
                        # the measure its next clause states: 颁布奖励要点，给予一线医护人员防疫津贴
                        # (but the items named before the kind come first: 出台A、B、C等措施，解除…之忧)
                        men.mentioned = mentioned_before(sent, km.start("kind"))
                        nxt = CLAUSE_TEXT.match(sent, km.end() + 1) if sent.startswith(("，", ","), km.end()) else None
                        if nxt and not men.mentioned and not nxt.group().startswith(terms().get("report_verbs", ())):
                            men.mentioned = kind_measures(sent, nxt.start())
                        found.append(men)
                        taken.append((vm.end(), km.end()))
                    break
        if not found and ss > first_line_end and ("基金" in sent or "计划" in sent) \
                and _PROGRAMME_LINE.fullmatch(sent.strip()) and _whole_line(text, ss, se):
            # a programme or fund that a line of the text names alone, as a heading (第六轮防疫抗疫基金):
            # the page is about it (not the headline's: the article's topic, which a heading names in full)
            found.append(_Mention(ss + len(sent) - len(sent.lstrip()), alias=sent.strip()))
            taken.append((0, len(sent)))
        if not found and "等" in sent:
            # a body's set named by what it does (团省委…开展A、B、C等人文关怀), after what it cites
            actor = actor_set(sent, max((b for _, b in cited_spans), default=0), known)
            if actor:
                verb_at, kind_end, items = actor
                men = _Mention(ss + verb_at, kind=True)
                men.mentioned = items
                found.append(men)
                taken.append((verb_at, kind_end))
        if not found and "由" in sent and (this := _this_document().match(sent)) and _BY_BODIES.match(sent, this.end()):
            # a sentence that names nothing but who issued the document the page named last (方案由省民政厅、
            # 发展改革委…联合印发): that document, its passive's bodies read as after its name
            named = _named_last(mentions, _kind_of(this))
            if named:
                found.append(_Mention(ss + this.start(), title=named))
                taken.append((this.start(), this.end()))
        if not found:
            continue
        # measures the sentence names right after a mention (…十条措施，包括A、B、C等), up to the next one
        starts = sorted(a for a, _ in taken)
        for f, (a, b) in zip(found, taken):
            # … also after the aspects a count closes (从A、B等方面，明确了十二条措施，包括C、D等)
            stop = next((x for x in starts if x >= b), len(sent))
            f.mentioned += [x for x in mentioned_after(sent, b, stop) if x not in f.mentioned]
        if headline_doc and ss < doc_end and not any(f.title for f in found):
            found[0].title = headline_doc
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
        own_head = _SOURCE_CLAUSE.sub("", head)
        # … nor a body of an earlier clause when the verb's own clause names bodies (刚看到县卫健委公众号
        # 发的，县委、县政府办公室日前印发)
        cut = max(own_head.rfind("，"), own_head.rfind(","))
        issuers, named, level, national = (_issuers(own_head[cut + 1:], known) if cut >= 0 else ([], [], None, False))
        if not issuers:
            # (the words before the verb's clause, but not a clause naming what the document carries out)
            basis = _BASIS_CLAUSE if "关于" in own_head else _BASIS_OF_BODY
            issuers, named, level, national = _issuers(basis.sub(lambda b: " " * len(b.group()), own_head), known)
        elif cut >= 0 and "牵头" in own_head:
            # 由市卫健委牵头，市人社局、市财政局联合制定: the leading body of the clause before is one of them
            lead = _LEAD_BODY.search(own_head, 0, cut)
            if lead:
                leading, leading_named, _, leading_national = _issuers(lead.group(1), known)
                issuers = leading + [i for i in issuers if i not in leading]
                named = leading_named + [n for n in named if n not in leading_named]
                national = national and leading_national
        if verb_at is None and issuers and all(_named_before(f, mentions) for f in found) \
                and term_re("implementer_words").search(own_head, cut + 1):
            # a body carrying out a set the page named before, no verb issuing it here (据悉，市经信局将会同
            # 相关部门开通“暖企十条”线上兑付专区): its issuers are the earlier ones
            issuers, named, level, national = [], [], None, False
        if "该" in head:
            ref = _referred_body(text, ss, head, known)
            if ref and not issuers:
                issuers, named, level, national = ref
            elif ref and ref[0] and not set(ref[0]) & set(issuers):
                # 该厅会同省财政厅出台…: the body referred to, then those it acts with
                issuers = ref[0] + issuers
                named = ref[1] + [n for n in named if n not in ref[1]]
                level, national = level or ref[2], national and ref[3]
        if not issuers and nation_subject.search(own_head, cut + 1):
            national = True     # 国家出台《…》, 中央也印发了…: the nation's, whatever place the page is about
        if not issuers and not level:
            # no body: a place named by its level (省里发了《…》, 我市出台…): the place of that level the
            # page is about
            lm = level_refs.search(own_head, cut + 1)
            if lm and not places_in(own_head, cut + 1):
                level = next(c for c in lm.group() if c in _LEVEL_CHARS)
        # (a dateline's place is where the news was filed, not the subject: 新华社南昌2月3日电 省人社厅…)
        dl = _DATELINE.search(head) if ss < DATELINE_REACH else None
        place_head = head[dl.end():] if dl else head
        places = named + [full for _, full, _ in places_in(place_head)][::-1]
        # most specific first, as the places above: 浙江象山出台 → 象山, 浙江
        # (a word the gazetteer alone calls a place is one only as the subject of a verb: 义乌出台…, not
        # 延长「中小企业援助计划」还款宽限期)
        bare = bare_places(place_head[-40:], subject=verb_at is not None)[::-1] if not places else []
        if not places and not bare and known:
            # a place the text writes in full elsewhere (渝中区着眼…), here bare (渝中因时而谋…出台《…》),
            # which the dictionary does not know: the last such name in the words before the verb
            tail = place_head[-40:]
            hits = [(tail.rfind(stem), full) for full in known if len(stem := place_stem(full)) >= 2 and stem in tail]
            bare = [max(hits)[1]] if hits else []
        date = None
        date_end = 0
        for dm in _DATE.finditer(head):
            if head.startswith(_IN_FORCE_FROM, dm.end()) and head[dm.start() - 1:dm.start()] in _IN_FORCE_OPEN:
                continue    # 政府将由七月一日起推出四项措施: the day it takes effect, not the day it was issued
            date, date_end = _date_of(dm) or date, dm.end()
        if date and vague_time.search(head, date_end):
            date = None     # 2月20日，记者从市人社局获悉，该局近日出台…: the report's date, not the issuing's
        if date is None and dateline and "日" in head:
            # a day alone after a news agency's dateline is of the dateline's month (新华社北京3月20日电
            # 国务院办公厅20日印发…), on or before the dateline's day
            # (the one nearest the verb: 记者20日从农业农村部获悉，农业农村部…16日联合印发 is the 16th)
            day = None
            for day in _BARE_DAY.finditer(head):
                pass
            if day and int(day.group(1)) <= dateline[1] and not _REPORTERS_DAY.match(head, day.end()):
                date = (None, dateline[0], int(day.group(1)))
        elif date is None and verb_at is not None and "日" in head:
            # … and without a dateline, before a verb of issuing, of the article's own month (国务院办公厅
            # 7日公布《…》 in an article of 8 May), or the month before when the day is later than the
            # article's (month 0: see _iso); not the day of a meeting that presents it (15日，…召开新闻
            # 发布会，介绍《…》)
            day = None
            for day in _BARE_DAY.finditer(head):
                pass
            if day and not _REPORTERS_DAY.match(head, day.end()) and not vague_time.search(head, day.end()):
                date = (None, 0, int(day.group(1)))
        # issued on the article's own day (国务院办公厅今天印发…, 劳工处今日（15日）公布…): its byline's date
        # (in the verb's own clause, not a reporter's day before a vague one: 记者今天获悉，…日前联合下发; nor
        # the day of another action on a policy issued before: 今(3)日宣布，放宽「安心就业计划」申请条件)
        tm = _said_day(head, _TODAY) if date is None else None
        ym = _said_day(head, _YESTERDAY) if date is None and tm is None else None
        said = tm or ym
        said = said is not None and not _vague_after(head, said.end(), vague_time) \
            and not _CHANGED.search(sent, max(0, first - CHANGE_REACH), first)
        today, yesterday = said and tm is not None, said and ym is not None
        sday = any(head.lstrip("，, ").startswith(w) for w in same_day)
        if sday and date is None:
            # the day the paragraph named just before (12月5日是国际志愿者日。当天，某区印发《…》)
            # (or the paragraph before, when the sentence opens its own: 7月2日，市民政局召开…会议。\n会上，…印发)
            para = text.rfind("\n", 0, ss) + 1
            if not text[para:ss].strip():
                para = text.rfind("\n", 0, max(0, para - 1)) + 1
            for dm in _DATE.finditer(text, max(para, ss - SAME_DAY_REACH), ss):
                date = _date_of(dm) or date
        spans = sorted(taken)
        own_placed: set[int] = set()
        for f, (a, b) in zip(found, taken, strict=True):     # (each mention found with the span it took)
            f.issuers, f.level, f.date, f.same_day = list(issuers), level, dated_after.get(f.start) or date, sday
            if any(f is x for x in basis_bodies):
                f.issuers, f.level = [], None
            f.loose_date = verb_at is None and f.date is not None and f.start not in dated_after
            if not f.issuers and f.title and (at := f.title.find("关于")) > 1:
                # a name that opens with its bodies (《某厅 某局关于…的通知》印发): they issued it
                own_title = _issuers(f.title[:at], known)
                if own_title[0]:
                    f.issuers, f.level = own_title[0], f.level or own_title[2]
            f.today, f.yesterday = today, yesterday
            f.national = national
            f.places = places + bare
            f.headline = ss < first_line_end
            if not issuers and "经" in sent[b:b + PASSIVE_REACH]:
                # the document, then the body that adopted it (《…条例》已经市人大常委会会议表决通过)
                am = _ADOPTED_BY.match(sent, b)
                own = _issuers(am.group("who"), known) if am else ([], [], None, False)
                if own[0]:
                    f.issuers, f.places, f.level, f.national = own[0], own[1] or f.places, own[2], own[3]
            if not issuers and sent.startswith("是", b):
                # the document, then who made it as its predicate (《…条例》是宁波市人民代表大会常务委员会制定的地方性法规)
                mm = _MADE_BY.match(sent, b)
                own = _issuers(mm.group("who"), known) if mm else ([], [], None, False)
                if own[0]:
                    f.issuers, f.places, f.level, f.national = own[0], own[1] or f.places, own[2], own[3]
            # (the bodies that drafted it are not who issued it when the passive names those: 市人社局…研究起草了
            # 《…》，经市政府同意，由市人民政府办公厅印发)
            drafted = issuers and _DRAFTED.search(sent, 0, a) is not None
            if (not issuers or drafted) and "由" in sent[b:b + PASSIVE_REACH]:
                # the document, then who issued it (《…》已于2月3日由县卫生健康委印发, 由市委办公室、市政府
                # 办公室联合印发): the passive's bodies and date
                pm = _BY_BODIES.match(sent, b)
                own = _issuers(pm.group("who"), known) if pm else ([], [], None, False)
                if own[0]:
                    f.issuers, f.places, f.level, f.national = own[0], own[1] or f.places, own[2], own[3]
                    dm = _DATE.search((pm.group("when") or "") + (pm.group("on") or "") + (pm.group("later") or ""))
                    f.date = (_date_of(dm) if dm else None) or f.date
            if not issuers and not f.issuers and f.title and sent[b:].strip("》 ") in ("", "。", "，", ","):
                # the document named alone, then who issued it and when in the next words (1.《…办法》。这是
                # 某部、某部2012年6月29日联合印发的 / 《…通知》。某厅、某委2023年5月30日联合下发，将…)
                tm = _ISSUED_NEXT.match(text, ss + len(sent.rstrip()))
                who = tm and (tm.group("who") or tm.group("bare"))
                dm = _DATE.search(who) if who else None
                own = _issuers(who[:dm.start()] + who[dm.end():] if dm else who, known) if who else ([], [], None, False)
                if own[0]:
                    f.issuers, f.places, f.level, f.national = own[0], own[1] or f.places, own[2], own[3]
                    f.date = (_date_of(dm) if dm else None) or f.date
            # a later mention with its own issuer and verb (…出台《A》，省卫健委出台《B》): its clause
            # names who issued it
            at = f.start - ss
            # (after a document the clause cites, too: 《若干措施》是在落实省委办公厅《…通知》基础上制定的，共15条 names
            # the notice's bodies, not the measures')
            lo = max((b for a, b in spans + cited_spans if b <= at), default=None)
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
                f.level = own_level         # (not the level the sentence's head gave: 省里发了…，萧山区也出台了…)
                own_placed.add(id(f))
        # a set named by the document the page just named, by 该 and its kind (该方案已于9月5日由…印发): that document
        this = _this_document().match(sent) if "该" in sent or "此" in sent or "上述" in sent or "由" in sent else None
        if this is not None:
            named = _named_last(mentions, _kind_of(this))
            for f in found:
                if not (f.title or f.alias or f.count or f.cited) and f.start - ss > this.start() and named:
                    f.title = named
        # a name the page gives the document it just named, in a sentence whose subject points back to it
        # (这份被当地老人称作“暖夕十条”的新政，…): that document's alias
        called = _CALLED_BACK.match(sent) if "称" in sent or "叫" in sent or "誉" in sent else None
        if called is not None:
            named = _named_last(mentions)
            for f in found:
                if named and f.alias == called.group("alias") and not f.title and not f.cited:
                    f.title = named
        it = _CALLED_IT.search(sent) if "“" in sent else None
        if it is not None:
            target = next((f for f in reversed(found) if f.start - ss < it.start() and f.title and not f.alias
                           and not f.cited), None)
            if target is not None:
                target.alias = it.group("alias")
        # mentions of one sentence with compatible counts are one policy
        merged: list[_Mention] = []
        for f in sorted(found, key=lambda x: x.start):
            # (not a later clause's set of another place: 省里发了《…》，萧山区也出台了细则，叫“留萧过年十条”)
            host = next((g for g in merged if _compatible(g, f, same_sentence=True)
                         and not (id(f) in own_placed and (not g.places or place_stem(g.places[0]) != place_stem(f.places[0])))), None)
            if host:
                _absorb(host, f)
            else:
                merged.append(f)
        mentions += merged
        # a notice that issues another document names both: 某办公室关于印发《某实施方案》的通知
        for f in merged:
            nm = issuing_notice(f.title or "")
            if nm:
                inner = _Mention(f.start + 1, title=nm.group("inner"), issuers=list(f.issuers), places=list(f.places),
                                 level=f.level, national=f.national, date=f.date, headline=f.headline,
                                 count=f.count, mentioned=f.mentioned)
                f.count, f.mentioned = None, []     # the measures are those of what the notice issues
                own, named, lv, nat = _issuers(nm.group("who") or "", known)
                if own:
                    for x in (f, inner):
                        x.issuers, x.places, x.level, x.national = list(own), list(named), lv, nat
                _forwarded(nm, inner, known)
                mentions.append(inner)
    # the headline that is the notice issuing a document the body names: 某办公室关于印发《…》的通知
    # (its document number aside: …的通知（沪府办规〔2020〕3号）)
    nm = (_NOTICE_OF.fullmatch(_NAME_TAIL.sub("", _SPACES.sub("", _TITLE_CHROME.sub("", first_line))))
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
    if headline_doc and doc_head[1]:
        # the top's document named in 《》 with its bodies before 关于 (《某局 某委员会关于…的通知》解读): theirs
        for m in mentions:
            if m.start < doc_end and m.title and not m.issuers and _key(m.title) == _key(headline_doc):
                m.issuers, named_top, m.level, m.national = _issuers(doc_head[1], known)
                m.places = named_top + [p for p in m.places if p not in named_top]
    if headline_doc and not any(m.start < doc_end for m in mentions):
        who = doc_head[1]
        issuers, named, level, national = _issuers(who, known)
        mentions.append(_Mention(0, title=headline_doc, count=None if head_notice else declared_count(headline_doc),
                                 issuers=issuers, places=named + [full for _, full, _ in places_in(headline_doc)][::-1],
                                 level=level, national=national, headline=True))
        if head_notice:
            inner = head_notice.group("inner")
            mentions.append(_Mention(1, title=inner, count=declared_count(inner), issuers=list(issuers),
                                     places=named + [full for _, full, _ in places_in(inner)][::-1],
                                     level=level, national=national, headline=True))
    # a document the page reproduces below its top (a forum post, a document site's copy): its name
    # alone on a line, right above its first article or item or the salutation of a notice
    for at, below, name_line in reproduced_names(text, doc_end):
        line = _TITLE_CHROME.sub("", name_line.strip())      # (an essay site's piece: 篇一：某办法)
        got = _document_headline(line, verbs) if len(line) >= MIN_NAME_HEAD else None
        if got is None and _RUNNING_DOC.fullmatch(line):
            got = (line, "")    # 关于全面落实进一步保护、关心和关爱…的通知: its aims listed with 、
        if got is None or any(m.title and _same_title(m.title, got[0]) for m in mentions):
            continue
        here = next((m for m in mentions if at <= m.start < below), None)
        if here is not None:
            if here.title is None and not here.cited:
                here.title = got[0]     # 某某十条措施 above its first item: its count was read, not its name
                break
            continue
        issuers, named, level, national = _issuers(got[1], known)
        if not issuers:
            # its signature, dated or not (a copy may lose the date line): the first line below it
            # that is only the names of bodies
            for ln in text[below:].split("\n", SIGNATURE_REACH)[:SIGNATURE_REACH]:
                if len(ln) <= MAX_SIGNATURE_LINE and (names := issuer_names(ln) or _signature_bodies(ln)):
                    issuers, named, level, national = _issuers(" ".join(names), known)
                    break
        mentions.append(_Mention(at, title=got[0], count=declared_count(got[0]), issuers=issuers,
                                 places=named + [full for _, full, _ in places_in(got[0])][::-1],
                                 level=level, national=national))
        # (the line under it that gives the date it was adopted or issued: （2021年9月18日…通过）)
        am = ADOPTION_LINE.match(_line_below(text, below))
        if am:
            mentions[-1].date = _promulgated_on(am)
        break       # a page reproduces one document (its name may recur above its annexes)
    if head_dated:
        for m in mentions:
            if m.start <= doc_end and m.title and not m.cited and not m.date:
                m.date = (int(head_dated.group("y")), int(head_dated.group("m")), int(head_dated.group("d")))
    if headline_doc:
        # the line under the document's own name that opens with its promulgation date, alone or with
        # its number (2020年2月25日国务院令第726号, 中华民国109年2月25日华总一义字第…号)
        nxt = _line_below(text, doc_end)
        pm = _PROMULGATED.match(nxt) or ADOPTION_LINE.match(nxt)
        if pm:
            when = _promulgated_on(pm)
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
