"""Issuing bodies in the words before an issuing verb, written in full as the page writes them.

A body is found by how its name ends (rules/policy_terms.txt [issuer_suffixes]: 组织部, 领导小组,
指挥部, 人民政府办公室; [issuer_ends]: one character such as 局 that ends a body only where the
body ends) or by a national body's name (rules/national_bodies.txt). Its name reaches back from that
end over the words of the clause to its head, the earliest of:
- a place written with its level (丽水市, 梅州市梅县区) or a provincial name (浙江), with 中共 before it;
- a national head (中共中央, 中央, 国务院, 国家, 全国: 中央应对新冠肺炎疫情工作领导小组);
- a bare level opening the clause (省委组织部, 市卫健委, 团省委).
A national head standing alone is a body (中共中央、国务院); an office named by its field may follow a
body's name (某市人民政府新闻办公室). A body with none of them is one only where its name opens the clause after time words
(近日，新冠肺炎疫情防控指挥部…). In a list of bodies a prefix the first one shows is carried to the
next ones that lack a head (省卫生健康委、人力资源社会保障厅 → 省人力资源社会保障厅).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .charclass import HAN, HAN_RUN
from .policy_terms import terms
from .regions import gazetteer, places_in, provinces
from .rules import compiled, longest_first, rule_sections

_BOUNDARY = set("，,。；;：:、“”\"《》<>〈〉【】！？!? \u3000\t\n")
_JOINERS = "和与及同、"
_DATE_WORD = compiled(r"(?:(?:19|20)\d{2}年)?(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])日|(?:19|20)\d{2}年|[0-9]{1,2}日")
_AGENT = compiled(r"(?<![自理缘经])由")
_LEAD_NUMBER = compiled(r"\d+(?:[年月日号]|[.．]\d+)?")
_PAREN_TAIL = compiled(r"[（(]([\u4e00-\u9fff]{1,10})[)）]")
_DISTRICT = compiled(r"[\u4e00-\u9fff]{2,3}?(?:区|县)")
_LEVEL_HEAD = compiled(r"(?:团|共青团)?(?:省|市|区|县|州|自治区|街道|乡|镇)")
_OUR_LEVEL = compiled("我(?=[省市县区州])")
_BARE_LEVEL_END = compiled("[省市县区州]委?$")
# what a meeting or a body does with a higher body's document, right before that body's bare level
_CARRY_OUT = ("学习", "传达", "贯彻", "落实", "按照", "根据", "依据", "执行", "了")
# a town's or township's name (two to four characters and its level), not a word for towns in general
# (乡镇, 各乡镇, 城镇) nor one a determiner opens
_TOWN_HEAD = compiled(r"(?![各全该本我每此])[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)(?<!乡镇)(?<!城镇)(?<!村镇)(?<!集镇)")
INSTITUTION_NAME_MAX = 14    # characters of an institution's name before its kind


@lru_cache(maxsize=1)
def _institution_kinds() -> tuple[str, ...]:
    """The kinds an institution's name ends with (rules/policy_terms.txt [institution_kinds]: 大学, 医院)."""
    return tuple(terms().get("institution_kinds", ()))


def _names_institution(words: str, own: bool = False) -> bool:
    """The words are an institution's whole name, ending with its kind (东南大学, 湘雅医院, 某供电公司):
    the head of a committee or union named after it (东南大学党委, 某供电公司工会); with `own`, also its
    kind alone, as the institution's own page calls itself (医院党委, 集团党委)."""
    kind = next((k for k in _institution_kinds() if words.endswith(k)), None)
    return kind is not None and (2 if not own or len(words) > len(kind) else 0) <= len(words) - len(kind) \
        <= INSTITUTION_NAME_MAX and HAN_RUN.fullmatch(words) is not None


# the words before an issuing verb that are an institution's name alone, after the clause before it
# (2月14日，南昌大学 印发…; 近日，桐柏县人民医院 出台…)
_LAST_WORDS = compiled(r"[\u4e00-\u9fff]{2,20}$")


def _institution_alone(chunk: str) -> list[Body]:
    """An institution issuing in its own name (南昌大学印发《…》, 某县人民医院出台…): its whole name, all
    the words of the chunk's last clause, a place it opens with read as its place."""
    m = _LAST_WORDS.search(chunk) if chunk.endswith(_institution_kinds()) else None
    if m is None or not _names_institution(m.group()):
        return []
    return [Body(m.group(), m.start(), m.end(), [full for _, full, _ in places_in(m.group())][:1], None, False)]
