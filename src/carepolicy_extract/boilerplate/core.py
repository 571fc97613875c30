"""Where the article's core lies: the densest run of body text (Kadane over the line weights), the
footer that starts at a `tail` rule or a template's separator only with the article above it, the
core ended above the page's headline when a list names it again inside, and whether a bare
number opens the article's sections.
"""
from __future__ import annotations

from ..charclass import DIGIT
from ..markers import leading_marker

from .line_rules import FOOTER_ACTIONS, _action_rules
from .line_kind import BODY, JUNK, SHORT, line_weight
from .repeats import _templated_separators

TAIL_TEXT_ENOUGH = 200   # running text of this many words above a tail line is an article, whatever follows
# a site's legal notice (`反侵权公告：`, `版权声明`) is no widget a sidebar sets above the article: below a
# paragraph of text it starts the footer even when its long clauses outweigh a short article above it
LEGAL_TEXT_ABOVE = 40


def _footer_start(lines: list[str], kinds: list[str], judged: list[tuple[str, str | None]], first_body: int,
                  running: set[int] = frozenset()) -> int | None:
    """The first line a `tail` rule names (comments, related reading, a disclaimer) that has the
    article above it: the densest run of text above it weighs at least as much as the densest
    below it, or is an article's length anyway. A blog or portal often sets a widget of the
    latest comments or related posts in a sidebar ABOVE the article (the dump reads the sidebar
    first); such a heading has only a blurb above it and the whole article below, and starts
    no footer; a `legal` rule's heading (a site's copyright or disclaimer notice) is never such a
    widget, and starts the footer below a paragraph however short the article above it (a brief
    above a long 反侵权公告). One pass each way (Kadane), so the page is not read again per tail line. Page
    furniture inside a document copy (a page number, the running header below it) recurs like a
    template's separator but ends nothing: the document goes on past its page breaks."""
    tails = sorted(({i for i, (_, action) in enumerate(judged) if action in FOOTER_ACTIONS and i > first_body}
                   | {i for i in _templated_separators(lines, kinds, first_body) if judged[i][1] != "page"}) - running)
    if not tails:
        return None
    weights = [line_weight(k, line) for k, line in zip(kinds, lines)]
    above, below = _best_runs(weights), _best_runs(weights[::-1])[::-1]
    n = len(lines)
    for i in tails:
        resumes = _box_inside_article(lines, kinds, judged, i)
        if resumes is not None:
            for j in range(i, resumes):     # furniture inside the article: dropped, the article going on past it
                kinds[j], judged[j] = SHORT, (SHORT, "page")
            continue
        before, after = above[i - 1], below[i + 1] if i + 1 < n else 0.0
        if _text_above_wins(before, after) or judged[i][1] == "legal" and before >= LEGAL_TEXT_ABOVE:
            return i
    return None


BOX_LINES_MAX = 6   # a box of related reading set inside an article lists this many lines at most …
BOX_TEXT_AFTER_MAX = 10   # … and the end matter closes the article this many lines below it at most


def _box_inside_article(lines: list[str], kinds: list[str], judged: list[tuple[str, str | None]], at: int) -> int | None:
    """Where the article goes on below a box of related reading that a news page set between its
    paragraphs (相关链接： / two headlines / the next paragraph): the label, a few lines that are no
    running text, then running text again that the article's own end matter (its editor's line)
    closes a few lines below, before any other tail. An editor signs below the article, never above
    the related list at its foot, so a box with the end matter right below it is inside the text. Or,
    on a page whose stored part ends inside the article, a related label's box with paragraphs of an
    article's length running on below it to the page's end. A post's dated footer is no box (the next
    post follows it). None when the line starts a footer as usual."""
    end_matter = _action_rules("article_end")
    if end_matter is None or DIGIT.search(lines[at]):
        return None
    resumed = _list_resumes(lines, kinds, judged, at)
    if resumed is not None:
        return resumed
    j = at + 1
    while j < len(lines) and kinds[j] != BODY:
        if j - at > BOX_LINES_MAX or judged[j][1] in FOOTER_ACTIONS:
            return None
        j += 1
    if j == at + 1 or j >= len(lines):
        return None
    for k in range(j + 1, min(len(lines), j + BOX_TEXT_AFTER_MAX + 1)):
        if judged[k][1] in FOOTER_ACTIONS:
            return None
        if end_matter.match(lines[k]):
            return j
    # … or the page's stored part ends inside the article (a crawler keeps a page's first part, so no
    # footer follows): below a related-reading label (相关阅读, 延伸阅读, 相关新闻) paragraphs of an article's
    # length, not a page foot's one-line teasers or replies, run on to the page's end, nothing but
    # captions and ad marks between them
    rest = [k for k in range(j, len(lines)) if lines[k].strip()]
    body = [k for k in rest if kinds[k] == BODY]
    long_ = sum(len(lines[k]) >= CUT_PARAGRAPH_MIN for k in body)
    related = _action_rules("related_label")
    labelled = judged[at][1] == "tail" and related is not None and related.search(lines[at]) is not None
    if labelled and len(lines) - j <= BOX_TEXT_AFTER_MAX \
            and long_ >= CUT_TEXT_MIN_PARAGRAPHS and 3 * long_ >= 2 * len(body) \
            and all(kinds[k] == BODY or judged[k][1] in ("drop", "page") for k in rest):
        return j
    return None


LIST_ITEM_REACH = 8     # lines above a box searched for the article's last numbered item


def _list_resumes(lines: list[str], kinds: list[str], judged: list[tuple[str, str | None]], at: int) -> int | None:
    """Where the article's numbered list goes on below the box at `at`: the last body line above the
    box is item n of a list (`2. 创业担保贷款。…`) and a line a few lines below it, no footer rule's
    between, is item n + 1 in the same style (`3. 社会保险补贴。…`), as a self-media page sets its
    相关推荐 and their headlines between two items. None when no list goes on so."""
    above = None
    for k in range(at - 1, max(-1, at - 1 - LIST_ITEM_REACH), -1):
        if kinds[k] == BODY:
            above = leading_marker(lines[k])
            break
    if above is None:
        return None
    for j in range(at + 1, min(len(lines), at + BOX_LINES_MAX + 2)):
        if judged[j][1] in FOOTER_ACTIONS:
            return None
        below = leading_marker(lines[j]) if kinds[j] == BODY else None
        if below is not None:
            return j if below.style == above.style and below.number == above.number + 1 else None
    return None


CUT_TEXT_MIN_PARAGRAPHS = 2     # paragraphs of running text below a box, on a page whose stored part ends there …
CUT_PARAGRAPH_MIN = 40          # … two thirds of them this long at least


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
