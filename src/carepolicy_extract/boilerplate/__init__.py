"""Strip page boilerplate from a page's lines, keeping what it says about itself.

Before that, parts of lines are cut: what `cut` rules name (a credit glued to the lead or to the
last paragraph, a site's address), a site's mark glued after the last sentence of most paragraphs
(a watermark), and the headline glued again before the text's first list marker (document sites).
Every line (block) is first judged on its own:
- `junk`  - a rule in `rules/boilerplate.txt` names it, or its shape gives it away (a run of
            short tokens between `|`, bracketed buttons, no Han at all, a repeat of the headline,
            mostly kana or hangul);
- `body`  - long enough, Han-dense and punctuated like running text;
- `short` - anything else: headings, list items, region names, dates in the text.
Then the page is read as a whole: a run of other articles' headlines (a related or hot list,
a sidebar) is junk by its shape and place, and so is a run of entries that each end in a date,
time or counter (a listing), a run of key-value rows above the text (a disclosure table) and a
lone ▲ caption; the footer starts at a `tail` line or at a separator a template
repeats between entries, but only with the article above it (as much text above as below);
the densest run of body text (the best-scoring contiguous span, junk weighing against it) is
the article's core, ended above the page's headline if a list names it again inside; it grows
outward over short and body lines until junk (or a dateline above it) stops it, and loses the
few bare phrases that trail off after its last sentence. What lies outside is dropped, and so
is junk inside. Last, the line model (rules/line_model.tsv) vetoes the short lines further
above the text that do not look like the article's.
Headline, date and outlet are read from the lines that are dropped before the core; the
headline is the line above the byline that shares most with the article.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..charclass import HAN, HAN_RUN
from ..markers import leading_marker
from ..page import Block, PageMeta
from ..page_header import (clean_title, document_date, has_date_label, iso_date, issuer_names, looks_like_headline,
                           outlet_of)
from ..policy_terms import terms
from .line_rules import HEADER_ACTIONS, RULE_ACTIONS, _action_rules, cut_site_parts, rule_action
from .line_kind import (BODY, HEADLINE_MAX_LEN, HEADLINE_MIN_HAN, JUNK, LineFacts, SHORT, _BULLETED, _ENDS_A_TEXT,
                        _FILE_NUMBER, _LABELLED, _han_pairs, _squeeze, facts, is_dateline, judge_line, line_weight)
from .repeats import _drop_teasers, _repeated_lines, _templated_separators
from .contents import _table_of_contents
from .page_lists import (_drop_headline_lists, _drop_key_value_tables, _drop_latin_phrases, _drop_listings,
                         _drop_lone_captions)
from .page_breaks import _join_across_page_breaks, _running_headers
from .endings import _keep_signature_dates, _trim_trailing_phrases
from .answers import _keep_other_answers, _keep_the_question
from .model import line_features, line_model, second_opinion, vetoable
from .cuts import _cut_glued_headlines, _cut_watermarks

TAIL_TEXT_ENOUGH = 200   # running text of this many words above a tail line is an article, whatever follows


def _footer_start(lines: list[str], kinds: list[str], judged: list[tuple[str, str | None]], first_body: int,
                  running: set[int] = frozenset()) -> int | None:
    """The first line a `tail` rule names (comments, related reading, a disclaimer) that has the
    article above it: the densest run of text above it weighs at least as much as the densest
    below it, or is an article's length anyway. A blog or portal often sets a widget of the
    latest comments or related posts in a sidebar ABOVE the article (the dump reads the sidebar
    first); such a heading has only a blurb above it and the whole article below, and starts
    no footer. One pass each way (Kadane), so the page is not read again per tail line. Page
    furniture inside a document copy (a page number, the running header below it) recurs like a
    template's separator but ends nothing: the document goes on past its page breaks."""
    tails = sorted(({i for i, (_, action) in enumerate(judged) if action == "tail" and i > first_body}
                   | {i for i in _templated_separators(lines, kinds, first_body) if judged[i][1] != "page"}) - running)
    if not tails:
        return None
    weights = [line_weight(k, line) for k, line in zip(kinds, lines)]
    above, below = _best_runs(weights), _best_runs(weights[::-1])[::-1]
    n = len(lines)
    for i in tails:
        before, after = above[i - 1], below[i + 1] if i + 1 < n else 0.0
        if _text_above_wins(before, after):
            return i
    return None


def _text_above_wins(before: float, after: float) -> bool:
    """The densest text above a line outweighs the densest below it, or is an article anyway."""
    return before >= after or before >= TAIL_TEXT_ENOUGH