_LOST_DUNHAO = compiled(r"(?<=[\u4e00-\u9fff])[?？](?=[\u4e00-\u9fff])")
_LINK_WORDS = ("联合", "会同", "以及", "牵头", "协同")
# the copula before the bodies a sentence names (依据是国家安全监管总局、卫生部…联合印发的办法): no name holds it
_COPULA = ("是",)
# a government named right after its party committee, without a separator: 市委市政府, 县委县人民政府
_GOVERNMENT_NEXT = compiled(r"(?:省|市|区|县|州|自治区)(?:人民)?政府")
# when a body acted (近日, 高雄市政府劳工局今天公布) and from whom a reporter heard it (记者从市住房和城乡建设局获悉):
# never inside a name, so a name ends before them and starts after them
_WHEN_WORDS = ("近日", "日前", "获悉", "了解到", "得知", "今天", "今日", "昨天", "昨日",
               "日由")   # (a day, then the passive's agent: 该方案已于9月5日由市委办公室、市政府办公室联合印发)
# words that follow a body's name as its sentence goes on (郑州市城管局还提出要求, 市卫生局于2月…), and
# the frame a body sets its measures in before its verb (某县委从A、B等方面入手，推出…; 某县委围绕…出台)
_AFTER_BODY = ("联合", "会同", "共同", "牵头", "协同", "关于", "于", "等", "还", "也", "又", "已", "将", "再",
               "均", "都", "今年", "去年", "前年", "上月", "本月", "上周", "此前", "早前",
               "随即", "随后", "立即", "积极", "专门", "正式", "首次", "先后", "分别",
               "从", "围绕", "聚焦", "针对") + _WHEN_WORDS + (
               # … a Taiwan daily's day (今（12）日), where it acted (市发展和改革局在会上发布), or a meeting it
               # holds (佛山市人民政府新闻办公室召开新闻发布会)
               "今（", "今(", "昨（", "昨(", "在", "召开", "举行",
               # … or on what it based the document (某局结合实际，制定…; 某局根据…要求，出台…)
               "结合", "根据", "按照", "依据")


# the words that give a body or a document a short name in brackets after it (（以下简称全国老龄办）,
# （下称《条例》）, （简称“暖心十条”）): read here and by policies.names
CALLED_HEAD = "(?:以下|下)?简?称"
_CALLED_BRACKET = compiled(f"[（(]{CALLED_HEAD}[^（）()]{{1,12}}[)）]")


def short_form(short: str, name: str) -> bool:
    """`short` is a short form of the name's last words: their first and last characters and others in
    order (经科局 of 经济及科技发展局), not another body's name (指挥部 of 领导小组（指挥部）)."""
    if len(short) < 2 or len(short) >= len(name) or short[-1] != name[-1]:
        return False
    rest = iter(name[name.find(short[0]):]) if short[0] in name else iter(())
    return all(ch in rest for ch in short)


@lru_cache(maxsize=1)
def _lead_breaks() -> tuple[str, ...]:
    """Words never inside a body's name, after which the name starts: those that join two bodies
    (市委组织部联合市财政局), of when (县里昨天在政府网站上发了…), and the verbs that issue a policy
    (rules/policy_terms.txt [issue_verbs]: 发出教育局通告, whose body names the notice issued)."""
    return _LINK_WORDS + _WHEN_WORDS + _COPULA + tuple(terms().get("issue_verbs", ()))


@lru_cache(maxsize=1)
def _after_body() -> tuple[str, ...]:
    """_AFTER_BODY, and what a body does next: setting up a group (团省委成立专项组) or the verbs of a
    body's own measures (rules/policy_terms.txt [actor_verbs]: 区民政局通过…等方式), but not 组织, which
    goes on a body's name (县委组织部)."""
    return _AFTER_BODY + ("成立",) + tuple(v for v in terms().get("actor_verbs", ()) if v != "组织")


