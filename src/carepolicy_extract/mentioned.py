"""The measures a policy names in running text (a policy's `mentioned`), as real pages write them.

One grammar of enumerations: a cue opens a list, separators split it, a closer ends it.
- Cues: an issuing verb or list intro before a count (出台“A”“B”等11条措施, 推出A、B、C三项举措); a list
  intro after the policy, after a subject that is the policy itself or none (，包括 / ，方案包括 /
  措施主要有： / 具体为： / 明确，); a frame intro or verb whose closer must follow (从A、B等方面, 通过A、B
  等方式, 提供A、B等服务); ordinals (一是A，二是B / （一）A；（二）B / 1.A，2.B / ①A；②B).
- Separators: 、 (and 以及/和 before the last name), ，, ；, quotes (“A”“B”, 「A」「B」); separators
  inside “quotes”, 「」 or （brackets） split nothing (“关心关爱、帮扶救助” is one name).
- Closers: 等 / 等方面 / 等方式 / 等内容 / …… / a count (三项, 两个方面) / 在内的 / the clause's end.
- Where: the policy's sentence, before or after the mention; its next sentences when an intro,
  ordinals after a discourse opener (具体来看，一是…), or nothing but a list (A、B、C……) opens them;
  the headings of as many paragraphs as its count; the clauses after a set named by its kind.
  Also: a ；-list a colon opens going on over the next lines; one 一是 a sentence; a list subject of a
  later sentence (其中，A、B等举措…); examples (，如获赠A、B等); a sentence the policy opens as its
  subject (意见明确：…; 此外，政策还明确，A) even when the policy is named already; and, with no intro
  at all, three names or more found by their actions (开展A、建设B、组织C等举措), not aims or 要….
- A document's words (明确，) open clauses split by commas when each opens with an action.
A name is short (a name, not a sentence) and is no place, person, body or group of people; a list
opened by a required modal (要加强…，压实…) is requirements, not names.
Words of the grammar are data: rules/policy_terms.txt (list intros, aspect intros, people nouns)
and rules/mentioned.txt (the rest).
"""
from __future__ import annotations

import copy
import re
from collections import Counter
from functools import lru_cache
from itertools import islice

from . import lexicon
from .issuers import bodies
from .numerals import COUNT_NUMBER, to_int
from .charclass import HAN_RUN
from .policy_terms import term_re, terms
from .regions import is_place_name
from .rules import rule_sections

# what follows a count as the noun of what it counts: 十条具体措施, 八项照顾政策
COUNT_NOUN_TAIL = re.compile(r"(?:具体|硬核|暖心|关爱|激励|(?<=[项条])[\u4e00-\u9fff]{2})?"
                              r"(?:措施|举措|政策|规定|意见|办法|实招|硬招|条款|服务)")
# ... and, where the names after a count are read, up to four characters of kind (六项便民办税措施，
# 分别是…); the policies package keeps the narrower one to tell a set from a count of other things
_NAMES_TAIL = re.compile(r"(?:具体|硬核|暖心|关爱|激励|(?<=[项条])[\u4e00-\u9fff]{2,4}?)?"
                         r"(?:措施|举措|政策|规定|意见|办法|细则|实招|硬招|条款|服务)"    # 十二条实施细则，包括…
                         r"|(?<=[”」])[\u4e00-\u9fff]{0,4}?(?:行动|活动|工程|措施|举措|政策|服务)")    # “四个一”关爱行动




def _words(section: str) -> str:
    """The words of a section of rules/mentioned.txt as one alternation, longest first."""
    words = sorted(rule_sections("mentioned.txt")[section], key=len, reverse=True)
    return "(?:" + "|".join(map(re.escape, words)) + ")"


@lru_cache(maxsize=None)
def _words_set(section: str) -> frozenset[str]:
    return frozenset(rule_sections("mentioned.txt").get(section, ()))


@lru_cache(maxsize=None)
def _word_tuple(section: str) -> tuple[str, ...]:
    """The words of a section as a tuple, for str.startswith."""
    return tuple(rule_sections("mentioned.txt").get(section, ()))


@lru_cache(maxsize=1)
def _noun_intro() -> str:
    """A list intro made of a measure noun and a verb: 主要措施有, 措施包括, 内容为, 具体为, 举措如下."""
    heads, nouns, verbs = _words("intro_heads"), _words("intro_nouns"), _words("intro_verbs")
    return f"{heads}?{nouns}{heads}?{verbs}|{heads}{verbs}"


@lru_cache(maxsize=1)
def _policy_subject() -> re.Pattern:
    """A subject that is the policy itself (其中, 方案, 这些举措, 措施内容, 队员可 of 享受 aside)."""
    pronouns, nouns = _words("subject_pronouns"), _words("subject_nouns")
    return re.compile(f"{pronouns}|{pronouns}?{nouns}{{1,2}}(?:主要|具体)?")


@lru_cache(maxsize=1)
def _frame_intro() -> re.Pattern:
    """What opens a list a frame noun closes: 从, 围绕, 聚焦 (policy_terms' aspect_intros), 通过, 涉及."""
    return re.compile(term_re("aspect_intros").pattern + "|" + _words("frame_intros"))


@lru_cache(maxsize=1)
def _frame_intro_before() -> re.Pattern:
    """The frame intros of names before a count, with the loose ones (在A、B等方面提出20条)."""
    return re.compile(_frame_intro().pattern + "|" + _words("loose_frame_intros"))


@lru_cache(maxsize=1)
def _frame_close() -> re.Pattern:
    """What closes a list a frame intro opens (从A、B等5个方面, 通过A、B等方式, 围绕A、B、C三个方面):
    a frame noun after 等 or after a count."""
    nouns = _words("frame_nouns")
    return re.compile(f"等(?:(?:{COUNT_NUMBER})[个大项])?{nouns}|(?:{COUNT_NUMBER})[个大项]?{nouns}")


def _top_search(pattern: re.Pattern, s: str) -> re.Match | None:
    """The first match of `pattern` in `s` outside “quotes”."""
    for m in pattern.finditer(s):
        if _outside_quotes(s, m.start()):
            return m
    return None


# quotation marks: “” and the 「」 of pages from Taiwan and Hong Kong
OPEN_QUOTES, CLOSE_QUOTES = "“「", "”」"
_ONLY_QUOTED = re.compile(r"(?:[“「][^“”「」\n]{2,30}[”」](?:[、，,]|以及|和|及|与)?)+")
_QUOTED_ITEM = re.compile(r"[“「]([^“”「」\n]{2,30})[”」]")


def _outside_quotes(s: str, at: int) -> bool:
    return sum(s.count(q, 0, at) for q in OPEN_QUOTES) <= sum(s.count(q, 0, at) for q in CLOSE_QUOTES)
_ASPECTS = f"(?:(?:{COUNT_NUMBER})个)?方面"
_ASPECTS_COLON = re.compile(f"{_ASPECTS}[：:]")


@lru_cache(maxsize=1)
def _tail_after() -> re.Pattern:
    """What may follow the measures named after a policy: …等方面, …三项, …等内容, …三大领域; a
    frame or measure noun alone only when it is one of the four a report closes names with (稳岗返还
    政策 keeps its noun)."""
    nouns = f"(?:{_words('frame_nouns')}|{_words('intro_nouns')})"
    return re.compile(f"(?:(?:{COUNT_NUMBER})[个条项大]{{1,2}}{nouns}?|方面|内容|措施|举措)?$")


CLAUSE_STOP = re.compile("[。；;！？!?]")
# 等 and the kind of the names before it, ending the clause: …等服务, …等做法, …等暖心举措
_KIND_CLOSE = re.compile(r"等[\u4e00-\u9fff]{1,8}(?=[，,。；;！？!?]|$)")
_BENEFICIARY = ("为", "向", "对", "给")     # open the subject of a frame verb: 为一线职工提供…
MAX_SUBJECT = 10        # characters of the subject between a policy and the intro of its names (，队员可享受)
MAX_MENTIONED = 30      # characters of a measure named in prose (a name, not a sentence)


_NESTING = re.compile("[“「（(”」）)]")


def _top_level(chunk: str, chars: str) -> list[int]:
    """Offsets of `chars` in `chunk` outside “quotes” and （brackets） (优先推荐就业（符合条件的，同等条件下
    优先）: its comma splits no list)."""
    if not _NESTING.search(chunk):      # nothing nests: find the characters directly
        out = []
        for c in chars:
            i = chunk.find(c)
            while i >= 0:
                out.append(i)
                i = chunk.find(c, i + 1)
        return sorted(out)
    out, depth = [], 0
    for i, ch in enumerate(chunk):
        if ch in "“「（(":
            depth += 1
        elif ch in "”」）)":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in chars:
            out.append(i)
    return out


