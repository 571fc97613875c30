"""Strip page boilerplate from a page's lines, keeping what it says about itself.

Every line (block) is first judged on its own:
- `junk`  - a rule in `rules/boilerplate.txt` names it, or its shape gives it away (a run of
            short tokens between `|`, bracketed buttons, no Han at all, a repeat of the headline);
- `body`  - long enough, Han-dense and punctuated like running text;
- `short` - anything else: headings, list items, region names, dates in the text.
Then the page is read as a whole: the densest run of body text (the best-scoring contiguous
span, junk weighing against it) is the article's core; it grows outward over short and body
lines until junk stops it. What lies outside is dropped, and so is junk inside.
Headline, date and outlet are read from the lines that are dropped before the core.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .charclass import ALNUM_RUN, HAN, HAN_RUN
from .memo import short_text_cache
from .page import Block, PageMeta
from .page_header import (clean_title, document_date, has_date_label, iso_date, issuer_names, looks_like_headline,
                          outlet_of)
from .rules import rule_table

JUNK, BODY, SHORT = "junk", "body", "short"

_SENTENCE_PUNCT = re.compile(r"[，。！？；、,;!?]")
_BAR_SPLIT = re.compile(r"\s*[|｜]\s*")
_SPACE_SPLIT = re.compile(r"[\s\u3000\u00a0]+")
_BRACKETED = re.compile(r"\[[^\[\]]{0,12}\]|【[^【】]{0,12}】")
_LATIN_WORDS = re.compile(r"[A-Za-z]{2,}")
_SQUEEZE = re.compile(r"[\s\u3000\u00a0]+")

BODY_MIN_CHARS = 12        # a punctuated line this long reads as running text
BODY_MIN_UNPUNCTUATED = 50  # … or this long without punctuation (e.g. a dump with it stripped)
SHORT_WEIGHT = -2.0        # a short line costs the run a little: headings inside are fine, chrome at edges is not
JUNK_WEIGHT = -10.0        # junk costs at least this much, more when it is long


@dataclass(frozen=True)
class LineFacts:
    """What one line looks like, as numbers."""

    words: int      # Han characters, Latin letters and digits
    han: int
    punct: int      # sentence punctuation
    latin_words: int


UNANCHORED_MAX_LEN = 300  # rules that may match anywhere are tried on lines up to this long only
META_MAX_LEN = 150        # a header line is never longer
HEADER_ACTIONS = ("meta", "byline")  # rule actions of lines that say the page's date and outlet
CACHED_LINE_MAX = 500     # verdicts on lines up to this long are kept (chrome is short)


@lru_cache(maxsize=None)
def _compiled_rules() -> tuple[tuple[str, re.Pattern | None, tuple[re.Pattern, ...]], ...]:
    """Per action, strongest first: (action, rules anchored at ^, rules that match anywhere).

    Anchored rules form one alternation tried at the line's start only; the others are kept
    apart, since each alone is scanned faster (by its own literal prefix) than their union.
    """
    anchored: dict[str, list[str]] = {}
    floating: dict[str, list[str]] = {}
    for row in rule_table("boilerplate.txt"):
        if len(row) >= 2 and row[1]:
            group = anchored if row[1].startswith("^") and "|" not in _top_level(row[1]) else floating
            group.setdefault(row[0], []).append(row[1])
    out = []
    for action in ("tail", "byline", "meta", "drop"):
        rxs = anchored.get(action)
        out.append((action, re.compile("|".join(f"(?:{rx})" for rx in rxs)) if rxs else None,
                    tuple(re.compile(rx) for rx in floating.get(action, ()))))
    return tuple(out)


def _top_level(rx: str) -> str:
    """The pattern with bracketed and parenthesised parts removed: a top-level `|` means
    the pattern has alternatives that may not all be anchored."""
    out, depth, in_class, escaped = [], 0, False, False
    for ch in rx:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def rule_action(line: str) -> str | None:
    """The strongest rule action for a line: tail, then byline, then meta, then drop."""
    n = len(line)
    for action, anchored, floating in _compiled_rules():
        if action in HEADER_ACTIONS and n > META_MAX_LEN:
            continue
        if anchored is not None and anchored.match(line):
            return action
        if n <= UNANCHORED_MAX_LEN and any(rx.search(line) for rx in floating):
            return action
    return None


def run_length(rx: re.Pattern, s: str) -> int:
    """How many characters of s the runs matched by rx cover."""
    return sum(map(len, rx.findall(s)))


@short_text_cache(maxsize=4096, max_chars=CACHED_LINE_MAX)   # asked twice per line (kind, then weight)
def facts(line: str) -> LineFacts:
    han = run_length(HAN_RUN, line)
    return LineFacts(words=han + run_length(ALNUM_RUN, line), han=han, punct=len(_SENTENCE_PUNCT.findall(line)),
                     latin_words=len(_LATIN_WORDS.findall(line)) if han < len(line) // 2 else 0)


def is_token_list(line: str, f: LineFacts) -> bool:
    """A run of short tokens: a menu, a tag cloud or an SEO list of place names.

    `昭觉县| 洞头县| 沽源县| …` or `网站首页 | 关于我们 | 隐私政策`; a sentence is never cut
    this finely.
    """
    if line.count("|") + line.count("｜") >= 2:   # counting is cheaper than splitting every line
        parts = [p for p in _BAR_SPLIT.split(line) if p]
        short = sum(len(p) <= 12 for p in parts)
        if len(parts) >= 3 and short >= 0.7 * len(parts) and f.punct <= len(parts) // 3:
            return True
    if f.punct == 0 and f.latin_words < 3:
        tokens = [t for t in _SPACE_SPLIT.split(line) if t]
        if len(tokens) >= 6 and sum(len(t) for t in tokens) / len(tokens) <= 5:
            return True
        # a menu of five channel names (网站首页 新闻中心 政务公开 办事服务 互动交流); a row of
        # personal names (史自强 杨文明 李茂颖 方 敏) is shorter per token and stays
        if len(tokens) == 5 and all(2 <= len(t) <= 6 for t in tokens) and sum(map(len, tokens)) >= 18:
            return True
    return False


def is_button_row(line: str) -> bool:
    """Bracketed buttons with nothing else: `[ 资讯搜索 ]  [ ]  [ 告诉好友 ]`."""
    found = _BRACKETED.findall(line)
    return len(found) >= 2 and facts(_BRACKETED.sub("", line)).words <= 2


# a site's chrome (menus, footers, share bars) repeats on every page of it, so most lines of a
# corpus have been judged before; a verdict depends on the line alone
@short_text_cache(maxsize=16384, max_chars=CACHED_LINE_MAX)
def judge_line(line: str) -> tuple[str, str | None]:
    """(junk | body | short, the rule action if a rule named the line) for one line alone."""
    action = rule_action(line)
    if action == "byline":
        return SHORT, action    # kept when it sits against the article, like any short line
    if action is not None:
        return JUNK, action
    f = facts(line)
    if is_token_list(line, f) or is_button_row(line):
        return JUNK, None
    if f.han >= 0.4 * f.words and (f.words >= BODY_MIN_CHARS and f.punct >= 1 or f.words >= BODY_MIN_UNPUNCTUATED):
        return BODY, None
    if f.han == 0 and f.words >= 40 and f.punct >= 2:
        return BODY, None  # a Latin sentence: the abstract of a paper, a quote
    return SHORT, None


def line_weight(kind: str, line: str) -> float:
    """How much a line counts towards the densest run of body text."""
    if kind == BODY:
        return float(facts(line).words)
    if kind == SHORT:
        return SHORT_WEIGHT
    return min(JUNK_WEIGHT, -float(len(line)))


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


def _squeeze(s: str) -> str:
    return _SQUEEZE.sub("", s)


def classify(lines: list[str]) -> tuple[list[bool], PageMeta]:
    """Keep/drop for every line, and the headline, date and outlet read from the dropped ones."""
    judged = [judge_line(line) for line in lines]
    _keep_signature_dates(lines, judged)
    kinds = [k for k, _ in judged]
    first_body = next((i for i, k in enumerate(kinds) if k == BODY), None)

    # the footer starts at a tail rule, but only below article text
    if first_body is not None:
        for i, (_, action) in enumerate(judged):
            if action == "tail" and i > first_body:
                for j in range(i, len(kinds)):
                    kinds[j] = JUNK
                break

    meta = PageMeta()
    core = densest_run([line_weight(k, line) for k, line in zip(kinds, lines)])
    start = core[0] if core else len(lines)

    # headline: the first headline-like line above the core that no rule calls boilerplate
    # (a line of issuing bodies alone is a notice's signature or a site's name, never its headline)
    candidates = [i for i in range(start) if judged[i][0] != JUNK and looks_like_headline(lines[i])
                  and not issuer_names(lines[i])]
    pick = next((i for i in candidates if len(lines[i]) >= 8), candidates[0] if candidates else None)
    if pick is not None:
        meta.title = clean_title(lines[pick])
        title_key = _squeeze(lines[pick])
        clean_key = _squeeze(meta.title)
        for i, line in enumerate(lines):
            if _squeeze(line) in (title_key, clean_key):
                kinds[i] = JUNK
    meta.published, meta.outlet = _read_header(lines, judged, start)

    if core is None:
        # no running text anywhere (a bare list, a two-line note): nothing to weigh the
        # short lines against, so everything that is not junk is the text
        return [k != JUNK for k in kinds], meta
    keep = [False] * len(lines)
    lo, hi = core
    while lo > 0 and kinds[lo - 1] != JUNK:
        lo -= 1
    while hi + 1 < len(lines) and kinds[hi + 1] != JUNK:
        hi += 1
    # lines without Han (page numbers, `GMT+8`) are kept only inside the article: table cells
    while lo < hi and not HAN.search(lines[lo]):
        lo += 1
    while hi > lo and not HAN.search(lines[hi]):
        hi -= 1
    for i in range(lo, hi + 1):
        keep[i] = kinds[i] != JUNK
    # the article's byline often sits above a band of chrome (site name, follow-us widgets);
    # the one nearest the article is still part of it
    byline = next((i for i in range(lo - 1, -1, -1) if judged[i][1] == "byline"), None)
    if byline is not None:
        keep[byline] = True
    return keep, meta


def _keep_signature_dates(lines: list[str], judged: list[tuple[str, str | None]]) -> None:
    """A date alone on its line right below a line of issuing bodies is a notice's signature
    (`中共某市委组织部  某市财政局` / `2020年2月4日`): part of the document, kept like a byline
    (and read for the page's date when the page gives none of its own)."""
    prev = None
    for i, line in enumerate(lines):
        if not line:
            continue
        if (judged[i][0] == JUNK and prev is not None and document_date(line)
                and issuer_names(lines[prev])):
            judged[i] = (SHORT, "byline")     # kept, and read for the date like a byline
        prev = i


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
    keep, meta = classify(lines)
    return [b for b, k in zip(blocks, keep) if k and b.text.strip()], meta