MAX_HEADLESS = 14       # characters before the last words of a body named without a place
_NOT_IN_NAME = compiled("[向对在从给把被将是了]")   # 昨日正式向立法会财务委员会: a clause, no name
_EVERY = ("各", "每", "全体")     # determiners of many: 各街道要充分发挥…委员会 is a clause, no name
BASIS_WORDS = ("根据", "按照", "依据", "遵照", "依照")    # what opens a clause on what a text stands on
MAX_ONE_END_BODY = 7    # characters after its place of a body ended by one character (城市管理局)
MAX_NAME = 45       # characters of one body's name
# a working group of a body, written right after its name: (指挥部)学校防控组, (领导小组)综合专班, or a
# unit of a bureau's force named by its field: (某市公安局)交通警察支队, (某县应急管理局)综合行政执法大队
# (not many units joined or counted: 市公安局和各大队)
_SUBUNIT = compiled(r"[\u4e00-\u9fff]{1,6}?(?:小组|工作组|专项组|专班|组)|[^\W\d_和与及同、各每全]{2,6}?(?:支队|大队|总队)")
# … or an office of it named by its field: (某市人民政府)新闻办公室, (某省人民政府)法制办
_OFFICE = compiled(r"[^\W\d_和与及同、]{1,4}?(?:办公室|办公厅|办)")
_PRESS_OFFICES = ("新闻办", "新闻办公室")
_GOVERNMENT_DEPT = compiled(r"[^\W\d_和与及同、]{1,4}?(?:局|处|署)")
# … or an agency of the ministry it names (交通部观光署, 卫生福利部疾病管制署, 民政部社会救助司)
_MINISTRY_AGENCY = compiled(r"[^\W\d_和与及同、]{2,6}?(?:署|司|局|处)")
MAX_LISTED_FIELD = 4    # characters of the field of a bureau listed after a body with a prefix (安监局, 人事厅) …
MAX_LISTED_FIELDS = 8   # … or of two fields joined by 和 (工业和信息化厅, 住房和城乡建设局)
MAX_ONE_END_NAME = 9    # … the most for a bureau whose name says its fields (住房和城乡建设局, 文化广电旅游局)


@dataclass
class Body:
    name: str
    start: int                  # offsets in the chunk
    end: int
    places: list[str]           # the places its name opens with, most specific first (梅县区, 梅州市)
    level: str | None           # the level of a body named without its place (省委组织部 → 省)
    national: bool
    prefix: str = ""            # the part of its name that a list carries to the next body (省, 广东省)



@lru_cache(maxsize=1)
def _not_body_ends() -> tuple[str, ...]:
    return tuple(terms().get("not_body_ends", ()))


@lru_cache(maxsize=1)
def _national() -> dict[str, tuple[str, ...]]:
    return rule_sections("national_bodies.txt")


def _alternation(words) -> str:
    return "(?:" + "|".join(map(re.escape, longest_first(set(words)))) + ")"


def body_names(words) -> str:
    """Bodies' names as one alternation, longest first; a name ending in 部 ends a body only where
    部 is not the first half of 部门 (市财政部门, 人社部门, 劳动部门: a field's departments, no ministry)."""
    return "(?:" + "|".join(re.escape(w) + ("(?!门)" if w.endswith("部") else "")
                            for w in longest_first(set(words))) + ")"


@lru_cache(maxsize=1)
def _end_re() -> re.Pattern:
    """A body's last words: a national body's whole name, a suffix, or a one-character end."""
    nat = body_names(_national()["national_bodies"])
    suf = body_names(terms()["issuer_suffixes"])
    one = _alternation(terms().get("issuer_ends", ()))
    reg = body_names(_regional())
    # (the first character of every word, looked at first: the four groups are alternatives the engine
    # would try in turn at every position of the words searched)
    words = [*_national()["national_bodies"], *terms()["issuer_suffixes"], *terms().get("issuer_ends", ()), *_regional()]
    firsts = "".join(sorted({re.escape(w[0]) for w in words}))
    return compiled(f"(?=[{firsts}])(?:(?P<nat>{nat})|(?P<reg>{reg})|(?P<suf>{suf})|(?P<one>{one}))")


@lru_cache(maxsize=1)
def _last_chars() -> frozenset[str]:
    """The characters a body's name can end with (the last of every word _end_re knows)."""
    words = [*_national()["national_bodies"], *terms()["issuer_suffixes"], *terms().get("issuer_ends", ()),
             *_regional()]
    return frozenset(w[-1] for w in words if w)


_BRACKETED_TAIL = compiled(r"[（(][^（）()]{1,12}[）)]$")


