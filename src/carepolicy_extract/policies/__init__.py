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
(issuers.py), dates and the measures named in prose (the mentioned package) come from the mention's sentence and the
sentences after it; a region (regions.py) from the issuers, the title, the level of an issuer
without a place (省委组织部 → the province the article is about), the headline or the dateline,
else, for a document issued with no subject at all, the place the page names again and again;
national bodies and documents cited without a place have none. Policies come in order of first
mention, those without a declared count first.

The modules, each deciding one thing, import one way, in this order: `dates` (reading dates) and
`names` (what a policy's name looks like) → `mention` (what a mention holds, who issued it) →
`join` (which mentions are one policy) → `cited` (documents named inside another's name) →
`signatures` (a notice's signers and date) → `region` (the region of a policy without a place) →
`scan` (where the text names a policy) → this module, which runs them in turn (`find_policies`);
`linking` (which policy a list of measures belongs to) stands apart and is re-exported as `link`.
"""
from __future__ import annotations

from datetime import date, timedelta

from .. import lexicon
from ..page_header import DOC_NUMBER_LINE
from ..policy_terms import term_re
from ..mentioned import follow_mentioned
from ..models import Policy
from ..regions import LEVELS, Places, bare_places, dateline_place, headline_place, places_in, province_of, town_opening
from ..rules import compiled
from .dates import DATELINE_REACH, NAMED_BACK_REACH, _DATELINE, _dated_issue, _iso, _text_year, named_back_dates
from .names import _is_law, declared_count, issuing_notice
from .join import _PROVINCE_LEVELS, _join, _same_title
from .mention import _Mention, _issuers
from .signatures import _NOTICE_CUE, _sign, _unnamed_notice
from .region import _headline_bare, _national_places, _regional_region, sar_region
from .scan import _scan
from .linking import link

__all__ = ["PolicyList", "declared_count", "find_policies", "issuing_notice", "link"]


class PolicyList(list):
    """The policies of a document; `positions[i]` is where policy i+1 is first mentioned."""

    positions: list[int]
    word_counts: list[int | None]   # the number of policy i+1's count-word alias when it declares no count
    levels: list[str | None]        # the level of policy i+1's issuer named without its place (市委, 我市)


_LOST_CHAR = compiled(r"\?(?<=[\u4e00-\u9fff]\?)(?=[\u4e00-\u9fff])")    # (the ? first: the engine skips to it)
# a special economic zone's regulation names its city or province by its short name (厦门经济特区志愿服务条例,
# 海南经济特区…条例)
_ZONE_TITLE = compiled(r"([\u4e00-\u9fff]{2})经济特区")


def _zone_place(title: str) -> str | None:
    """The city (or province) whose zone a title opens with, completed by its level (厦门 → 厦门市)."""
    zm = _ZONE_TITLE.match(title)
    return next((zm.group(1) + lv for lv in ("市", "省") if lexicon.is_place(zm.group(1) + lv)), None) if zm else None


_REGULATION = compiled(r"条例(?:[（(][^（）()]{1,12}[)）])?$")   # (…条例（修订草案）, …条例(2019年修订))
_JOINER = "\u2060"
_WRAPPED_TITLE = compiled(r"《[^《》\n。]{2,60}\n[^《》\n。]{2,60}》")
_CITY_LEVELS = ("市", "州")
_HEAD_CLAUSE = compiled(r"[^\n：:，,。！!？?“”\s]{0,12}")
_COUNTY_LEVELS = ("区", "县", "旗")
MIN_MAIN_MENTIONS = 3   # times a page names its main place for a policy issued without a subject to be its


_QUOTED_BEFORE_NOUN = compiled(r"“([^“”]+)”(?=(?:的)?(?:相关)?[\u4e00-\u9fff]{1,4}$)")


def _written_title(title: str) -> str:
    """A title as the page names the document, without the marks around it: a name quoted before its
    noun (发布“关于做好开学工作”的通知 → 关于做好开学工作的通知), or a quote left unpaired where the
    name was read from (关于做好开学工作”的通知); a quoted word inside a name stays (关于落实“暖心八条”的通知)."""
    title = title.replace(_JOINER, "")
    if "“" not in title and "”" not in title:
        return title
    if title.count("“") != title.count("”"):
        return title.replace("“", "").replace("”", "")
    if title.startswith("“"):
        return _QUOTED_BEFORE_NOUN.sub(r"\1", title, count=1)
    return title


# a document number opening a name, as a document site's file name writes it: 湘工发〔2008〕5号关于…的通知
_NUMBER_OPENING = compiled(DOC_NUMBER_LINE.pattern + r"\s*(?=关于)")
_SPACED = compiled(r"[\s\u3000、，,和及]+")


def _title_of(m: _Mention, text: str) -> str | None:
    """The title a policy is listed by: the name as the page writes it (_written_title), without a
    document number before it (湘工发〔2008〕5号关于…) and, for a national document whose name the page does
    not give in 《》, without the national bodies that open it (国务院办公厅关于…的通知 in a headline or
    in running text: 关于…的通知, as the annotators list national documents; a local body stays, 某市人民政府
    办公室关于…, and so does a name the page writes in 《》 or 〈〉 with its bodies, 《国务院关于…的通知》)."""
    if not m.title:
        return None
    title = _written_title(m.title)
    if "号" in title and (num := _NUMBER_OPENING.match(title)):
        title = title[num.end():]
    at = title.find("关于")
    if at > 0 and m.national and m.issuers and not any(f"{mark}{title}" in text for mark in "《〈<"):
        rest = title[:at]
        for body in sorted(m.issuers, key=len, reverse=True):
            rest = rest.replace(body, " ")
        if not _SPACED.sub("", rest):
            title = title[at:]
    return title


def _filed_day(text: str, published: tuple[int, int]) -> tuple[int, int] | None:
    """(month, day) of the news dateline atop the text (本报杭州5月19日讯), when it is the article's own day
    or the day before it (a paper prints the next morning what was filed the day before); None else."""
    dl = _DATELINE.search(text, 0, DATELINE_REACH)
    if dl is None:
        return None
    try:
        filed, on = date(2000, int(dl.group("m")), int(dl.group("d"))), date(2000, *published)
    except ValueError:      # (a day no month has: 2月30日)
        return None
    return (filed.month, filed.day) if filed <= on <= filed + timedelta(days=1) else None


def find_policies(text: str, year: int | None = None, headline: str | None = None,
                  published: str | None = None, header_issuers: list[str] | None = None) -> PolicyList:
    """Every policy the text names: those without a declared count, then the counted ones, each
    in order of first mention (see _uncounted_first).

    `headline` is the article's title when the text does not carry it: headlines
    often give the alias and the place (丽水市“四激励四保障两减轻”十条举措…). `published` is the
    article's own date (ISO), the date of a policy the text says was issued today (今天印发).
    `header_issuers` are the bodies a red header names right above the headline, a notice's issuers
    when nothing else names them.
    """
    shift = 0
    # unless the text's first line is the headline itself (a dump's unwrapping may glue the
    # headline to the lead below it: that line is no headline and the headline still counts)
    if headline and headline.strip() and text.split("\n", 1)[0].strip() != headline.strip():
        text = headline.strip().replace("\n", " ") + "\n" + text
        shift = len(headline.strip()) + 1
    if "《" in text and _WRAPPED_TITLE.search(text):
        # a name hard-wrapped inside its 《》 (《关于进一步做好\n稳就业工作的通知》) is one name: the line
        # break is read as a word joiner, taken out of the names (same length: offsets hold)
        text = _WRAPPED_TITLE.sub(lambda m: m.group().replace("\n", _JOINER), text)
    if "?" in text:
        # a half-width ? between Han characters is a garbled page's lost character, most often a lost
        # 、 (某省卫健委?人社厅等部门出台…): no sentence ends there (same length: offsets hold)
        text = _LOST_CHAR.sub("、", text)
    # a headline's count-word alias that no later mention of its number joined is no policy
    mentions = [m for m in _join(_scan(text)) if not (m.weak and not m.count)]
    if mentions or _NOTICE_CUE.search(text):    # (else no signature is anyone's: its lines go unread)
        _unnamed_notice(mentions, text, _sign(mentions, text))
    if header_issuers and headline:
        # the headline's notice, its bodies only in the red header above it
        for m in mentions:
            if m.title and not m.issuers and not m.cited and _same_title(m.title, headline.strip()):
                m.issuers, named, m.level, m.national = _issuers(" ".join(header_issuers))
                m.places = named + m.places
    for m in mentions:
        if not m.date and m.issuers and not m.cited:
            m.date = _dated_issue(text, m.issuers)
    # (a page that names no policy has none to date: most pages)
    for at, name, day in named_back_dates(text) if mentions else ():
        # a later sentence dates the last document named before it by that name or kind (…日前印发
        # 《…的意见》。《意见》于6月29日签发): its day, when its own sentence gave none
        m = next((x for x in reversed(mentions) if x.title and not x.cited and x.start < at <= x.start + NAMED_BACK_REACH
                  and x.title.endswith(name)), None)
        if m is not None and (not m.date or m.loose_date):
            m.date = day
    follow_mentioned(mentions, text)
    places = Places(text)
    year = year or (_text_year(text) if mentions else None)     # (only the policies' dates read it)
    out = PolicyList()
    out.positions = []
    out.word_counts = []
    out.levels = []
    prev_date = None
    head_places = places_in(text, 0, text.find("\n") if "\n" in text else len(text))
    today = _PUBLISHED.fullmatch(published or "")
    month = int(today.group(2)) if today else None
    published_day = (month, int(today.group(3))) if today else None
    # a news dateline's day (本报杭州5月19日讯) is the day its 今天 and 昨天 speak from, when it is the day the
    # article was published or the day before (a paper prints the next morning what was filed the day before)
    filed = _filed_day(text, published_day) if today and mentions else None
    for m in mentions:
        if m.same_day and not m.date:
            m.date = prev_date
        if (m.today or m.yesterday) and not m.date and today:
            said = filed or (int(today.group(2)), int(today.group(3)))
            day = date(int(today.group(1)), *said) - timedelta(days=m.yesterday)
            m.date = (day.year, day.month, day.day)
        prev_date = m.date or prev_date
        if not m.places and m.title and (zone := _zone_place(m.title)):
            m.places = [zone]       # 厦门经济特区志愿服务条例: the city's, however the page cites it
        if m.title and _is_law(m.title):
            # a law (…法, not …办法) is the nation's unless its title opens with a place: whoever the
            # sentence names applies or cites it (南昌市工商局…违反了《反不正当竞争法》)
            m.national = m.national or not places_in(m.title, 0, min(len(m.title), 12))
        elif m.title and not m.issuers and not m.places and _REGULATION.search(m.title):
            # so is a regulation no body issues here: a local one is named with its place first
            # (《浙江省社会救助条例》), the State Council's without (《工伤保险条例》)
            m.national = m.national or not places_in(m.title, 0, min(len(m.title), 12))
        if m.national or (m.cited and not m.places and not m.level):
            # (a ministry both sides name, or a law, on a page of Taiwan's authorities is Taiwan's)
            out.append(Policy(index=len(out) + 1, title=_title_of(m, text), alias=m.alias, issuers=m.issuers,
                              region=_regional_region(m, text),
                              date=_iso(m.date, year, month, published_day), declared_count=m.count, mentioned=_unelided(m.mentioned)))
            out.positions.append(max(0, m.start - shift))
            out.word_counts.append(None if m.count else m.word_count)
            out.levels.append(m.level)
            continue
        if m.title:
            # a title that opens with its place (山东省春节上班后…工作细则)
            opening = [full for at, full, _ in places_in(m.title, 0, min(len(m.title), 12)) if at == 0]
            m.places = m.places or opening
            # … or with a town or a street, its level written, maybe after its county (新关镇关爱留守儿童…方案;
            # 乌镇镇, not 乌镇; 霍邱县城西湖乡2024年…方案: the township's)
            town = town_opening(m.title[len(opening[0]):] if opening else m.title)
            if town and (not m.places or town.startswith(m.places[0]) or opening and m.places[0] == opening[0]):
                m.places = [town]
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
        if region and m.level in _CITY_LEVELS and region.endswith(_COUNTY_LEVELS) and not m.places:
            region = None       # a city's bodies (市委、市政府) are no district's, one the page names elsewhere
        if region in _national_places():
            region = None       # the whole country is no region (中国, 全国): a national policy
        if region is None:
            region = _regional_region(m, text)
        if region is None and not m.issuers and not m.level and not m.cited and not m.places:
            # issued with no subject at all (an item of a report: 二是优先提拔使用。出台《…》): the place the
            # page is about, when it names one again and again (渝中区…渝中…渝中)
            main = places.main()
            region = main if main and main not in _national_places() and places.count(main) >= MIN_MAIN_MENTIONS else None
        region = sar_region(m, region, text)
        out.append(Policy(index=len(out) + 1, title=_title_of(m, text), alias=m.alias, issuers=m.issuers, region=region,
                          date=_iso(m.date, year, month, published_day), declared_count=m.count, mentioned=_unelided(m.mentioned)))
        out.positions.append(max(0, m.start - shift))
        out.word_counts.append(None if m.count else m.word_count)
        out.levels.append(m.level)
    if not out:
        _reported_set(out, text, places, head_places)
    return _uncounted_first(out)


_PUBLISHED = compiled(r"(\d{4})-(\d{2})-(\d{2})")


def _unelided(names: list[str]) -> list[str]:
    """The names without the ellipsis a page's list trails off with (优先推荐入党……: the name is 优先推荐入党),
    each once."""
    out: list[str] = []
    for name in names:
        name = name.rstrip("…").removesuffix("...").rstrip() if name.endswith(("…", "...")) else name
        if name and name not in out:
            out.append(name)
    return out


def _reported_set(out: PolicyList, text: str, places: Places, head_places: list) -> None:
    """A page that names no policy but reports what the place its headline names does for a group
    (临渭区：…; 区人社局…组织开展慰问…落实临时性工作补助) reports that place's measures as a set without
    a name: a policy with only its region."""
    care_words: set[str] = set()
    for m in term_re("reported_care").finditer(text):
        care_words.add(m.group())
        if len(care_words) == 2:
            break       # (two words tell: the rest of the text need not be read)
    if len(care_words) < 2:
        return
    if head_places:
        region = places.complete(head_places[-1][1])
    else:   # (a headline opening with the place bare: 陕西平安返乡爱心专列…, 延平：“暖蜂驿站”…)
        head = _HEAD_CLAUSE.match(text).group()
        bare = [b for b in bare_places(head) if b not in _national_places()]
        region = places.complete(bare[0]) if bare else None
    if not region or region in _national_places():
        return
    out.append(Policy(index=1, title=None, alias=None, issuers=[], region=region, date=None,
                      declared_count=None, mentioned=[]))
    out.positions.append(0)
    out.word_counts.append(None)
    out.levels.append(None)


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
    out.levels = [pols.levels[i] for i in order]
    return out
