"""Where the page's header ends above the article, and the date and outlet it gives: a headline
punctuated like a sentence or set atop the core at the page's top is taken off the core, the
deck (a subtitle, a caption) between the header and the lead is skipped.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..markers import leading_marker
from ..page_header import FILE_NUMBER, document_date, iso_date, issuer_names, labeled_date, looks_like_headline, outlet_of
from ..policy_terms import terms
from ..rules import compiled, longest_first
from .line_rules import HEADER_ACTIONS
from .line_kind import (BODY, HEADLINE_MAX_LEN, HEADLINE_MIN_HAN, JUNK, SHORT, _BULLETED, _ENDS_A_TEXT,
                        _LABELLED, facts, is_dateline)

DECK_MAX_LINES = 2     # lines between the page's header and the lead that are its deck, at most …
DECK_MAX_LEN = 40      # … each this short
DECK_WIDGET_MAX = 20   # … with nothing but widgets this short between them and the header (微博, Qzone, 图集)
_DECK_STOP = compiled(r"[。；;：:！!，,、]")


def _is_deck(line: str, action: str | None) -> bool:
    """Shaped like a headline and nothing else: short, mostly Han, no clause (no comma, colon or
    full stop; a question may end it), no list marker, no file number, no issuing body, no rule,
    and long enough to say what the article says (a label over the lead, `核心阅读`, is shorter)."""
    if not 4 <= len(line) <= DECK_MAX_LEN or action is not None or _DECK_STOP.search(line):
        return False
    f = facts(line)
    return (f.han >= HEADLINE_MIN_HAN and f.han >= 0.6 * f.words and leading_marker(line) is None and not _BULLETED.match(line)
            and not FILE_NUMBER.search(line) and not issuer_names(line) and not document_date(line))


def _skip_decks(lines: list[str], kinds: list[str], judged: list[tuple[str, str | None]], lo: int, hi: int) -> int:
    """The article's first line once the page's deck is passed: below a page's header (its
    headline found above, a dateline or a header line a rule names) a news page sets one or two
    headline-shaped lines before the lead: the headline again in another wording, a subtitle,
    a photo's caption (`未摘帽县扶贫干部怎样休假?` / `贵州紫云县基层干部状态侧记`, `环卫工人在驿站休息`).
    None of them says a clause; a lead does. Taken only when the header sits right above them
    (nothing but short widgets between: a content farm's blurb above a piece's own title,
    `关心爱护医务人员心得体会篇一`, is no header), so an article's own headings further down are never touched."""
    # the lead: the first body line that is no headline (a question headline weighs as body text)
    first = next((i for i in range(lo, hi + 1) if kinds[i] == BODY and not _is_deck(lines[i], judged[i][1])), None)
    if first is None or first == lo:
        return lo
    decks = [i for i in range(lo, first) if lines[i] and kinds[i] != JUNK]
    if not 1 <= len(decks) <= DECK_MAX_LINES or not all(_is_deck(lines[i], judged[i][1]) for i in decks):
        return lo
    k = lo - 1
    while k >= 0 and (not lines[k] or kinds[k] != BODY and len(lines[k]) <= DECK_WIDGET_MAX
                      and not is_dateline(lines[k]) and judged[k][1] not in HEADER_ACTIONS):
        k -= 1
    if k < 0 or not (is_dateline(lines[k]) or judged[k][1] in HEADER_ACTIONS):
        return lo
    return first


TOP_HEADLINE_LINES = 3    # a headline set over this many lines at most, at the page's top …
TOP_HEADLINE_MAX = 40     # … each line this short
_TOP_HEADLINE_END = compiled(r"[。；;：:]$")
_LEAD_STOP = compiled(r"[。！？!?][”’」』)）]*$|。")
_INNER_MARKER = compiled(r"[一二三四五六七八九十]、|(?<![\d.])\d{1,2}[、.．](?!\d)")   # a heading glued inside: …范文一、背景分析