def _split_at(chunk: str, cuts: list[int]) -> list[str]:
    bounds = [-1] + cuts + [len(chunk)]
    return [chunk[a + 1:b] for a, b in zip(bounds, bounds[1:])]


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
def _urge_re() -> re.Pattern:
    """Words that urge others before the list they share (鼓励企业 / 引导用人单位 / 支持各地)."""
    return re.compile(f"(?:积极)?{_words('urge_verbs')}[\u4e00-\u9fff]{{1,6}}?(?=[\u4e00-\u9fff])")


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
                                           or _not_a_measure(one[at + 1:], False, framed)):
                    pieces = [one[:at], one[at + 1:]]   # the last 和 with a name on each side (not 及 of 及时)
        for x in pieces:
            x = _ORDINAL_CLAUSE.sub("", x.strip()).strip()
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


@lru_cache(maxsize=1)
def _close_before() -> re.Pattern:
    """What closes the measures named right before a count: “A”“B”等11条, A、B等8个方面提出22项,
    包括A、B在内的十条."""
    verbs = term_re("issue_verbs").pattern + "|" + term_re("list_intros").pattern
    return re.compile(f"(?:等{_words('kind_modifiers')}?(?:{_ASPECTS}[，,]?)?(?:{verbs})?了?|(?:{COUNT_NUMBER})个?方面[，,]?(?:{verbs})?了?"
                      f"|等?(?:措施|举措|内容|政策)?在内的)[“「\"\\s]*$")


def mentioned_before(sent: str, at: int) -> list[str]:
    """The measures named right before a count (see _named_before), and the one a 除了…外 opening
    the sentence names besides them (none when nothing is named before the count: the names after
    it, read next, take it then)."""
    named = _named_before(sent, at)
    return _besides(sent, at) + named if named else []


def _named_before(sent: str, at: int) -> list[str]:
    """The measures named right before a count: …出台“A”“B”等11条措施, 提出A、B等8条, 主要有A、B、C三项,
    包括A、B在内的十条, 从A、B等8个方面提出22项: after the issuing verb or the word that opens them."""
    close = _close_before().search(sent, 0, at)
    j = close.start() if close else at
    aspects = bool(close and "方面" in close.group())
    intro = None
    for im in term_re("list_intros").finditer(sent, 0, j):
        intro = im
    if aspects:
        for im in _frame_intro_before().finditer(sent, 0, j):
            if im.group() in _words_set("loose_frame_intros") and (intro is not None and intro.group() == im.group()
                                                              or not _top_level(sent[im.end():j], "、")):
                continue    # 在: the first one a list follows (在提高在岗职工待遇、…等方面: not the second)
            if intro is None or im.start() >= intro.end():
                intro = im
    verb = None
    for vm in term_re("issue_verbs", "了?").finditer(sent, 0, j):
        verb = vm
    if close is None and intro is None:
        # 推出A、B、C三项举措: three names or more (or quoted ones) right after the verb, the count
        # closing them; 出台十条措施 / 出台支持医务人员十条措施: nothing named before the count; 出台支持
        # A、B、C发展的十条措施: the words before 的 say what the set is for
        chunk = sent[verb.end():j] if verb else ""
        enum = _top_level(chunk, "、")
        if not (len(enum) >= 2 or (enum and re.search("和|以及", chunk[enum[-1]:]))
                or _ONLY_QUOTED.fullmatch(chunk)) or _top_level(chunk, "，,") \
                or chunk.endswith("的"):
            return []
        # the count closes the list as a frame noun does: short names are names (送清凉、送健康和送关爱三项)
        return _mentioned(chunk, "end", framed=True)
    cands = [m.end() for m in (intro, verb) if m is not None and m.end() <= j]
    lo = max(cands) if cands else max(0, j - 80)
    return _mentioned(sent[lo:j], "end", commas=intro is not None and intro.end() == lo, framed=aspects)


_BRACKETED_TAIL = re.compile(r"[（(][^（）()]*[)）]$")


def parallel_after(sent: str, at: int, before: list[str]) -> list[str]:
    """Names that go on after a count in the shape of those before it (享受优先就读A、优先就读B等八项政策,
    优先录取C，优先提供D): comma parts opening with the two characters the names before share."""
    heads = Counter(x[:2] for x in before)
    head, n = heads.most_common(1)[0]
    if n < 2 or not sent.startswith(("，", ","), at):
        return []
    out = []
    for part in _split_at(sent[at + 1:], _top_level(sent[at + 1:], "，,")):
        part = _BRACKETED_TAIL.sub("", part.strip().rstrip("。；;"))
        if not part.startswith(head) or len(part) > MAX_MENTIONED:
            break
        out.append(part)
    return out


# a clause with two 、 at least: what a bare say verb opens as names (明确及时发放A、优先晋升B、妥善安排C)
_TWO_ENUMS = "[^，,。；;！？!?]*、[^，,。；;！？!?]*、"


