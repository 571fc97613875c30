"""When a policy was issued, as running text, datelines, promulgation lines and signatures write it.

Dates come as 2月5日, 2020年2月5日, 2020-02-05, 二〇二〇年二月五日 or in the Republic of China's years;
this module reads them into (year or None, month, day), finds the date a line gives right before
the issuing bodies, and turns a date into the ISO form a Policy carries (with the page's most
frequent year for one written without its year). It knows nothing of mentions, so it stands first.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..numerals import to_int
from ..page_header import ROC_EPOCH
from ..policy_terms import term_re
from ..rules import compiled

# a date as running text writes it: 2月5日, 2020年2月5日, 2020-02-05 (or / and .), 二〇二〇年二月五日, 二月五日
# (a typed date may have a space around its parts, 2020 年 3 月 2 日, and write zero as ○); a year of the
# Republic of China (Taiwan's pages: 民国109年3月5日, or 109年4月1日 with three digits) is read as ROC_EPOCH + it
_DATE = compiled(r"(?:(?:(?P<y>(?:19|20)\d{2})|(?:中华)?民国(?P<ry>\d{2,3})|(?<![\d.])(?P<ry3>1[01]\d)) ?年 ?|(?P<rel>去年|今年|前年))?"
                   r"(?:(?P<m>1[0-2]|0?[1-9]) ?月|(?P<tm>本月)) ?(?P<d>3[01]|[12]\d|0?[1-9]) ?日(?![电讯])"
                   r"|(?P<iy>(?:19|20)\d{2})(?P<sep>[-/.])(?P<im>1[0-2]|0?[1-9])(?P=sep)(?P<id>3[01]|[12]\d|0?[1-9])(?![\d:])"
                   r"|(?:(?P<cy>[一二][〇○零一二三四五六七八九]{3})年)?(?P<cm>十[一二]?|[一二三四五六七八九])月"
                   r"(?P<cd>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日(?![电讯])")
_HAN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
# what may stand between a title and the verb that issued it, with its date: 于2020年2月3日正式
_DATED_AFTER = compiled(f"(?:[，,](?=于))?(?:已经|已)?于?(?P<date>{_DATE.pattern})")
# … and before the verb: 正式, 联合, 由某市人民政府
_BEFORE_VERB = compiled(r"(?:正式|联合|由[^，,。；;：:《》]{2,30}?)?")


def _date_of(dm: re.Match) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a _DATE match; None for a day no month has."""
    if dm.group("m") or dm.group("tm"):
        # (a month the article's own gives, 本月15日, is month 0 here; a year relative to the article's,
        # 去年12月28日, is 0 or below: both are settled against the article's date by _iso)
        y, m, d = dm.group("y"), int(dm.group("m") or 0), int(dm.group("d"))
        ry = dm.group("ry") or dm.group("ry3")
        y = int(y) if y else (int(ry) + ROC_EPOCH if ry else _RELATIVE_YEARS.get(dm.group("rel")))
    elif dm.group("iy"):
        y, m, d = int(dm.group("iy")), int(dm.group("im")), int(dm.group("id"))
    else:
        cy = dm.group("cy")
        y = int("".join(str(_HAN_DIGITS[c]) for c in cy)) if cy else None
        m, d = to_int(dm.group("cm")), to_int(dm.group("cd"))
        if not m or not d or d > 31:
            return None
    return y, m, d


# a news agency's or paper's dateline (新华社北京3月20日电, 本报杭州2月5日讯), and a day written alone
# after it (国务院办公厅20日印发), not one of a month (3月20日) nor a count of days (20日内)
_DATELINE = compiled(r"(?=[0-9])(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])日(?:电|讯)")
DATELINE_REACH = 300    # characters from the text's top (the headline line included) a dateline stands within
_BARE_DAY = compiled(r"(?<![\d月])(3[01]|[12]\d|[1-9])日(?![电讯内起前后])")
# a promulgation line: a full date, in the Common Era or the Republic of China's years (中华民国109年
# = 2020), alone or followed by the document's number (…令第726号, 华总一义字第10900021291号)
_PROMULGATED = compiled(r"(?P<roc>(?:中华)?民国)?(?P<y>(?(roc)\d{2,3}|(?:19|20)\d{2}))年(?P<m>1[0-2]|0?[1-9])月"
                          r"(?P<d>3[01]|[12]\d|0?[1-9])日(?:\s*[\u4e00-\u9fff]{0,12}第?[0-9０-９]{1,14}号)?\s*$")
# a year with no digit before it; the check follows 19/20 rather than leading the pattern, so that
# the regex engine skips at C speed to the next 1 or 2 instead of trying every position
# (a financial year, 2018/19课税年度 or 2019/20财政年度 of Hong Kong's pages, is a period: no page's year)
_YEAR = compiled(r"((?:19|20)(?<![0-9]..)\d{2})(?=年|〕|\]|］|-|/(?!\d\d(?![\d/]))|\.)")