def _headline_atop_the_core(lines: list[str], kinds: list[str], judged: list[tuple[str, str | None]],
                            core: tuple[int, int] | None, headings: set[int] = frozenset()) -> tuple[tuple[int, int] | None, set[int]]:
    """The core without the headline it starts with when the page has no header: at the page's top
    (nothing but chrome above), one to three short lines that end no sentence (a headline, maybe
    broken over lines at a comma or punctuated inside, `守住第一道防线!xx制定社区疫情防控工作十条措施`,
    `为了解决防疫一线医务人员的后顾之忧,` / `省教育厅…` / `…四项政策措施`) right above a lead that
    ends its sentence are the headline, not the article. A line with a list marker (at its start
    or glued inside, `某某工作方案范文一、背景分析`), a label, a file number, issuing bodies or a
    date is the text's, and so is a heading a table of contents names. (core, the headline's lines)."""
    if core is None:
        return core, set()
    lo, hi = core
    # above: nothing but chrome, or short unpunctuated lines a menu leaves (百度首页 登录 注册)
    if any(lines[i] and kinds[i] != JUNK and (len(lines[i]) > DECK_WIDGET_MAX or facts(lines[i]).punct) for i in range(lo)):
        return core, set()
    heads: list[int] = []
    for j in range(lo, hi + 1):
        line = lines[j]
        if not line:
            continue
        if j in headings:
            break
        if len(heads) < TOP_HEADLINE_LINES and HEADLINE_MIN_HAN <= len(line) <= TOP_HEADLINE_MAX \
                and judged[j][1] is None and not _TOP_HEADLINE_END.search(line) and "。" not in line \
                and facts(line).han >= HEADLINE_MIN_HAN and leading_marker(line) is None and not _BULLETED.match(line) \
                and not _LABELLED.match(line) and not FILE_NUMBER.search(line) and not issuer_names(line) \
                and not document_date(line) and not _ENDS_A_TEXT.search(line) and not _INNER_MARKER.search(line):
            heads.append(j)
            continue
        if heads and kinds[j] == BODY and len(line) > TOP_HEADLINE_MAX and _LEAD_STOP.search(line):
            for i in heads:
                kinds[i] = JUNK
            return (j, hi), set(heads)
        break
    return core, set()


LONG_HEADLINE_MAX = 100    # a headline alone over the header may be a document's long name (…关于印发《…》的通知) …
_ASKS_OR_ENDS = compiled(r"[。？?！!]")   # … which asks and exclaims nothing (a question's long description does)
HEADER_IN_CORE_LINES = 4   # the core's first lines searched for the page's header (a question, a byline)
HEADER_IN_CORE_BODIES = 2  # … with this many body lines above it at most, each shaped like a headline
_FULL_STOP = compiled(r"[。；;]")
@lru_cache(maxsize=1)
def _reported_lead() -> re.Pattern:
    """A headline led by who issued what, before its colon (三部门发文：…, 两部门印发：…): no field's
    label, and its numeral opens no list. The verbs: rules/policy_terms.txt [issue_verbs], and 发文."""
    verbs = "|".join(map(re.escape, longest_first(set(terms()["issue_verbs"]) | {"发文"})))
    return compiled(f"[\u4e00-\u9fff]{{0,6}}(?:{verbs})[:：]")


def reported_lead(line: str) -> bool:
    return _reported_lead().match(line) is not None


def _header_off_the_core(lines: list[str], kinds: list[str], judged: list[tuple[str, str | None]],
                         core: tuple[int, int] | None) -> tuple[int, int] | None:
    """The core without the page's header that its top grew over: a headline punctuated like a
    sentence (a Q&A page's question, `如何评价某市出台的十条措施？`, a headline with a comma) weighs
    as body text, and the densest run starts there when only a dateline or a line of chrome
    separates it from the article (`2020-02-12 09:18 匿名提问 | 来自手机`, `查看全部 47 个回答`).
    Chrome or a dateline among the core's first lines, below nothing but one or two lines shaped
    like a headline (short, no full stop, no list marker, no label: `群众来信：请问…？` over a
    board's reply header is a field of the letter, not a headline), ends the header: the core starts below
    it. An article's lead ends its sentence, so it is never taken for such a headline."""
    if core is None:
        return core
    lo, hi = core
    lead = _news_lead(lines, lo, hi)
    if lead is not None:
        # the block's lines are no text: the deck under a headline set above the core, or all but the
        # first (the headline itself, for the headline's pick) when none is
        above = next((i for i in range(lo - 1, -1, -1) if lines[i].strip()), None)
        headed = above is not None and kinds[above] != JUNK and looks_like_headline(lines[above])
        block = [j for j in range(lo, lead) if lines[j].strip()]
        for j in block[0 if headed else 1:]:
            kinds[j] = JUNK
        return lead, hi
    bodies = 0
    for j in range(lo, min(hi, lo + HEADER_IN_CORE_LINES) + 1):
        line = lines[j]
        if not line:
            continue
        if kinds[j] == JUNK or judged[j][1] is None and kinds[j] == SHORT and is_dateline(line):
            if bodies == 0 or j >= hi:
                return core
            kinds[j] = JUNK
            return next((i for i in range(j + 1, hi + 1) if kinds[i] != JUNK), hi), hi
        if kinds[j] == BODY:
            bodies += 1
            if (bodies > HEADER_IN_CORE_BODIES or len(line) > LONG_HEADLINE_MAX
                    or len(line) > HEADLINE_MAX_LEN and (bodies > 1 or _ASKS_OR_ENDS.search(line))
                    or _FULL_STOP.search(line)
                    or (leading_marker(line) is not None or _LABELLED.match(line)) and not reported_lead(line)):
                return core
    return core


