"""What a page's header lines say about the article: headline, date, outlet.

Pure functions over single lines, shared by the HTML reader (html_blocks) and the
line classifier (boilerplate).
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .charclass import HAN, SPACE_RUN, closed_up
from .memo import short_text_cache
from .numerals import chinese_to_int
from .rules import compiled, longest_first, rule_lines, rule_sections

DATE = compiled(r"((?:19|20)\d{2})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})(?!\d)")
# a document's number: its year in brackets and its serial (〔2021〕3号, [2020] 12 号)
FILE_NUMBER = compiled(r"[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d+\s*号")
# … and a document's number alone on its line: its issuer's short form, then the number (冀卫办〔2003〕47号)
DOC_NUMBER_LINE = compiled(r"[\u4e00-\u9fff]{1,10}" + FILE_NUMBER.pattern)
# outlet label, then the name up to white space or the next label
_OUTLET = compiled(r"(?:来源|来自|出处|稿源)\s*[:：]\s*([^\s|｜,，;；:：()（）\[\]【】]{2,30})")
# the next label glued to the name; 发布 alone is no label, since many outlets are named so (上海发布)
_NEXT_LABEL = compiled(r"(作者|编辑|责编|记者|发布(?:时间|日期|于|者|人)|发布\s*[:：]|时间|日期|浏览|点击|阅读|字号).*$")
_DATE_LABEL = compiled(r"发布|日期|时间|发表|更新")
_SENTENCE_END = compiled(r"[。！？!?；;]\s*$")
_ANY_STOP = compiled(r"[。！？!?；;]")
QUESTION_HEADLINE_MAX = 40   # a headline may ask or exclaim (`一线干部还能正常休假吗?`), when it is this short


def iso_date(text: str) -> str | None:
    """The first plausible calendar date in text, as YYYY-MM-DD (an overseas site's date in English
    words, May 8, 2024 or 8 May 2024, when no numeric one is there)."""
    for m in DATE.finditer(text):
        try:
            return date(*(int(x) for x in m.groups())).isoformat()
        except ValueError:  # 2020-02-31, month 13: not a date, maybe a phone number
            continue
    if "20" in text or "19" in text:    # (the cheap test first: a year's digits)
        for m in _WORDED_DATE.finditer(text):
            month = _MONTHS.index((m.group("mon") or m.group("mon2"))[:3].lower()) + 1
            try:
                return date(int(m.group("y")), month, int(m.group("d") or m.group("d2"))).isoformat()
            except ValueError:
                continue
    return None


# a month by its English name or abbreviation, and a date written with it, month first or day first
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_WORD = (r"(?P<mon>(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
               r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?))\.?")
_WORDED_DATE = compiled(rf"\b(?:{_MONTH_WORD}\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?,?"
                        rf"|(?P<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+{_MONTH_WORD.replace('mon', 'mon2')},?)"
                        r"\s+(?P<y>(?:19|20)\d{2})\b")


# a date counted from the founding of the Republic of China, as Taiwan's sites print it (113-07-30 is
# 2024-07-30): read only after a date label, where three digits cannot be anything else
_ROC_DATE = compiled(r"(?<!\d)(1[0-2]\d|[89]\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
ROC_EPOCH = 1911
# the line under a document's name, in brackets, that gives the date it was adopted, promulgated or
# issued, with the body, meeting or number that did it and when it takes effect ((2021年6月18日湖北省
# 人民政府令第419号公布 自2021年8月1日起施行), (2021年9月18日某市人民政府第87次常务会议通过),
# (2022年4月28日某府办〔2022〕9号印发)): its first date
ADOPTION_LINE = compiled(r"[（(]\s*(?P<roc>(?:中华)?民国)?(?P<y>(?(roc)\d{2,3}|(?:19|20)\d{2}))年(?P<m>1[0-2]|0?[1-9])月"
                      r"(?P<d>3[01]|[12]\d|0?[1-9])日[^（）()\n]{0,60}?(?:通过|公布|发布|印发|批准)[^（）()\n]{0,40}[）)]\s*$")


def labeled_date(text: str) -> str | None:
    """The date of a line with a date label (发布日期：…), as YYYY-MM-DD: a calendar date, else one of the
    Republic of China's years."""
    if not has_date_label(text):
        return None
    found = iso_date(text)
    if found is None and (m := _ROC_DATE.search(text)):
        try:
            found = date(int(m.group(1)) + ROC_EPOCH, int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    return found


def outlet_of(text: str) -> str | None:
    """The name after a 来源 label: `来源:人民网` → 人民网."""
    m = _OUTLET.search(text)
    if not m:
        return None
    name = _NEXT_LABEL.sub("", m.group(1)).strip("-—_·")
    return name if len(name) >= 2 and HAN.search(name) or re.fullmatch(r"[A-Za-z][\w.-]{2,}", name or "") else None


def has_date_label(text: str) -> bool:
    return bool(_DATE_LABEL.search(text))


@lru_cache(maxsize=1)
def _title_rules() -> tuple[re.Pattern, ...]:
    return tuple(compiled(line.split("\t")[0]) for line in rule_lines("boilerplate_title.txt"))


@short_text_cache(maxsize=4096, max_chars=300)   # (a site's headlines and title bars recur; each is read by every rule)
def clean_title(line: str) -> str:
    """A headline line without channel prefixes and site suffixes."""
    title = line.strip()
    for rx in _title_rules():
        stripped = rx.sub("", title).strip()
        if len(stripped) >= 4:
            title = stripped
    if title[:1] == "【" and title[-1:] == "】" and title.count("【") == 1 and title.count("】") == 1:
        title = title[1:-1].strip()     # a browser title set in brackets: 【关于…的通知】-某某委员会
    if " " in title:
        title = _TYPESET_NUMBER.sub(r"\1", title)
    return title


# a number a PDF's text sets apart by a space on each side from the Han characters around it (关于做好 2023
# 年夏季…的通知): no word boundary of the title's (a space on one side only parts a headline's clauses:
# 老年助餐再扩面 80周岁以上老人…)
_TYPESET_NUMBER = compiled(r"(?<=[\u4e00-\u9fff]) ([0-9]+) (?=[\u4e00-\u9fff])")


MENU_MIN_TOKENS = 5   # a menu strings this many short names on a line (看贴 图片 吧主推荐 视频 游戏) …
MENU_TOKEN_MAX = 4    # … each this short; a headline's words run together, a slogan's four phrases are fewer


def _is_menu(line: str) -> bool:
    tokens = line.split()
    return (len(tokens) >= MENU_MIN_TOKENS and all(len(t) <= MENU_TOKEN_MAX for t in tokens)
            and all(HAN.search(t) for t in tokens))     # `某某论坛 - 民生资讯 - 帖子详情` strings three names


# a document's date in brackets after its name, as law databases and reposts set it in the title
# (…有关待遇问题的通知(2003年5月9日)): no date line, a headline
_DATE_AFTER_NAME = compiled(r"[(（]\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*[)）]\s*$")
DATED_NAME_MIN = 8      # Han characters of the name before such a date, at least


def date_after_name(name: str) -> re.Match | None:
    """The date in brackets that ends a document's name (…的通知(2003年5月9日)), or None."""
    return _DATE_AFTER_NAME.search(name) if name.endswith((")", "）")) else None


def looks_like_headline(line: str) -> bool:
    """Short, mostly Han, and not a sentence: what a headline line looks like."""
    dated = date_after_name(line)
    if dated and len(HAN.findall(line, 0, dated.start())) >= DATED_NAME_MIN:
        line = line[:dated.start()]
    n = len(line)
    if not 5 <= n <= 80:
        return False
    han = len(HAN.findall(line))
    if line.count(" ") >= MENU_MIN_TOKENS - 1 and _is_menu(line):
        return False
    if _SENTENCE_END.search(line):
        end = line.rstrip()
        # (a question may be asked twice, as Q&A sites' titles do: `企业怎么申请稳岗返还？需要什么材料？`)
        inner = _ANY_STOP.findall(end[:-1])
        if end[-1] in "。；;" or n > QUESTION_HEADLINE_MAX or len(inner) > 1 or inner and inner[0] not in "？?":
            return False
    return han >= 4 and han >= 0.5 * len(line.replace(" ", "")) and iso_date(line) is None


# ---------------------------------------------------------------- a notice's signature block

# a document's date as its signature writes it, alone on its line: 2020年2月4日, 2020 年 2 月 23 日,
# 二〇二〇年二月十四日 (the year digit by digit, month and day as numbers; zero written 〇, 零 or the
# circle ○ many typists use for it: 二○○三年五月九日; or the letter O a typist or an OCR puts for it:
# 二O一九年四月十日)
_ZEROS = "〇零○OＯ"
_HAN_DIGIT = _ZEROS + "一二三四五六七八九"
_DOC_DATE = compiled(
    r"[(（]?\s*(?P<y>(?:19|20)\d{2}|[一二][" + _HAN_DIGIT + r"]{3})\s*年\s*"
    r"(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*"
    r"(?P<d>\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日\s*[)）]?")


def _han_or_arabic(s: str) -> int:
    if s.isdigit():
        return int(s)
    if len(s) == 4 and all(c in _HAN_DIGIT for c in s):       # 二〇二〇
        return int("".join(str("〇一二三四五六七八九".find(c)) if c not in _ZEROS else "0" for c in s))
    return chinese_to_int(s) or 0


# a date written in digits alone on its line, one separator throughout (2020-03-05, 2020/3/5, 2020.3.5)
_NUMERIC_DATE_LINE = compiled(r"\s*((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})\s*")


def numeric_date(line: str) -> str | None:
    """The ISO date of a line that is only a date in digits (a signature's date as a site's template
    rewrote it: 2020-03-05 under the issuing bodies)."""
    m = _NUMERIC_DATE_LINE.fullmatch(line)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(3)), int(m.group(4))).isoformat()
    except ValueError:
        return None


