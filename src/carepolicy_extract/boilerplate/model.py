"""The line model's second opinion (rules/line_model.tsv): a logistic regression over a kept short
line's shape, place and neighbours that may veto it, but only further above the text and never a
signature or a list item. Kept apart so the training script (scripts/train_line_model.py) can
compute the same features.
"""
from __future__ import annotations

import math
from functools import lru_cache

from ..charclass import DIGIT
from ..markers import leading_marker
from ..page_header import document_date, issuer_names
from ..rules import compiled, rule_table
from .line_kind import BODY, _BULLETED, _ENDS_A_TEXT, _han_pairs, facts

_LINE_SEPARATORS = compiled(r"[|｜>＞»›·/]")
_LATIN = compiled(r"[A-Za-z]")
_COLON = compiled(r"[:：︰]")
DIST_CAP = 5
DATE_LINE_MAX = 20   # a line this short with a date is a date alone (`2022年10月17日`)


@lru_cache(maxsize=1)
def line_model() -> dict[str, float]:
    """The weights of rules/line_model.tsv (feature <TAB> weight; `threshold` too), {} without it."""
    out: dict[str, float] = {}
    try:
        rows = rule_table("line_model.tsv")
    except FileNotFoundError:
        return out
    for row in rows:
        if len(row) >= 2 and row[0] and row[1]:
            out[row[0]] = float(row[1])
    return out


def line_features(lines: list[str], judged: list[tuple[str, str | None]], keep: list[bool],
                  title: str | None, above_only: bool = False) -> list[dict[str, float] | None]:
    """Features of every kept short line (None for the rest): its shape (length, Han, punctuation,
    digits, Latin, separators, how it ends, a list marker), its place against the kept body lines
    (above the first, below the last, how far from the nearest), its neighbours' kinds, and how
    much it shares with the headline. Nothing names a site or a phrase. With above_only, only the
    lines above the first body line get features."""
    n = len(lines)
    body_at = [i for i in range(n) if keep[i] and judged[i][0] == BODY]
    if not body_at:
        return [None] * n
    first, last = body_at[0], body_at[-1]
    is_body = set(body_at)
    title_pairs = _han_pairs(title) if title else set()
    out: list[dict[str, float] | None] = [None] * n
    nearest = [DIST_CAP] * n
    d = DIST_CAP
    for i in range(n):                                  # distance to the nearest kept body line, both ways
        d = 0 if i in is_body else min(d + 1, DIST_CAP)
        nearest[i] = d
    d = DIST_CAP
    for i in range(n - 1, -1, -1):
        d = 0 if nearest[i] == 0 else min(d + 1, DIST_CAP)
        nearest[i] = min(nearest[i], d)
    kept = [i for i in range(n) if keep[i]]
    for k, i in enumerate(kept):
        if above_only and i > first:      # the only lines the model may veto (see `vetoable`)
            break
        if judged[i][0] == BODY:
            continue
        line = lines[i]
        f = facts(line)
        size = max(len(line.replace(" ", "")), 1)
        prev = kept[k - 1] if k > 0 else None
        nxt = kept[k + 1] if k + 1 < len(kept) else None
        pairs = _han_pairs(line) if title_pairs else set()
        out[i] = {
            "bias": 1.0,
            "length": min(len(line), 60) / 60,
            "han_share": f.han / size,
            "punct_per_char": min(f.punct / max(f.words, 1) * 10, 1.0),
            "digit_share": len(DIGIT.findall(line)) / size,
            "latin_share": len(_LATIN.findall(line)) / size,
            "separators": min(len(_LINE_SEPARATORS.findall(line)), 3) / 3,
            "colon": 1.0 if _COLON.search(line) else 0.0,
            "ends_a_sentence": 1.0 if _ENDS_A_TEXT.search(line) else 0.0,
            "no_punctuation": 1.0 if f.punct == 0 else 0.0,
            "list_marker": 1.0 if leading_marker(line) is not None or _BULLETED.match(line) else 0.0,
            # issuing bodies, a byline, or whatever signs above the date that closes a notice
            "signature": 1.0 if judged[i][1] == "byline" or issuer_names(line)
            or nxt is not None and i > first and document_date(lines[nxt]) and len(lines[nxt]) <= DATE_LINE_MAX else 0.0,
            "above_the_text": 1.0 if i < first else 0.0,
            "below_the_text": 1.0 if i > last else 0.0,
            "distance_to_text": nearest[i] / DIST_CAP,
            "prev_is_text": 1.0 if prev is not None and judged[prev][0] == BODY else 0.0,
            "next_is_text": 1.0 if nxt is not None and judged[nxt][0] == BODY else 0.0,
            "next_is_marked": 1.0 if nxt is not None and leading_marker(lines[nxt]) is not None else 0.0,
            "headline_share": len(pairs & title_pairs) / len(pairs) if pairs else 0.0,
        }
    return out


# what the rules know for sure about a kept short line, the model does not overrule: a signature
# (issuing bodies, a byline; on a garbled page it may carry a glued spam word, `office365…指挥部`)
# and an item of a numbered or bulleted list (the measures themselves)
NEVER_VETOED = ("signature", "list_marker")
# nor a line below the article's first sentence or right above it: a heading over the lead
# (核心阅读), a section's headings, a programme's rows after the text. What the model is for is
# the chrome that the article's core grew over above it, further out (a menu of provinces, a
# column of channel names). On the held-out cwced text dumps, of the lines it vetoed anywhere,
# 10 of the 13 lines of the article were inside the text, below it or right above it, and all
# but 28 (right above) of its 234 right vetoes were further above.
VETO_MIN_DISTANCE = 2


def vetoable(feats: dict[str, float], below: bool = False) -> bool:
    """Whether the model may drop this line (see NEVER_VETOED and VETO_MIN_DISTANCE); with
    `below` (rules/line_model.tsv: veto_below 1) also a short line below the article's last line
    (a related list's headlines, an editor or credit line, a footer's links)."""
    if any(feats.get(name) for name in NEVER_VETOED):
        return False
    if feats.get("above_the_text"):
        return feats.get("distance_to_text", 1.0) * DIST_CAP >= VETO_MIN_DISTANCE - 1e-9
    return below and bool(feats.get("below_the_text"))


def second_opinion(lines: list[str], judged: list[tuple[str, str | None]], keep: list[bool],
                   title: str | None, model: dict[str, float], above_only: bool = False) -> list[float | None]:
    """The line model's probability that each kept short line is the article's (None for the rest,
    and for the lines it never vetoes: see NEVER_VETOED)."""
    out: list[float | None] = []
    below = bool(model.get("veto_below"))
    for feats in line_features(lines, judged, keep, title, above_only and not below):
        if feats is None or not vetoable(feats, below):
            out.append(None)
            continue
        z = sum(model.get(name, 0.0) * value for name, value in feats.items())
        out.append(1 / (1 + math.exp(-max(min(z, 30.0), -30.0))))
    return out
