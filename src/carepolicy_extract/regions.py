"""Places: the regions a policy belongs to, as the text writes them.

A place is written with its level (丽水市, 龙湾区, 内蒙古自治区, an autonomous prefecture's 恩施州), as a
provincial-level name (浙江 → 浙江省, rules/policy_terms.txt [regions]), or bare where the dictionary
or the gazetteer of China's divisions (rules/gazetteer.tsv, built by scripts/build_gazetteer.py) knows
it (广州; 义乌 → 义乌市; 象山 → 象山县 or 象山区 by the province the page names).
`Places` holds what one document says about its places, computed once and only when a policy
needs them: the full name of a bare place, the most mentioned place of a level, the place the
document is mostly about, and the place its dateline names.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import lru_cache

from . import lexicon
from .charclass import HAN_RUN
from .page_header import FILE_NUMBER
from .policy_terms import terms
from .rules import compiled, longest_first, rule_sections, rule_table

LEVELS = ("自治区", "省", "市", "区", "县", "盟", "旗")   # not 州: 广州, 杭州 end with it
# 州 ends a place only as an autonomous prefecture's (恩施州, 延边朝鲜族自治州), known to the gazetteer
_PLACE_AT = compiled(r"(自治区|省|市|区|县|州)")
MAX_FULL_NAME = 11      # characters of the longest division name read back from its level (…自治州)
MAX_AUTONOMOUS_NAME = 14    # … and of an autonomous county's (孟连傣族拉祜族佤族自治县 has 12)


@lru_cache(maxsize=1)
def _divisions() -> tuple[tuple[str, ...], ...]:
    """The gazetteer's rows (rules/gazetteer.tsv, built from cpca's table) and those it lacks
    (rules/gazetteer_supplement.tsv: Taiwan's municipalities and counties), in one format."""
    return tuple(map(tuple, rule_table("gazetteer.tsv"))) + tuple(map(tuple, rule_table("gazetteer_supplement.tsv")))


@lru_cache(maxsize=1)
def gazetteer() -> tuple[frozenset[str], dict[str, tuple[str, ...]], frozenset[str]]:
    """The divisions (rules/gazetteer.tsv and its supplement): their full names; short name →
    the full names written by it (义乌 → 义乌市; 朝阳 → several); the short names of autonomous
    prefectures (恩施 of 恩施土家族苗族自治州), which texts write with 州 (恩施州)."""
    full, short, prefectures = set(), {}, set()
    for row in _divisions():
        name, stem = row[0], row[1]
        full.add(name)
        short.setdefault(stem, []).append(name)
        if name.endswith("自治州"):
            prefectures.add(stem)
    return frozenset(full), {k: tuple(v) for k, v in short.items()}, frozenset(prefectures)


@lru_cache(maxsize=1)
def _gazetteer_provinces() -> dict[str, tuple[tuple[str, str], ...]]:
    """Short name → (full name, province) of every division written by it (象山 → 象山县 of 浙江省,
    象山区 of 广西壮族自治区), to tell them apart by the province a page names."""
    rows = _divisions()
    level = {r[0]: r[2] for r in rows}
    parent = {r[0]: (r[3] if len(r) > 3 else "") for r in rows}
    out: dict[str, list[tuple[str, str]]] = {}
    for r in rows:
        # the row's own parent first: a county's name may be another's too (朝阳区 of 北京市 and of 长春市)
        up = r[3] if len(r) > 3 and r[3] else r[0]
        for _ in range(2):
            if level.get(up) == "province" or not parent.get(up):
                break
            up = parent[up]
        out.setdefault(r[1], []).append((r[0], up))
    return {k: tuple(v) for k, v in out.items()}



@lru_cache(maxsize=1)
def _parent_stems() -> dict[str, frozenset[str]]:
    """Short name → the short names of the divisions that hold a division written by it (积石山 → 临夏, of
    临夏回族自治州; 义乌 → 金华)."""
    rows = _divisions()
    stem = {r[0]: r[1] for r in rows}
    out: dict[str, set[str]] = {}
    for r in rows:
        if len(r) > 3 and r[3] in stem:
            out.setdefault(r[1], set()).add(stem[r[3]])
    return {k: frozenset(v) for k, v in out.items()}


def holds(outer: str, inner: str) -> bool:
    """The place `outer` holds the county or city `inner` (临夏州 holds 积石山县), by the gazetteer."""
    stem = place_stem(outer)
    if stem.endswith("州") and stem[:-1] in gazetteer()[2]:
        stem = stem[:-1]    # an autonomous prefecture by its short name and 州 (临夏州, 恩施州)
    return stem in _parent_stems().get(place_stem(inner), ())


@lru_cache(maxsize=1)
def provinces() -> dict[str, str]:
    """Stem → full name of the provincial-level regions (浙江 → 浙江省)."""
    out = {}
    for full in terms()["regions"]:
        if not full.endswith(("省", "市", "自治区", "特别行政区")):
            out[full] = full        # 台湾, 香港: written bare
            continue
        for level in ("特别行政区", "壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"):
            if full.endswith(level):
                out[full[: -len(level)]] = full
                break
    return out


@lru_cache(maxsize=1)
def _determiners() -> frozenset[str]:
    return frozenset(terms().get("place_determiners", ()))


@lru_cache(maxsize=16384)
def is_place_name(name: str, level: str) -> bool:
    """`name` + `level` names a place (the same few candidates recur on every page: cached)."""
    if len(name) < 2 or not HAN_RUN.fullmatch(name) or name[0] in _determiners():
        return False        # (各县市区: every county and city)
    if level == "州":      # not 广州, 杭州 (nor 江苏 + 州): only an autonomous prefecture by its short name
        return name in gazetteer()[2]
    if level == "区" and name.endswith("地"):
        # …地区 is mostly "area" (周边地区, 重点地区, 贫困地区), a place only as a prefecture (阿里地区)
        return name + level in gazetteer()[0]
    if name in provinces():
        return True
    return (lexicon.is_place(name + level) or lexicon.tag(name) == "ns"
            or name + level in gazetteer()[0]
            # a county-level division written with another county level than the gazetteer's (章丘区 of
            # 章丘市, 长安县 of a page older than 长安区): counties turn into districts, the stem stays
            # (not 会同 of 将会同市财政局: a verb that joins bodies)
            or (level in _COUNTY_LEVELS and name in _county_stems() and not name.startswith(_LINK_VERBS)))


_COUNTY_LEVELS = frozenset("区县市旗")


@lru_cache(maxsize=1)
def _county_stems() -> frozenset[str]:
    """The short names of the gazetteer's county-level divisions (章丘 of 章丘市, 萧山 of 萧山区)."""
    return frozenset(r[1] for r in _divisions() if len(r) > 2 and r[2] == "county" and len(r[1]) >= 2)


# a body's last character, and the verbs that join a second body to it (局会同, 委联合)
_BODY_LAST = frozenset("局委厅办部府处室组会")
_LINK_VERBS = ("会同", "联合", "协同")
_PLACE_LAST = frozenset("省市州县区盟旗")     # the level a place's name ends with (怀化市, 会同县)
_JOINING = frozenset("和与及或并")


def places_in(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, str, str]]:
    """(offset, full name, stem) of places written with their level: 丽水市, 龙湾区, 内蒙古自治区."""
    if lo == 0 and (hi is None or hi == len(text)):
        return list(_places_of_text(text))     # the whole text: policies and Places both ask
    return _places_in(text, lo, len(text) if hi is None else hi)


