"""Which lines the page's template repeats: a line set twice above the text, a sentence stated
three times anywhere, a separator a template sets between entries below the text (not a watermark
stamped between the article's own sections), and a teaser that restates the lead below it.
An article states a line once; what recurs is the page's.
"""
from __future__ import annotations

from itertools import accumulate

from ..charclass import HAN_RUN
from ..markers import leading_marker
from ..rules import compiled
from .line_kind import BODY, JUNK, _LABELLED, _han_pairs, run_length

TEMPLATE_MIN_CHARS = 6     # a separator line the template repeats is this long at least …
TEMPLATE_MIN_HAN = 4       # … with this many Han characters (a column of verse references `帖前5:16` is a table's)
TEMPLATE_REPEATS = 3       # … and set this often below the article's first sentence
TEMPLATE_MIN_GAP = 2       # … with more lines than this between two of them (an entry)
_DIGITS = compiled(r"\d+")
# a machine's time stamp alone on its line (`2005-1-14 22:08`): what a comment list or a thread sets over each
# entry; an article's programme writes its dates as words (`3月1日 9:00`), and never a year and a clock alone
_MACHINE_STAMP = compiled(r"^\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")


def _templated_separators(lines: list[str], kinds: list[str], first_body: int) -> set[int]:
    """The first of the lines that a template sets between entries below the text, once its
    numbers are set aside: a post's footer on a blog's page of posts (`由某某张贴 @ 2005-06-14
    03:25 (370)`, `共 11 篇评论 发表评论 >>>`), a reply's header (`# re: <the headline>`), a
    comment's `回复 举报`, a comment's bare time stamp (`2005-1-14 22:08`). An article's own headings and short lines differ from each other;
    a line that recurs three times, counters aside, is the page's furniture, and the entries it
    separates are not the article above it (see `_footer_start`)."""
    seen: dict[str, list[int]] = {}
    for i in range(first_body + 1, len(lines)):
        if kinds[i] != BODY and len(lines[i]) >= TEMPLATE_MIN_CHARS:
            seen.setdefault(_DIGITS.sub("0", lines[i]), []).append(i)
    # entries lie between them: a programme's or a table's rows that read alike follow each other;
    # numbered items (`第1条 …`, `1. …`) read alike too, numbers aside
    return {at[0] for at in seen.values() if len(at) >= TEMPLATE_REPEATS
            and all(b - a > TEMPLATE_MIN_GAP for a, b in zip(at, at[1:]))
            and (run_length(HAN_RUN, lines[at[0]]) >= TEMPLATE_MIN_HAN or _MACHINE_STAMP.match(lines[at[0]]))
            and leading_marker(lines[at[0]]) is None
            and not _stamped_between_sections(lines, kinds, at)}


def _stamped_between_sections(lines: list[str], kinds: list[str], at: list[int]) -> bool:
    """A watermark, not a template's separator: the same line word for word (no counter or date
    that varies from entry to entry), and between its copies nothing but the article's running
    text and its numbered headings and items (`绵阳发布 ◆ 转载请注明出处` between `一、…（3项）`
    sections). A listing's entries have unnumbered short lines (a post's title, a commenter's name
    and date) between the template's lines. Only the span between the copies is read, once."""
    first = lines[at[0]]
    if any(lines[i] != first for i in at[1:]):
        return False
    for i in range(at[0] + 1, at[-1]):
        if lines[i] and kinds[i] != BODY and i not in at and leading_marker(lines[i]) is None:
            return False
    return True


REPEAT_MIN_CHARS = 6   # a repeated line this long is the page's, not the article's (`一、` or `是` may recur)
REPEAT_ANYWHERE = 3    # … and one stated this often is a template's wherever it sits (a slogan between paragraphs)
REPEAT_ANYWHERE_MIN_CHARS = 12   # … when it is this long (a table may repeat a short cell: `每人每月300元`)


