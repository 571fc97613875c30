"""Which line above the article is its headline: among the headline-shaped candidates, the one
that shares most with the article and has its date below it, written out in full when a title
field cut it short, and joined with the lines that go on with it when a document's name is set
over several lines.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..charclass import HAN_RUN, closed_up
from ..markers import leading_marker
from ..page_header import DOC_NUMBER_LINE, clean_title, iso_date, issuer_names
from ..policy_terms import terms
from ..regions import addressee_line
from ..rules import compiled, longest_first
from .line_kind import JUNK, _han_pairs, _squeeze

HEADLINE_SHARE_MIN = 0.5      # a headline says what its article says: most of its word pairs recur there
HEADLINE_SHARE_MARGIN = 0.3   # … and a later line must share this much more to beat the first candidate
HEADLINE_MIN_PAIRS = 6        # … and have this many pairs at least (`12月12日下午` shares all of its two)
HEADLINE_DATE_WITHIN = 3      # … and have the article's date within this many lines below it


HEADLINE_PART_MAX = 30     # a line that goes on a headline set over several lines is this short at most
HEADLINE_JOIN_MAX = 80     # … and the whole headline no longer than this
_PART_STOP = compiled(r"[。！？；，,：:!?;]")
# a headline line that cannot end a headline: it breaks off at a word that asks for more
# (`…关于印发` / `…的` over the rest of the document's name)
_UNFINISHED_HEADLINE = compiled(r"(关于|印发|转发|的|和|及|与|、)$")


@lru_cache(maxsize=1)
def _document_name_end() -> re.Pattern:
    """The last words of a document's own name (rules/policy_terms.txt [document_nouns]), maybe with
    its number in brackets after it: `…若干措施的通知`, `…领导小组公告（2022年第15号）`."""
    words = longest_first(terms()["document_nouns"])
    return compiled(f"(?:{'|'.join(map(re.escape, words))})(?:[（(][^（）()]{{1,16}}[）)])?$")


def _headline_parts(lines: list[str], judged: list[tuple[str, str | None]], pick: int, start: int) -> list[int]:
    """The lines below the headline line `pick` (and above the article) that go on with it: an
    official document's name broken over two or three short lines (`某省人民政府办公厅关于印发` /
    `某某若干措施` / `的通知`, `某市…疫情` / `防控工作领导小组` / `公 告`). Taken only when the joined
    lines end as a document's name does and the first line alone does not, so a deck or a
    subtitle below a finished headline stays apart. [] when nothing goes on."""
    parts: list[int] = []
    total = len(_squeeze(lines[pick]))
    j = pick + 1
    while j < start and len(parts) < 3:
        line = lines[j].strip()
        if not line:
            j += 1
            continue
        squeezed = _squeeze(line)
        if (len(squeezed) > HEADLINE_PART_MAX or judged[j][1] is not None or _PART_STOP.search(line)
                or not HAN_RUN.fullmatch(squeezed.strip("()（）")) and not _document_name_end().search(squeezed)
                or leading_marker(line) is not None or total + len(squeezed) > HEADLINE_JOIN_MAX
                or (not parts and issuer_names(line))):
            break       # (a line of issuing bodies opens the notice's own headline: 中共某县委办公室 / 关于印发…)
        parts.append(j)
        total += len(squeezed)
        j += 1
    name_end = _document_name_end()
    first = _squeeze(lines[pick])
    for k in range(len(parts), 0, -1):     # the longest run of lines that ends a document's name
        joined = first + "".join(_squeeze(lines[i]) for i in parts[:k])
        if name_end.search(joined) and (not name_end.search(first) or _UNFINISHED_HEADLINE.search(first)):
            return parts[:k]
    return []


def joined_headline(lines: list[str]) -> str:
    """A headline set over several lines, as one: the lines run on with nothing between them, and a
    letter-spaced line (`公 告`) loses its spaces, but a space between two words stays (the issuers of
    a joint notice, `国家发展改革委 国家数据局关于建立` / `…机制的通知`)."""
    return "".join(closed_up(line) for line in lines)


def _headline_of_the_text(lines: list[str], candidates: list[int], first: int, core: tuple[int, int]) -> int:
    """The candidate whose Han character pairs recur most in the article's core, when it
    clearly beats the first headline-like line and the article's date follows it closely
    (a headline is set above its byline; a line deep in the text is not): above the headline
    a dump has the site's name, its menus and app prompts (`庆元县人民政府门户网站`,
    `搜狐首页 > 新闻 > 正文`, `打开APP，阅读体验更佳`), which share nothing or little with the
    article, while the headline names its place, its measures and its people. When the first
    shares nothing at all with the article, a later candidate needs no date below it."""
    def dated_below(i: int) -> bool:
        return any(lines[d] and iso_date(lines[d]) for d in range(i + 1, min(len(lines), i + HEADLINE_DATE_WITHIN + 1)))

    worded = [i for i in candidates if i != first and len(_han_pairs(clean_title(lines[i]))) >= HEADLINE_MIN_PAIRS]
    if not worded:
        return first        # the usual case: nothing to weigh, and the core's pairs are not counted
    text = "\n".join(lines[core[0]:core[1] + 1])
    # (a later candidate needs a date below it, even when the first shares nothing with the text:
    # letting any later line win there took a list's intro for the headline on unseen pages)
    rivals = [i for i in worded if dated_below(i)]
    if not rivals:
        return first

    def share(i: int) -> float:     # a few substring searches, not the set of the whole core's pairs
        pairs = _han_pairs(clean_title(lines[i]))
        return sum(pair in text for pair in pairs) / len(pairs) if pairs else 0.0

    base = share(first)
    if len(_han_pairs(clean_title(lines[first]))) >= HEADLINE_MIN_PAIRS and dated_below(first):
        rivals.append(first)
    # ties go to the first line, or, against a first that shares nothing, to the line nearest the text
    best = max(rivals, key=lambda i: (share(i), -i if base > 0.0 else i))
    # against a first that shares nothing, the margin alone is asked (a headline's own words, 人民日报红船观澜, may not recur)
    if best != first and share(best) >= (HEADLINE_SHARE_MIN if base > 0.0 else 0.0) and share(best) >= base + HEADLINE_SHARE_MARGIN:
        return best
    return first


HEADLINE_CUT_MIN = 8    # Han characters a cut headline keeps at least, to be recognised in its full line
HEADLINE_CUT_TAIL = 10  # … and what the cut took off is this short at most (a longer tail is the text glued on)


SITE_TAIL_MAX = 12     # characters of a site's name a page's title field adds after the headline


def _headline_without_site(lines: list[str], candidates: list[int], pick: int) -> int:
    """A later candidate that is the picked line without the site's name its title field adds
    (`一线医护人员有哪些关爱政策？_某某问答` over the question set again above the answers): the
    page's own headline, whatever the site calls itself."""
    picked = _squeeze(lines[pick])
    for i in candidates:
        if i > pick:
            later = _squeeze(lines[i])
            rest = picked[len(later):]
            if len(later) >= HEADLINE_CUT_MIN and picked.startswith(later) and rest[:1] in _SITE_SEPARATORS \
                    and 2 <= len(rest.lstrip(_SITE_SEPARATORS)) <= SITE_TAIL_MAX:
                return i
    return pick


