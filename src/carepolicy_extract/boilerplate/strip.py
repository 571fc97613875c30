"""The stage itself: the order in which the other modules' decisions are applied to a page's
lines (cuts, line verdicts, page-level runs, footer, core, header, headline, the line model's
veto, page-break joins), and what is kept. The only module that knows the whole flow.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..charclass import HAN, HAN_RUN
from ..markers import leading_marker
from ..memo import short_text_cache
from ..page import Block, PageMeta
from ..issuers import bodies
from ..page_header import DATE, clean_title, issuer_names, looks_like_headline, numeric_date
from ..policy_terms import terms
from ..rules import compiled, longest_first
from .line_rules import CACHED_LINE_MAX, cut_site_parts
from .site_talk import cut_site_note
from .spam import cut_page_spam, cut_spam, settle
from .parts import ARTICLE_MIN, cut_glued_head, cut_glued_tail, glued_footer
from .line_kind import BODY, JUNK, _squeeze, is_dateline, judge_line, line_weight
from .repeats import _drop_teasers, _repeated_lines
from .contents import _table_of_contents
from .page_lists import (_drop_card_slogans, _drop_credited_captions, _drop_headline_lists, _drop_key_value_tables,
                         _drop_latin_phrases, _drop_listings, _drop_lone_captions, _keep_flattened_tables)
from .page_breaks import _join_across_page_breaks, _running_headers
from .endings import _keep_signature_dates, _trim_trailing_phrases
from .answers import _keep_the_question
from .model import line_model, second_opinion
from .cuts import _cut_glued_headlines, _cut_watermarks
from .core import _cut_at_listed_headline, _footer_start, _opens_sections, densest_run
from .header import _header_off_the_core, _headline_atop_the_core, _read_header, _skip_decks, reported_lead
from .headline import (ADDRESSEE_REACH, _document_name_over_text, _headline_in_full, _headline_without_site,
                       _headline_of_the_text, _headline_parts, headline_with_issuers, issuers_above, joined_headline,
                       notice_title_above, red_header_issuers, restated_over_lines)


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
        _drop_credited_captions(lines, kinds, judged)
        _drop_card_slogans(lines, kinds, judged, first_body)
        _drop_latin_phrases(lines, kinds)
        _keep_flattened_tables(lines, kinds, judged)
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
    # (a line a `page` rule names, a caption or a printed page's margin, stands inside the article: it
    # weighs nothing either way, and the article goes on across it; so does the running header below it)
    core = densest_run([0.0 if jd[1] == "page" or i in running else line_weight(k, line)
                        for i, (k, line, jd) in enumerate(zip(kinds, lines, judged))])
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
                  and i not in headings and i not in toc and i not in running and looks_like_headline(lines[i])
                  and not issuer_names(lines[i]) and (leading_marker(lines[i]) is None or reported_lead(lines[i]))]
    titled = next((i for i in range(start) if judged[i][1] == "title"), None)
    if titled is not None:
        candidates = [titled] + [i for i in candidates if i > titled]
    pick = next((i for i in candidates if len(lines[i]) >= 8), candidates[0] if candidates else None)
    if pick is not None and core is not None:
        pick = _headline_of_the_text(lines, candidates, pick, core)
    if pick is not None:
        pick = _headline_without_site(lines, candidates, _headline_in_full(lines, candidates, pick))
        pick = _document_name_over_text(lines, kinds, candidates, pick, start)
    if pick is not None:
        meta.title = clean_title(lines[pick])
        if _squeeze(meta.title).startswith("关于"):
            meta.header_issuers = issuers_above(lines, pick) or None     # (a red header's bodies)
        if meta.header_issuers is None and "关于" in meta.title:
            # … or a copy's red header below its file name, above the text (湘工发〔2008〕5号关于…的通知
            # over 下载提示 … 湖南省总工会文件 / 湘工发〔2008〕5号 / 关于…)
            meta.header_issuers = red_header_issuers(lines, pick + 1, start)
        parts = _headline_parts(lines, judged, pick, start)
        if parts:       # a document's name set over several lines: its headline is all of them
            meta.title = clean_title(joined_headline([lines[i] for i in [pick, *parts]]))
            for i in parts:
                kinds[i] = JUNK
        full = headline_with_issuers(lines, judged, pick, start, meta.title)
        if full is not None:
            meta.title = full[0]
            for i in full[1]:
                kinds[i] = JUNK
        bodies_line = _issuers_go_on_above(lines, pick, meta.title)
        if bodies_line is not None:
            meta.title = lines[bodies_line].strip() + " " + meta.title
            kinds[bodies_line] = JUNK
        title_key = _squeeze(lines[pick])
        clean_key = _squeeze(meta.title)
        keys = (title_key, clean_key)
        about = clean_key.find("关于")
        if about > 0:
            # … or written again without its issuing bodies (某县委办公室关于…的通知 over the red header's
            # 关于进一步精文减会 / 切实为基层减负的通知)
            keys += (clean_key[about:],)
        # cheap pre-tests first (squeezing drops only white space): long enough, and the same first character
        shortest, firsts = min(map(len, keys)), {key[:1] for key in keys}
        restated = []
        for i, line in enumerate(lines):
            if (len(line) >= shortest and line.lstrip()[:1] in firsts and _squeeze(line) in keys
                    and i not in headings):
                kinds[i] = JUNK
                if i > start:
                    restated.append(i)
        # … or over several short lines, the issuing body's name on the first (某办公室 / 关于印发《… / …》的通知)
        for i in restated_over_lines(lines, keys, pick + 1):
            kinds[i] = JUNK
        if about > 0 and meta.header_issuers is None:
            # … or once more below with its bodies written out before 关于, up to the notice's addressees (a
            # forum post's 某市关于…的通知 over the copied 某市人社局 某市总工会 关于…的通知): no text, and
            # those bodies issued it
            full = headline_with_issuers(lines, judged, pick, min(start + ADDRESSEE_REACH, len(lines)), clean_key[about:])
            if full is not None and (names := issuer_names(full[0][:full[0].find("关于")])):
                for i in full[1]:
                    kinds[i] = JUNK
                meta.header_issuers = names
        # a second headline right above the notice's addressee line, its name cut short by the page
        # (关于切实加强疫情科学防控有序做好企业 / 各市领导小组…各成员单位：): the document's own title
        # (and the page's headline when the one picked names something else: a site's SEO line, a
        # garbled title field)
        title_above = notice_title_above(lines, kinds, pick + 1, start + ADDRESSEE_REACH)
        for i in title_above:
            kinds[i] = JUNK
        if title_above and _squeeze(lines[title_above[-1]]) not in clean_key:
            meta.title = clean_title("".join(lines[i].strip() for i in title_above))
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
    while hi > lo and not HAN.search(lines[hi]) and not (judged[hi][1] == "byline" and numeric_date(lines[hi])):
        hi -= 1     # (a signature's date in digits, 2020-03-05, is the notice's: see _keep_signature_dates)
    hi = _trim_trailing_phrases(lines, kinds, judged, lo, hi)
    for i in range(lo, min(hi, lo + AUTHOR_TOP)):
        if _author_again(lines, i):
            kinds[i] = JUNK     # the byline's author alone again above the lead (2021-03-15 05:33:47郑智维 / … / 郑智维)
    if meta.title is not None:   # (a heading a table of contents names is the text's, never a deck)
        lo = min(_skip_decks(lines, kinds, judged, lo, hi), min((h for h in headings if h >= lo), default=len(lines)))
    for i in range(lo, hi + 1):
        keep[i] = kinds[i] != JUNK and i not in stated_often and judged[i][1] != "page" and i not in running
    # the article's byline often sits above a band of chrome (site name, follow-us widgets);
    # the one nearest the article is still part of it
    byline = next((i for i in range(lo - 1, -1, -1) if judged[i][1] == "byline"), None)
    if byline is not None:
        keep[byline] = True
    if meta.title is not None:
        _keep_the_question(lines, kinds, judged, keep, lo, _squeeze(meta.title))
    return keep, meta, judged


def _issuers_go_on_above(lines: list[str], pick: int, title: str) -> int | None:
    """The line right above the headline when it names bodies alone and the headline opens with a body
    before its 关于: the notice's issuers broken over two lines (`温州市人力资源和社会保障局 温州市财政局` /
    `国家税务总局温州市税务局关于印发《…》的通知`), which the headline's name takes whole. None else."""
    about = title.find("关于")
    if about <= 0 or not bodies(title[:about]):
        return None
    above = next((k for k in range(pick - 1, -1, -1) if lines[k].strip()), None)
    return above if above is not None and above == pick - 1 and issuer_names(lines[above]) else None