def may_end_body(part: str) -> bool:
    """A cheap test before `bodies`: the words end with a character some body's name ends with
    (a working unit in brackets aside: 某领导小组（指挥部）)."""
    part = _BRACKETED_TAIL.sub("", part)
    return bool(part) and part[-1] in _last_chars()


@lru_cache(maxsize=1)
def _regional() -> dict[str, str]:
    """Bodies of the authorities of Taiwan and Hong Kong → the region annotators give their policies."""
    out = {}
    for line in _national().get("regional_bodies", ()):
        name, region = line.split()
        out[name] = region
    return out


@lru_cache(maxsize=1)
def _national_head_re() -> re.Pattern:
    return compiled("(?:中国共产党|中共)?" + _alternation(_national()["national_heads"]))


@lru_cache(maxsize=1)
def _lead_re() -> re.Pattern:
    """Time words, dates and the words that open a clause before its body (近日，日前，记者从)."""
    words = _alternation(terms().get("issuer_lead_words", ()))
    # … and the document the passive that names its bodies opens with (该措施由省人社厅、…联合制定)
    passive = "(?:该|此次|此|这些|这一|上述)?" + _alternation([w for w in terms().get("policy_nouns", ()) if len(w) > 1]) + "由"
    return compiled(f"(?:{_DATE_WORD.pattern}|{passive}|{words}|[，,\\s])*")


# how many bodies a list of them was, written right after its last (…财政部、国务院国资委五部门联合印发)
_BODY_COUNT = compiled(r"(?:[一二两三四五六七八九十]{1,3}|多)个?(?:部门|单位)")
_COUNT_FIRST = "一二两三四五六七八九十多"


def _ends_here(chunk: str, at: int) -> bool:
    """A one-character end (局, 委) ends a body at the end of the words, before a separator or
    another body's name, not inside a word (市委组织部, 格局, 县委书记)."""
    if at >= len(chunk):
        return True
    nxt = chunk[at]
    # … or before a date or number (国家外汇管理局1997年4月联合发布): digits are in no body's name
    return (nxt in _BOUNDARY or nxt in _JOINERS or nxt.isdigit() or chunk.startswith(_after_body(), at)
            or nxt in "省市区县州自" and _GOVERNMENT_NEXT.match(chunk, at) is not None
            or nxt in _COUNT_FIRST and _BODY_COUNT.match(chunk, at) is not None
            # … or before the next body's place written with its level, the space between two names lost
            # (湖北省退役军人事务厅湖北省财政厅关于…)
            or any(s == at for s, _, _ in places_in(chunk, at, min(len(chunk), at + PLACE_REACH))))


PLACE_REACH = 12    # characters of a place's name with its level, at most


def _places(text: str, known) -> list[tuple[int, int, str]]:
    """(start, end, full name) of the places written one after another from `text`'s start."""
    out = []
    at = 0
    while at < len(text):
        found = [(s, full) for s, full, _ in places_in(text, at, min(len(text), at + 12)) if s == at]
        if found:
            s, full = found[0]
            out.append((s, s + len(full), full))
            at = s + len(full)
            continue
        stem = next((p for p in _province_stems() if text.startswith(p, at)), None)
        if stem and not text.startswith(("省", "市", "自治区"), at + len(stem)):
            full = provinces()[stem]
            out.append((at, at + len(stem), full))
            at += len(stem)
            continue
        dm = _DISTRICT.match(text, at) if out and out[-1][2].endswith(("市", "省", "自治区")) else None
        if dm:      # a district or county written right after its city (西安市碑林区)
            out.append((at, dm.end(), dm.group()))
            at = dm.end()
            continue
        k = next((p for p in known if text.startswith(p, at)), None)
        if k:
            out.append((at, at + len(k), k))
            at += len(k)
            continue
        break
    return out


# the party or league a body's place may follow: 中共某市委, 共青团某省委
_PARTY_BEFORE = compiled("(?:中国共产党|中共|共青团)$")


@lru_cache(maxsize=1)
def _province_stems() -> tuple[str, ...]:
    """The stems of the provincial-level regions, longest first (内蒙古 before 内蒙)."""
    return tuple(longest_first(provinces()))