_SITE_SEPARATORS = "_|｜-—–·"


def _headline_in_full(lines: list[str], candidates: list[int], pick: int) -> int:
    """A later candidate that is the picked headline written out in full: a forum's or a portal's
    title field cuts a long headline short (`作者 标题 [情报] 某某防治及纾困振兴特别`) and the page
    sets it again whole above the text (`某某防治及纾困振兴特别条例`). The longest Han run of the
    pick must open the later line, which goes on by a few characters (not by the text a document
    site glues to its name: `某某方案模板范文一、背景分析…`)."""
    run = max(HAN_RUN.findall(lines[pick]), key=len, default="")
    if len(run) < HEADLINE_CUT_MIN:
        return pick
    for i in candidates:
        if i > pick:
            later = _squeeze(lines[i])
            tail = later[len(run):]
            if later.startswith(run) and 0 < len(tail) <= HEADLINE_CUT_TAIL and HAN_RUN.fullmatch(tail):
                return i
    return pick


def _document_name_over_text(lines: list[str], kinds: list[str], candidates: list[int], pick: int, start: int) -> int:
    """A later candidate that is a document's own name (关于…的通知, …若干措施的通知) with nothing but
    chrome (or its addressees: 各基层工会：, or its number: 冀卫办〔2003〕47号) between it and the text, when the pick is none: a government portal sets its site's name
    (`某区人民政府 政府信息公开`) and its disclosure table above the notice, whose name heads the text.
    A name set below a line of its issuing bodies (`中共某县委办公室` / `关于印发…的通知`) is left to
    the steps that join the two (see `notice_title_above`)."""
    name_end = _document_name_end()
    if name_end.search(_squeeze(clean_title(lines[pick]))):
        return pick
    for i in reversed(candidates):
        if i <= pick:
            break
        name = _squeeze(clean_title(lines[i]))
        if "关于" in name and name_end.search(name) and not _PART_STOP.search(name) \
                and all(kinds[j] == JUNK or not lines[j].strip() or addressee_line(lines[j])
                        or DOC_NUMBER_LINE.fullmatch(lines[j].strip()) for j in range(i + 1, start)):
            return pick if issuers_above(lines, i) else i
    return pick


STACKED_ISSUERS_MAX = 8    # lines of a red header that sets one body a line, at most