@lru_cache(maxsize=2)
def _places_of_text(text: str) -> tuple[tuple[int, str, str], ...]:
    return tuple(_places_in(text, 0, len(text)))


def _gazetteer_name_ending(text: str, end: int, lo: int, reach: int) -> int | None:
    """The length of the longest division name of the gazetteer that ends at `end` (an autonomous
    prefecture's or county's full name, 湘西土家族苗族自治州, 石柱土家族自治县), at most `reach`, not before `lo`."""
    return next((n for n in range(reach, 4, -1) if end - n >= lo and text[end - n:end] in gazetteer()[0]), None)


def _places_in(text: str, lo: int, hi: int) -> list[tuple[int, str, str]]:
    out = []
    last_end = -1       # where the last place found ends
    for m in _PLACE_AT.finditer(text, lo, hi):
        level = m.group(1)
        if level == "州":
            # an autonomous prefecture, by its full name (延边朝鲜族自治州) or its short one (恩施州);
            # checked here against the gazetteer alone, as 州 ends many a city's name (杭州, 广州)
            if text.startswith("自治州", m.start() - 2):
                found = _gazetteer_name_ending(text, m.end(), lo, MAX_FULL_NAME)
            else:
                found = next((n + 1 for n in (4, 3, 2) if m.start() - n >= lo
                              and text[m.start() - n:m.start()] in gazetteer()[2]), None)
            if found:
                s = m.end() - found
                out.append((s, text[s:m.end()], text[s:m.end() - 3] if found > 5 else text[s:m.start()]))
                last_end = m.end()
            continue
        if level in ("县", "旗") and text.startswith("自治", m.start() - 2):
            # an autonomous county or banner, by its full name (石柱土家族自治县, 孟连傣族拉祜族佤族自治县):
            # the gazetteer's, or no place (自治县 alone is none)
            found = _gazetteer_name_ending(text, m.end(), lo, MAX_AUTONOMOUS_NAME)
            if found:
                s = m.end() - found
                out.append((s, text[s:m.end()], text[s:m.end() - 3]))
                last_end = m.end()
            continue
        for n in (4, 3, 2, 1):
            s = m.start() - n
            if s < lo:
                continue
            name = text[s:m.start()]
            if n == 1:
                # a county of one character before its level (浚县, 滑县), only where its bodies write the level
                # again (浚县县委、县政府): alone, such a name runs into too many words (和县, 新县, 高县)
                if level == "县" and text.startswith("县", m.end()) and name + level in gazetteer()[0] \
                        and HAN_RUN.fullmatch(name) and s >= last_end and name not in _JOINING \
                        and _opens_word(text, s, lo):
                    out.append((s, name + level, name))
                    last_end = m.end()
                continue
            if level == "区" and name.endswith("市"):
                continue    # 温州市区 is the city's urban area, 温州市 the place (梅县区 is a district)
            if name.endswith(level):
                continue    # 郑州市市场监管局: 郑州市 and 市场, no 郑州市市
            if s > 0 and name.startswith(_LINK_VERBS) and HAN_RUN.fullmatch(text[s - 1]) \
                    and text[s - 1] not in _PLACE_LAST:
                continue    # 县人社局会同县财政局, 将会同县财政局: 会同 joins two bodies; 会同县 is no place
                            # there (怀化市会同县 is)
            # a district or county written right after its city (湖州市吴兴区, 宁波市鄞州区) is a
            # place even when the dictionary does not know it
            if (is_place_name(name, level) and _opens_word(text, s, lo)) or (
                    s == last_end and n <= 3 and level in ("区", "县") and HAN_RUN.fullmatch(name)
                    and out[-1][1].endswith(("市", "省", "自治区")) and not _area_noun(name + level)):
                out.append((s, name + level, name))
                last_end = m.end()
                break
    return out