@lru_cache(maxsize=4096)
def _head(lead: str, known) -> tuple[int, list[str], str | None, bool, int] | None:
    """Where a body's name starts in `lead` (the words before its last words), the places it
    opens with (most specific first), its bare level, whether it is national, and where its
    carried prefix ends; None when the words name no head."""
    cands = []
    nm = _national_head_re().search(lead)
    if nm:
        cands.append((nm.start(), [], None, True, nm.start()))
    for s, full, _ in places_in(lead):
        pm = _PARTY_BEFORE.search(lead, 0, s)
        run = _places(lead[s:], known)
        names = [f for _, _, f in run] or [full]
        end = s + (run[-1][1] if run else len(full))
        cands.append((pm.start() if pm else s, names[::-1], None, False, end))
        break
    for stem, full in provinces().items():
        i = lead.find(stem)
        if i >= 0:
            pm = _PARTY_BEFORE.search(lead, 0, i)
            run = _places(lead[i + len(stem):], known)
            if run and run[0][0] == 0 and not pm:
                # a bare province before a place with its level locates it (广西玉林市教育局): the
                # body's name and place are the place's
                j = i + len(stem)
                cands.append((j, [f for _, _, f in run][::-1], None, False, j + run[-1][1]))
                continue
            cands.append((pm.start() if pm else i, [full], None, False, i + len(stem)))
    for k in known:
        i = lead.find(k)
        if i >= 0:
            pm = _PARTY_BEFORE.search(lead, 0, i)
            cands.append((pm.start() if pm else i, [k], None, False, i + len(k)))
    opened = _lead_re().match(lead).end()
    tm = _TOWN_HEAD.fullmatch(lead, opened)
    if tm and not cands:
        # a town or township the gazetteer has no entry for, its name right before the body's last
        # words (虬津镇党委, 乌镇镇人民政府): the body's place
        cands.append((opened, [tm.group()], None, False, tm.end()))
    if not cands and _names_institution(lead[opened:]):
        # an institution's own committee or union, its name all the words before (东南大学党委, 某电力公司工会):
        # the institution is the body's head, wherever it stands
        cands.append((opened, [], None, False, opened))
    lm = _LEVEL_HEAD.match(lead, opened)
    if lm:
        pm = _PARTY_BEFORE.search(lead, 0, opened)
        level = lm.group().lstrip("团共青")
        cands.append((pm.start() if pm else opened, [], level, False, lm.end()))
    bare = _BARE_LEVEL_END.search(lead, opened) if not cands else None
    if bare is not None and lead.endswith(_CARRY_OUT, 0, bare.start()):
        # a bare level (and its party committee) right before the body's last words, after words that
        # open no name (传达学习省委《…》, 传达学习了省委办公厅《…》): the body of that level
        cands.append((bare.start(), [], bare.group()[0], False, bare.start() + 1))
    if not cands:
        return None
    return min(cands, key=lambda c: c[0])


def bodies(chunk: str, known: frozenset[str] = frozenset(), issuing: bool = False) -> list[Body]:
    """The issuing bodies named in `chunk` (the words before an issuing verb), in order; with `issuing`,
    not those that a person's post follows or ends (组织部部长王某, 县委常委): a person speaks there,
    no body issues (but 市人社局负责人介绍，该局… still names the body 该局 refers to)."""
    if not _end_re().search(chunk):
        return _institution_alone(chunk) if issuing else []     # (the cheap test first: most words name no body)
    # 我县人社局 is the 县人社局 of the page's county: the pronoun is no part of the name (a boundary of
    # the same length keeps the offsets)
    # … and a `?` a garbled page has for the 、 between two names (山东省卫健委?人社厅) is that 、
    # … and the short name the text gives a body in brackets (某厅（以下简称省某厅）、省财政厅) is
    # blank: the list of bodies goes on past it
    plain = _LOST_DUNHAO.sub("、", _OUR_LEVEL.sub("，", chunk))
    if "称" in plain:
        plain = _CALLED_BRACKET.sub(lambda m: " " * len(m.group()), plain)
    found = list(_bodies(plain, known)) or (_institution_alone(chunk) if issuing else [])
    for k in range(len(found) - 1):
        a, b = found[k], found[k + 1]
        om = _GOV_OFFICE.search(b.name)
        if om and _PARTY_COMMITTEE.search(a.name) and chunk[a.end:b.start].strip() in ("、", "和", "及", " "):
            # 县委、县政府办公室: the two offices (the party committee's and the government's), as
            # 县委办公室、县政府办公室 abbreviated
            found[k] = replace(a, name=a.name + om.group("office"))
    if issuing:
        # a government's press office holds the conference a document is released at, never issues it
        # (济南市政府新闻办召开新闻发布会，发布《…》)
        found = [b for b in found if not b.name.endswith(_PRESS_OFFICES)]
    posts = tuple(terms().get("person_posts", ()))
    if posts and issuing:
        # a person's post after a body's name, or ending it (组织部部长王某, 县委常委): a person, no issuer
        # (县委常委会 is the committee itself)
        found = [b for b in found if not chunk.startswith(posts, b.end)
                 and not (b.name.endswith(posts) and not chunk.startswith("会", b.end))]
    return found


