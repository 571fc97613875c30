"""Which mentions are one policy: whether two mentions may be one (count, alias, title, place), one
title written in full and shortened or a character more or less, one body with and without its
place; and `_join`, which merges them into one entry per policy.
"""
from __future__ import annotations

from ..issuers import _national
from ..numerals import COUNT_NUMBER
from ..regions import holds, is_place_name, place_stem, places_in, provinces
from ..rules import compiled
from .names import _NAME_TAIL, _PARTY_HEAD, _body_core, _key, declared_count
from .mention import _Mention

MAX_JOIN_SCAN = 20       # policies of one count a mention may join (a page names a few, not thousands)
KIND_COUNT_REACH = 300   # a bare count at most this far after a set named by its kind is its count
KIND_JOIN_REACH = 160    # a set named by its kind is joined by the bodies' one at most this far after it
PART_REACH = 1500        # characters from a set to a count of some of its measures (其余五条措施) at most
_SET_KINDS = ("政策", "措施", "举措")     # kinds that name a set of measures, not a document's genre


_COUNT_TAIL = compiled(f"{COUNT_NUMBER}[条项款点]$")   # an alias's count form (暖新十条)
# a set described by what it does and its count, its noun after (户外劳动者防暑关爱五项措施), not a document's name
_COUNTED_SET = compiled(f"{COUNT_NUMBER}(?:条|项|个方面)[\u4e00-\u9fff]{{0,2}}(?:措施|举措|政策|行动)$")


def _compatible(a: _Mention, b: _Mention, same_sentence: bool = False, titles: bool = True) -> bool:
    if a.count and b.count and a.count != b.count:
        return False
    # a count-word alias is of a policy of its number (“四个一” and 四项措施), not of another
    if any(x.word_count and not x.count and y.count and y.count != x.word_count for x, y in ((a, b), (b, a))):
        return False
    if (a.weak and not b.count) or (b.weak and not a.count):
        return False
    if a.alias and b.alias and a.alias != b.alias and not (a.short or b.short) \
            and _COUNT_TAIL.sub("", a.alias) != _COUNT_TAIL.sub("", b.alias):
        return False    # (“暖新”十项举措 in the headline and “暖新十条” in the text: one alias, its count aside)
    if titles and a.title and b.title and not _same_title(a.title, b.title):
        return False
    if not same_sentence and a.places and b.places and place_stem(a.places[0]) != place_stem(b.places[0]):
        # a headline may name the province before the city (河南鹤壁出台四项措施…): the body's place
        # is then the headline's second
        head, body = (a, b) if a.headline else (b, a)
        if not (head.headline and not body.headline and (head.places[0].endswith(("省", "自治区")) or head.places[0] in provinces())
                and place_stem(body.places[0]) in {place_stem(p) for p in head.places[1:]}) \
                and not (head.headline and not body.headline and holds(body.places[0], head.places[0])):
            return False    # (… or names the county the body's prefecture or city issued it for: 积石山县：八条措施…
                            # over 临夏州委组织部日前出台…八条措施)
    return True


_REVISED = compiled(r"^(?:经|新|最新)?修订(?:后)?的?")


def _same_title(a: str, b: str) -> bool:
    """One name written in full and shortened: 关爱一线人员六项措施 in the headline is 关爱疫情防控一线人员
    六项措施 of the body (the shorter keeps most of the longer's characters, in order)."""
    if a == b:
        return True
    a, b = _without_places(a), _without_places(b)    # 厦门市思明区关爱…五条措施 is 关心关爱…五条措施
    a, b = _NAME_TAIL.sub("", a) or a, _NAME_TAIL.sub("", b) or b     # (…实施方案（2024—2027年）)
    # (a headline's 经修订预防工作时中暑指引 is the text's 《预防工作时中暑（热疾病）指引（2024年修订）》: a revision's
    # word before a name describes the document, it is no part of the name)
    a, b = _REVISED.sub("", a) or a, _REVISED.sub("", b) or b
    short, long_ = sorted((a, b), key=len)
    if len(short) < 0.6 * len(long_):
        return False
    if _carries_out(long_, short):
        return False
    it = iter(long_)
    return all(ch in it for ch in short)