WORD_REACH = 4     # characters before a place's name read to tell whether a word runs into it


_JOINING = frozenset("和与及或")    # (市和县县委书记: the city's and the county's, no 和县)


def _opens_word(text: str, s: int, lo: int) -> bool:
    """No word of the words before it runs into the place's name: 提高城市 is 提高 and 城市, with no
    高城市 in it (晋城市 after 山西省 is a place)."""
    start = max(lo, s - WORD_REACH)
    if start == s:
        return True
    at = start
    for word in lexicon.tokens(text[start:s + 2]):
        if at >= s:
            return at == s
        at += len(word)
    return at == s


def _divisional(word: str) -> bool:
    """A place word the gazetteer has as a division or a division's short name, or one written with
    a level (涪陵区, 三泉镇, 北京): not a word the dictionary tags a place for a town or a landmark
    somewhere that ordinary text uses otherwise (青春, 光明, 和平, 东方); the whole country's names
    (中国, 全国: rules/national_bodies.txt [national_places]) stay, to tell a national page."""
    full, short, _ = gazetteer()
    return (word in full or word in short or word.endswith(LEVELS + ("镇", "乡", "州")) or word in provinces()
            or word in rule_sections("national_bodies.txt").get("national_places", ()))


def _area_noun(word: str) -> bool:
    """The word ends with a noun of some kind of area that the dictionary knows and does not call a
    place (住宅小区, 工业园区, 中心城区, 风景区): no district, even right after its city (杭州市住宅小区)."""
    last = lexicon.tokens(word)[-1]
    return len(last) >= 2 and last[-1] == word[-1] and not lexicon.is_place(last)