def document_date(line: str) -> str | None:
    """The ISO date of a line that is only a date in 年月日 form (a notice's signature date)."""
    m = _DOC_DATE.fullmatch(line.strip())
    if not m:
        return None
    try:
        y, mo, d = (_han_or_arabic(m.group(k)) for k in ("y", "m", "d"))
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


_ISSUER_PREFIX = ("中国共产党", "中共", "共青团")


_LOCAL_BODY = compiled(r"[\u4e00-\u9fff]{2}(?:村民委员会|村委会|居民委员会|[镇乡](?:人民政府|政府|党委)|街道办事处|街道党工委)$")


@lru_cache(maxsize=1)
def _issuer_suffixes() -> tuple[str, ...]:
    return tuple(longest_first(rule_sections("policy_terms.txt").get("issuer_suffixes", ())))


def issuer_names(line: str) -> list[str]:
    """The issuing bodies of a signature line (`中共某市委组织部  某市财政局`), or [] when the
    line is anything else: every name between white space ends with an issuer suffix of
    rules/policy_terms.txt and is a place or a party body written out (4 to 25 Han characters)."""
    line = line.strip()
    suffixes = _issuer_suffixes()
    if not line.endswith(suffixes):     # the cheap test first: this is asked of every line of a page
        if line[-2:-1] not in (" ", "\u3000"):
            return []
        # … but a name letter-spaced to the width of the one above it (某 市 财 政 局) is one name
        line = closed_up(line)
        if not line.endswith(suffixes) or " " in line:
            return []
    names = [n for n in SPACE_RUN.split(line) if n]
    if not names or len(names) > 8:
        return []
    for n in names:
        if not (4 <= len(n) <= 25 and HAN.fullmatch(n[0]) and all("\u4e00" <= c <= "\u9fff" for c in n)):
            return []
        if not n.endswith(suffixes) or n.endswith("文件"):
            return []
        # a bare body without its place (市财政局 is a place, 财政局 alone is not written in a signature);
        # a town's, a street's or a village's own body is named by its town or village (某村村民委员会)
        if not any(ch in n for ch in "省市区县州旗盟") and not n.startswith(_ISSUER_PREFIX) \
                and not _LOCAL_BODY.search(n):
            return []
    return names


def dated_issuers(line: str) -> tuple[list[str], str] | None:
    """A one-line signature or byline of issuing bodies and a date, the date first or last
    (`2020年2月12日 某市委组织部`, `某市委组织部 2020年2月12日`): (names, ISO date), else None."""
    parts = [n for n in SPACE_RUN.split(line.strip()) if n]
    if len(parts) < 2:
        return None
    for when, rest in ((parts[0], parts[1:]), (parts[-1], parts[:-1])):
        iso = document_date(when)
        if iso:
            names = issuer_names(" ".join(rest))
            return (names, iso) if names else None
    return None