def _repeated_lines(lines: list[str], kinds: list[str]) -> tuple[set[int], set[int]]:
    """Lines above the article's first sentence whose text recurs on the page: a headline set twice
    (in the title bar and above the text), a slogan a template repeats, a menu drawn twice. An
    article states a line once; its first sentence is the first body line that does not recur.
    Second, a sentence (a body line) stated three times or more: the template's wherever it is,
    dropped without breaking the article around it (a form's blank `____。` lines are no body)."""
    seen: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if len(line) >= REPEAT_MIN_CHARS:
            seen.setdefault(line, []).append(i)
    if all(len(v) == 1 for v in seen.values()):
        return set(), set()
    twice = {i for v in seen.values() if len(v) > 1 for i in v}
    first = next((i for i, k in enumerate(kinds) if k == BODY and i not in twice), len(lines))
    often = {i for v in seen.values() if len(v) >= REPEAT_ANYWHERE and len(lines[v[0]]) >= REPEAT_ANYWHERE_MIN_CHARS
             and kinds[v[0]] == BODY for i in v}
    # a short line stated this often with running text between every two of its copies: a document
    # copy's running header or footer (its name, its issuer, its file number, the sharing site's name)
    # set at each page break; a table's repeated cell has cells, not sentences, between its copies, and
    # the fields of a list's entries (`2、艺术概论`, `地 点：某楼201` in a programme) are numbered or labelled
    short = [(line, v) for line, v in seen.items() if len(v) >= REPEAT_ANYWHERE and kinds[v[0]] != BODY]
    if short:       # (most pages repeat no line this often: the body counts only when one does)
        bodies = list(accumulate((k == BODY for k in kinds), initial=0))
        often |= {i for line, v in short if leading_marker(line) is None and not _LABELLED.match(line)
                  and all(bodies[b] > bodies[a + 1] for a, b in zip(v, v[1:])) for i in v}
    return {i for i in twice if i < first}, often


TEASER_SHARE = 0.6   # a teaser repeats the lead: this share of its Han pairs recurs in the lines below it
TEASER_LOOKAHEAD = 3  # … within this many lines


def _drop_teasers(lines: list[str], judged: list[tuple[str, str | None]]) -> None:
    """A line a `teaser` rule names (`[摘要] …`, `内容提要：…`) is dropped when it repeats the lead
    below it, as a news page's teaser does; a paper's abstract, said once, is the text's. What
    the lead holds that the teaser's copy lacks may be spam injected into it (see
    `_cut_what_the_teaser_lacks`)."""
    for i, (_, action) in enumerate(judged):
        if action != "teaser":
            continue
        pairs = _han_pairs(lines[i])
        below = _han_pairs("\n".join(lines[i + 1:i + 1 + TEASER_LOOKAHEAD]))
        if pairs and len(pairs & below) >= TEASER_SHARE * len(pairs):
            judged[i] = (JUNK, "drop")
            for j in range(i + 1, min(i + 1 + TEASER_LOOKAHEAD, len(lines))):
                if judged[j][0] == BODY:
                    lines[j] = _cut_what_the_teaser_lacks(lines[i], lines[j])


INSERT_MIN, INSERT_MAX = 3, 12    # a phrase a content farm injects into a sentence: this long
INSERT_CONTEXT = 6                # … with this much copied word for word on either side of it
_CLAUSE_START = compiled(r"[，。；：！？、,;:!?“”\"]$")
_PUNCTUATED = compiled(r"[\s，。；：！？、,;:!?“”\"（）()《》【】]")


def _cut_what_the_teaser_lacks(teaser: str, lead: str) -> str:
    """The lead without the phrases a content farm injected into it: a site copies the lead into
    its teaser, then injects its spam words into each copy apart (`…就地过年，仓鼠特技飞天暖在身边…`
    below a teaser that reads `…就地过年，暖在身边…`). Aligned with the teaser, the lead's phrase
    that the teaser lacks (or has another phrase in its place, sharing no character with it: both
    copies injected at the same place) goes when it is short, unpunctuated, opens a clause (right after a
    punctuation mark: a farm injects between clauses) and sits between long runs the teaser copies
    word for word. An editor's teaser that shortens the lead drops whole clauses (with their
    punctuation) or words inside a clause, and is left alone. Read only for a teaser the page drops."""
    from difflib import SequenceMatcher     # only pages with a teaser come here
    ops = SequenceMatcher(None, teaser, lead, autojunk=False).get_opcodes()
    cuts = []
    for k in range(1, len(ops) - 1):
        tag, a1, a2, b1, b2 = ops[k]
        before, after = ops[k - 1], ops[k + 1]
        if tag == "replace":    # both copies injected at the same place: two phrases with no character in common
            other = teaser[a1:a2]
            if not (INSERT_MIN <= len(other) <= INSERT_MAX and not _PUNCTUATED.search(other)
                    and not set(other) & set(lead[b1:b2])):
                continue
        if (tag in ("insert", "replace") and INSERT_MIN <= b2 - b1 <= INSERT_MAX and not _PUNCTUATED.search(lead[b1:b2])
                and before[0] == "equal" and after[0] == "equal"
                and min(before[4] - before[3], after[4] - after[3]) >= INSERT_CONTEXT
                and _CLAUSE_START.search(lead[:b1])):
            cuts.append((b1, b2))
    for b1, b2 in reversed(cuts):
        lead = lead[:b1] + lead[b2:]
    return lead