def _generic(word: str) -> bool:
    """A word the dictionary calls a place that ends with a level and names none: 城市, 市区, 城区,
    山区, 社区 (real ones, 沙市, 和县, are divisions of the gazetteer), or a kind of division (自治州)."""
    return (word[-1] in "省市区县" and word not in gazetteer()[0] and word not in gazetteer()[1]) \
        or word.endswith(terms()["people_nouns"]) \
        or word in terms().get("level_nouns", ())    # 广大干部, 机舱人员: people the dictionary tags as places; 自治州


def bare_places(chunk: str, subject: bool = False) -> list[str]:
    """Place names jieba knows in a short chunk (广州, 龙湾, 浙江), in order; a chunk that is one word
    the dictionary knows with a level (余杭出台…: 余杭区, 余杭县) is that place; else, for the words
    before an issuing verb (`subject`), its last word when the gazetteer has one division of that name."""
    words = lexicon.tokens(chunk)
    # (not a word that opens with a conjunction right after a body's name: 党委和县直单位 joins two
    # bodies, and 和县 is no place there; nor a short name a zone's kind follows: 东湖高新区 is no 东湖区)
    zones = tuple(terms().get("zone_nouns", ()))
    ends = list(itertools.accumulate(map(len, words)))      # where each word ends in the chunk
    out = [w for k, w in enumerate(words) if len(w) >= 2 and lexicon.is_place(w) and not _generic(w)
           and not (w[0] in _JOINING and k and words[k - 1][-1] in _BODY_LAST) and _divisional(w)
           and not (zones and chunk.startswith(zones, ends[k]))]
    if not out and len(words) == 1 and 2 <= len(chunk) <= 3 and HAN_RUN.fullmatch(chunk) \
            and any(lexicon.is_place(chunk + lv) for lv in ("市", "县", "区")):
        out.append(chunk)
    if subject and words and words[-1] not in out and len(words[-1]) >= 2 and len(gazetteer()[1].get(words[-1], ())) == 1:
        # the subject right before the verb is the one division the gazetteer has by that name, which
        # the dictionary does not know (义乌出台…); only there, as such names may be words elsewhere (合作)
        out.append(words[-1])
    return out


class Places:
    """The places a document speaks of, computed once and only when a policy needs them."""

    def __init__(self, text: str):
        self.text = text
        self._full: dict[str, str] | None = None
        self._counts: Counter | None = None

    def _scan(self) -> None:
        self._full, self._counts = {}, Counter()
        text = self.text
        if "：" in text or ":" in text:
            text = _addressee_line().sub(lambda m: " " * len(m.group()), text)
        for _, full, stem in places_in(text):
            self._full.setdefault(stem, full)
            self._counts[full] += 1
        for stem, full in provinces().items():
            n = text.count(stem)
            if n:
                self._full.setdefault(stem, full)
                self._counts[self._full[stem]] += 0 if full in self._counts and self._counts[full] >= n else n
        for stem, full in self._full.items():   # 龙湾 as often as 龙湾区: count the bare mentions too
            bare = text.count(stem) - text.count(full)
            if bare > 0 and full not in provinces().values():
                self._counts[full] += bare

    def complete(self, name: str) -> str:
        """A bare place with the level the document gives it (广州 → 广州市, 浙江 → 浙江省)."""
        if self._full is None:
            self._scan()
        if name.endswith(LEVELS):
            return name
        found = self._full.get(name) or provinces().get(name)
        if found:
            return found
        fulls = gazetteer()[1].get(name, ())
        if len(fulls) == 1:     # the one division of that name (义乌 → 义乌市)
            return fulls[0]
        if fulls:               # … or the one in a province the page names (浙江象山 → 象山县)
            named = [f for f, prov in _gazetteer_provinces().get(name, ())
                     if prov and _province_stem(prov) in self.text and f.startswith(name)]
            if len(set(named)) == 1:
                return named[0]
        # the article never writes the level (温州“暖心八条”…): the one level the dictionary knows
        # the place by (温州市, 龙湾区); none when it knows several (朝阳市, 朝阳县, 朝阳区)
        levels = [lv for lv in ("市", "县", "区") if lexicon.is_place(name + lv)]
        return name + levels[0] if len(levels) == 1 else name

    def of_level(self, level: str) -> str | None:
        """The most mentioned place of a level (省 → 浙江省)."""
        if self._full is None:
            self._scan()
        best = [(n, full) for full, n in self._counts.items() if full.endswith(level)]
        return max(best)[1] if best else None

    def count(self, full: str) -> int:
        """How often the document names a place (in full or bare)."""
        if self._full is None:
            self._scan()
        return self._counts.get(full, 0)

    def main(self) -> str | None:
        """The place the document is mostly about; the most specific on ties."""
        if self._full is None:
            self._scan()
        if not self._counts:
            return None
        rank = {lv: i for i, lv in enumerate(("省", "自治区", "市", "县", "区"))}
        return max(self._counts.items(), key=lambda kv: (kv[1], rank.get(_level_of(kv[0]) or "", -1)))[0]