# the kind of a document that carries out another of the same name (实施意见 of an 意见; not 实施方案,
# which a headline shortens to 方案)
_CARRYING_OUT_KIND = compiled(r"实施(?P<kind>意见|办法|细则)$")
_PROVINCE_LEVELS = ("省", "自治区")
MIN_HEADLINE_SHORT = 6   # characters of a headline's name of a document that may leave its place out
MIN_NEAR_TITLE = 12     # characters of a name that may be written again with a particle more or less
NEAR_TITLE_SHARE = 0.9  # … when the shorter writing keeps this share of the longer's characters, in order


def _near_title(a: str, b: str) -> bool:
    """One long name written twice, a character or two more or less (的, 和): not two documents
    of one family, whose names differ in a word (a city's plan and the province's)."""
    a, b = _key(a), _key(b)
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < MIN_NEAR_TITLE or len(short) < NEAR_TITLE_SHARE * len(long_) or _carries_out(long_, short):
        return False
    it = iter(long_)
    return all(ch in it for ch in short)


def _carries_out(long_: str, short: str) -> bool:
    """The longer name is of a document carrying out the shorter one, its kind the same but for 实施
    (关于…的实施意见 of 关于…的意见, another body's): two documents, however alike their names."""
    carried = _CARRYING_OUT_KIND.search(long_)
    return bool(carried) and not short.endswith(carried.group()) and short.endswith(carried.group("kind"))


def _without_places(title: str) -> str:
    """A title without the places it opens with (厦门市思明区关爱一线人员五条措施 → 关爱一线人员五条措施)."""
    at = 0
    for s, full, _ in places_in(title, 0, min(len(title), 16)):
        if s != at:
            break
        at = s + len(full)
    return title[at:] if len(title) - at >= 4 else title


# a special administrative region's government, as headlines and articles write it: 香港政府, 香港特区政府,
# 特区政府, 港府 (and Macao's)
_SAR_GOVERNMENT = compiled(r"(?P<place>香港|澳门)?(?:特别行政区|特区)?政府|(?P<short>港|澳)府")


def _same_sar_government(a: str, b: str) -> bool:
    """Two names of one special administrative region's government (香港政府 / 特区政府 / 港府), not of
    two regions' (香港政府 / 澳门政府), and not a government named by another place (海南省政府)."""
    ma, mb = _SAR_GOVERNMENT.fullmatch(a), _SAR_GOVERNMENT.fullmatch(b)
    if ma is None or mb is None or a == "政府" or b == "政府":
        return False
    pa = (ma.group("place") or ma.group("short") or "")[:1]
    pb = (mb.group("place") or mb.group("short") or "")[:1]
    return not (pa and pb and pa != pb)


def _same_body(a: str, b: str) -> bool:
    """One issuing body written with and without its place or party prefix: 丽水市委组织部 and 市委组织部,
    中共丽水市委组织部 and 丽水市委组织部; a region's government as 香港政府 and 特区政府."""
    if a == b or _same_sar_government(a, b):
        return True
    # (a name written with and without 和 or 人民: 广东省人力资源和社会保障厅 and 省人力资源社会保障厅,
    # 绵阳市人民政府办公室 and 市政府办公室)
    # (… and the Youth League written in full or by its one character: 共青团台州市委 and 团市委)
    short, long_ = sorted((_plain_name(a), _plain_name(b)), key=len)
    if not long_.endswith(short):
        # (a place's name inside the full one, after the League's or the party's head: 团台州市委, 团市委)
        inner = next(((s, written) for s, written, stem in places_in(long_, 0, min(len(long_), 12)) if 0 < s
                      and written != stem), None)
        if inner is not None and long_[:inner[0]] + inner[1][-1] + long_[inner[0] + len(inner[1]):] == short:
            return True
        # (a headline's short name by level, 市人社局, and the article's full one with its place,
        # 宜宾市人力资源社会保障局: the full one without its place's name but with its level)
        at = places_in(long_, 0, min(len(long_), 12))
        bare = long_[len(at[0][2]):] if at and at[0][0] == 0 else long_
        return _abbreviates(short, long_) or (bare != long_ and _abbreviates(short, bare))
    extra = long_[: -len(short)]
    extra = _PARTY_HEAD.sub("", extra)
    if not extra or extra in _national()["national_bodies"]:
        return True     # (… or a branch named without its national body: 浙江省分行 of 工商银行浙江省分行)
    # (the level may follow a party organisation's one-character head: 甘肃团省委 and 团省委)
    level = next((c for c in short[:2] if c in "省市区县"), None)
    return bool(level) and is_place_name(extra, level)