@lru_cache(maxsize=1)
def _intro_after() -> re.Pattern:
    """The words that open the measures named after a policy: ，包括 / 主要内容有： / 措施具体为：/ ，从
    (aspects) / ，通过 (means), after a short subject of their own or none (，方案包括 / ，队员可享受);
    the document's reported words (明确，/ 提出：) alone, or before one of them (明确，将通过…)."""
    say = _words("say_verbs")
    issued = f"(?:[\u4e00-\u9fff]{{0,4}}?(?:{term_re('issue_verbs').pattern})(?:后|以来)?[，,])?"     # 《…》近日印发，内容涵盖…
    return re.compile(f"[，,]?{issued}(?P<subject>[\u4e00-\u9fff]{{0,{MAX_SUBJECT}}}?)(?:{say}[，,](?:将|要)?)?(?:"
                      + "(?:" + term_re("list_intros").pattern + ")(?!的)|" + _noun_intro() + "|(?P<aspect>"
                      + _frame_intro().pattern + ")|(?P<verb>"
                      + _words("frame_verbs") + f")了?|(?P<defn>{_words('definition_words')})|(?P<said>{say})(?=[，,：:]|{_TWO_ENUMS}))"
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


# an amount a programme gives: 每小时补贴158元, 最高80小时, 一次性资助7500元, 补贴薪资40%
_AMOUNT = re.compile(r"[0-9０-９]+(?:\.[0-9]+)?[万千百亿]?(?:港?元|新台币|美元|小时|天|个月|%|％|人次)")


def _amount_clauses(sent: str, at: int, stop: int) -> list[str]:
    """The measures of a programme named in quotes (Taiwan, Hong Kong: 「安心即时上工计划」，提供每小时补贴
    158元，每人每月最高补贴80小时，协助…): the clauses after it that each give an amount, from the first
    on, two at least; the giving verb they share (提供, 给予) left out of the first; the clauses after
    them (what the programme is for) no part of the list."""
    if sent[at - 1:at] not in ("」", "”") or not sent.startswith(("，", ","), at):
        return []
    cut = CLAUSE_STOP.search(sent, at + 1, stop)
    rest = sent[at + 1:cut.start() if cut else stop]
    items: list[str] = []
    for c in (x.strip() for x in _split_at(rest, _top_level(rest, "，,"))):
        if not _AMOUNT.search(c) or len(c) > MAX_MENTIONED or _DONE.search(c):
            break       # (已发放补贴3亿元: a result reported, no measure)
        items.append(c)
    if len(items) < 2:
        return []
    give = _word_tuple("give_verbs")
    first = items[0]
    if first.startswith(give):
        items[0] = first[next(len(w) for w in give if first.startswith(w)):]
    return [x for x in items if not _not_a_measure(x, True)]


def _amount_sentence(sent: str) -> list[str]:
    """The measures of the sentence right after a programme named in quotes when it is clauses that each
    give an amount and nothing else (“防疫抗疫基金”第二轮措施。合资格的商户可获一次性资助20万元，持牌小贩
    可获一次性资助1万元。): each clause, two at least."""
    body = sent.strip().rstrip("。！!")
    clauses = [x.strip() for x in _split_at(body, _top_level(body, "，,；;"))]
    if len(clauses) < 2 or not all(_AMOUNT.search(c) and MIN_CLAUSE <= len(c) <= MAX_MENTIONED
                                   and not _DONE.search(c) for c in clauses):
        return []
    return [c for c in clauses if not _not_a_measure(c, True)]


def _after_tail(sent: str, end: int, stop: int) -> int:
    """Where the words after a mention begin, past the kind noun after its count (十条具体措施|，)."""
    tail = _NAMES_TAIL.match(sent, end, stop)
    return tail.end() if tail else end


_SENTENCE_STOP = re.compile("[。！？!?]")


@lru_cache(maxsize=1)
def _paired_words() -> tuple[str, ...]:
    """The first markers of paired clauses: 既有, 比如 (not 如 alone: 如期, 如何)."""
    return tuple(w for w in _word_tuple("correlative_firsts") + _word_tuple("example_words") if len(w) >= 2)


@lru_cache(maxsize=1)
def _paired_word_re() -> re.Pattern:
    return re.compile("|".join(map(re.escape, _paired_words())))


@lru_cache(maxsize=1)
def _paired_re() -> re.Pattern:
    """The first marker of a list of clauses that markers pair (既有A，也有B / 比如A，还有B)."""
    words = "|".join(map(re.escape, sorted(_paired_words(), key=len, reverse=True)))
    return re.compile(f"(?:^|(?<=[，,：:]))(?:{words})[，,：:]?")


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
        kind = _DESCRIBED_KIND.search(x)
        if kind and _action_open().match(x):
            x = x[:kind.start()]    # 发放一次性生活补贴的“真金白银” → 发放一次性生活补贴
        if _not_a_measure(x, True, longest=MAX_CLAUSE_MENTIONED):
            return []
        out.append(x)
    return out


# the kind an action describes with 的 at the end of an item (…的“真金白银”, …的暖心服务)
_DESCRIBED_KIND = re.compile(r"的(?:[“「][^“”「」]{1,8}[”」]|[\u4e00-\u9fff]{1,6})$")


def _named_after(sent: str, end: int, stop: int) -> list[str]:
    """The measures named right after a policy: …十条措施，包括A、B、C等内容; “关爱十条”主要内容有：A、B;
    《…》，从“A”“B”等方面作出安排; …，明确了A，B，C; ，为职工提供A、B等服务; ，方案明确，将通过A、B等方式.
    An intro opens them (after a short subject of its own); a frame intro or verb only with what closes
    its list (…等方面, …等方式, …等服务), found anywhere in the clause outside quotes."""
    tail = _NAMES_TAIL.match(sent, end, stop)
    at = tail.end() if tail else end
    m = _intro_after().match(sent, at, stop)
    if not m:
        # …三项措施，一是A，二是B / ，1.A，2.B: the ordinals open the names
        comma = sent.startswith(("，", ","), at)
        nxt = sent[at + 1:at + 2] if comma else sent[at:at + 1]
        lead = _ordinal_lead().match(sent, at, stop).end() if nxt and nxt in _ordinal_first_chars() else stop
        if lead < stop and (_ORDINAL_AT.match(sent, lead) or _ORDINAL_UNSTOPPED.match(sent, lead)):
            items = _ordinal_items(re.split("[。！？!?]", sent[lead:stop], maxsplit=1)[0])
            if items:
                return items
        quoted = _ONLY_QUOTED.match(sent, at + 1, stop) if comma else None
        if quoted and len(_QUOTED_ITEM.findall(quoted.group())) >= 2:
            # ，“A”“B”以及“C”都安排上了: the clause after the policy opens with its quoted names
            return _mentioned(quoted.group().rstrip("、，,和及与以"), "start")
        return _for_whom_list(sent, at, stop) or _action_list(sent[at:stop]) or _later_intro(sent, at, stop) \
            or (comma and _issued_names(sent, at, stop)) or _aspect_clauses(sent, at, stop)
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
        rest = re.split("[。！？!?]", rest.lstrip("，,：: "), maxsplit=1)[0]
        if _ORDINAL_AT.match(rest):
            return _ordinal_items(rest)
        if "；" in rest or ";" in rest:
            return _clause_items(rest)
        clause = rest[:(_top_level(rest, "，,") or [len(rest)])[0]]
        clause = clause[:(_top_level(clause, "等") or [len(clause)])[0]]     # …等具体措施: no part of a name
        if len(_top_level(clause, "、")) >= 2:
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
        items = _mentioned(rest[:close.start()], "start", commas=True, closed=True, framed=True)
        nxt = m.end() + close.end()
        if not items and sent.startswith(("，", ","), nxt):
            # 涉及医疗、养老等领域，包括A、B等内容: fields are no names; the next clause may open them
            return _named_after(sent, nxt, stop)
        # 从A、B等方面，明确了十二条措施，包括C、D等: the sentence may name its measures after its aspects
        return items + [x for x in _later_intro(sent, nxt, stop) if x not in items] if items else items
    first = _ORDINAL_AT.search(rest)
    aspects = _ASPECTS_COLON.match(rest)      # 明确了三个方面：一是A；二是B
    if first and (first.start() <= 1 or aspects and first.start() == aspects.end()):
        # names its ordinals open, in one sentence: …十条措施：一是落实补助，每人…，二是安排轮休…
        items = _ordinal_items(re.split("[。！？!?]", rest, maxsplit=1)[0])
        if items:
            return items
    if ("；" in rest or ";" in rest) and (
            m.group().endswith(("：", ":")) or _ORDINAL_CLAUSE.match(rest.lstrip())
            or len(re.findall("[；;]", re.split("[。！？!?]", rest, maxsplit=1)[0])) >= 2):
        # names split by ；, in one sentence: …十条措施：一是落实补助；二是安排轮休；三是…
        items = _clause_items(re.split("[。！？!?]", rest, maxsplit=1)[0])
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
    deng = _top_level(rest, "等…")     # …等 or …… closes the names (A，B，C……这对于)
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
    return re.compile(f"[\u4e00-\u9fff]{{1,8}}的[\u4e00-\u9fff]{{0,3}}?(?:{_words('intro_nouns')}|{_words('benefit_nouns')})"
                      f"(?={term_re('list_intros').pattern}|{_words('intro_verbs')})")


KIND_OBJECT_REACH = 12      # characters of an intro's object that is only a kind (多项纾困措施，)


@lru_cache(maxsize=1)
def _ordinal_first_chars() -> frozenset[str]:
    """The characters the words between a policy and its ordinals, or the ordinals, may open with: a
    cheap test before the patterns (要 of 要点, 一 of 一是, ① , 1, （, white space)."""
    words = _word_tuple("intro_nouns") + ("主要", "具体", "政策")
    return frozenset(w[0] for w in words) | frozenset("一①②③④⑤⑥⑦⑧⑨⑩0123456789（( \t\u3000")


@lru_cache(maxsize=1)
def _kind_object() -> re.Pattern:
    """An intro's object that is only the kind of the measures, a comma after it (多项纾困措施，)."""
    return re.compile(f"[\u4e00-\u9fff]{{0,8}}?(?:{_words('intro_nouns')}|{_words('benefit_nouns')})(?=[，,])")


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


# a sentence opening with a measure named besides what follows: 除了A外，…还出台…; 除A之外，…
_BESIDES = re.compile(r"[，,\s]*除了?(?!了)(?P<x>[^，,。；;“”]{4,30}?)(?:之外|以外|外)[，,]")


def _besides(sent: str, at: int) -> list[str]:
    m = _BESIDES.match(sent)
    if m is None or m.end() > at or _not_a_measure(m.group("x"), False):
        return []
    return [m.group("x")]


MIN_FOR_WHOM = 3     # names of a list that says whom it is for instead of an intro


@lru_cache(maxsize=1)
def _for_whom() -> re.Pattern:
    """A clause opening with whom the names after it are for: 对表现突出的干部职工(A、B、C)."""
    return re.compile("(?:" + "|".join(_BENEFICIARY) + ")[^、，,]*?" + term_re("people_nouns").pattern
                      + "(?![\u4e00-\u9fff]*" + term_re("people_nouns").pattern + ")")


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
        deng = _top_level(clause, "等")
        clause = clause[:deng[0]] if deng else clause
        if len(_top_level(clause, "、")) >= MIN_FOR_WHOM - 1:
            items = _mentioned(clause, "start")
            if len(items) >= MIN_FOR_WHOM:
                return items
    return []


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
    return re.compile(f"{term_re('list_intros').pattern}|{_words('definition_words')}")


@lru_cache(maxsize=1)
def _later_intro_re() -> re.Pattern:
    """A list intro opening a later clause, after the policy as its subject or none (，明确了A、B /
    ，其中包括：A；B / ，措施包括A、B), or a word that defines what the clause before named (…可以概括为
    “三个提高”，即A、B、C)."""
    return re.compile(f"(?:{_policy_subject().pattern}|{_words('subject_adverbs')})?(?:{term_re('list_intros').pattern})"
                      f"|{_words('definition_words')}")


@lru_cache(maxsize=1)
def _colon_noun() -> re.Pattern:
    """A clause that ends with what the page calls the measures and a colon (送出三大政策红利：)."""
    return re.compile(f"[^，,：:。；;]{{0,12}}?{_words('colon_nouns')}[：:]")


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
        deng = [d for d in _top_level(part, "等…") if d > enum[-1]]
        chunk = part[:deng[0]] if deng else part
        head = chunk[:enum[0]]
        a = next((i for i in range(min(len(head), ACTION_PREFIX + 1)) if _action_open().match(head, i)), None)
        if a is None:
            return []
        prefix = head[:a]
        if term_re("list_intros").search(head, a):
            return []   # 关爱措施包括…: an intro inside the first name, read (or not) as an intro
        if prefix.startswith(tuple(_words_set("aim_words"))) or \
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


FOLLOW_REACH = 500       # characters after a policy's sentence where its measures may be named
FOLLOW_SENTENCES = 6     # ... in at most this many sentences
MAX_CLAUSE_MENTIONED = 40   # characters of a measure named as one clause of a list split by ；
_FOLLOW_SENTENCE = re.compile(r"[^。！？!?\n]+")
# a later sentence lists the policy's measures when its intro opens it, its first short clause or a
# clause (包括A；B / 政治上关爱，主要体现在A，B / 工作上支持主要体现在，C、D / 其中24项…，包括A、B),
# not when it is inside a clause about something else
FOLLOW_INTRO_AT = 8
_NOT_INTRO_BEFORE = ("在", "也", "还", "都")     # 在包括…之后, 也包含了…: a clause about something else


# an ordinal that opens a name of a list in running text: 一是…，二是…; （一）…；（二）…
_ORDINAL_AT = re.compile(r"(?:^|(?<=[，,；;：:\s]))(?:(?P<a>[一二三四五六七八九十]{1,2})是|[（(](?P<b>[一二三四五六七八九十]{1,2})[）)]"
                         r"|(?P<c>[0-9]{1,2})[.．、](?![0-9])|(?P<d>[①-⑳]))")
# the same ordinals with no stop before them (一是…二是… of a summary, ①…②… of a post)
_ORDINAL_UNSTOPPED = re.compile(r"(?P<a>[一二三四五六七八九十]{1,2})是|(?P<d>[①-⑳])|(?P<b>(?!))|(?P<c>(?!))")
# what may stand between a policy and the ordinals that open its measures: a comma, a kind of measure
# with a colon or white space (《…》要点 1.…, 《…》主要内容：①…), not a topic of its own (有三个特点：一是…)
@lru_cache(maxsize=1)
def _ordinal_lead() -> re.Pattern:
    return re.compile(f"[，,]?(?:(?:主要|具体|政策)?{_words('intro_nouns')}(?:如下)?(?=[：: \t\u3000])[：:]?)?[ \t\u3000]*")
ORDINAL_OPENER = 8      # characters of a sentence before its first ordinal (具体来看，一是…)


def _ordinal_number(m: re.Match) -> int | None:
    if m.group("d"):
        return ord(m.group("d")) - ord("①") + 1
    return int(m.group("c")) if m.group("c") else to_int(m.group("a") or m.group("b"))


def _ordinal_items(rest: str) -> list[str]:
    """The names of a list whose items its ordinals open (一是A，每人每天…，二是B，三是C → A, B, C):
    the first clause after each, the ordinals counting 一, 二, 三… in order, two at least."""
    marks = [m for m in _ORDINAL_AT.finditer(rest) if _outside_quotes(rest, m.start())]
    if len(marks) < 2 or [_ordinal_number(m) for m in marks] != list(range(1, len(marks) + 1)):
        # 一是A二是B三是C / ①A②B: ordinals with no stop before them, when they open the text and count
        # 1, 2, 3… (three of 一是, two of the circled numbers that are nothing else)
        if not _ORDINAL_UNSTOPPED.match(rest):
            return []
        marks = [m for m in _ORDINAL_UNSTOPPED.finditer(rest) if _outside_quotes(rest, m.start())]
        if len(marks) < (2 if all(m.group("d") for m in marks) else 3) \
                or [_ordinal_number(m) for m in marks] != list(range(1, len(marks) + 1)):
            return []
    bounds = [m.end() for m in marks]
    ends = [m.start() for m in marks[1:]] + [len(rest)]
    items = [re.split("[，,；;。]", rest[a:b], maxsplit=1)[0].strip() for a, b in zip(bounds, ends)]
    if any(_not_a_measure(x, True) or len(x) > MAX_CLAUSE_MENTIONED for x in items):
        return []
    return items


MIN_ACTION_CLAUSES = 3      # clauses split by commas only that are a document's measures (2 closed by 等/……)


@lru_cache(maxsize=1)
def _action_open() -> re.Pattern:
    """A clause opening with an action: adverbs (及时, 切实, 进一步) then a verb of a measure (落实, 改善)."""
    verbs = set(rule_sections("numbering_context.txt").get("provision_words", ())) | \
        set(rule_sections("mentioned.txt").get("action_verbs", ()))
    verbs_re = "(?:" + "|".join(map(re.escape, sorted(verbs, key=len, reverse=True))) + ")"
    return re.compile(f"{_words('action_adverbs')}{{0,2}}{verbs_re}")


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


PREPOSED_REACH = 24     # characters of whom or what a clause's preposition names before its action


def _preposed_action(c: str) -> bool:
    """A clause opening with a preposition that names whom or what its action is for (对吸纳…的小微企业
    给予…补贴, 为困难家庭提供…, 将…标准提高至…): an action within PREPOSED_REACH characters after it."""
    return c.startswith(_word_tuple("preposed_words")) and _preposed_verb().search(c[:PREPOSED_REACH + 1], 1) is not None


@lru_cache(maxsize=1)
def _preposed_verb() -> re.Pattern:
    """The action after a preposition's object: a verb of measures or of giving (为…购买保险)."""
    return re.compile(f"{_action_open().pattern}|{_words('give_verbs')}")


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
    deng = _top_level(rest, "等")
    chunk = rest[:deng[0]] if deng else rest
    if not deng:        # 推出“送清凉”“送健康”和“保安全”暖心行动: the kind right after the last quote
        kind = _QUOTED_KIND.search(chunk)
        chunk = chunk[:kind.start()] if kind else chunk
    if _top_level(chunk, "，,") or not (_ONLY_QUOTED.fullmatch(chunk) or len(_top_level(chunk, "、")) >= 2):
        return []
    return _with_details(_mentioned(chunk, "start", closed=True), sent, vm.end() + len(chunk), stop)


_QUOTED_KIND = re.compile(r"(?<=[”」])[\u4e00-\u9fff]{0,4}?(?:行动|活动|工程|措施|举措|政策|服务)$")


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


ISSUED_SUBJECT = 6      # characters of who puts names in force at a later sentence's start (市里推出…)


def _issued_sentence(sent: str) -> list[str]:
    """The quoted names a sentence soon after the policy's puts in force with an issuing verb after a
    short subject (市里推出“一对一联系”“家庭医生签约”等服务): two at least, closed by 等."""
    if "“" not in sent and "「" not in sent:
        return []
    vm = term_re("issue_verbs", "了?").search(sent, 0, ISSUED_SUBJECT + 4)
    if vm is None or not re.fullmatch(r"\s*[\u4e00-\u9fff]{0,%d}?(?:还|也|则)?" % ISSUED_SUBJECT, sent[:vm.start()]):
        return []
    deng = _top_level(sent[vm.end():], "等")
    chunk = sent[vm.end():vm.end() + deng[0]] if deng else ""
    if not _ONLY_QUOTED.fullmatch(chunk) or len(_QUOTED_ITEM.findall(chunk)) < 2:
        return []
    return _with_details(_mentioned(chunk, "start", closed=True), sent, vm.end() + len(chunk), len(sent))


def _aspect_clauses(sent: str, at: int, stop: int) -> list[str]:
    """The measures of a ；-list right after the policy whose items open with the aspect they belong
    to (《…十条》在待遇方面，将工资提高10%；在保障方面，为…购买保险)."""
    lo = at + 1 if sent.startswith(("，", ","), at) else at
    if not sent.startswith("在", lo) or not _ASPECT_FRAME.match(sent, lo, stop):
        return []
    rest = re.split("[。！？!?]", sent[at:stop], maxsplit=1)[0].lstrip("，, ")
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
    return re.compile(f"{_words('say_verbs')}了?[，,：:]?")


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
    connectors = tuple(terms().get("clause_connectors", ()))
    modals = tuple(w for w in terms()["required_modals"] if len(w) > 1)
    parts, all_preposed, concrete = [], True, True
    for p in _split_at(rest, commas):      # each clause checked as it comes: most fail at the first
        p = p.strip().rstrip("等…")
        while p.startswith(connectors):
            p = p[next(len(w) for w in connectors if p.startswith(w)):]
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
_CONCRETE = re.compile(r"[0-9０-９]|[“「][^“”「」]{2,12}[”」]")


_WHOM_OTHER = re.compile(r"对[^，,。；;]{1,20}?的(?=[\u4e00-\u9fff])")     # 对作出突出贡献的…: whom, not people


def _whom_dropped(p: str) -> str:
    """A clause without whom it is for when those are people (对表现突出的干部优先提拔使用 → 优先提拔
    使用, as the goldens write it); other clauses as they are."""
    w = _for_whom().match(p)
    return p[w.end():] if w and _action_open().match(p, w.end()) else p


def _whom_end(p: str) -> int:
    """Where the action of a clause opening with whom it is for begins (对作出突出贡献的|及时给予…)."""
    w = _WHOM_OTHER.match(p)
    return w.end() if w and _action_open().match(p, w.end()) else 0


_CONDITION = re.compile(r"除了?[^，,]{1,20}(?:之外|以外|外)$")    # 除特殊需要外: a condition, not the measure


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
                             or (clauses[0].startswith(("对", "为")) and not _preposed_verb().search(clauses[0]))):
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
    w = _for_whom().match(clauses[0])
    if w and _action_open().match(clauses[0], w.end()):
        return clauses[0][w.end():]     # 为医疗队员提供…服务 → 提供…服务: whom it is for is no part of it
    return clauses[0]