@short_text_cache(maxsize=16384, max_chars=CACHED_LINE_MAX)   # a site's lines recur from page to page
def _cut_parts(line: str) -> str:
    """The line without the chrome the cuts take out of it (a site's parts, glued spam, chrome glued
    before or after its text); each cut is a function of the line alone."""
    return settle(line, cut_glued_head(cut_glued_tail(cut_spam(cut_site_note(cut_site_parts(line))))))


def _split_glued_footers(blocks: list[Block]) -> list[Block]:
    """Blocks with a footer's first line glued after their last sentence split in two (see `glued_footer`)."""
    out = blocks
    for i, b in enumerate(blocks):
        text = b.text.strip() if len(b.text) > ARTICLE_MIN else ""
        at = glued_footer(text) if text else None
        if at is not None:
            if out is blocks:
                out = list(blocks[:i])
            out += [Block(b.kind, text[:at]), Block(b.kind, text[at:].strip())]
        elif out is not blocks:
            out.append(b)
    return out


# A document's name glued before its first heading on the line that opens the text, as document-sharing
# sites copy a file (`文档简介` / `某某工作实施方案一、方案目标与范围本方案…`), maybe with the site's word for a
# model text after it (`…工作方案模板范文一、背景分析`): the name is the headline, on a line of its own.
GLUED_NAME_MIN, GLUED_NAME_MAX = 6, 60      # characters of the name
GLUED_NAME_TAIL = 4                         # … and of the site's word after it (模板范文; rules/boilerplate_title.txt
                                            # takes it off the headline)