@lru_cache(maxsize=1)
def _addressee_line() -> re.Pattern:
    """A notice's addressee line (rules/policy_terms.txt [addressee_openers]): a line of no sentence
    that opens with 各/有关… and ends with a colon; its places are the recipients'."""
    openers = "|".join(map(re.escape, longest_first(terms()["addressee_openers"])))
    # (or, in a text that ran the notice's lines together, right after its document number, with
    # the notice going on after the colon: 财库〔2019〕38号各中央预算单位，各省…财政局：为贯彻…)
    return compiled(rf"(?m)^[ \t\u3000]*(?:{openers})[^\n。！？；]{{0,200}}[：:][ \t\u3000]*$"
                      rf"|{FILE_NUMBER.pattern}(?:{openers})[^\n。！？；：:]{{0,200}}[：:]")


def addressee_line(line: str) -> bool:
    """The line is a notice's addressee line (各省、自治区、直辖市人民政府：)."""
    return ("：" in line or ":" in line) and _addressee_line().fullmatch(line.strip()) is not None


def _province_stem(full: str) -> str:
    """The name a text writes a province by (广西壮族自治区 → 广西, 浙江省 → 浙江)."""
    return next((stem for stem, f in provinces().items() if f == full), place_stem(full))


def place_stem(place: str) -> str:
    level = _level_of(place)
    stem = place[: -len(level)] if level and len(place) > len(level) + 1 else place
    if level and level.startswith("自治"):
        # an autonomous place's stem is its name without the peoples it names (广西壮族自治区 → 广西, 新疆维吾尔
        # 自治区 → 新疆, 恩施土家族苗族自治州 → 恩施), as its short name is written
        stem = _PEOPLES_TAIL.sub("", stem) or stem
    return stem


_PEOPLES_TAIL = compiled(r"(?<=[\u4e00-\u9fff]{2})(?:[\u4e00-\u9fff]{1,3}族|维吾尔)+$")


def _level_of(name: str) -> str | None:
    return next((lv for lv in LEVELS if name.endswith(lv)), None)


# the city a news agency's or site's dateline names (新华社南昌2月3日电, 中新网合肥3月1日电, 红网长沙2月3日讯),
# or a paper's own local dateline without a day (本报铁岭讯)
_FILED_AT = compiled(r"(?:社|网|报|台)(?P<p>[\u4e00-\u9fff]{2,3}?)(?:\d{1,2}月\d{1,2}日)?(?:电|讯)")
DATELINE = 60       # characters at the top of an article where its dateline names its place


def province_of(place: str) -> str | None:
    """The provincial-level region a city, county or district belongs to (杭州市 → 浙江省), when
    the dictionary knows the place by one province only; a province is its own."""
    if _level_of(place) in ("省", "自治区") or place in provinces().values():
        return place
    found = {prov for full, prov in _gazetteer_provinces().get(place_stem(place), ()) if full == place}
    return found.pop() if len(found) == 1 else None