def _colon_lines(text: str, start: int, hi: int) -> list[str]:
    """The measures of a ；-list that an intro with a colon opens in the policy's line and that goes
    on over the next lines, each ending with ；, the last with 。 (措施包括：A，…；\nB；C；\nD。), the
    line's end before the next policy (`hi`)."""
    lo = text.find("\n", start)
    lo = len(text) if lo < 0 else lo
    if lo > hi or not text[start:lo].rstrip().endswith(("；", ";")):
        return []
    im = None
    for cand in re.finditer(f"(?:{_follow_intro().pattern})[：:]", text[start:lo]):
        im = cand
    if im is None:
        return []
    chunk, at = [text[start + im.end():lo]], lo
    for _ in range(MAX_COLON_LINES):
        end = text.find("\n", at + 1)
        line = text[at:end if end >= 0 else len(text)].strip()
        if not line or not line.endswith(("；", ";", "。")):
            break
        chunk.append(line)
        if line.endswith("。") or end < 0:
            break
        at = end
    return _clause_items("".join(chunk)) if len(chunk) > 1 else []


MAX_COLON_LINES = 20    # lines a ；-list opened by a colon may go on over


def _clause_items(rest: str) -> list[str]:
    """The measures of a list whose items are clauses split by ；: each item's first clause
    (倡导队员加强锻炼，建议每天… → 倡导队员加强锻炼)."""
    parts = [_ORDINAL_CLAUSE.sub("", p.strip(" ，,：:")).strip() for p in re.split("[；;]", rest)]
    items = [_first_clause(p) for p in parts if p]
    if len(items) < 2 or any(not 2 <= len(x) <= MAX_CLAUSE_MENTIONED for x in items):
        return []
    more = _MORE_NAMES.fullmatch(items[-1])
    if more:            # …；还有A、B、C这些: the last item is a list of names of its own
        names = _mentioned(more.group(1), "start", closed=True)
        items = items[:-1] + (names or [items[-1]])
    return [x for x in items if not _not_a_measure(x.replace("，", ""), True, longest=MAX_CLAUSE_MENTIONED)]