GLUED_NAME_LINES = 12                       # … on one of the page's first lines that hold text
GLUED_HEADING_MIN = 2                       # characters of the heading after its marker


@lru_cache(maxsize=1)
def _glued_name() -> re.Pattern:
    """A document's name (rules/policy_terms.txt [document_names], [issued_names] end it) and a few more
    characters before the first heading's marker, no punctuation in either."""
    nouns = longest_first([*terms()["document_names"], *terms()["issued_names"]])
    plain = "[^\\s，。！？；：,.!?;:、“”（）()]"
    return compiled(f"(?P<name>{plain}{{{GLUED_NAME_MIN - 2},{GLUED_NAME_MAX}}}?(?:{'|'.join(map(re.escape, nouns))})"
                    f"{plain}{{0,{GLUED_NAME_TAIL}}}?)(?=一、|第一[条章]|[（(]一[）)])")


def _split_glued_names(blocks: list[Block]) -> list[Block]:
    """The first of the page's first lines that opens with a document's name glued to its first heading
    (一、, 第一条, （一）), the name and the rest on two lines."""
    seen = 0
    for i, b in enumerate(blocks):
        text = b.text.strip()
        if not text:
            continue
        seen += 1
        if seen > GLUED_NAME_LINES:
            break
        m = _glued_name().match(text)
        mk = leading_marker(text[m.end():]) if m else None
        if mk is not None and mk.number == 1 and mk.start == 0 and len(text) - m.end() - mk.end >= GLUED_HEADING_MIN:
            # (the name as a headline is cleaned: the site's word after it goes, so it reads as the headline again)
            return [*blocks[:i], Block("heading", clean_title(m.group("name"))), Block(b.kind, text[m.end():]),
                    *blocks[i + 1:]]
    return blocks


AUTHOR_REACH = 8       # lines above the article's first where the dated byline naming its author stands
AUTHOR_TOP = 3         # … and the article's first lines where the name may stand alone again
PERSON_NAME_MAX = 4    # Han characters of a name alone on its line


def _author_again(lines: list[str], i: int) -> bool:
    """The line is a short name alone that a dated line a few lines above holds (a byline's author, set
    again on a line of its own over the article), not a heading: the byline names it."""
    name = lines[i].strip()
    return 2 <= len(name) <= PERSON_NAME_MAX and HAN_RUN.fullmatch(name) is not None and any(
        name in lines[j] and lines[j].strip() != name and DATE.search(lines[j]) is not None
        for j in range(max(0, i - AUTHOR_REACH), i))


def strip_boilerplate(blocks: list[Block]) -> tuple[list[Block], PageMeta]:
    """The article's blocks, and what the stripped lines said about the page."""
    blocks = _split_glued_names(_split_glued_footers(blocks))
    lines = [b.text.strip() for b in blocks]
    _cut_watermarks(lines)      # first: a mark is known by its repeats while it still names its site
    cut_page_spam(lines)        # … and spam by the page's own spam lines while they are whole
    lines = [_cut_parts(line) for line in lines]
    _cut_glued_headlines(lines)
    keep, meta = classify(lines)
    _join_across_page_breaks(lines, keep)
    return [Block(b.kind, line) if line != b.text else b for b, line, k in zip(blocks, lines, keep) if k and line], meta
