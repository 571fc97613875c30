"""What a page's information-disclosure table or meta line says of the document it publishes.

Government portals set a table above a notice (索引号 / 发布机构：某省人社厅 / 成文日期：2022-07-12 /
名称：关于…的通知) and notice pages a meta line (发布时间：2023-03-15 信息来源：某市人民政府办公室). The
chrome stage cuts these lines, and the notice's own text often ends before its signature, so the
document's date and issuers are only there. `read_disclosure` reads the labelled values from the
page's first lines (labels are data: rules/disclosure.txt); `fill_page_document` gives them to the
policy that is the page's own document (its title is the table's name or the headline) where its
text left them out. The date portal put a page online is its issuing date only when the issuer is
who published it (发布时间 … 信息来源：the issuer); the signing date (成文日期) always is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .models import Policy
from .page_header import DOC_NUMBER_LINE, iso_date, issuer_names
from .policies.signatures import _signature_bodies, signed_date
from .policies import find_policies, issuing_notice
from .policies.names import _TITLE_CHROME
from .policies.join import _same_body as same_body
from .policies.names import _names_policy as names_policy
from .issuers import bodies
from . import lexicon
from .charclass import SPACE_RUN
from .policy_terms import terms
from .regions import DATELINE, Places, bare_places, dateline_place, headline_place, places_in, provinces
from .rules import compiled, longest_first, rule_sections

HEAD_LINES = 40         # a disclosure table sits in the page's first lines
_FIELDS = ("written", "published", "issuer", "source", "title")


@dataclass(frozen=True)
class Disclosure:
    title: str | None = None
    issuers: tuple[str, ...] = ()
    written: str | None = None          # ISO date the document was signed
    published: str | None = None        # ISO date it was put online
    source: str | None = None


@lru_cache(maxsize=1)
def _labels() -> tuple[dict[str, str], int, frozenset[str]]:
    """Every label of rules/disclosure.txt → the field it fills ("other" ends a value only), the
    longest label's length, and the labels' last characters (a colon after any other is no label's)."""
    sections = rule_sections("disclosure.txt")
    out = {w: field for field in _FIELDS + ("other",) for w in sections.get(field, ())}
    return out, max(map(len, out), default=0), frozenset(w[-1] for w in out)


@lru_cache(maxsize=1)
def table_labels() -> frozenset[str]:
    """Every label of rules/disclosure.txt: a key-value row whose key is one is a disclosure table's."""
    return frozenset(_labels()[0])


_COLON = compiled("[:：]")
# a label in square brackets before its value, as legal databases set their meta block (【发布日期】2021-09-18)
_BRACKET_LABEL = compiled(r"【\s*([\u4e00-\u9fff][\u4e00-\u9fff\s\u3000]{1,8}?)\s*】(?![:：])")
_SPACE = frozenset(" \t\u3000")
LINE_MAX = 300      # a table's row is short; a long line is prose


def _label_before(line: str, colon: int) -> tuple[str, int] | None:
    """The label that ends right before a colon, its characters maybe spaced (索  引  号：), and
    where it starts; None when the words before the colon are no label (通知要求：)."""
    labels, longest, last = _labels()
    k = colon - 1
    while k >= 0 and line[k] in _SPACE:
        k -= 1
    if k < 0 or line[k] not in last:
        return None     # the cheap test first: most colons follow no label
    chars: list[tuple[int, str]] = []       # the last Han characters before the colon, spaces skipped
    while k >= 0 and len(chars) <= longest:
        c = line[k]
        if c not in _SPACE:
            chars.append((k, c))
        k -= 1
    word = "".join(c for _, c in reversed(chars))
    for n in range(min(longest, len(word)), 1, -1):
        start = chars[n - 1][0]
        if word[-n:] in labels and (start == 0 or not "\u4e00" <= line[start - 1] <= "\u9fff"):
            return labels[word[-n:]], start
    return None


# the bar between a table's cells as a text dump writes them (索引号 | 0113… | 分类 | 社会保障)
_CELL_BAR = compiled(r"\s*[|｜]\s*")


def _labelled_pairs(items: list[str]) -> tuple[list[str], bool]:
    """The items with each one that is a table's label alone joined to the next, its value, as
    label：value (`发布单位` over `某区人力资源和社会保障局` on lines of their own, `名称 | 某局关于…的通知`
    in cells of their own), so the colon reading takes them; and whether any was."""
    labels, longest, _ = _labels()
    out: list[str] = []
    k, any_label = 0, False
    while k < len(items):
        # (the cheap test first: a label alone is short, maybe letter-spaced)
        # (… maybe with its colon, the value on the next line: `成文日期：` over `2021-01-18`)
        word = SPACE_RUN.sub("", items[k]).rstrip("：:") if len(items[k]) <= 3 * longest + 1 else ""
        # (the next item read only after a label: most items are none)
        nxt = items[k + 1].strip() if k + 1 < len(items) and 2 <= len(word) <= longest and word in labels else ""
        if nxt and len(nxt) <= LINE_MAX and SPACE_RUN.sub("", nxt) not in labels:
            out.append(f"{word}：{nxt}")
            k, any_label = k + 2, True
            continue
        out.append(items[k])
        k += 1
    return out, any_label


def _cells_labelled(line: str) -> str:
    """A table's row whose labels and values sit in cells of their own (发布机构 | 某区民政局 | 发布日期 |
    2023-05-16) as label：value pairs; the line as it is when it holds none."""
    cells, any_label = _labelled_pairs(_CELL_BAR.split(line.strip(" \t\u3000|｜")))
    return " ".join(cells) if any_label else line


def read_disclosure(text: str) -> Disclosure:
    """The labelled values of the table or meta line among the first HEAD_LINES lines of `text`."""
    found: dict[str, str] = {}
    for line in _labelled_pairs(text.split("\n", HEAD_LINES)[:HEAD_LINES])[0]:
        if "【" in line:
            line = _BRACKET_LABEL.sub(r"\1：", line)      # a legal database's 【发布单位】某市人民政府
        if "|" in line or "｜" in line:
            line = _cells_labelled(line)
        if len(line) > LINE_MAX or ("：" not in line and ":" not in line):
            continue
        labels = [(field, start, m.end()) for m in _COLON.finditer(line)
                  for field, start in [_label_before(line, m.start()) or ("", -1)] if start >= 0]
        for k, (field, _, value_at) in enumerate(labels):
            end = labels[k + 1][1] if k + 1 < len(labels) else len(line)
            value = line[value_at:end].strip(" \t\u3000|")
            if value and field != "other" and field not in found:
                found[field] = value
    if not found:
        return Disclosure()
    return Disclosure(title=found.get("title"), issuers=_bodies(found.get("issuer", "")),
                      written=iso_date(found.get("written", "")), published=iso_date(found.get("published", "")),
                      source=found.get("source"))


def _bodies(value: str) -> tuple[str, ...]:
    """Issuing bodies of a table's value (中共某区委办公室 某区人民政府办公室; 某厅、某局)."""
    return tuple(n for n in re.split(r"[\s\u3000、，,；;]+", value) if len(n) >= 2)


_NOT_WORD = compiled(r"[\W_]+")


def _bare(s: str | None) -> str:
    return _NOT_WORD.sub("", s or "")


def _page_document(pols: list[Policy], names: list[str]) -> Policy | None:
    """The policy whose title is one of the page's names for its document (the table's name, the
    headline), or that name with the issuer before 关于 (某市人民政府办公室关于印发…的通知)."""
    keys = [_bare(n) for n in names if n]
    for p in pols:
        t = _bare(p.title)
        if t and any(t == k or (len(t) >= 8 and k.endswith(t)) for k in keys):
            return p
    return None


def fill_page_document(pols: list[Policy], disc: Disclosure, headline: str | None, top: str | None = None) -> None:
    """Give the page's own document the date, issuers and region its disclosure table states where
    its text left them out. Its name is the table's, the headline, or (a page whose title was chrome)
    the text's first line; a notice issuing a document gives the document the same."""
    if disc == Disclosure():
        return
    p = _page_document(pols, [disc.title, headline or top])
    if p is None:
        p = _table_document(pols, disc)
    if p is None:
        return
    _fill(p, disc)
    nm = issuing_notice(re.sub(r"\s+", "", p.title or ""))
    inner = _bare(nm.group("inner")) if nm else None
    for q in pols:
        if inner and q is not p and _bare(q.title) == inner:
            _fill(q, disc)      # 某办公室关于印发《某措施》的通知: the measures are signed with it


MIN_TABLE_TITLE = 6      # characters of a table's name that may be a document's (not 通知 alone)


def _table_document(pols: list[Policy], disc: Disclosure) -> Policy | None:
    """The document a disclosure table names (名称：某区志愿者激励嘉许办法（试行）) with its issuer or
    signing date, when the text named it nowhere (its headline was the portal's name): a policy of
    its own, first, as the page's own document is. Keeps a PolicyList's positions aligned."""
    title = re.sub(r"\s+", "", disc.title or "")
    if len(title) < MIN_TABLE_TITLE or not (disc.issuers or disc.written) or not names_policy(title):
        return None
    key = _bare(title)
    if issuing_notice(title) or any(key in _bare(p.title) or (p.title and _bare(p.title) in key) for p in pols):
        return None     # a notice (add_page_notice's), or a name the text gives in part or in full
    # its place: the most specific of those its name opens with (深圳市龙岗区志愿者… → 龙岗区)
    doc = Policy(index=1, title=title, region=_leading_place(title))
    _insert(pols, 0, doc, 0)
    return doc


LEADING_PLACES_REACH = 16   # characters of a name read for the places it opens with


def _leading_place(name: str) -> str | None:
    """The most specific of the places a name opens with, one right after the other (深圳市龙岗区志愿者…
    → 龙岗区; 宜宾市叙州区人力资源和社会保障局 → 叙州区), None when it opens with none."""
    at, place = 0, None
    for s, full, _ in places_in(name, 0, min(len(name), LEADING_PLACES_REACH)):
        if s != at:
            break
        at, place = s + len(full), full
    return place


def _insert(pols: list[Policy], at: int, p: Policy, position: int) -> None:
    """Put `p` at `at` among the policies, first mentioned at `position`: a PolicyList's positions
    and word counts stay aligned, and every policy's index follows its place."""
    pols.insert(at, p)
    for extra, value in (("positions", position), ("word_counts", None), ("levels", None)):
        values = getattr(pols, extra, None)
        if values is not None and len(values) == len(pols) - 1:
            values.insert(at, value)
    for k, q in enumerate(pols, 1):
        q.index = k


def _give_issuers(p: Policy, names: list[str]) -> None:
    """`names` become the policy's issuers, and the place the first opens with (江西省人社厅; the most
    specific of several, 宜宾市叙州区人社局 → 叙州区) its region, unless the document's own name opens
    with a place (a region the text gave a document it names with no issuer is only the place the page
    speaks of most: 湖北省 of a cited 《湖北省…办法》 on a district's notice)."""
    p.issuers = list(names)
    first = places_in(names[0]) if names else []
    if first and first[0][0] <= 2 and (p.region is None or not any(at == 0 for at, _, _ in
                                                                  places_in(p.title or "", 0, min(len(p.title or ""), 12)))):
        p.region = _leading_place(names[0][first[0][0]:]) or first[0][1]


def _of_level(full: str, level: str) -> bool:
    """Whether a place's full name is of this level (an 自治区 is no 区)."""
    return full.endswith(level) and (level != "区" or not full.endswith("自治区"))


def _fill(p: Policy, disc: Disclosure) -> None:
    full = re.sub(r"\s+", "", disc.title or "")
    if p.title and p.title.startswith("关于") and len(full) > len(p.title) and full.endswith(p.title):
        p.title = full      # the table's name with the issuer or place the headline left out (某区关于…的若干措施)
    if not p.issuers and disc.issuers:
        _give_issuers(p, disc.issuers)
    # the bodies the table's name opens with, when they hold those the policy has (名称：某市人社局 某市卫健委
    # 某市总工会关于…的通知 beside 发布机构：某市人社局): all of them issued it
    at = (disc.title or "").find("关于")
    named = [b.name for b in bodies(disc.title[:at], issuing=True)] if at > 0 else []
    if len(named) > len(p.issuers) and p.issuers and {_bare(i) for i in p.issuers} <= {_bare(n) for n in named}:
        _give_issuers(p, named)
    if p.date is None:
        source = _bare(disc.source)     # (某市人民政府办公室, or 某某厅网站)
        own = bool(source) and any(_bare(i) in source for i in p.issuers)
        p.date = disc.written or (disc.published if own else None)




TOP_LINES = 12      # a notice's name opens the document: among the text's first lines


def _top_lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n", TOP_LINES)[:TOP_LINES]]


def _bodies_above(lines: list[str], k: int) -> tuple[str, list[str]]:
    """The line above line k when it is only issuing bodies (a notice's head: `中共某县委办公室` over
    `关于印发《…》的通知`), and their names; else ("", [])."""
    above = next((x for x in reversed(lines[:k]) if x), "")
    names = issuer_names(above) if above else []
    return (above, names) if names else ("", [])


def notice_line(text: str, lines: list[str] | None = None) -> str | None:
    """The notice's name as the text's top writes it: a line `关于印发《…》的通知`, with the issuing
    bodies of the line above it when that line is only their names."""
    lines = _top_lines(text) if lines is None else lines
    for k, ln in enumerate(lines):
        if not ln.startswith(("关于印发", "关于转发")):
            continue
        # (its name maybe hard-wrapped over the next lines: 关于印发某区鼓励…过年 / 若干措施的通知)
        for more in lines[k + 1:k + WRAPPED_LINES]:
            if issuing_notice(ln.replace(" ", "")) or not more or len(more) > WRAPPED_LINE_MAX \
                    or _NOT_IN_WRAPPED.search(more):
                break
            ln += more
        if issuing_notice(ln.replace(" ", "")):
            return _bodies_above(lines, k)[0] + ln
    return None


def add_page_notice(pols: list[Policy], disc: Disclosure, headline: str | None, text: str = "",
                    lines: list[str] | None = None, head_lines: list[str] | None = None) -> None:
    """The notice the page publishes, when its table, headline or head names it (某办公室关于印发《某
    措施》的通知) and the text names only the document it issues: a policy of its own, right before
    that document's, with the same issuers, place and date. Keeps a PolicyList's positions aligned.
    The head is the text's, else the page's first lines before the chrome stage cut them (`head_lines`:
    a document site's copy whose notice head was taken for chrome)."""
    for name in (disc.title, headline, notice_line(text, lines), head_lines and notice_line("", head_lines)):
        m = issuing_notice(re.sub(r"\s+", "", name or ""))
        if m is None:
            continue
        key = _bare(m.group(0))
        if any(_bare(p.title) == key for p in pols):
            return
        inner = _bare(m.group("inner"))
        at = next((k for k, p in enumerate(pols) if _bare(p.title) == inner), None)
        if at is None:
            continue
        doc = pols[at]
        notice = Policy(index=1, title=m.group(0), issuers=list(doc.issuers or disc.issuers), region=doc.region,
                        date=doc.date or disc.written)
        positions = getattr(pols, "positions", None)
        _insert(pols, at, notice, positions[at] if positions and at < len(positions) else 0)
        return


def prefix_issuer_line(pols: list[Policy], text: str, lines: list[str] | None = None,
                       head_lines: list[str] | None = None, headline: str | None = None) -> None:
    """A document's name that opens with 关于 on a line of the text's top, below a line that is only
    its issuing bodies (`岳阳市应急管理局 岳阳市总工会` / `关于切实关心关爱…的通知`): its full name
    carries them, as its headline would (某局 某会关于…的通知), and so do its issuers when none were found.
    The bodies' line may be one the chrome stage cut (a document site's head above the notice's name):
    then it is read in `head_lines`, the page's first lines before its chrome was cut. A headline that
    writes the name without the bodies (a document site's file name: 关于…的若干措施（全文）.doc) is
    the name the page gives it: the bodies are only its issuers."""
    lines = _top_lines(text) if lines is None else lines
    for p in pols:
        if not p.title or not p.title.startswith("关于"):
            continue
        key = p.title.replace(" ", "")
        k = next((k for k, ln in enumerate(lines) if ln.replace(" ", "") == key), None)
        above, names = _bodies_above(lines, k) if k else ("", [])
        if not names and k is not None and head_lines:
            h = next((h for h, ln in enumerate(head_lines) if ln.replace(" ", "") == key), None)
            above, names = _bodies_above(head_lines, h) if h else ("", [])
        if names:
            if not (headline and _bare(headline).startswith(_bare(p.title))):
                p.title = above + p.title
            if not p.issuers or (len(p.issuers) == len(names)
                                 and all(any(same_body(i, n) for n in names) for i in p.issuers)):
                p.issuers = list(names)     # (区委办公室 区政府办公室 of a teaser: the line writes them in full)


def signature_cut_as_chrome(pols: list[Policy], head_text: str, text: str) -> None:
    """A document the text reproduces without issuers, whose signature's bodies line the text keeps
    but whose date line (`2016年4月28日印发`, which reads as a post's meta line) the chrome stage cut,
    or both lines cut right below the text's last line (a national body's long name, then the date):
    the bodies and date of that signature, read in the page before its chrome was cut. Given to the
    last policy named without issuers before the bodies line, when it has a title and no date."""
    positions = getattr(pols, "positions", None)
    if positions is None or len(positions) != len(pols) or all(p.issuers or not p.title for p in pols):
        return      # (the cheap test first: every policy has its issuers)
    prev, found, above, last, prev_above = "", None, "", "", ""
    for line in head_text.split("\n"):
        line = line.strip()
        if not line or len(line) > MAX_SIGNED_LINE:
            if line:
                prev, last = "", line
            continue
        if prev or (last and line[0] in _DATE_LINE_START):
            iso = signed_date(line)
            if iso and line not in text:
                if prev:
                    found, above = (prev, iso), prev_above
                elif last not in text and _signature_bodies(last):
                    # (national bodies, or a province's by their level, which page_header does not take:
                    # 国务院应对新型冠状病毒感染肺炎疫情联防联控机制; the chrome stage may cut such a line too)
                    found, above = (last, iso), prev_above
        prev = line if issuer_names(line) else ""
        prev_above, last = last, line
    if found is None:
        return
    names = issuer_names(found[0]) or _signature_bodies(found[0])
    if found[0] in text:
        at = text.find(found[0])
    elif above and text.rstrip().endswith(above):
        at = len(text)      # the whole signature cut, right below the text's last line
    else:
        return
    k = max((k for k, p in enumerate(pols) if positions[k] < at and not p.issuers and p.title and not p.date), default=None,
            key=lambda k: positions[k])
    if k is None:
        return
    pols[k].date = found[1]
    _give_issuers(pols[k], names)


MAX_SIGNED_LINE = 60        # characters of a signature's line (bodies, a date)
_DATE_LINE_START = "0123456789０１２３４５６７８９〇一二"    # what a date line opens with (2020年…, 二〇二〇年…)


def date_line_cut_as_chrome(pols: list[Policy], head_text: str, text: str, headline: str | None) -> None:
    """The page's own document (named by its headline) closed by a date line alone that the chrome stage
    cut as a post's time (…八、保障生活必需品供应。\n2020-01-25): that date, read in the page before its
    chrome was cut, right below the text's last line."""
    p = _page_document(pols, [headline]) if pols and headline else None
    if p is None or p.date:
        return
    last = text.rstrip().rsplit("\n", 1)[-1].strip()
    at = head_text.rfind(last) if len(last) >= MIN_LAST_LINE else -1
    if at < 0:
        return
    below = head_text[at + len(last):].lstrip().split("\n", 1)[0].strip()
    iso = signed_date(below) if below and len(below) <= MAX_SIGNED_LINE and below not in text else None
    if iso:
        p.date = iso


MIN_LAST_LINE = 8           # characters of the text's last line looked for in the page (not a fragment)

WRAPPED_LINES = 3          # lines above its end that a document's hard-wrapped name may run over
WRAPPED_LINE_MAX = 30      # characters of one such line (a line of prose is longer)
_NOT_IN_WRAPPED = compiled("[，。：；,;:！？!?]")


def rejoin_wrapped_name(pols: list[Policy], head_lines: list[str]) -> None:
    """A document whose name was hard-wrapped at the page's top (`某市某区新型冠状病毒肺炎` /
    `疫情防控指挥部关于强化…` / `…措施的通告`) and whose first lines the chrome stage cut, so that the
    text kept only its last line: its name is those lines joined, when they make `BODIES关于…` (its
    issuers, when none were found) or `关于…`. Read in `head_lines`, the page's first lines before
    its chrome was cut; the fewest lines that make such a name."""
    for p in pols:
        if not p.title or "关于" in p.title or len(p.title) > WRAPPED_LINE_MAX:
            continue
        key = p.title.replace(" ", "")
        k = next((k for k, ln in enumerate(head_lines) if ln.replace(" ", "") == key), 0)
        name = key
        for j in range(k - 1, max(-1, k - 1 - WRAPPED_LINES), -1):
            ln = head_lines[j].replace(" ", "")
            if not ln or len(ln) > WRAPPED_LINE_MAX or _NOT_IN_WRAPPED.search(ln):
                break
            name = ln + name
            at = name.find("关于")
            if at < 0:
                continue
            names = issuer_names(name[:at]) if at else []
            if at and not names:
                continue    # (疫情防控指挥部关于…: the body's place is on the line above)
            p.title = name
            if names and not p.issuers:
                _give_issuers(p, names)
            break


# a document's short name: its kind alone, maybe after 若干 or a kind word (《若干措施》, 《实施意见》, 《通知》)
_SHORT_NAME = compiled(r"(?:若干|实施|指导|暂行)?(?:措施|举措|意见|办法|规定|通知|方案|细则|通告|决定|指引)")
# a document's full name on a line of the page's top: in 《》 (《关于…的若干措施》政策解读), or after its
# bodies without them (相关文件：某厅等八部门关于…的若干措施)
_FULL_NAME = compiled(r"《([^《》\n]{6,80})》|关于[^《》\n。；;，,]{4,70}")


def full_name_above(pols: list[Policy], head_lines: list[str], text: str) -> None:
    """A document the text names only by its short name (研究制定了《若干措施》) whose full name the
    page's top wrote in lines the chrome stage cut (an explainer's headline 《关于…的若干措施》政策解读,
    a 相关文件 line): that full name, when the top writes one name only that ends with the short one
    and the text never writes it."""
    for p in pols:
        if not p.title or not _SHORT_NAME.fullmatch(p.title):
            continue
        names = set()
        for ln in head_lines:
            if p.title not in ln:
                continue
            for m in _FULL_NAME.finditer(ln):
                name = (m.group(1) or m.group()).strip()
                if name.endswith(p.title) and len(name) >= len(p.title) + SHORT_NAME_MORE:
                    names.add(name)
        if len(names) == 1:
            name = names.pop()
            if name not in text:
                p.title = name


SHORT_NAME_MORE = 6     # characters a full name has at least besides its short one
ESSAY_HEAD_LINES = 5    # non-empty lines of the page's top, before its text, where its headline stands
# what an essay or template site adds after a document's name (names._TITLE_CHROME's tails: 范文,
# （通用5篇）, 3000字, 篇一), told from a site's name after _ or | (a portal's title, read as the headline)
_ESSAY_TAIL_START = compiled(r"[0-9范（(篇]")


def essay_headline_cut_as_chrome(pols: list[Policy], head_lines: list[str], text: str) -> None:
    """A document's own name in the headline of an essay or template site's page (某工作方案范文（通用5篇）,
    某若干措施（精选6篇）) that the chrome stage cut as a content farm's collection headline: the page's
    document, first, as its headline names it. Read in the page's top before its chrome was cut, among
    its first lines that the text does not keep."""
    seen = 0
    for ln in head_lines:
        if not ln:
            continue
        seen += 1
        if seen > ESSAY_HEAD_LINES or ln in text:
            return
        name = _TITLE_CHROME.sub("", ln)
        if name == ln or len(name) < MIN_TABLE_TITLE or not _ESSAY_TAIL_START.match(ln, len(name)):
            continue
        key = _bare(name)
        if any(p.title and (key in _bare(p.title) or _bare(p.title) in key) for p in pols):
            return
        found = find_policies(name)
        doc = next((p for p in found if p.title and _bare(p.title) == key), None)
        if doc is not None:
            _insert(pols, 0, doc, 0)
        return


HEAD_PLACE_CHARS = 2000     # of the page before its chrome is cut: where its masthead and byline stand


def place_by_masthead(pols: list[Policy], head_text: str) -> None:
    """A policy of bodies named by their level only (省委组织部, 市委、市政府) whose place the text never
    gives: the place of that level the page's masthead or byline names (河南日报网 …, 济宁新闻网 |
    济宁日报, 桐庐县融媒体中心), read as a dateline is. The chrome stage cut those lines from the text."""
    top, places = head_text[:HEAD_PLACE_CHARS], None
    named_levels = getattr(pols, "levels", None)
    if named_levels is not None and len(named_levels) != len(pols):
        named_levels = None
    for k, p in enumerate(pols):
        if p.region is not None:
            continue
        if not p.issuers:
            # a set a place issues by its level only (我市出台…, 市里发了…): that level
            if not (named_levels and named_levels[k]) or p.title and places_in(p.title, 0, min(len(p.title), 12)):
                continue
            levels = {named_levels[k]}
        else:
            found = [bodies(i) for i in p.issuers]
            levels = {b[0].level for b in found if len(b) == 1 and not b[0].places and not b[0].national}
            if len(levels) != 1 or None in levels or any(len(b) != 1 for b in found):
                continue
        places = places or Places(top)      # (read once, for the first policy that needs it)
        level = levels.pop()
        p.region = (dateline_place(top, places, level) or _outlet_place(top, level) or _masthead_place(top, level)
                    or _account_place(top, level))


def _masthead_place(top: str, level: str) -> str | None:
    """The first place of `level` written with its level at the page's very top, where a portal's
    masthead stands (深圳市龙岗区人民政府门户网站 → 龙岗区 for 区民政局)."""
    for _, full, _ in places_in(top, 0, min(len(top), DATELINE)):
        if _of_level(full, level):
            return full
    return None


def _account_place(top: str, level: str) -> str | None:
    """The place of `level` a line of an account's card or byline names (rules/policy_terms.txt
    [account_cues]: 湖州市总工会官方公众号 → 湖州市 for 市总工会), written with its level or as a
    bare name that is a place with it (原创 湖州工会 → 湖州市)."""
    cues = terms().get("account_cues", ())
    for line in top.split("\n", HEAD_LINES)[:HEAD_LINES]:
        if len(line) > LINE_MAX or not any(c in line for c in cues):
            continue
        for _, full, _ in places_in(line):
            if _of_level(full, level):
                return full
        for word in line.split():
            # an account's name opens with its place (温州人社, 湖州工会), which the splitter may not keep
            named = headline_place(word, level) if len(word) >= 3 else None
            if named:
                return named
        for name in bare_places(line):
            if lexicon.is_place(name + level):
                return name + level
            if level in ("省", "自治区") and provinces().get(name, "").endswith(level):
                return provinces()[name]
    return None


def _outlet_place(top: str, level: str) -> str | None:
    """The place of `level` the first outlet's name in `top` opens with (扬州发布 → 扬州市 for 市委)."""
    for om in _outlet_re().finditer(top):
        stem = om.group(1)
        for n in (3, 2):
            name = stem[-n:] + level
            if len(stem) >= n and (lexicon.is_place(name) or (level in ("省", "自治区") and provinces().get(stem[-n:]) == name)):
                return name
        return None     # only the first outlet the page names
    return None


@lru_cache(maxsize=1)
def _outlet_re() -> re.Pattern:
    ends = "|".join(map(re.escape, longest_first(rule_sections("policy_terms.txt").get("outlet_words", ()))))
    return compiled(f"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{{2,3}})(?:{ends})(?![\u4e00-\u9fff])")


RED_HEADER = "文件"


def red_header_issuers(pols: list[Policy], head_text: str, head_lines: list[str] | None = None) -> None:
    """A document without issuers whose name stands under its red header (`中共某市委办公室文件`, maybe
    its number line between): the bodies that header names, with the place the first opens with."""
    lines = None
    for p in pols:
        if p.issuers or not p.title:
            continue
        if lines is None:
            lines = [ln.replace(" ", "") for ln in (head_lines if head_lines is not None else
                     [ln.strip() for ln in head_text.split("\n", HEAD_LINES)[:HEAD_LINES]])]
        key = p.title.replace(" ", "")
        names = []
        for k in (k for k, ln in enumerate(lines) if ln == key and k):     # (the page's title line too)
            above = [ln for ln in lines[:k] if ln][-2:]
            if len(above) == 2 and DOC_NUMBER_LINE.fullmatch(above[1]):
                above = above[:1]
            head = above[-1] if above else ""
            names = issuer_names(head[: -len(RED_HEADER)]) if head.endswith(RED_HEADER) else []
            if names:
                break
        if names:
            _give_issuers(p, names)


def complete_page_document(pols: list[Policy], head_text: str, text: str, headline: str | None) -> None:
    """What the page says of its own document outside its text: the disclosure table or meta line of
    `head_text` (the page before its chrome is cut), the notice it publishes, the bodies above its name."""
    disc = read_disclosure(head_text)
    lines = _top_lines(text)
    fill_page_document(pols, disc, headline, next((ln for ln in lines if ln), None))
    head_lines = [ln.strip() for ln in head_text.split("\n", HEAD_LINES)[:HEAD_LINES]]
    add_page_notice(pols, disc, headline, text, lines, head_lines)
    prefix_issuer_line(pols, text, lines, head_lines, headline)
    rejoin_wrapped_name(pols, head_lines)
    full_name_above(pols, head_lines, text)
    essay_headline_cut_as_chrome(pols, head_lines, text)
    red_header_issuers(pols, head_text, head_lines)
    signature_cut_as_chrome(pols, head_text, text)
    date_line_cut_as_chrome(pols, head_text, text, headline)
    place_by_masthead(pols, head_text)