# the last ；-item that adds names to the list (还有A、B、C这些 / 另外还有A、B等)
_MORE_NAMES = re.compile(r"(?:另外|此外)?还有([^，,]+、[^，,]+?)(?:这些|等等|等)?[。！!]?")


@lru_cache(maxsize=1)
def _follow_intro() -> re.Pattern:
    """What opens a later sentence's list of a policy's measures: 包括 / 措施主要有 / 具体为 / 明确，."""
    return re.compile("(?:" + term_re("list_intros").pattern + ")(?!的)|" + _noun_intro() + "|" + _words("say_verbs")
                      + "(?=[，,：:])")     # (提出的保障措施主要有: 提出 of a relative clause opens nothing)


MIN_BARE_LIST = 3       # names of a sentence that is a list and nothing else
_LIST_END = re.compile(r"(?:等等|等|…+|\.{3,})?[。！!]?$")


@lru_cache(maxsize=1)
def _kind_subject_re() -> re.Pattern:
    """A sentence whose subject is a list of the policy's measures closed by 等 and their kind, after
    a discourse opener or none (其中，A、B、C等举措备受关注 / 此外，A、B等政策也将…)."""
    return re.compile(f"(?:{_words('discourse_openers')}[，,]?)?(?P<list>[^，,：:；;]{{4,120}}?)"
                      f"等(?:{_words('intro_nouns')}|服务)")


def _kind_subject(sent: str) -> list[str]:
    if "等" not in sent or "、" not in sent:
        return []       # (a cheap test first: the pattern needs 等 and a 、-list)
    m = _kind_subject_re().match(sent.lstrip())
    if m is None or not _top_level(m.group("list"), "、"):
        return []
    return _mentioned(m.group("list"), "start")


@lru_cache(maxsize=1)
def _example_re() -> re.Pattern:
    """A clause that gives examples of the policy's measures: ，如获赠A、B等 / ，比如A、B / ，例如A、B;
    a verb of receiving right after the word is no part of the names (如获赠A → A, as after 享受)."""
    return re.compile(f"[，,]{_words('example_words')}(?:{_words('receive_verbs')})?(?P<list>[^，,。；;！？!?]+)")


def _example_list(sent: str) -> list[str]:
    if "、" not in sent or not any(w in sent for w in _word_tuple("example_words")):
        return []       # a list of examples needs its word and a 、 (a cheap test first)
    for m in _example_re().finditer(sent):
        if not _outside_quotes(sent, m.start()):
            continue
        chunk = m.group("list")
        deng = _top_level(chunk, "等")
        chunk = chunk[:deng[0]] if deng else chunk
        if _top_level(chunk, "、"):
            return _mentioned(chunk, "start")
    return []


def _bare_list(sent: str) -> list[str]:
    """The names of a sentence that is only a list of them, closed by 等 / …… or not (送钱送流量、
    免费医疗、房租减半……): three names or more, no comma."""
    if sent.count("、") < MIN_BARE_LIST - 1 and "“" not in sent and "「" not in sent:
        return []       # neither enough 、 nor quotes (a cheap test first)
    chunk = sent.strip()
    dots = chunk.find("…")
    if dots > 0:
        chunk = chunk[:dots]        # 房租减免、贷款贴息……这些红包快收好: …… closes the list
    chunk = _LIST_END.sub("", chunk)
    if len(_top_level(chunk, "、")) < MIN_BARE_LIST - 1 and not _ONLY_QUOTED.fullmatch(chunk):
        return []
    if _top_level(chunk, "，,：:"):
        return []
    closed = dots > 0 or len(chunk) < len(sent.strip().rstrip("。！!"))     # …… or 等 closes it
    items = _mentioned(chunk, "start", framed=closed)
    first = _action_open().search(items[0]) if items else None
    if first and any(w in items[0][:first.start()] for w in terms()["required_modals"]):
        return []       # 各地要加强A、落实B、做好C: what others must do
    return items if len(items) >= MIN_BARE_LIST else []


@lru_cache(maxsize=1)
def _own_subject_re() -> re.Pattern:
    """A sentence opening with the policy as its subject and its words (意见明确：…, 《若干措施》提出，…,
    该方案还包括…): the policy's noun or a 《title》, then a say verb or a list intro."""
    return re.compile(f"{_subject_policy().pattern}(?:{_RELATIVE}{_words('intro_nouns')}(?:主要|具体)?)?"
                      f"(?:{_follow_intro().pattern})")


# the policy's words as a relative clause before the measures it names (通知明确的政策包括, 《意见》提出
# 的支持措施主要有): a verb of a few characters, 的, a short kind of measure
_RELATIVE = "[\u4e00-\u9fff]{0,6}?的[\u4e00-\u9fff]{0,4}?"


@lru_cache(maxsize=1)
def _opener_re() -> re.Pattern:
    return re.compile(f"{_words('discourse_openers')}[，,]?")


@lru_cache(maxsize=1)
def _subject_policy() -> re.Pattern:
    """The policy as a later sentence's subject: 意见, 该方案, 《若干措施》 (还/也 after it)."""
    return re.compile(f"(?:{_policy_subject().pattern}|《[^《》]{{2,40}}》)(?:还|也|同时)?")


def _own_frame(sent: str) -> list[str]:
    """The aspects a later sentence names with the policy as its subject (意见从A、B等方面提出要求,
    《方案》围绕A、B两个方面…): the frame's names, else []."""
    sent = sent.lstrip()
    op = _opener_re().match(sent)
    at = op.end() if op else 0
    sm = _subject_policy().match(sent, at)
    if not sm or not _frame_intro().match(sent, sm.end()):
        return []
    return _named_after(sent, sm.end(), len(sent))


OPENER_CLAUSE_SENTENCES = 2    # sentences after the policy's where 其中，A；B；C may list its measures
# a clause opening an item with the aspect it belongs to (在待遇方面，将工资提高10%): no part of the item
_ASPECT_FRAME = re.compile(r"在[^，,；;。]{1,10}方面[，,]")


def _opener_clauses(sent: str) -> list[str]:
    """The measures of a sentence that is a discourse opener and a ；-list (其中，对A给予…；对B给予…；
    具体而言，在待遇方面，…；在保障方面，…): each item opens with an action, a preposition before one or
    the aspect it belongs to; two at least."""
    if "；" not in sent and ";" not in sent:
        return []
    sent = sent.strip()
    op = _opener_re().match(sent)
    if op is None or not op.group().endswith(("，", ",")):
        return []
    return _frame_clause_items(sent[op.end():])