def _cut_at_listed_headline(lines: list[str], kinds: list[str], core: tuple[int, int], at: int) -> tuple[int, int]:
    """The page's own headline once more on a line of its own inside the article's core: a list
    of the latest or related articles, which names this one too (`| 最新` / `<headline>` / `<other
    headlines>`); an article does not restate its headline between its paragraphs. The core
    ends above it when the text above weighs at least as much as what follows (the same test
    as a tail rule's, `_footer_start`)."""
    weights = [line_weight(k, line) for k, line in zip(kinds[core[0]:core[1] + 1], lines[core[0]:core[1] + 1])]
    k = at - core[0]
    above, below = _best_runs(weights[:k]), _best_runs(weights[k + 1:][::-1])
    before, after = (above[-1] if above else 0.0), (below[-1] if below else 0.0)
    if not _text_above_wins(before, after):
        return core
    for j in range(at, len(kinds)):
        kinds[j] = JUNK
    return core[0], at - 1


def _best_runs(weights: list[float]) -> list[float]:
    """For every k, the largest total of a contiguous span within weights[0..k] (Kadane)."""
    out, best, total = [], 0.0, 0.0
    for w in weights:
        total = w if total <= 0 else total + w
        best = max(best, total)
        out.append(best)
    return out


def densest_run(weights: list[float]) -> tuple[int, int] | None:
    """(first, last) index of the contiguous span with the largest total weight (Kadane)."""
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = w, i
        else:
            total += w
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def classify(lines: list[str]) -> tuple[list[bool], PageMeta]:
    """Keep/drop for every line, and the headline, date and outlet read from the dropped ones:
    the verdicts of the rules and the page's shape, then the line model's second opinion on the
    short lines they keep (see `second_opinion`)."""
    keep, meta, judged = _classify(lines)
    model = line_model()
    threshold = model.get("threshold", 0.0)
    if threshold > 0 and any(keep):     # threshold 0: the model is off
        for i, p in enumerate(second_opinion(lines, judged, keep, meta.title, model, above_only=True)):
            # a bare section number opening the article's list is the list's, like a list marker
            if p is not None and p < threshold and not (not HAN.search(lines[i]) and _opens_sections(lines, i, len(lines) - 1)):
                keep[i] = False
    return keep, meta