def _plain_name(name: str) -> str:
    """A body's name without the words its short forms leave out (和, 人民; 共青团 → 团; 委员会 → 委)."""
    name = name.replace("和", "").replace("人民", "").replace("共青团", "团")
    return name[:-2] if name.endswith("委员会") else name     # (卫生健康委员会 and 卫生健康委)


MIN_ABBREVIATION = 3    # characters of a body's short name read as an abbreviation (卫福部 of 卫生福利部; 市委 of 市纪委 is none)


def _abbreviates(short: str, long_: str) -> bool:
    """A body's short name and its full one, as a headline and its article write them: 省人社厅 and
    省人力资源和社会保障厅, 区应急局 and 区应急管理局, 市卫健委 and 市卫生健康委员会 — the short name keeps
    the full one's first and last character and others in order, and is not a piece of it (县纪委 of
    县纪委监委 is another body)."""
    if long_.endswith("委员会"):
        long_ = long_[:-2]
    if len(short) < MIN_ABBREVIATION or len(long_) < len(short) + 2 or short in long_ \
            or short[0] != long_[0] or short[-1] != long_[-1]:
        return False
    rest = iter(long_)
    return all(ch in rest for ch in short)


def _absorb(host: _Mention, other: _Mention) -> None:
    if host.title and other.title and (len(other.title) > len(host.title)
                                       or (host.headline and not other.headline
                                           and not _key(host.title).endswith(_key(other.title)))):
        host.title = other.title    # the same name (see _compatible) written in full, or in the body
    host.title = host.title or other.title
    if host.alias and other.alias and host.headline and not other.headline and len(other.alias) > len(host.alias) \
            and _COUNT_TAIL.sub("", other.alias) == host.alias:
        host.alias = other.alias    # the name the body gives with its count (被称为“暖新十条”) over the headline's “暖新”
    host.alias = host.alias or other.alias
    host.called = host.called or other.called
    host.count = host.count or other.count
    for i in other.issuers:
        same = next((k for k, h in enumerate(host.issuers) if _same_body(h, i)), None)
        if same is None:
            host.issuers.append(i)
        elif len(i) > len(host.issuers[same]):
            host.issuers[same] = i      # the same body named in full: 市委组织部 → 丽水市委组织部
    if host.headline and not other.headline and other.places \
            and not (other.issuers and all(place_stem(other.places[0]) not in i for i in other.issuers)
                     and any(place_stem(p) in i for p in host.places for i in host.issuers)):
        # the body names the policy's own place (河南鹤壁… in the headline, 鹤壁市委组织部 in the body)
        # (not a place its bodies' names lack, where the page has them named with their own already:
        # 湖南省退役军人事务厅…印发… 省退役军人厅在长沙召开新闻发布会: a venue)
        host.places = other.places + [p for p in host.places if p not in other.places]
    else:
        host.places += [p for p in other.places if p not in host.places]
    host.level = host.level or other.level
    host.national = (host.national or other.national) and not (host.level or host.places and not host.national)
    host.word_count = host.word_count or other.word_count
    host.weak = host.weak and other.weak
    if host.loose_date and other.date and not other.loose_date:
        host.date, host.loose_date = other.date, False     # the day it was issued, not of a talk about it
    host.date = host.date or other.date
    host.today = host.today or other.today      # (the body's 今日公布 under a headline without a day)
    host.yesterday = host.yesterday or other.yesterday
    if len(other.mentioned) > len(host.mentioned):
        host.mentioned = other.mentioned    # the fuller list of its measures
    host.start = min(host.start, other.start)


