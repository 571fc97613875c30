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
repeats between entries (a comment's time stamp too), but only with the article above it (as
much text above as below; below a site's `legal` notice heading, a paragraph is enough);
the densest run of body text (the best-scoring contiguous span, junk weighing against it) is
the article's core, ended above the page's headline if a list names it again inside; it grows
outward over short and body lines until junk (or a dateline above it) stops it, and loses the
few bare phrases that trail off after its last sentence. What lies outside is dropped, and so
is junk inside. Last, the line model (rules/line_model.tsv) vetoes the short lines further
above the text that do not look like the article's.
Headline, date and outlet are read from the lines that are dropped before the core; the
headline is the line above the byline that shares most with the article.

The stage is a package whose modules each decide one thing, imported one way (each only from
those above it): `line_rules` (which rule names a line, which parts `cut` rules take off) →
`line_kind` (junk, body or short, a line alone) → `repeats`, `contents`, `page_lists`,
`page_breaks`, `endings`, `answers`, `model`, `cuts` (what the page as a whole says of its lines)
→ `core` (where the article's densest text lies) → `header` and `headline` (where the header
ends, and what it says) → `strip` (the order of it all). This module keeps the stage's API.
"""
from __future__ import annotations

from ..page import Block, PageMeta
from .core import densest_run
from .line_kind import BODY, JUNK, SHORT, LineFacts, facts, judge_line, line_weight
from .line_rules import HEADER_ACTIONS, RULE_ACTIONS, cut_site_parts, rule_action
from .model import line_features, line_model, second_opinion, vetoable
from .strip import classify, strip_boilerplate

__all__ = ["BODY", "HEADER_ACTIONS", "JUNK", "RULE_ACTIONS", "SHORT", "Block", "LineFacts", "PageMeta", "classify",
           "cut_site_parts", "densest_run", "facts", "judge_line", "line_features", "line_model", "line_weight",
           "rule_action", "second_opinion", "strip_boilerplate", "vetoable"]