def _classify(lines: list[str]) -> tuple[list[bool], PageMeta, list[tuple[str, str | None]]]:
    judged = [judge_line(line) for line in lines]
    _drop_teasers(lines, judged)
    _keep_signature_dates(lines, judged)
    kinds = [k for k, _ in judged]
    repeated, stated_often = _repeated_lines(lines, kinds)
    toc, headings = _table_of_contents(lines, kinds)
    repeated -= headings
    for i in toc:
        kinds[i] = JUNK
    for i in repeated:
        kinds[i] = JUNK
    _drop_headline_lists(lines, kinds)
    _drop_listings(lines, kinds, judged)
    running = _running_headers(lines, judged)
    first_body = next((i for i, k in enumerate(kinds) if k == BODY), None)
    if first_body is not None:
        _drop_key_value_tables(lines, kinds, first_body)
        _drop_lone_captions(lines, kinds)
        _drop_latin_phrases(lines, kinds)
        for i in headings:      # `第一篇：…` is a heading a contents list names, not a table's row
            if judged[i][1] is None and kinds[i] == JUNK:
                kinds[i] = judged[i][0]

    # the footer starts at a tail rule, but only below article text (see `_footer_start`)
    if first_body is not None:
        footer = _footer_start(lines, kinds, judged, first_body, running)
        if footer is not None:
            for j in range(footer, len(kinds)):
                kinds[j] = JUNK

    meta = PageMeta()
    core = densest_run([line_weight(k, line) for k, line in zip(kinds, lines)])
    core = _header_off_the_core(lines, kinds, judged, core)
    core, atop = _headline_atop_the_core(lines, kinds, judged, core, headings)
    start = core[0] if core else len(lines)
    for i in range(start):      # a dateline above the article is the page's header (a byline a rule names aside)
        if kinds[i] != JUNK and judged[i][1] is None and is_dateline(lines[i]):
            kinds[i] = JUNK

    # headline: the first headline-like line above the core that no rule calls boilerplate
    # (a line of issuing bodies alone is a notice's signature or a site's name, never its headline;
    # one that opens with a list marker is the first item of a text whose headline was not kept)
    # (a headline that a rule finds in the site's furniture, such as a page link, comes first)
    candidates = [i for i in range(start) if (kinds[i] != JUNK or i in repeated or i in atop) and judged[i][1] != "page"
                  and i not in headings and i not in toc and looks_like_headline(lines[i])
                  and not issuer_names(lines[i]) and leading_marker(lines[i]) is None]
    titled = next((i for i in range(start) if judged[i][1] == "title"), None)
    if titled is not None:
        candidates = [titled] + [i for i in candidates if i > titled]
    pick = next((i for i in candidates if len(lines[i]) >= 8), candidates[0] if candidates else None)
    if pick is not None and core is not None:
        pick = _headline_of_the_text(lines, candidates, pick, core)
    if pick is not None:
        pick = _headline_in_full(lines, candidates, pick)
    if pick is not None:
        meta.title = clean_title(lines[pick])
        parts = _headline_parts(lines, judged, pick, start)
        if parts:       # a document's name set over several lines: its headline is all of them
            meta.title = clean_title("".join(_squeeze(lines[i]) for i in [pick, *parts]))
            for i in parts:
                kinds[i] = JUNK
        title_key = _squeeze(lines[pick])
        clean_key = _squeeze(meta.title)
        restated = []
        for i, line in enumerate(lines):
            if _squeeze(line) in (title_key, clean_key) and i not in headings:
                kinds[i] = JUNK
                if i > start:
                    restated.append(i)
        # once: a list that names this article too; between every paragraph: the template's banner
        if core is not None and len(restated) == 1 and restated[0] <= core[1]:
            core = _cut_at_listed_headline(lines, kinds, core, restated[0])
    meta.published, meta.outlet = _read_header(lines, judged, start)

    if core is None:
        # no running text anywhere (a bare list, a two-line note): nothing to weigh the
        # short lines against, so everything that is not junk is the text
        return [k != JUNK for k in kinds], meta, judged
    keep = [False] * len(lines)
    lo, hi = core
    while lo > 0 and kinds[lo - 1] != JUNK:
        lo -= 1
    while hi + 1 < len(lines) and kinds[hi + 1] != JUNK:
        hi += 1
    # lines without Han (page numbers, `GMT+8`) are kept only inside the article: table cells
    while lo < hi and not HAN.search(lines[lo]) and not _opens_sections(lines, lo, hi):
        lo += 1
    while hi > lo and not HAN.search(lines[hi]):
        hi -= 1
    hi = _trim_trailing_phrases(lines, kinds, judged, lo, hi)
    if meta.title is not None:   # (a heading a table of contents names is the text's, never a deck)
        lo = min(_skip_decks(lines, kinds, judged, lo, hi), min((h for h in headings if h >= lo), default=len(lines)))
    for i in range(lo, hi + 1):
        keep[i] = kinds[i] != JUNK and i not in stated_often and judged[i][1] != "page" and i not in running
    # the article's byline often sits above a band of chrome (site name, follow-us widgets);
    # the one nearest the article is still part of it
    byline = next((i for i in range(lo - 1, -1, -1) if judged[i][1] == "byline"), None)
    if byline is not None:
        keep[byline] = True
    _keep_other_answers(lines, judged, keep, hi)
    if meta.title is not None:
        _keep_the_question(lines, kinds, judged, keep, lo, _squeeze(meta.title))
    return keep, meta, judged


DECK_MAX_LINES = 2     # lines between the page's header and the lead that are its deck, at most …
DECK_MAX_LEN = 40      # … each this short
DECK_WIDGET_MAX = 20   # … with nothing but widgets this short between them and the header (微博, Qzone, 图集)
_DECK_STOP = re.compile(r"[。；;：:！!，,、]")


def _is_deck(line: str, action: str | None) -> bool:
    """Shaped like a headline and nothing else: short, mostly Han, no clause (no comma, colon or
    full stop; a question may end it), no list marker, no file number, no issuing body, no rule,
    and long enough to say what the article says (a label over the lead, `核心阅读`, is shorter)."""
    if not 4 <= len(line) <= DECK_MAX_LEN or action is not None or _DECK_STOP.search(line):
        return False
    f = facts(line)
    return (f.han >= HEADLINE_MIN_HAN and f.han >= 0.6 * f.words and leading_marker(line) is None and not _BULLETED.match(line)
            and not _FILE_NUMBER.search(line) and not issuer_names(line) and not document_date(line))


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
_TOP_HEADLINE_END = re.compile(r"[。；;：:]$")
_LEAD_STOP = re.compile(r"[。！？!?][”’」』)）]*$|。")
_INNER_MARKER = re.compile(r"[一二三四五六七八九十]、|(?<![\d.])\d{1,2}[、.．](?!\d)")   # a heading glued inside: …范文一、背景分析


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
                and not _LABELLED.match(line) and not _FILE_NUMBER.search(line) and not issuer_names(line) \
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
_ASKS_OR_ENDS = re.compile(r"[。？?！!]")   # … which asks and exclaims nothing (a question's long description does)
HEADER_IN_CORE_LINES = 4   # the core's first lines searched for the page's header (a question, a byline)
HEADER_IN_CORE_BODIES = 2  # … with this many body lines above it at most, each shaped like a headline
_FULL_STOP = re.compile(r"[。；;]")


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
                    or leading_marker(line) is not None or _LABELLED.match(line)):
                return core
    return core