def _frame_clause_items(rest: str) -> list[str]:
    """The items of a ；-list whose items each open with an action, a preposition before one, or the
    aspect they belong to (在…方面，), that aspect left out; [] unless all do, two at least."""
    parts = [p.strip(" ，,。") for p in re.split("[；;]", rest.rstrip("。"))]
    parts = [_ASPECT_FRAME.sub("", p, count=1) if _ASPECT_FRAME.match(p) else p for p in parts if p]
    if len(parts) < 2 or not all(_action_open().match(p) or _preposed_action(p) for p in parts):
        return []
    return _clause_items("；".join(parts))


# a list of kinds closed, then its details opened in the same sentence (…等内容，包括…)
_DETAIL_AFTER = re.compile(r"等[\u4e00-\u9fff]{0,4}[，,](?:(?=(?:主要|具体)?(?:包括|涵盖))|(?P<also>并|还|同时)?(?=从|围绕))")
# who reports the policy's words before it stands as the subject (县委组织部相关负责人介绍，措施还明确了…)
_REPORT_CUE = re.compile("介绍|表示|说|指出")      # a cheap test before _REPORTED
_REPORTED = re.compile(r"[”」]?(?:据)?[\u4e00-\u9fff]{2,20}?(?:介绍|表示|说|指出)[，,：:]")


def _own_subject(sent: str) -> bool:
    return _own_subject_end(sent) is not None


def _own_subject_end(sent: str) -> int | None:
    """Where the intro of a sentence the policy opens as its subject ends in `sent`, or None."""
    stripped = sent.lstrip()
    op = _opener_re().match(stripped) or (_REPORTED.match(stripped) if _REPORT_CUE.search(stripped, 0, 24) else None)
    m = _own_subject_re().match(stripped, op.end() if op else 0)
    return len(sent) - len(stripped) + m.end() if m else None


def _opens_intro(sent: str) -> bool:
    """A sentence opening with a list intro and nothing before it (具体包括：A，B，C): the subject is
    the policy just named."""
    sent = sent.lstrip()
    op = _opener_re().match(sent)
    m = _follow_intro().match(sent, op.end() if op else 0)
    return m is not None and sent.startswith(("：", ":", "，", ","), m.end())


def _one_action(rest: str) -> list[str]:
    """The one measure a sentence the policy opens as its subject names (政策还明确，鼓励A减免租金):
    a single clause to the sentence's end that opens with an action and binds nobody else (要)."""
    x = rest.strip().rstrip("。！!")
    if _top_level(x, "，,；;：:") or not MIN_CLAUSE <= len(x) <= MAX_MENTIONED \
            or not (_action_open().match(x) or _preposed_action(x)) or _safeguard().search(x) \
            or _not_a_measure(x, True):
        return []
    return [x]


@lru_cache(maxsize=1)
def _back_reference() -> re.Pattern:
    return re.compile(_words("back_references"))


def _named_before_back(text: str, start: int) -> list[str]:
    """The names of the sentence before a policy's sentence when that one refers back to them (…可享受
    A、B、C等暖心政策。这是市人社局印发的《通知》中明确的。/ 上述措施出自《…》): the list an intro
    opens there, or its action list."""
    s0 = max(text.rfind(c, 0, start) for c in "。！？!?\n") + 1
    if not _back_reference().match(text, s0) or s0 < 2:
        return []
    e = s0 - 1
    while e > 0 and text[e - 1] in "。！？!?\n \u3000":
        e -= 1
    p0 = max(text.rfind(c, 0, e) for c in "。！？!?\n") + 1
    prev = text[p0:e]
    for im in _follow_intro().finditer(prev):
        if _intro_after().match(prev, im.start()):
            items = mentioned_after(prev, im.start(), len(prev))
            if items:
                return items
    return _action_list(prev)


PAIR_SENTENCES = 2     # sentences after two policies named together where 前者…/后者… may speak of them


@lru_cache(maxsize=1)
def _pair_ref_re() -> re.Pattern:
    return re.compile("|".join(map(re.escape, _word_tuple("former_words") + _word_tuple("latter_words"))))


def _former_latter(mentions: list, text: str) -> set[int]:
    """Measures the sentences after two policies named in one sentence give them by referring to them
    as the former and the latter (同时出台《A》和《B》。前者提出X、Y；后者提出Z): each clause opening with
    a former/latter word names the measures of that policy. The starts of the sentences read."""
    consumed: set[int] = set()
    former, latter = _word_tuple("former_words"), _word_tuple("latter_words")
    if len(mentions) < 2 or not _pair_ref_re().search(text):
        return consumed
    ordered = sorted((m for m in mentions if not m.cited), key=lambda m: m.start)
    for i, (a, b) in enumerate(zip(ordered, ordered[1:])):
        end = _SENTENCE_STOP.search(text, b.start)
        if end is None or _SENTENCE_STOP.search(text, a.start, b.start) \
                or (i + 2 < len(ordered) and ordered[i + 2].start < end.start()):
            continue    # not two policies of one sentence and only two
        for sm in list(_FOLLOW_SENTENCE.finditer(text, end.end()))[:PAIR_SENTENCES]:
            sent = sm.group().strip()
            if not sent.startswith(former + latter):
                break
            for part in re.split("[；;]", sent):
                part = part.strip()
                w = next((w for w in former + latter if part.startswith(w)), None)
                if w is None:
                    continue
                target = a if w in former else b
                target.mentioned += [x for x in mentioned_after(part, len(w), len(part)) if x not in target.mentioned]
            consumed.add(sm.start())
    return consumed


_ASPECT_SUBJECT = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:还将|将|明确|要)")
ASPECT_REACH = 60      # characters before a set's mention where its sentence may name its aspects


@lru_cache(maxsize=1)
def _aspect_open() -> re.Pattern:
    """A later ；-segment opening with one of the set's aspects (在减轻负担方面，/ 在就业上，/ 一方面，),
    then perhaps the set's words (措施明确，/ 举措提出，)."""
    return re.compile(f"(?:{_opener_re().pattern})?(?:在(?P<a>[^，,；;。]{{1,10}}?)(?:方面|上)|另?一方面)[，,]"
                      f"(?:[\u4e00-\u9fff]{{0,4}}?{_words('say_verbs')}[，,：:])?")


def _aspect_paragraphs(sent: str, named: str) -> tuple[list[str], list[str]]:
    """The measures of a sentence that goes through a set's aspects (在减轻负担方面，措施明确，A，B；C。
    在待遇方面，将…，并为…; 在金融支持方面，济南将扩大…): the action clauses of each aspect's segment (a
    short subject before the action left out), and the aspects named. Only when the set's own sentence (`named`)
    named those aspects first (从减轻负担、待遇保障等方面 / 涉及医疗、交通等方面): else ([], [])."""
    if "在" not in sent and "方面" not in sent:
        return [], []
    segs = [x.strip() for x in re.split("[；;]", sent.strip().rstrip("。"))]
    am = _aspect_open().match(segs[0])
    if am is None or (am.group("a") or "方面") not in named:
        return [], []
    connectors = tuple(terms().get("clause_connectors", ()))
    items, aspects = [], []
    for seg in segs:
        am = _aspect_open().match(seg)
        if am:
            if am.group("a") and am.group("a") not in named:
                return [], []
            aspects.append(am.group("a") or "")
            seg = seg[am.end():]
        for c in (x.strip() for x in _split_at(seg, _top_level(seg, "，,"))):
            while c.startswith(connectors):
                c = c[next(len(w) for w in connectors if c.startswith(w)):]
            sub = _ASPECT_SUBJECT.match(c)      # 济南将扩大…: the place or body that acts is no part
            if sub and (_action_open().match(c, sub.end()) or _preposed_action(c[sub.end():])):
                c = c[sub.end():]
            if MIN_CLAUSE <= len(c) <= MAX_CLAUSE_MENTIONED and (_action_open().match(c) or _preposed_action(c)) \
                    and not _not_a_measure(c, True, longest=MAX_CLAUSE_MENTIONED):
                items.append(c)
    return items, [a for a in aspects if a]


CITED_REACH = 300       # characters after a cited policy where a sentence may speak of it by its level


@lru_cache(maxsize=1)
def _cited_subject() -> re.Pattern:
    """A later sentence's subject that is a policy the page cites, by the level it came from and its kind
    noun (为贯彻落实《关于…的通知》，省里出台十五条措施。…国家通知要求，从A、B等方面…)."""
    return re.compile(f"[”」]?(?:{_words('cited_levels')})的?(?={_words('subject_nouns')})")


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