# a party committee named by its level (县委, 中共某市委, 自治区党委) and a government's office after it
_PARTY_COMMITTEE = compiled(r"(?:[省市县区州旗]委|党委)$")
_GOV_OFFICE = compiled(r"政府(?P<office>办公室|办公厅)$")


@lru_cache(maxsize=4096)
def _bodies(chunk: str, known: frozenset[str]) -> tuple[Body, ...]:
    out: list[Body] = []
    taken = 0
    pos = 0
    end_re = _end_re()
    while True:
        m = end_re.search(chunk, pos)
        if m is None:
            break
        s, e = m.span()
        kind = m.lastgroup
        pos = e
        if s < taken:
            continue
        if kind == "one" and not _ends_here(chunk, e):
            continue
        if kind == "suf" and m.group() == "委" and not _ends_here(chunk, e):
            continue
        # the same body's name goes on: 人民政府 + 办公室, 领导小组 + (指挥部)
        while True:
            nxt = end_re.match(chunk, e)
            if nxt and nxt.lastgroup != "one" and (nxt.group() != "委" or _ends_here(chunk, nxt.end())):
                e = nxt.end()
                continue
            pm = _PAREN_TAIL.match(chunk, e)
            if pm and (end_re.search(pm.group(1)) is not None
                       or pm.group(1).endswith(terms().get("bracket_unit_ends", ()))) \
                    and not short_form(pm.group(1), chunk[max(0, e - MAX_NAME):e]):
                # (but not the body's own short name in brackets: 经济及科技发展局（经科局）)
                e = pm.end()
                continue
            # … or names its working group (某市疫情防控指挥部学校防控组, 某领导小组综合专班)
            sub = _SUBUNIT.match(chunk, e) if not chunk.startswith(_after_body(), e) else None
            if sub and _ends_here(chunk, sub.end()):
                e = sub.end()
                continue
            off = _OFFICE.match(chunk, e) if kind != "one" else None
            if off and _ends_here(chunk, off.end()):
                e = off.end()
                continue
            # … or a department of the government it names (台北市政府社会局, 高雄市政府劳工局)
            dept = _GOVERNMENT_DEPT.match(chunk, e) if chunk.endswith("政府", 0, e) else None
            if dept and _ends_here(chunk, dept.end()):
                e = dept.end()
                continue
            agency = _MINISTRY_AGENCY.match(chunk, e) if chunk.endswith("部", 0, e) and kind in ("nat", "reg") else None
            if agency and _ends_here(chunk, agency.end()) and not any(a == e for a, _, _ in places_in(chunk, e, agency.end())):
                e = agency.end()
                continue
            break
        pos = e
        local = _local_branch(chunk, e) if kind == "nat" else None
        if local is not None:
            # a national body's local branch, its place between (国家税务总局湖北省税务局): one body,
            # of that place
            e = pos = local[0]
        if kind == "nat" and e == m.end() and m.group() in _national()["national_heads"] \
                and not _ends_here(chunk, e):
            pos = m.end()
            continue    # 国务院国资委: the head of a longer name, found by the name's own end
        # the words before it, back to a boundary, the last body or a joiner that opens a new name
        lo = s
        while lo > taken and chunk[lo - 1] not in _BOUNDARY and chunk[lo - 1] not in "）)〕］]" and s - lo < MAX_NAME:
            lo -= 1     # (nor past a bracket closed before it: （记者 张华）市政府办公室)
        if out and lo == taken and lo < s and chunk[lo] in _JOINERS:
            lo += 1         # 民政部与卫生健康委: the joiner right after the last body
        lead = chunk[lo:s]
        cut = max((lead.rfind(w) + len(w) for w in _lead_breaks() if w in lead), default=0)
        # … nor over a date or a number, which no body's name holds (…最早来自2015年6月国务院办公厅印发的),
        # nor over the 由 that names the passive's agent (该政策措施由省政府办公厅印发; not 自由贸易试验区)
        if any(ch.isdigit() for ch in lead):
            cut = max(cut, max(dm.end() for dm in _LEAD_NUMBER.finditer(lead)))
        if "由" in lead:
            cut = max(cut, max((am.end() for am in _AGENT.finditer(lead)), default=0))
        lead, lo = lead[cut:], lo + cut
        # a joiner (和, 与, 、) opens this body's name when a head follows it: 省教育厅和省卫生委 (not a
        # 和 inside a place's name: 泰和县人社局, 和田地区)
        inside = {k for ps, full, _ in places_in(lead) for k in range(ps, ps + len(full))} if "和" in lead else ()
        for j in range(len(lead) - 1, -1, -1):
            if lead[j] in _JOINERS and j not in inside and j + 1 < len(lead) and _head(lead[j + 1:], known) is not None \
                    and _head(lead[j + 1:], known)[0] == 0:
                lead, lo = lead[j + 1:], lo + j + 1
                break
        national = kind == "nat"
        head = _head(lead, known)
        if head is None and e > s + 2 and chunk.startswith(_institution_kinds(), s):
            # (湘雅医院党委: the institution's kind is the first of the body's last words, its name the lead)
            opened = _lead_re().match(lead).end()
            named_kind = next(k for k in _institution_kinds() if chunk.startswith(k, s))
            # (its kind alone, as its own page calls it, only before its own committee or union: 医院党委,
            # not 医院管理局)
            own = chunk[s + len(named_kind):e] in terms().get("institution_bodies", ())
            if _names_institution(lead[opened:] + named_kind, own=own):
                head = (opened, [], None, False, opened)
        prev = out[-1] if out else None
        joined = prev is not None and chunk[prev.end:lo].strip() in ("", "、", "和", "与", "及", "，", ",")
        if head is not None and joined and prev.prefix and not head[1] \
                and lead.startswith(tuple(terms().get("level_like_fields", ())), head[0]):
            head = None     # (a field that opens with a level's character: the list's prefix is carried)
        if head is not None:
            at, places, level, nat_head, pend = head
            name = chunk[lo + at:e]
            prefix = lead[at:pend]
            national = national or nat_head
        else:
            opened = _lead_re().match(lead).end()
            rest = lead[opened:]
            if kind == "nat":
                name, places, level, prefix = chunk[s:e], [], None, ""
                at = len(lead)
            elif kind == "reg":
                name, places, level, prefix = chunk[s:e], [_regional()[m.group()]], None, ""
                at = len(lead)
            elif joined and prev.prefix and (not rest or (kind == "one" or kind == "suf" and len(m.group()) == 1)
                                             and HAN_RUN.fullmatch(rest)
                                             and len(rest) <= (MAX_LISTED_FIELDS if "和" in rest[1:-1] else MAX_LISTED_FIELD)
                                             and not _NOT_IN_NAME.search(rest)):
                # a list carries its first body's prefix: 省卫生健康委、人力资源社会保障厅, and a bureau named
                # by its field (省人力社保厅、安监局、卫生厅 → 省安监局, 省卫生厅; 省发展改革委、工业和信息化厅;
                # 省民政厅、发展改革委, its 委 a suffix of one character)
                carried = prev.prefix
                if (rest + chunk[s:e]).endswith("部") and prev.name.endswith("部") and carried + "委" in prev.name:
                    carried += "委"     # a party committee's departments: 市委组织部、宣传部 → 市委宣传部
                name, places, level, prefix = carried + rest + chunk[s:e], list(prev.places), prev.level, prev.prefix
                national = prev.national
                at = opened
            elif joined and not rest and kind == "suf" and len(m.group()) >= 3:
                name, places, level, prefix = chunk[s:e], [], None, ""     # 民政部、卫生健康委
                at = len(lead)
            elif kind == "suf" and len(m.group()) >= 3 and rest.startswith(BASIS_WORDS) \
                    and 2 <= len(rest) - 2 <= MAX_HEADLESS and not _NOT_IN_NAME.search(rest, 2):
                # a body an instruction comes from (根据县防汛抗旱指挥部工作部署): the body, not the preposition
                name, places, level, prefix = rest[2:] + chunk[s:e], [], None, ""
                at = opened + 2
            elif kind == "suf" and len(m.group()) >= 3 and 2 <= len(rest) <= MAX_HEADLESS and HAN.match(rest) \
                    and not _NOT_IN_NAME.search(rest) and not rest.startswith(_EVERY):
                # (no name opens with a determiner of many: 各街道要充分发挥社区居民委员会的作用)
                name, places, level, prefix = rest + chunk[s:e], [], None, ""   # 新冠肺炎疫情防控指挥部
                at = opened
            else:
                continue
        if len(name) < 3 and not (len(name) == 2 and name[1] == "委" and name[0] in "省市区县"):
            continue
        core = name[len(prefix):]
        core = core[_national_head_re().match(core).end():] if _national_head_re().match(core) else core
        if kind == "one" and chunk[max(0, e - 4):e].endswith(_not_body_ends()):
            continue    # 县里举办, 立足服务疫情防控大局: a word that ends in 办 or 局 is no body's end
        if kind == "one" and (len(core) > MAX_ONE_END_BODY or "的" in name) \
                and not (len(core) <= MAX_ONE_END_NAME and "的" not in name):
            continue    # a long name ended by one character is a clause, unless it names its fields
        if len(name) > MAX_NAME or any(b.name == name for b in out):
            taken = e
            continue
        if local is not None:
            places, level, national = [local[1]] if local[1] else [], None, False
        if not places and (k := name.find("街道办", 2)) > 0 and _TOWN_HEAD.fullmatch(name, 0, k + 2):
            places, level = [name[:k + 2]], None     # a street's office (城东街道办事处): the street is its place
        out.append(Body(name, e - len(name), e, places, level if not places else None,
                        national, prefix.removeprefix("中国共产党").removeprefix("中共")))
        taken = e
        pm = _PAREN_TAIL.match(chunk, e)
        if pm and short_form(pm.group(1), name):
            taken = pm.end()    # its own short name in brackets is no second body (金融监督管理委员会（金管会）)
    return tuple(out)


