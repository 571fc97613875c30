"""Which rule of rules/boilerplate.txt names a line, and which parts of a line the `cut` rules take off.

The rules are data; this module only compiles them for speed (by action, strongest first, anchored
alternatives bucketed by the line length they allow) and answers per line. Every later module asks
it, so it imports nothing of the package.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..memo import short_text_cache
from ..rules import compiled, first_chars, required_chars, rule_table, top_alternatives

UNANCHORED_MAX_LEN = 300  # rules that may match anywhere are tried on lines up to this long only
META_MAX_LEN = 150        # a header line is never longer
HEADER_ACTIONS = ("meta", "byline")    # rule actions of lines that say the page's date and outlet
RULE_ACTIONS = ("tail", "legal", "byline", "meta", "title", "drop", "page", "teaser")   # line verdicts, strongest first
CACHED_LINE_MAX = 500     # verdicts on lines up to this long are kept (chrome is short)


_LENGTH_LIMIT = re.compile(r"^\^\(\?=\.\{0,(\d+)\}\$\)")   # a rule that opens with ^(?=.{0,N}$)
# anchored rules limited to a line length are tried on lines that short only; a rule whose limit is
# a bucket's loses its look-ahead (`^(?=.{0,30}$)…` costs a scan of the line on every try)
LENGTH_BUCKETS = (12, 20, 30, 40, 60, 80, 120)


@lru_cache(maxsize=None)
def _compiled_rules() -> tuple[tuple[str, tuple[tuple[int, frozenset[str] | None, re.Pattern], ...],
                                      tuple[re.Pattern, ...]], ...]:
    """Per action, strongest first: (action, rules anchored at ^ by line length, rules that match anywhere).
    An anchored part is (length limit, the characters its rules can start with or None, alternation);
    a line that starts with none of them is not tried on it (see _by_start).

    A rule's top-level alternatives are taken one by one: those anchored at ^ form alternations
    tried at the line's start only, one per bucket of LENGTH_BUCKETS by the length the rule allows
    (`^(?=.{0,30}$)…` in the bucket of 40, never tried on a longer line; unlimited ones last); the
    others are kept apart, since each alone is scanned faster (by its own literal prefix) than
    their union, except those whose first characters are known (rules.first_chars): their union
    behind a look-ahead for those characters is scanned at C speed for them, where one search
    per rule cost more in calls than in scanning.
    """
    anchored: dict[str, dict[int, list[str]]] = {}
    floating: dict[str, list[str]] = {}
    unlimited = 10 ** 9
    for row in rule_table("boilerplate.txt"):
        if len(row) >= 2 and row[1] and row[0] in RULE_ACTIONS:
            for alt in _alternatives(row[1]):
                if not alt.startswith("^"):
                    floating.setdefault(row[0], []).append(alt)
                    continue
                limit = _LENGTH_LIMIT.match(alt)
                n = int(limit.group(1)) if limit else unlimited
                if limit and n in LENGTH_BUCKETS:   # the bucket's test is the rule's: its look-ahead goes
                    alt = "^" + alt[limit.end():]
                bucket = next((b for b in LENGTH_BUCKETS if n <= b), unlimited)
                anchored.setdefault(row[0], {}).setdefault(bucket, []).append(alt)
    out = []
    for action in RULE_ACTIONS:
        groups = sorted(anchored.get(action, {}).items())
        out.append((action, tuple(part for b, rxs in groups for part in _by_start(b, rxs)),
                    _gated(floating.get(action, []))))
    return tuple(out)


def _by_start(limit: int, rxs: list[str]) -> list[tuple[int, frozenset[str] | None, re.Pattern]]:
    """A bucket's anchored rules as (length limit, characters a line must start with or None, alternation):
    those whose first characters are known together, tried on a line that starts with one of them."""
    firsts = [first_chars(rx) for rx in rxs]
    known = [rx for rx, f in zip(rxs, firsts) if f is not None]
    other = [rx for rx, f in zip(rxs, firsts) if f is None]
    out = []
    if known:
        starts = frozenset().union(*(f for f in firsts if f is not None))
        out.append((limit, starts, compiled("|".join(f"(?:{rx})" for rx in known))))
    if other:
        out.append((limit, None, compiled("|".join(f"(?:{_required_first(rx)})" for rx in other))))
    return out


_SCANNING = re.compile(r"\^(?:\(\?=\.\{0,\d+\}\$\))?(?:\.|\(\?=\.\*)")   # ^ (length limit) then .… or (?=.*


def _required_first(rx: str) -> str:
    """An anchored rule led by `.` (`^.*(记者|通讯员)…`, `^(?=.*(上一页|下一页))…`) that must hold one
    of a few characters (rules.required_chars), with a look-ahead for them first: a scan of the line
    at C speed that fails before the `.` backtracks through it."""
    need = required_chars(rx) if _SCANNING.match(rx) else None
    if need is None:
        return rx
    chars = _class_escape("".join(sorted(need)))
    return f"^(?=[^{chars}]*[{chars}])" + rx[1:]


def _gated(rxs: list[str]) -> tuple[re.Pattern, ...]:
    """Unanchored rules as patterns to search a line with: those whose first characters are known
    as one alternation behind `(?=[those characters])`, each other one alone."""
    firsts = [first_chars(rx) for rx in rxs]
    known = [rx for rx, f in zip(rxs, firsts) if f is not None]
    out = [compiled(rx) for rx, f in zip(rxs, firsts) if f is None]
    if known:
        starts = "".join(sorted(set().union(*(f for f in firsts if f is not None))))
        out.insert(0, compiled(f"(?=[{_class_escape(starts)}])(?:" + "|".join(f"(?:{rx})" for rx in known) + ")"))
    return tuple(out)


def _class_escape(chars: str) -> str:
    """Characters as the body of a regular-expression character class."""
    return "".join("\\" + c if c in "\\]^-[" else c for c in chars)


def _alternatives(rx: str) -> list[str]:
    """The non-empty top-level alternatives of a pattern (rules.top_alternatives)."""
    return [p for p in top_alternatives(rx) if p]


@lru_cache(maxsize=None)
def _action_rules(action: str) -> re.Pattern | None:
    """The rules of one action outside the line verdicts (signature, cut) as one alternation."""
    rxs = [row[1] for row in rule_table("boilerplate.txt") if len(row) >= 2 and row[0] == action and row[1]]
    return compiled("|".join(f"(?:{rx})" for rx in rxs)) if rxs else None


@lru_cache(maxsize=1)
def _cut_rules() -> tuple[re.Pattern | None, re.Pattern | None]:
    """The `cut` rules as two alternations: those anchored at the line's start (tried there only)
    and the others (searched at the line's edges)."""
    alts = [alt for row in rule_table("boilerplate.txt") if len(row) >= 2 and row[0] == "cut" and row[1]
            for alt in _alternatives(row[1])]
    head = [a for a in alts if a.startswith("^")]
    rest = [a for a in alts if not a.startswith("^")]
    return (compiled("|".join(f"(?:{rx})" for rx in head)) if head else None,
            compiled("|".join(f"(?:{rx})" for rx in rest)) if rest else None)


CUT_EDGE = 40   # cut parts are glued to a line's start or end: only these characters are searched first


@short_text_cache(maxsize=16384, max_chars=CACHED_LINE_MAX)   # a site's lines recur, like judge_line's
def cut_site_parts(line: str) -> str:
    """The line without the parts that `cut` rules name (a site's watermark, a glued credit).
    A long line is searched at its two edges first, so running text costs two short scans."""
    head, rx = _cut_rules()
    if head is not None and (m := head.match(line)):      # a rule's group `keep` is put back
        kept = (m.groupdict().get("keep") or "").strip()
        line = (kept + " " + line[m.end():].strip()).strip()
    if rx is None:
        return line
    if len(line) <= 2 * CUT_EDGE:
        hit = rx.search(line)
    else:
        hit = rx.search(line, 0, CUT_EDGE) or rx.search(line, len(line) - CUT_EDGE)
    return rx.sub("", line).strip() if hit else line


def rule_action(line: str) -> str | None:
    """The strongest rule action for a line, in the order of RULE_ACTIONS."""
    n = len(line)
    for action, anchored, floating in _compiled_rules():
        if action in HEADER_ACTIONS and n > META_MAX_LEN:
            continue
        if any(n <= limit and (starts is None or line[:1] in starts) and rx.match(line)
               for limit, starts, rx in anchored):
            return action
        if n <= UNANCHORED_MAX_LEN and any(rx.search(line) for rx in floating):
            return action
    return None