def follow_mentioned(mentions: list, text: str) -> None:
    """Measures a policy's next sentences name (指引涵盖…。包括A；B；C。 / 政治上关爱，主要体现在A，B等10个
    方面。工作上支持主要体现在，C、D等9个方面): the lists a list intro opens, up to the next policy."""
    intro = _intro_after()
    opens = _follow_intro()
    # where a policy's reach ends: the next policy named, but not one only cited as what the set carries
    # out (该措施是落实国务院《…》和省《…》的具体举措: the set's measures go on after it)
    every_start = sorted(m.start for m in mentions)
    starts = sorted(m.start for m in mentions if not m.cited or _BASIS_BEFORE.search(
        text, max(0, m.start - BASIS_REACH), m.start))
    consumed = _former_latter(mentions, text) if len(mentions) > 1 else set()
    for m in mentions:
        if m.cited and not _BASIS_BEFORE.search(text, max(0, m.start - BASIS_REACH), m.start):
            _cited_later(m, text)
            continue
        end = CLAUSE_STOP.search(text, m.start)
        line_end = text.find("\n", m.start)
        lo = min(x for x in (end.end() if end else len(text), line_end if line_end >= 0 else len(text)))
        hi = min([lo + FOLLOW_REACH, len(text)] + [x for x in starts if x > m.start])
        if m.cited:
            # a policy a sentence opens with as its basis (按照《实施细则》，对…实行…): its voice follows, up
            # to the next policy (根据《通知》，市里出台了十条措施，…: the local set's, not the basis's)
            m.mentioned += [x for x in voiced_clauses(text, m.start, hi) if x not in m.mentioned]
            continue
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
            own_end = _own_subject_end(sent)
            if m.mentioned and not (own_end is not None or _opens_intro(sent)):
                continue        # named already: only a sentence the policy opens as its subject adds
            framed = _own_frame(sent)
            if framed:          # 意见从A、B等方面提出具体要求: the policy as subject of a frame
                found += [x for x in framed if x not in found]
                continue
            im, own = None, own_end is not None
            for cand in opens.finditer(sent):
                if cand.start() <= FOLLOW_INTRO_AT and (sent[cand.start() - 1:cand.start()] not in _NOT_INTRO_BEFORE
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
                    or (_amount_sentence(sent) if k == 0 and quoted else []))
                if first and not items and first.group("a") and _ordinal_number(first) == len(serial) + 1 \
                        and (serial or k == 0):
                    # one 一是 a sentence from the sentence after the policy's on (一是A，…。二是B。三是C。):
                    # the first clause of each (not numbered paragraphs: measures of their own; not the
                    # 一是… of a later topic: 实施17年来…发挥了作用。一是…)
                    x = re.split("[，,；;：:]", sent[first.end():], maxsplit=1)[0].strip()
                    serial.append(x)
                found += [x for x in items if x not in found]
                continue
            rest = sent[im.end():].lstrip("：:，, ")
            items = _clause_items(rest) if ("；" in rest or ";" in rest) else []
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
        voiced = [] if m.cited else [x for x in voiced_clauses(text, m.start, hi)
                                     if not any(f.endswith(x) for f in found + m.mentioned)]
        if m.mentioned:
            m.mentioned += [x for x in found + voiced if x not in m.mentioned]
            continue
        if not found:
            found = _named_before_back(text, m.start)
        if not found and m.count and m.count <= MAX_HEADED:
            found = _headed_paragraphs(text, lo, m.count) or _provision_sentences(text, lo, hi, m.count)
        if not found and m.kind and not (m.title or m.count) and text.startswith("\n", lo):
            # a set reported without a name or count, its sentence ending the paragraph: the
            # clauses of the next paragraphs are its measures (…出台…的具体措施。\n…做好工伤认定并
            # 落实待遇，开辟社区工作者就医绿色通道。安排调休补休…)
            found = measure_clauses(text[lo:hi])
        m.mentioned = found + [x for x in voiced if x not in found]


MIN_PROVISION_SENTENCES = 2
# a sentence that reports a fact done, not a provision (已发放, 发放了, 截至…)
_DONE = re.compile("已|了|截至|截止")


def _provision_sentences(text: str, lo: int, hi: int, count: int) -> list[str]:
    """The measures of the sentences right after a counted policy's when each is one short clause
    stating a concrete provision (出台…五项措施。城乡低保标准提高至每人每月800元。特困人员…提高至
    每人每月1040元。): an action and an amount, no comma, not a fact done (已发放…); two at least, up
    to the count."""
    out: list[str] = []
    for sm in _FOLLOW_SENTENCE.finditer(text, lo, hi):
        x = sm.group().strip()
        if len(out) >= count or not MIN_CLAUSE <= len(x) <= MAX_CLAUSE_MENTIONED or _top_level(x, "，,；;：:") \
                or not re.search(r"[0-9０-９]", x) or _DONE.search(x) or not _action_open().search(x):
            break
        out.append(x)
        if text[sm.end():sm.end() + 1] != "。":
            break       # the paragraph's or the text's end, or a question
    return out if len(out) >= MIN_PROVISION_SENTENCES else []


CLAUSE_TEXT = re.compile(r"[^，,。；;！？!?\n]+")
# a paragraph opening with a short heading of its own: 政治上优待。出台…
_HEADING = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff]{2,8})[。：:]")
MAX_HEADED = 10         # counts whose measures may be the headings of as many paragraphs


def _headed_paragraphs(text: str, lo: int, count: int) -> list[str]:
    """The headings of the `count` paragraphs after a counted policy's paragraph when each opens
    with one (运用“三项机制”… / 政治上优待。… / 精神上鼓励。… / 物资上保障。…)."""
    out = []
    at = text.find("\n", lo)
    while at >= 0 and len(out) < count:
        h = _HEADING.match(text, at + 1)
        if h is None:
            return []
        out.append(h.group(1))
        at = text.find("\n", at + 1)
    return out if len(out) == count else []
_ORDINAL_CLAUSE = re.compile(r"^(?:[一二三四五六七八九十]+是|[（(]?[0-9一二三四五六七八九十]+[）)、.．]|[①-⑳])")
MAX_CLAUSES = 20        # measures taken from the clauses after a set named by its kind
MIN_CLAUSE, MAX_CLAUSE = 4, 30


# the rate or standard a clause opens with before its action: 按照每人每天150元 / 按每月500元标准
_STANDARD = re.compile(r"按(?:照)?[^，,。；;]{0,12}?(?:[0-9０-９]+(?:\.[0-9]+)?[万千百]?元"
                       r"(?:[—\-~～至到?？][0-9０-９]+(?:\.[0-9]+)?[万千百]?元)?|标准|规定)(?:的?标准)?")


def _after_standard(c: str) -> str:
    """A clause opening with the standard it applies (按照每人每天150元发放临时性工作补助) names the
    action after it (发放临时性工作补助); any other clause is returned as it is."""
    m = _STANDARD.match(c)
    if m and _action_open().match(c, m.end()):
        return c[m.end():]
    return c


def measure_clauses(window: str) -> list[str]:
    """Clauses that state an action (做好工伤认定并落实待遇): without the connector they open with
    (此外，), not opening with a preposition (对…的人员, 按照每人每天…), within MIN/MAX_CLAUSE characters;
    none when the paragraphs number their items (一是…, 1.…: those are measures of their own)."""
    connectors = tuple(terms().get("clause_connectors", ()))
    prepositions = tuple(terms().get("clause_prepositions", ()))
    out: list[str] = []
    for cm in CLAUSE_TEXT.finditer(window):
        c = cm.group().strip()
        if _ORDINAL_CLAUSE.match(c):
            return []
        while c.startswith(connectors):
            c = c[next(len(w) for w in connectors if c.startswith(w)):]
        if c.startswith(prepositions):
            c = _after_standard(c)
        if not MIN_CLAUSE <= len(c) <= MAX_CLAUSE or c.startswith(prepositions) or not HAN_RUN.match(c):
            continue
        if c not in out:
            out.append(c)
        if len(out) >= MAX_CLAUSES:
            break
    return out


def kind_measures(sent: str, at: int) -> list[str]:
    """The measures a set named by its kind names after it: the list an intro opens (，内容包括：A；B),
    else the clause right after it (颁布奖励要点，给予一线医护人员防疫津贴) and the clauses a connector
    joins to it (，并优先安排疗休养; ，同时…)."""
    named = _named_after(sent, at, len(sent))
    if named:
        return _besides(sent, at) + named   # 出台关爱措施，内容包括：（一）A；（二）B: the list its intro opens
    connectors = tuple(terms().get("clause_connectors", ()))
    out: list[str] = []
    for k, cm in enumerate(CLAUSE_TEXT.finditer(sent, at)):
        if k and (cm.start() != at + 1 or not cm.group().startswith(connectors)):
            break
        at = cm.end()
        if not cm.group().strip():
            break
        # a clause that states a measure, not the size or reach of the set (总额达1375亿元, 惠及2万人)
        out += [x for x in measure_clauses(cm.group().split("等")[0])[:1]
                if x not in out and not x.startswith(_word_tuple("set_facts"))]
        if "等" in cm.group():
            break
    return _besides(sent, at) + [x for x in out if x not in _besides(sent, at)]



