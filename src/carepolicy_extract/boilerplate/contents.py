"""Which lines are a table of contents, and which headings further down it names.

A contents list is chrome, but the headings it names are the text's even though their text
recurs on the page (which the repeats module would otherwise call the page's).
"""
from __future__ import annotations

from itertools import accumulate

from .line_kind import BODY, _SENTENCE_PUNCT
from ..rules import compiled

TOC_ENTRY_MAX = 40       # a contents entry is a heading's length
TOC_LABEL_MAX = 6        # the label over the entries (`目录`, `本文目录`) is shorter
TOC_MIN_ENTRIES = 3      # a contents list has this many entries, or two that come back as headings
TOC_TAIL_MIN, TOC_TAIL_MAX = 2, 4   # a heading that is only an entry's last words (`篇一`) is this short


# an entry's number (1、 2. 2.1 一、 （一）), cut before its text is compared with the headings'
_TOC_LABEL = compiled(r"^(?:本文|文章|全文)?目\s*[录次]\s*[:：]?$|^(?:Contents|CONTENTS|Table of [Cc]ontents)$")   # 目录, 目 次
_TOC_NUMBER = compiled(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\s+|\d{1,2}(?:\.\d{1,2})*\s*[、.．]|[一二三四五六七八九十]{1,3}\s*、|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）])\s*")


def _toc_key(line: str) -> str:
    m = _TOC_NUMBER.match(line)
    return line[m.end():] if m else line


def _same_entry_shape(a: str, b: str) -> bool:
    """Two lines set like entries of one list: both numbered, or the same first character
    (`篇一：…` `篇三：…`), or the same last two (`…总结` `…总结`)."""
    na, nb = _TOC_NUMBER.match(a), _TOC_NUMBER.match(b)
    if na or nb:
        return bool(na and nb)
    return a[0] == b[0] or a[-2:] == b[-2:]


def _heading_of(lines: list[str], places: list[int]) -> int:
    """Of the places an entry's text comes back (after the entry's own), the heading it names: the next
    one, unless the entry is numbered and that one is numbered too (a repeat of the contents)."""
    if len(places) > 2 and _TOC_NUMBER.match(lines[places[0]]):
        return next((i for i in places[1:] if not _TOC_NUMBER.match(lines[i])), places[1])
    return places[1]


def _table_of_contents(lines: list[str], kinds: list[str]) -> tuple[set[int], set[int]]:
    """A content farm's or a long document's table of contents: a run of short lines, one entry
    each (maybe numbered), whose entries come back further down, in order, as the headings of the
    text's parts (`目录` / `1、某某实施方案 篇一` / `2、…` … then `某某实施方案 篇一` over its
    paragraphs), above any running text. The entries and a short label right above them are chrome; the headings they
    name are the text's, though their text recurs on the page (a repeat above the text is
    otherwise the page's, see `_repeated_lines`). A page cut short names more parts than it shows:
    the entries below the last one that comes back are taken when set like it. (entries, headings)"""
    # entries come before the first paragraph; below it only a line equal to an entry's text is looked up
    first_paragraph = next((i for i, k in enumerate(kinds) if k == BODY and len(lines[i]) > TOC_ENTRY_MAX), len(lines))
    seen: dict[str, list[int]] = {}
    # a part's heading may be only the entry's last words: `1、某某措施汇报篇一` … then `篇一`
    tails: dict[str, str] = {}

    def key(i: int) -> None:
        k = _toc_key(lines[i])
        seen.setdefault(k, []).append(i)
        for n in range(TOC_TAIL_MIN, min(TOC_TAIL_MAX, len(k) - 2) + 1):
            tails.setdefault(k[-n:], k)

    for i in range(first_paragraph):
        line = lines[i]
        if 4 <= len(line) <= TOC_ENTRY_MAX and "。" not in line:
            key(i)
        elif TOC_TAIL_MIN <= len(line) <= TOC_TAIL_MAX and line in tails:    # the first part's heading
            seen[tails[line]].append(i)
    listed = False      # below it, the entries under a contents label (目录) are keyed too
    for i in range(first_paragraph, len(lines)):
        line = lines[i]
        if listed and 4 <= len(line) <= TOC_ENTRY_MAX and "。" not in line:
            key(i)
            continue
        listed = len(line) <= 8 and _TOC_LABEL.match(line) is not None
        if seen and ((at := seen.get(line)) is not None
                     or TOC_TAIL_MIN <= len(line) <= TOC_TAIL_MAX and (at := seen.get(tails.get(line, ""))) is not None):
            at.append(i)
    if not seen:
        return set(), set()
    # an entry and the heading it names; a content farm repeats its contents between the parts, under
    # their label: a numbered entry's heading is the first place that is not numbered as it is
    pairs = {v[0]: _heading_of(lines, v) for v in seen.values() if len(v) >= 2}
    if not pairs:
        return set(), set()
    nonempty = [i for i, line in enumerate(lines) if line]
    nxt = {a: b for a, b in zip(nonempty, nonempty[1:])}
    prev = {b: a for a, b in nxt.items()}
    bodies = list(accumulate((k == BODY for k in kinds), initial=0))
    first_body = next((i for i, k in enumerate(kinds) if k == BODY), len(lines))
    entries: set[int] = set()
    headings: set[int] = set()
    done: set[int] = set()
    for a in sorted(pairs):
        if a in done:
            continue
        run, heads = [a], [pairs[a]]
        while (j := nxt.get(run[-1])) is not None and j in pairs and pairs[j] > heads[-1] and j < heads[0]:
            run.append(j)
            heads.append(pairs[j])
        done.update(run)
        # above the text (an article's own summary list, its points then taken one by one, is the
        # text's), or below it under its label (目录 after an encyclopedia's lead or a regulation's preamble)
        label = prev.get(run[0])
        labelled = label is not None and _TOC_LABEL.match(lines[label]) is not None
        if run[0] > first_body and bodies[run[0]] > sum(kinds[i] == BODY for i in run) and not labelled:
            continue
        # the headings open parts: running text between the first and the last, and below the last
        # (a section's heading may sit right over its first subsection's)
        if len(heads) > 1 and bodies[heads[-1]] == bodies[heads[0] + 1] \
                or (k := nxt.get(heads[-1])) is None or kinds[k] != BODY:
            continue
        while (j := nxt.get(run[-1])) is not None and j < heads[0] and len(lines[j]) <= TOC_ENTRY_MAX \
                and "。" not in lines[j] and _same_entry_shape(lines[run[-1]], lines[j]):
            run.append(j)
        if len(run) < TOC_MIN_ENTRIES and len(heads) < 2:
            continue
        entries.update(run)
        headings.update(heads)
        if label is not None and len(lines[label]) <= TOC_LABEL_MAX and kinds[label] != BODY \
                and not _SENTENCE_PUNCT.search(lines[label]):
            entries.add(label)
    for v in seen.values():     # the repeat's entries, and its label
        if len(v) > 2 and v[0] in entries and pairs[v[0]] in headings:
            for i in v[1:]:
                if i != pairs[v[0]]:
                    entries.add(i)
                    label = prev.get(i)
                    if label is not None and _TOC_LABEL.match(lines[label]) is not None:
                        entries.add(label)
    return entries, headings