def _same_place(x: _Mention, m: _Mention) -> bool:
    """`m`'s bodies belong to `x`'s place: the same place named, or one of its level named by none
    (四川 and 省委组织部)."""
    if not x.places:
        return False
    if m.places:
        return place_stem(m.places[0]) == place_stem(x.places[0])
    full = provinces().get(x.places[0], x.places[0])     # (四川 → 四川省)
    return bool(m.level) and full.endswith(m.level)


def _join(mentions: list[_Mention]) -> list[_Mention]:
    """One entry per policy: same alias or title; the headline's policy and the body's; a repeated alias."""
    out: list[_Mention] = []
    by_name: dict[str, _Mention] = {}
    by_count: dict[int, list[_Mention]] = {}
    for m in mentions:
        by_alias, by_title = by_name.get(_key(m.alias)), by_name.get(_key(m.title))
        host = by_alias or by_title
        if by_alias is not None and by_title is not None and by_alias is not by_title \
                and not by_alias.title and not by_alias.cited:
            # the alias the headline gave (常山推出居家养老“暖夕十条”) and the title the text gave, joined by a
            # sentence that calls the document by that alias: one policy, under its title's entry
            _absorb(by_title, by_alias)
            out.remove(by_alias)
            for c, hosts in by_count.items():
                by_count[c] = [by_title if x is by_alias else x for x in hosts]
            for k, x in list(by_name.items()):
                if x is by_alias:
                    by_name[k] = by_title
            host = by_title
        if host is None and m.title and len(_key(m.title)) >= 4:
            # a short name the page gives a document it named in full (以下简称《若干规定》)
            host = next((x for x in reversed(out[-MAX_JOIN_SCAN:]) if x.title and not x.cited
                         and _key(x.title).endswith(_key(m.title))
                         and not _key(x.title).endswith("关于" + _key(m.title))), None)  # …关于失业保险条例 is about it
        if host is None and m.title and not m.cited and out and out[0].headline and out[0].title \
                and len(_key(out[0].title)) >= MIN_HEADLINE_SHORT and (
                    _key(m.title).endswith(_key(out[0].title))
                    or (not out[0].issuers or out[0].issuers == m.issuers) and len(m.title) > len(out[0].title)
                    and _same_title(out[0].title, m.title)):
            # … or the headline gave it without its place (新登镇出台美丽庭院创建奖补办法 over 《新登镇美丽庭院…办法》),
            # or shortened (深圳出台个体工商户分型分类帮扶方案 over 《深圳市个体工商户分型分类精准帮扶实施方案》), by
            # no body or by the body the text names (劳工处公布经修订预防…指引 over 劳工处…公布《…指引（2024年修订）》)
            host = out[0]
        if host is None and m.title and len(_key(m.title)) >= MIN_NEAR_TITLE:
            # one long name written twice with a particle more or less (…整体好转的若干政策措施 and
            # …整体好转若干政策措施): one document
            host = next((x for x in reversed(out[-MAX_JOIN_SCAN:]) if x.title and _near_title(x.title, m.title)), None)
        if host is None and m.title and m.issuers and not m.cited:
            # 某部印发通知 … 某部印发《关于…的通知》: the notice named by its kind, then by its title
            host = next((x for x in reversed(out[-MAX_JOIN_SCAN:]) if x.kind_noun and not x.title and x.issuers == m.issuers
                         and _key(m.title).endswith(x.kind_noun)), None)
        if host is None and m.kind and m.national and m.kind_noun and not (m.title or m.alias or m.count or m.issuers
                                                                          or m.cited):
            # 中办、国办印发《关于…的通知》。…中央也下发通知，鼓励…: the national document of that kind
            # the page names before, named again by its kind with the nation as its subject
            host = next((x for x in reversed(out[-MAX_JOIN_SCAN:]) if x.title and x.national and not x.cited
                         and _key(x.title).endswith(m.kind_noun)), None)
        if host is None and m.kind and m.issuers and not (m.title or m.alias or m.count or m.cited):
            # 某省日前出台规定，… 省财政厅、省卫生厅联合下发通知，…: a place's set named by its kind, then
            # the bodies that issued it, in the next sentence
            host = next((x for x in reversed(out[-MAX_JOIN_SCAN:]) if x.kind and x.places and not x.issuers
                         and not (x.title or x.alias or x.count or x.cited)
                         and 0 <= m.start - x.start <= KIND_JOIN_REACH
                         and (place_stem(m.places[0]) == place_stem(x.places[0]) if m.places
                              else bool(m.level) and x.places[0].endswith(m.level))), None)
        if host is None and m.title and not (m.cited or m.headline) and out:
            # the headline's set named by its kind (宜春市印发稳就业实施意见) and the body's document of that
            # kind, by the same place or body (宜春市人民政府印发《关于…的实施意见》): one document
            # (a set's noun, 惠企政策, 稳就业举措, is no genre: a document of any genre is that set)
            x = out[0]
            if x.headline and x.kind and x.kind_noun and not (x.title or x.alias or x.count or x.cited) \
                    and (_key(m.title).endswith(x.kind_noun) or x.kind_noun.endswith(_SET_KINDS)) \
                    and (any(_same_body(a, b) for a in x.issuers for b in m.issuers) if x.issuers
                         else bool(x.places) and bool(m.places) and place_stem(x.places[0]) == place_stem(m.places[0])):
                host = x
        if host is None and m.title and not (m.cited or m.headline or m.count or m.alias) and out \
                and all(y.cited for y in out[1:]):
            # the headline's set named by its alias (我市推出“三送三保”暖心行动…; 湄潭：“减负六条”让…, its count
            # too) and the document the body names first, past what it carries out (市委组织部…印发《关于…的
            # 通知》，推出“送清凉”…暖心行动; 贯彻落实《…》精神，县委办…印发《…若干措施》): one set, its alias and title
            # (not when the body names that alias itself later, with its own document: 河南出台措施… 郑州“暖心十条”
            # 同步落地 over 省委组织部印发《…通知》 … 郑州市…出台《…十条措施》（简称“暖心十条”）)
            x = out[0]
            if x.headline and x.alias and not (x.word_count or x.issuers or x.cited) \
                    and (not x.count or _COUNT_TAIL.search(x.alias)) and _compatible(x, m, titles=False) \
                    and not any(y.alias == x.alias and not y.headline for y in mentions):
                host = x
        if host is None and m.title and not (m.cited or m.headline or m.alias) and len(out) == 1:
            # the headline's set named by its count alone (温州：二十条举措助推…) and the first document the
            # body names (市委、市政府出台《关于…的若干举措》…共二十条): one set, its count and its title
            # (… or named by what they do and their count, 我市出台户外劳动者防暑关爱五项措施, when the body's
            # document has bodies of the page's own, nor a plan it names in passing; never a national document,
            # which no headline's place counts: 河北省出台十八条措施 over 国务院办公厅印发《…意见》)
            x = out[0]
            if x.headline and x.count and not (x.alias or x.issuers or x.cited or x.kind) and not m.national \
                    and (not x.title or _COUNTED_SET.search(x.title) and m.issuers) and _compatible(x, m, titles=False):
                host = x
        if host is None and m.kind and m.issuers and not (m.title or m.alias or m.count or m.cited or m.headline):
            # the headline's set named by its kind and the body's, by one body (临泽县妇联推出关爱服务 over
            # 县妇联推出A、B等关爱服务): one set, reported twice; or the headline's set counted and the body's
            # named by its kind alone (特区政府公布十六项措施 over 特区政府…推出多项短期援助措施，其中包括：…),
            # the headline's by its place alone and the body's by a body of that place (四川出台十项措施 over
            # 省委组织部近日下发通知，要求…)
            host = next((x for x in out[:1] if x.headline and (x.kind and x.kind_noun == m.kind_noun or x.count)
                         and not (x.title or x.alias or x.cited or x.kind and x.count)
                         and (any(_same_body(a, b) for a in x.issuers for b in m.issuers)
                              or x.count and not x.issuers and _same_place(x, m))), None)
        last = next((x for x in reversed(out[-MAX_JOIN_SCAN:]) if not x.cited), None)
        if host is None and m.count and not (m.title or m.alias or m.issuers) and last is not None \
                and (last.kind or (last.title and not m.places)) and not last.count \
                and m.start - last.start <= KIND_COUNT_REACH:
            # 出台优惠教育措施。…可以享受A、B等八项照顾政策 / 印发《…的通知》。《通知》提出八方面措施:
            # a bare count right after a policy named without one is its count, past a law it cites
            # (…若干措施\n为全面落实《…保障法》，结合我市实际，制定以下12条措施)
            host = last
        if host is None and m.alias and m.count and not (m.title or m.issuers or m.cited or m.headline) and out \
                and _COUNT_TAIL.search(m.alias) and m.start - out[-1].start <= KIND_COUNT_REACH:
            # a quoted short name with its count (“惠企十二条”分为…) right after the one document the page
            # names, with no count nor alias of its own (…印发《某市…若干措施》。): that document's
            x = out[-1]
            # (not a set the sentence gives a place of its own: 省里发了《…》，萧山区也出了细则，叫“留萧过年十条”)
            if x.title and not (x.count or x.alias or x.cited) and _compatible(x, m) \
                    and (not m.places or bool(x.places)) and sum(1 for y in out if y.title and not y.cited) == 1:
                host = x
        if host is None and m.part and m.count and not (m.title or m.alias or m.issuers or m.places):
            # some of a set's measures counted apart (其余五条措施还包括…; 在…方面，《通知》提出四项举措：…):
            # the measures of the last set before it that counts more
            host = next((x for x in reversed(out[-MAX_JOIN_SCAN:]) if x.count and x.count > m.count and not x.cited
                         and 0 <= m.start - x.start <= PART_REACH), None)
            if host is not None:
                host.mentioned += [x for x in m.mentioned if x not in host.mentioned]
                continue
        if host is None and m.count:
            # only the headline's or a repeated alias' policy reaches across sentences, and a bare
            # count that refers back to a named policy (…出台《…八项措施》。其中，八项措施包括：)
            bare = m.short or not (m.title or m.alias or m.issuers or m.places or m.date)
            for x in by_count.get(m.count, [])[:MAX_JOIN_SCAN]:
                same_body = bool({_body_core(i) for i in x.issuers} & {_body_core(i) for i in m.issuers})
                # a count named again with only its place (杭州发布十项措施通告，措施包括：…)
                same_place = (not (m.title or m.alias or m.issuers) and bool(m.places) and bool(x.places)
                              and (x.title or x.alias) and place_stem(m.places[0]) == place_stem(x.places[0]))
                # a headline that names the body's document by its count (我市出台关爱环卫工人十二项措施
                # over …印发《关于…的实施意见》，…提出十二项措施): the same policy, whatever the names
                by_count_name = bool(x.headline and not m.headline and x.title and m.title and not m.cited
                                     and declared_count(x.title) == m.count)
                # (… or by its bodies and its count only: 市委组织部出台8条措施。…这8条措施按照…要求制定)
                if (m.repeated or x.headline or x.repeated or same_body or same_place
                        or (bare and (x.title or x.alias or x.issuers))) \
                        and _compatible(x, m, titles=not by_count_name):
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