# ---------------------------------------------------------------------------------------------
# A policy's measures reported clause by clause. News reports paraphrase a document sentence by
# sentence: 按照“十条措施”，我省将落实临时性工作补助，… / 通知还规定，…的医务人员，医疗费用全部由政府负担，
# 并享受工伤待遇；… / 在职称评聘方面，…申报高一级职称时，可提前一年申报。 A sentence is the policy's voice
# when it opens with the policy as its subject and a verb of saying (通知明确 / “十条措施”还要求 / 按照《意见》，)
# or continues such a sentence in the same paragraph; the policy's own sentence is its voice after its
# verb of saying (…印发指导意见，要求A，B). Each clause of a voiced sentence that states an action, once its
# subject and modal (各单位要, 我省将), its standard (按照每人每天100元) and its connector (并, 此外) are
# off, names a measure. A sentence that quotes a person (负责人表示) or names another policy ends the voice.

MAX_VOICED_SENTENCES = 8   # sentences after the policy's that may carry its voice
SUBJECT_REACH = 14         # characters of a subject before the modal it is cut with (各医疗卫生单位要)


@lru_cache(maxsize=1)
def _voice_open() -> re.Pattern:
    """A sentence opening with the policy as the subject of a verb of saying, or as its basis:
    (此外，)(该)通知(还)明确 / 《意见》提出 / “十条措施”要求 / 按照“十条措施”， / 根据通知，."""
    openers = _words("discourse_openers")
    nouns = term_re("policy_nouns").pattern
    says = _words("voice_verbs")
    ref = f"(?:该|这一?|上述|此|[\u4e00-\u9fff]{{1,5}}的)?(?:《[^》]{{1,40}}》|“[^”]{{1,20}}”|[\u4e00-\u9fff]{{0,6}}?{nouns})"
    return re.compile(f"(?:{openers}[，,]?)?(?:(?:{ref})(?:中|里)?(?:还|也|同时|并|进一步|特别)?{says}"
                      f"|(?:按照|根据|依据){ref}[，,])[，,：:]?")


@lru_cache(maxsize=1)
def _voice_in_own_sentence() -> re.Pattern:
    """The policy's own sentence turning to its voice after a comma: ，通知指出， / ，要求加强…"""
    nouns = term_re("policy_nouns").pattern
    return re.compile(f"[，,](?:(?:该|这一?|此)?[\u4e00-\u9fff]{{0,6}}?{nouns})?(?:还|并|也|同时)?"
                      f"(?:{_words('voice_verbs')}[，,：:]|要求)")


@lru_cache(maxsize=1)
def _voice_end() -> re.Pattern:
    """A sentence that is someone's words about the policy, not the policy's own (负责人表示, 记者了解到)."""
    return re.compile(_words("quote_verbs"))


@lru_cache(maxsize=1)
def _voice_modal() -> re.Pattern:
    """A modal a clause of a policy's voice may open with (可提前一年申报, 要向一线医务人员倾斜)."""
    return re.compile(_words("voice_modals"))


@lru_cache(maxsize=1)
def _subject_modal() -> re.Pattern:
    """A short subject and the modal after it, cut before a clause's action (各医疗卫生单位要, 我省将)."""
    return re.compile(f"^[^，,“”《》（）()]{{2,{SUBJECT_REACH}}}?{_words('voice_modals')}")


# a list intro left at a name's start (提出了包括A、B等措施 → A), not a verb of receiving (享受工伤待遇)
_INCLUDES = re.compile(r"(?:主要|具体)?(?:包括|包含|涵盖)(?:了)?")


def _for_whom_action(c: str) -> bool:
    """A clause naming with 为 whom an action is for before it (为志愿者购买保险, 为一线职工送去防寒物资)."""
    w = _for_whom().match(c) if c.startswith("为") else None
    return w is not None and (_action_open().match(c, w.end()) is not None
                              or c.startswith(_word_tuple("give_verbs"), w.end()))


@lru_cache(maxsize=1)
def _safeguard() -> re.Pattern:
    """What every document asks of its implementers (加强组织领导, 强化督导检查): no measure of its own."""
    return re.compile(_words("safeguard_words"))


def _voiced_clause(c: str) -> str | None:
    """The measure one clause of a policy's voice names, or None (a condition, an aim, a fact):
    a clause opening with an action (落实临时性工作补助) or a modal (可提前一年申报, 要向一线倾斜), or
    a short subject and its modal before one (各单位要合理安排轮换休息 → 合理安排轮换休息)."""
    connectors = tuple(terms().get("clause_connectors", ()))
    c = c.strip(" \u3000“”")
    while c.startswith(connectors):
        c = c[next(len(w) for w in connectors if c.startswith(w)):]
    intro = _INCLUDES.match(c)
    if intro:
        c = c[intro.end():].lstrip("：: ")     # 包括合理安排轮换休息: the intro is no part of the name
    if c.strip("等…. ") == "":
        return None
    standard = _STANDARD.match(c)
    if standard and re.search(r"\d|[一二三四五六七八九十百千万]元", standard.group()):
        c = _after_standard(c)      # 按每人每天200元的标准发放…, not 按照有关规定给予…
        standard = None
    if not (_action_open().match(c) or _voice_modal().match(c) or _for_whom_action(c)
            or (standard and _action_open().match(c, standard.end()))):     # 按照有关规定给予抚恤
        m = _subject_modal().match(c)
        if m and _action_open().match(c, m.end()):
            c = c[m.end():]
        elif _preposed_action(c):
            c = _whom_dropped(c)    # 对…实行…: people it is for are left out, as after 对 elsewhere
        else:
            return None     # 各地要根据当前要求: a basis; 落实相应…: 应 of a word, no modal
    if not (MIN_CLAUSE <= len(c) <= MAX_CLAUSE) or not HAN_RUN.match(c) or c.startswith(_word_tuple("voice_aims")) \
            or _safeguard().search(c) \
            or _top_search(_KIND_CLOSE, c):      # 减免A、降低B等12条措施: a list of names, read as such
        return None
    parts = _split_at(c, _top_level(c, "、"))
    if len(parts) >= 2 and (len(parts) >= 3 or max(map(len, parts)) > MIN_CLAUSE + 1) and all(len(x) >= MIN_CLAUSE for x in parts) \
            and sum(bool(_action_open().match(x)) for x in parts) * 2 >= len(parts):
        return None     # 加大A、拓宽B、强化C: a list of names, read as such
    return None if _not_a_measure(c, True) else c


# a sentence opening with the policy as its basis (按照《实施细则》，/ 根据新修订的《…办法》，): the words
# before the policy, and the policy's name and the comma after it
_BASIS_BEFORE = re.compile(r"(?:^|(?<=[。！？!?\n]))[ \u3000]*(?:按照|根据|依据)(?:[\u4e00-\u9fff]{1,5}的)?$")
_BASIS_NAME = re.compile(r"(?:《[^《》]{1,40}》|“[^“”]{1,20}”)[，,]")


BASIS_REACH = 12        # characters before a policy where the words naming it as a basis stand


def _basis_named(text: str, start: int, sent: str) -> re.Match | None:
    """The policy's name and its comma when its sentence opens with it as its basis: what follows
    is the policy's voice (按照《实施细则》，对…实行…，对…给予…)."""
    lo = max(0, start - BASIS_REACH)
    if text.find("据", lo, start) < 0 and text.find("照", lo, start) < 0 or not _BASIS_BEFORE.search(text, lo, start):
        return None     # (a cheap test first: 根据/依据/按照 hold 据 or 照)
    return _BASIS_NAME.match(sent)


def voiced_clauses(text: str, start: int, hi: int) -> list[str]:
    """The measures the sentences in the policy's voice name clause by clause, from the policy's
    mention at `start` to `hi` (its next policy or the reach of its description)."""
    out: list[str] = []
    voiced = False
    sentences = list(islice(_FOLLOW_SENTENCE.finditer(text, start, hi), MAX_VOICED_SENTENCES + 1))
    for k, sm in enumerate(sentences):
        sent = sm.group()
        new_paragraph = k and "\n" in text[sentences[k - 1].end():sm.start()]
        if _voice_end().search(sent):
            break
        if k == 0:
            m = _voice_in_own_sentence().search(sent) or _basis_named(text, start, sent)
            if not m:
                continue
            rest, voiced = sent[m.end():], True
        else:
            m = _voice_open().match(sent.strip())
            if m:
                rest, voiced = sent.strip()[m.end():], True
            elif voiced and (not new_paragraph or _ASPECT_FRAME.match(sent.strip())):
                # (a paragraph opening with the aspect it reports goes on with the policy's words:
                # 在职称评聘方面，…可提前一年申报)
                rest = sent
            else:
                voiced = False
                continue
        for part in _split_at(rest, _top_level(rest, "，,；;")):
            c = _voiced_clause(part)
            if c and c not in out:
                out.append(c)
    return out