MAX_BRANCH_NAME = 8     # characters after its place of a national body's local branch (税务局, 调查总队)


def _bare_branch_place(chunk: str, at: int) -> list[tuple[None, int]]:
    """A place written bare (no 省 or 市) right after a national body's name, as a bank names its
    branches (中国人民银行杭州中心支行, 农业银行浙江分行): the length written, from a province's stem or a
    place's short name that the gazetteer has for one division only; [] when none opens the words at
    `at`. Such a branch is named by the city it sits in, which need not be the place its measures
    are for (the central bank's 杭州中心支行 serves the province): it gives the policy no place."""
    _, short, _ = gazetteer()
    for n in (3, 2):
        word = chunk[at:at + n]
        full = provinces().get(word) or (short[word][0] if len(short.get(word, ())) == 1 else None)
        if full:
            return [(None, n)]
    return []


def _local_branch(chunk: str, at: int) -> tuple[int, str | None] | None:
    """Where a national body's local branch written right after its name ends, and its place: a
    place opens the words at `at` and a body's end follows within MAX_BRANCH_NAME characters
    (国家税务总局|湖北省|税务局); None when the national body's name ends at `at`."""
    if at >= len(chunk) or chunk[at] in _BOUNDARY or chunk[at] in _JOINERS:
        return None     # the cheap test first: most national names end before a separator
    if chunk.startswith(_LINK_WORDS, at):
        return None     # 教育部会同财政部: the word that joins two bodies (会同 is a county's name too)
    found = [(full, len(full)) for s, full, _ in places_in(chunk, at, min(len(chunk), at + 12)) if s == at] \
        or _bare_branch_place(chunk, at)
    if not found:
        return None
    place_end = at + found[0][1]
    m = _end_re().search(chunk, place_end, min(len(chunk), place_end + MAX_BRANCH_NAME))
    if m is None or any(c in _BOUNDARY or c in _JOINERS for c in chunk[place_end:m.end()]) \
            or not _ends_here(chunk, m.end()):
        return None
    return m.end(), found[0][0]