def issuers_above(lines: list[str], i: int) -> list[str]:
    """The issuing bodies the non-empty lines right above line i name alone (a red header's
    `甘肃省民政厅 甘肃省财政厅` over a notice's name, or its bodies stacked one a line), in order, or []."""
    found: list[list[str]] = []
    for k in range(i - 1, -1, -1):
        if not lines[k].strip():
            continue
        names = issuer_names(lines[k])
        if not names or len(found) == STACKED_ISSUERS_MAX:
            break
        found.append(names)
    return [name for names in reversed(found) for name in names]


# a document's red header: its bodies and 文件 alone on a line (湖南省总工会文件, 【省政府办公厅文件】)
_RED_HEADER = compiled(r"[【\[]?\s*(?P<bodies>[^\s【】\[\]]{4,30}?)\s*文件\s*[】\]]?")


def red_header_issuers(lines: list[str], lo: int, hi: int) -> list[str] | None:
    """The bodies of the first red header among lines [lo, hi), or None."""
    for line in lines[lo:hi]:
        red = _RED_HEADER.fullmatch(line.strip()) if line.rstrip().endswith(("文件", "文件】", "文件]")) else None
        if red and (names := issuer_names(red.group("bodies"))):
            return names
    return None


ISSUERS_MAX = 40     # characters of the issuers written before a document's name in its headline, at most
_DOCUMENT_NUMBER = compiled(r"\s*[（(][^（）()]{2,20}〔\d{4}〕[^（）()]{0,8}[)）]$")   # (发改价格〔2025〕65号)


def headline_with_issuers(lines: list[str], judged: list[tuple[str, str | None]], pick: int, start: int,
                          title: str) -> tuple[str, list[int]] | None:
    """The page's headline written out with its issuers, below the one picked: a government site's
    browser title names the document alone (`关于建立…机制的通知(发改价格〔2025〕65号)`), the page sets it
    again above the text under its issuers, often over two lines (`国家发展改革委 国家数据局关于建立` /
    `…机制的通知`). That headline and the lines it takes, or None."""
    name = _squeeze(_DOCUMENT_NUMBER.sub("", title))
    if len(name) < HEADLINE_CUT_MIN or not name.startswith("关于"):
        return None
    for i in range(pick + 1, start):
        if "关于" in lines[i]:
            parts = _headline_parts(lines, judged, i, start)
            full = joined_headline([lines[j] for j in [i, *parts]])
            squeezed = _squeeze(full)
            prefix = squeezed[:len(squeezed) - len(name)]
            if squeezed.endswith(name) and 2 <= len(prefix) <= ISSUERS_MAX and HAN_RUN.fullmatch(prefix):
                return full, [i, *parts]
    return None


RESTATED_PARTS_MAX = 5     # lines a headline set again over several lines may take


def restated_over_lines(lines: list[str], keys: tuple[str, ...], lo: int) -> list[int]:
    """The lines below line `lo` that set the headline again over several short lines (a notice's
    own layout under a portal's title: `某市人民政府办公室` / `关于印发《…经济` / `…若干` / `…》的通知`),
    blank lines between them: their indices, or [] when no run of lines spells one of `keys`
    (the headline with white space squeezed out) exactly."""
    firsts = {k[:1] for k in keys if k}
    for i in range(lo, len(lines)):
        if lines[i].lstrip()[:1] not in firsts:
            continue        # (the cheap test first: this is asked of every line below the headline)
        first = _squeeze(lines[i])
        if not any(k.startswith(first) and len(k) > len(first) for k in keys):
            continue
        run, joined = [i], first
        j = i + 1
        while j < len(lines) and len(run) < RESTATED_PARTS_MAX:
            part = _squeeze(lines[j])
            if part:
                joined += part
                run.append(j)
                if joined in keys:
                    return run
                if not any(k.startswith(joined) for k in keys):
                    break
            j += 1
    return []


ADDRESSEE_REACH = 3     # lines into the article's core where a notice's addressee line may stand
NOTICE_TITLE_MAX = 60   # characters of a notice's title line
_NO_TITLE = compiled(r"[。！？；，,!?;]")


def notice_title_above(lines: list[str], kinds: list[str], lo: int, hi: int) -> list[int]:
    """The line right above a notice's addressee line (各…各成员单位：) when it opens with 关于 and reads
    as a title (short, no clause), with the line of its issuing bodies right above it: the notice's
    own name, a second headline below the page's, often cut short by the page (关于切实加强疫情科学防控
    有序做好企业; 中共某县委办公室 / 关于印发《…》的通知). [] when there is none."""
    def above(k: int) -> int:
        k -= 1
        while k >= lo and not lines[k].strip():
            k -= 1
        return k
    for i in range(lo, min(hi, len(lines))):
        if not addressee_line(lines[i]):
            continue
        j = above(i)
        if j >= lo and kinds[j] != JUNK:
            title = lines[j].strip()
            if title.startswith("关于") and len(title) <= NOTICE_TITLE_MAX and not _NO_TITLE.search(title):
                k = above(j)
                return [k, j] if k >= lo and issuer_names(lines[k]) else [j]
        return []
    return []