def _line_date(line: str) -> str | None:
    """The ISO date of a line that is only a full date in another form than 年月日 (2020-01-25 under
    a signature, as a page reformatted by a site writes it)."""
    dm = _DATE.fullmatch(line.strip())
    date = _date_of(dm) if dm else None
    return f"{date[0]:04d}-{date[1]:02d}-{date[2]:02d}" if date and date[0] and date[0] > 0 and date[1] else None


MAX_DATED_LOOKS = 5      # occurrences of a body's name examined for a dated issuing line


def _dated_issue(text: str, issuers: list[str]) -> tuple[int | None, int, int] | None:
    """The date a line gives for the issuing by the policy's bodies, written right before them and
    followed by an issuing verb (2024年8月6日中共中央办公厅、国务院办公厅发布, 2月4日，杭州市人民政府发布),
    or right after them, before the verb (某局、某局于2021年9月10日联合印发的…)."""
    name = issuers[0]
    verbs = term_re("issue_verbs")
    at, looks = text.find(name), 0
    while at >= 0 and looks < MAX_DATED_LOOKS:
        looks += 1
        before = text[max(0, at - 14):at].rstrip("，, ")
        dm = None
        for dm in _DATE.finditer(before):
            pass
        after = text[at + len(name):at + len(name) + 60]
        rest = after
        for other in issuers[1:]:
            rest = rest.replace(other, "")
        rest = rest.lstrip("、，, 和与及")
        if dm is not None and dm.end() == len(before):
            if verbs.match(rest.lstrip("联合共同")):
                return _date_of(dm)
        # … or right after them, before the verb (某局、某局于2021年9月10日联合印发的…)
        am = _DATED_AFTER.match(rest)
        if am and am.group("date")[:1].isdigit() and verbs.match(rest, _BEFORE_VERB.match(rest, am.end()).end()):
            return _date_of(_DATE.match(am.group("date")))
        at = text.find(name, at + 1)
    return None


# a document named back by its kind or short name, then the day it was issued or adopted, in a later
# sentence (…日前印发《…的意见》。《意见》于6月29日签发 / 该办法已于3月1日经市政府常务会议审议通过)
@lru_cache(maxsize=1)
def _named_back_dated() -> re.Pattern:
    """《short name》 or 该/这一/此 and a document's kind (rules/policy_terms.txt [document_nouns]), then
    于, a date and the verb that issued or adopted it."""
    # (its first character as a class, then which opener it was: a pattern opening with alternatives the
    # engine tries at every position of the text)
    return compiled(r"[《该这此](?:(?<=《)(?P<short>[^《》]{2,30})》|(?:(?<=[该此])|(?<=这)[一份])(?P<kind>"
                    + term_re("document_nouns").pattern + "))"
                    r"(?:已经|已)?于(?:" + _DATE.pattern + r")"
                    r"(?:正式)?(?:经[^，,。；;]{2,20}?|由[^，,。；;]{2,30}?)?(?:联合)?(?:审议)?"
                    r"(?:印发|签发|发布|出台|颁布|下发|通过|签署)")
NAMED_BACK_REACH = 1500     # characters from a document's first mention to a sentence that dates it at most


def named_back_dates(text: str) -> list[tuple[int, str, tuple[int | None, int, int]]]:
    """(offset, the name or kind it calls the document by, its date) of every sentence that dates a
    document it names back (《意见》于6月29日签发), in the text's order."""
    out = []
    if "于" not in text:
        return out
    for m in _named_back_dated().finditer(text):
        if date := _date_of(m):     # (the date's groups are the match's own)
            out.append((m.start(), m.group("short") or m.group("kind"), date))
    return out


_RELATIVE_YEARS = {"今年": 0, "去年": -1, "前年": -2}


def _iso(date: tuple[int | None, int, int] | None, year: int | None, month: int | None = None,
         published: tuple[int, int] | None = None) -> str | None:
    """The date as ISO; a date without its year takes the page's `year`, one a year relative to it
    (去年: -1) is counted from it, one without its month (本月15日: 0) takes the article's `month`.
    With the article's own (month, day) `published`, a month and day later than it are of the year
    before (12月29日印发 in an article of 4 January): a page reports what was issued, not what will be."""
    if not date:
        return None
    y, m = date[0], date[1] or month
    if y is None and year and published and date[1] and (date[1], date[2]) > published:
        y = year - 1
    if not date[1] and m and published and date[2] > published[1]:
        # a day alone later in the month than the article's is of the month before (28日 in an article of
        # 3 June: 28 May)
        if m > 1:
            m -= 1
        elif y or year:
            y, m = (y or year) - 1, 12
    y = (year + y if year else None) if y is not None and y <= 0 else (y or year)
    return f"{y:04d}-{m:02d}-{date[2]:02d}" if y and m else None


def _text_year(text: str) -> int | None:
    years = Counter(int(y) for y in _YEAR.findall(text))
    return years.most_common(1)[0][0] if years else None