def dateline_place(text: str, places: Places, level: str) -> str | None:
    """The place of a body named by its level only (市财政局) from the article's dateline or
    source when the page never writes the place with its level (据厦门晚报报道 记者从市财政局获悉)."""
    top = text[:DATELINE]
    names = bare_places(top)
    ends = tuple(terms().get("outlet_words", ()))
    for w in lexicon.tokens(top) if ends else ():
        # a paper's or portal's name the splitter keeps whole (河南日报网): the place it opens with
        if w.endswith(ends) and len(w) >= 4:
            stem = next((w[:-len(e)] for e in ends if w.endswith(e)), "")
            if len(stem) >= 2 and stem not in names and lexicon.is_place(stem):
                names.append(stem)
    dm = _FILED_AT.search(top)
    if dm and level in ("省", "自治区") and dm.group("p") not in names:
        names.append(dm.group("p"))     # (中新网合肥3月1日电: a word jieba keeps whole)
    for name in names:
        full = places.complete(name)
        if full.endswith(level):
            return full
        if not full.endswith(LEVELS) and lexicon.is_place(name + "市"):
            full = name + "市"      # a dateline names a city (新华社南昌…电: 南昌市, not 南昌县)
        if level in ("省", "自治区") and full.endswith(LEVELS):
            # a province's body under a city's dateline (新华社南昌…电 省人社厅…): that city's province
            prov = province_of(full)
            if prov and prov.endswith(level):
                return prov
    if dm and level not in ("省", "自治区") and dm.group("p") + level in gazetteer()[0]:
        # a dateline's place the dictionary does not know as a word (本报铁岭讯 市委组织部…: 铁岭市)
        return dm.group("p") + level
    return None


def headline_place(headline: str, level: str) -> str | None:
    """The place of a level a headline opens with, written without the level (开化：…, 鄞州出台…):
    its first two or three characters (a place jieba may split, 鄞/州) or first word with the level
    make a place the dictionary knows."""
    head = headline.strip()
    # (or after a kicker that opens the headline: 高温来袭！长沙发文：…, 抗冰救灾：湖南为…)
    kicked = _KICKER.match(head)
    for part in (head, head[kicked.end():]) if kicked else (head,):
        words = lexicon.tokens(part[:8]) if part else ()
        for cand in dict.fromkeys((words[0] if words else "", part[:2], part[:3])):
            # (the dictionary may not know a city the gazetteer has: 毕节：乡村教师生活补助… over 市教育局)
            if len(cand) >= 2 and HAN_RUN.fullmatch(cand) \
                    and (lexicon.is_place(cand + level) or cand + level in gazetteer()[0]):
                return cand + level
    if level in _TOWN_LEVELS:
        # a town or a street the headline opens with, its level written (三泉镇出台六条措施…): the
        # dictionary knows few of them, and the page's bodies of that level (镇党委) are its
        town = town_opening(head)
        if town is not None and town.endswith(level):
            return town
    return None


_TOWN_LEVELS = ("镇", "乡", "街道")
# a headline's kicker: a few words closed by an exclamation, a colon or a wide space before the headline
_KICKER = compiled(r"[\u4e00-\u9fff]{2,8}[！!：:]\s*|[\u4e00-\u9fff]{2,8}[\s\u3000]+")
TOWN_WORD_REACH = 3     # characters after a town's level read to tell that the level ends a word


def town_opening(text: str) -> str | None:
    """The town or street a name opens with, its level written: two or three characters and 镇, 乡 or
    街道 (新关镇关爱留守儿童…方案, 城东街道…实施方案, 乌镇镇关于…); not a noun of a kind of town
    (城镇, 小城镇, 特色小镇: rules/policy_terms.txt [level_nouns]) nor a determiner's (各乡镇)."""
    for n in (2, 3):
        for level in _TOWN_LEVELS:
            end = n + len(level)
            # (the level ends a word: 推进乡村振兴… has no town 推进乡)
            if text.startswith(level, n) and HAN_RUN.fullmatch(text[:n]) and text[0] not in _determiners():
                words = lexicon.tokens(text[:end + TOWN_WORD_REACH])
                ends = list(itertools.accumulate(map(len, words)))
                if end not in ends or words[ends.index(end)] in terms().get("not_town_ends", ()):
                    return None
                town = text[:end]
                return None if town in terms().get("level_nouns", ()) else town
    return None