# a news lead's dateline opening its line: 本报讯, 本报东莞讯, 新华社北京5月21日电, 中新网3月1日电, 红网时刻6月21日讯
_LEAD_DATELINE = compiled(r"[■●◆\s\u3000]*(?:本报讯|本报[\u4e00-\u9fff]{1,8}讯"
                          r"|[\u4e00-\u9fff]{1,8}(?:社|网|报|台|客户端)[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日(?:电|讯))")
NEWS_HEAD_LINES = 3     # lines a news page's headline block sets above its lead at most (kicker, headline, deck)


def _news_lead(lines: list[str], lo: int, hi: int) -> int | None:
    """The line of the news lead opening with its dateline (本报讯 记者…, 新华社北京5月21日电) among the
    core's first lines, when every line above it in the core is a short line with no full stop: the
    headline block (kicker, headline, deck: `困难企业社保费最长可缓缴6个月，不裁员企业可获稳定岗位补贴`)
    a paper sets over its lead, no article text."""
    above = 0
    for j in range(lo, min(hi, lo + NEWS_HEAD_LINES) + 1):
        line = lines[j].strip()
        if not line:
            continue
        if _LEAD_DATELINE.match(line):
            return j if above else None
        if len(line) > HEADLINE_MAX_LEN or _FULL_STOP.search(line) or "。" in line:
            return None
        above += 1
    return None


def _read_header(lines: list[str], judged: list[tuple[str, str | None]], start: int) -> tuple[str | None, str | None]:
    """Date and outlet from header lines: those above the core, and `meta` lines anywhere. A date
    without a label is the page's when a line above the article gives it (the byline `2022/06/02 14:20
    记者 某某／新北报导`), before one a meta line below it gives (a related list's `2022-05-26`)."""
    header = [i for i in range(len(lines)) if i < start or judged[i][1] in HEADER_ACTIONS]
    published = next((d for i in header if (d := labeled_date(lines[i]))), None)
    if published is None:
        published = next((d for i in header if i < start and judged[i][1] in HEADER_ACTIONS and (d := iso_date(lines[i]))), None)
    if published is None:
        published = next((d for i in header if i < start and (d := iso_date(lines[i]))), None)
    if published is None:
        published = next((d for i in header if judged[i][1] in HEADER_ACTIONS and (d := iso_date(lines[i]))), None)
    if published is None:
        published = _release_end_date(lines)
    if published is None:
        published = _post_stamp_date(lines, start)
    outlet = next((o for i in header if (o := outlet_of(lines[i]))), None)
    return published, outlet


# a post's stamp: a date and its clock time, on a short line of a thread's furniture (来自Android客户端1楼
# 2021-07-28 09:16, 2楼 2024-07-08 21:37)
_POST_STAMP = compiled(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2}) ?(?:[01]?\d|2[0-3]):[0-5]\d")
POST_STAMP_LINE_MAX = 40


def _post_stamp_date(lines: list[str], start: int) -> str | None:
    """A thread's date: the stamp of the first post below the article's start (a forum's floor line
    under the opening post), when no header gives the page's date."""
    for line in lines[start:]:
        if len(line) <= POST_STAMP_LINE_MAX and (m := _POST_STAMP.search(line)):
            return iso_date(m.group())
    return None


RELEASE_END_MARKS = frozenset({"完", "（完）", "(完)", "-完-", "－完－"})
RELEASE_DATE_REACH = 2      # lines below the end mark within which the release's date stands


def _release_end_date(lines: list[str]) -> str | None:
    """A press release's date printed below its end mark (Hong Kong's government releases: 完 /
    2024年6月18日（星期二） / 香港时间16时05分), the article's date when its header gives none."""
    for i, line in enumerate(lines):
        if line.strip() in RELEASE_END_MARKS:
            for below in lines[i + 1:i + 1 + RELEASE_DATE_REACH]:
                if found := iso_date(below):
                    return found
    return None