SECTION_LOOKAHEAD = 12   # lines below a bare section number in which the next number must come


def _opens_sections(lines: list[str], at: int, hi: int) -> bool:
    """Whether the line `at` (no Han) is a bare section number (`01`, `PART 1`, the
    `section_number` rule) whose next number is written the same way a few lines below, inside
    the article: the first of a numbered list, not a page number or a stray figure."""
    rx = _action_rules("section_number")
    m = rx.fullmatch(lines[at].strip()) if rx is not None and len(lines[at]) <= 12 else None
    if m is None:
        return False
    n = m.group("n")
    line = lines[at].strip()
    nxt = line[:m.start("n")] + str(int(n) + 1).zfill(len(n)) + line[m.end("n"):]
    return any(lines[j].strip() == nxt for j in range(at + 1, min(hi, at + SECTION_LOOKAHEAD) + 1))


HEADLINE_SHARE_MIN = 0.5      # a headline says what its article says: most of its word pairs recur there
HEADLINE_SHARE_MARGIN = 0.3   # … and a later line must share this much more to beat the first candidate
HEADLINE_MIN_PAIRS = 6        # … and have this many pairs at least (`12月12日下午` shares all of its two)
HEADLINE_DATE_WITHIN = 3      # … and have the article's date within this many lines below it


HEADLINE_PART_MAX = 30     # a line that goes on a headline set over several lines is this short at most
HEADLINE_JOIN_MAX = 80     # … and the whole headline no longer than this
_PART_STOP = re.compile(r"[。！？；，,：:!?;]")
# a headline line that cannot end a headline: it breaks off at a word that asks for more
# (`…关于印发` / `…的` over the rest of the document's name)
_UNFINISHED_HEADLINE = re.compile(r"(关于|印发|转发|的|和|及|与|、)$")


@lru_cache(maxsize=1)
def _document_name_end() -> re.Pattern:
    """The last words of a document's own name (rules/policy_terms.txt [document_nouns]), maybe with
    its number in brackets after it: `…若干措施的通知`, `…领导小组公告（2022年第15号）`."""
    words = sorted(terms()["document_nouns"], key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, words))})(?:[（(][^（）()]{{1,16}}[）)])?$")


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
                or leading_marker(line) is not None or total + len(squeezed) > HEADLINE_JOIN_MAX):
            break
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


def _read_header(lines: list[str], judged: list[tuple[str, str | None]], start: int) -> tuple[str | None, str | None]:
    """Date and outlet from header lines: those above the core, and `meta` lines anywhere."""
    header = [i for i in range(len(lines)) if i < start or judged[i][1] in HEADER_ACTIONS]
    published = next((d for i in header if has_date_label(lines[i]) and (d := iso_date(lines[i]))), None)
    if published is None:
        published = next((d for i in header if judged[i][1] in HEADER_ACTIONS and (d := iso_date(lines[i]))), None)
    if published is None:
        published = next((d for i in header if i < start and (d := iso_date(lines[i]))), None)
    outlet = next((o for i in header if (o := outlet_of(lines[i]))), None)
    return published, outlet


def strip_boilerplate(blocks: list[Block]) -> tuple[list[Block], PageMeta]:
    """The article's blocks, and what the stripped lines said about the page."""
    lines = [b.text.strip() for b in blocks]
    _cut_watermarks(lines)      # first: a mark is known by its repeats while it still names its site
    lines = [cut_site_parts(line) for line in lines]
    _cut_glued_headlines(lines)
    keep, meta = classify(lines)
    _join_across_page_breaks(lines, keep)
    return [Block(b.kind, line) if line != b.text else b for b, line, k in zip(blocks, lines, keep) if k and line], meta
