"""Which rule of rules/boilerplate.txt names a line, and which parts of a line the `cut` rules take off.

The rules are data; this module only compiles them for speed (by action, strongest first; anchored
alternatives by the character a line starts with, or by the characters it must hold) and answers per
line. Every later module asks it, so it imports nothing of the package.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..memo import short_text_cache
from ..rules import compiled, first_chars, required_chars, rule_table, top_alternatives

UNANCHORED_MAX_LEN = 300  # rules that may match anywhere are tried on lines up to this long only
META_MAX_LEN = 150        # a header line is never longer
HEADER_ACTIONS = ("meta", "byline")    # rule actions of lines that say the page's date and outlet
RULE_ACTIONS = ("tail", "legal", "byline", "meta", "title", "drop", "page", "teaser")   # line verdicts, strongest first
FOOTER_ACTIONS = ("tail", "legal")     # the verdicts that start a page's footer below its text
CACHED_LINE_MAX = 500     # verdicts on lines up to this long are kept (chrome is short)


_LENGTH_LIMIT = compiled(r"^\^\(\?=\.\{0,(\d+)\}\$\)")   # a rule that opens with ^(?=.{0,N}$)
# an anchored rule that may start with anything, limited to one of these line lengths, is tried on
# lines that short only, without its look-ahead (`^(?=.{0,30}$)…` costs a scan of the line each try)
LENGTH_BUCKETS = (12, 20, 30, 40, 60, 80, 120)


class _RuleSet(NamedTuple):
    """The line rules compiled for `rule_action` (see _compiled_rules)."""
    # per action, strongest first: (action, anchored alternatives by the character a line must
    # start with for them, one alternation a character; the unanchored rules as _gated gives them)
    actions: tuple[tuple[str, dict[str, re.Pattern], tuple[re.Pattern, ...]], ...]
    # anchored alternatives whose first character is not known, in action order:
    # (rank of their action, length limit, pattern)
    scanned: tuple[tuple[int, int, re.Pattern], ...]
    by_needed: dict[str, tuple[int, ...]]   # a character → the scanned alternatives that need it
    needed: frozenset[str]                  # every such character
    always: tuple[int, ...]                 # the scanned alternatives that need none known


@lru_cache(maxsize=None)
def _compiled_rules() -> _RuleSet:
    """The rules of each action of RULE_ACTIONS, compiled so that a line is tried on those it can match.

    A rule's top-level alternatives are taken one by one:
    - one anchored at ^ whose first characters are known (rules.first_chars) joins, for each of them,
      that character's alternation: a line is tried on the one of its own first character only,
      where one alternation of all of them cost a try of every alternative in turn;
    - one anchored at ^ that may start with anything (`^(?=.*(上一页|下一页))…`, `^.{0,10}(AI生成…`)
      is kept alone, with the characters of which a line it matches holds one (rules.required_chars),
      and is tried only on a line that holds one of them: one scan of the line for all of them at C
      speed, where each alternative's own scan cost a call. A length its rule opens with
      (`^(?=.{0,30}$)`) that is a bucket of LENGTH_BUCKETS is tested on the line's length instead;
    - the others (that match anywhere) are kept apart, as _gated gives them: each alone is scanned
      faster (by its own literal prefix) than behind a look-ahead.
    """
    unlimited = 10 ** 9
    by_first: dict[str, dict[str, list[str]]] = {}
    floating: dict[str, list[str]] = {}
    scanned: list[tuple[int, int, str]] = []     # (rank of the action, length limit, alternative)
    needs: list[frozenset[str] | None] = []
    for row in rule_table("boilerplate.txt"):
        if len(row) >= 2 and row[1] and row[0] in RULE_ACTIONS:
            for alt in _alternatives(row[1]):
                if not alt.startswith("^"):
                    floating.setdefault(row[0], []).append(alt)
                    continue
                firsts = first_chars(alt)
                if firsts is not None:
                    for ch in firsts:
                        by_first.setdefault(row[0], {}).setdefault(ch, []).append(alt)
                    continue
                limit = _LENGTH_LIMIT.match(alt)
                n = int(limit.group(1)) if limit and int(limit.group(1)) in LENGTH_BUCKETS else unlimited
                if n != unlimited:
                    alt = "^" + alt[limit.end():]
                scanned.append((RULE_ACTIONS.index(row[0]), n, alt))
                needs.append(required_chars(alt))
    order = sorted(range(len(scanned)), key=lambda i: scanned[i][0])     # (stable: the file's order within an action)
    scanned = [scanned[i] for i in order]
    needs = [needs[i] for i in order]
    by_needed: dict[str, list[int]] = {}
    for i, need in enumerate(needs):
        for ch in need or ():
            by_needed.setdefault(ch, []).append(i)
    alternations: dict[tuple[str, ...], re.Pattern] = {}    # (characters whose rules are the same share one)

    def alternation(rxs: list[str]) -> re.Pattern:
        if tuple(rxs) not in alternations:
            alternations[tuple(rxs)] = compiled("|".join(f"(?:{rx})" for rx in rxs))
        return alternations[tuple(rxs)]

    actions = tuple((action, {ch: alternation(rxs) for ch, rxs in by_first.get(action, {}).items()},
                     _gated(floating.get(action, [])))
                    for action in RULE_ACTIONS)
    return _RuleSet(actions, tuple((rank, n, compiled(rx)) for rank, n, rx in scanned),
                    {ch: tuple(ids) for ch, ids in by_needed.items()}, frozenset(by_needed),
                    tuple(i for i, need in enumerate(needs) if need is None))


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


CUT_EDGE = 64   # cut parts are glued to a line's start or end: only these characters are searched first (a bracketed note of credits runs to some 50)


@lru_cache(maxsize=1)
def _cut_gate() -> tuple[tuple[re.Pattern, ...], tuple[int, ...], dict[str, tuple[int, ...]], frozenset[str]]:
    """The edge-searched `cut` alternatives, each compiled alone; those any text may match, those a
    text holding each character may match (rules.required_chars), and all such characters: a window
    of a line is searched only with the alternatives it can match, most of which need a character it
    lacks (compiled once, at the warm-up: no alternation is built per window)."""
    alts = [alt for row in rule_table("boilerplate.txt") if len(row) >= 2 and row[0] == "cut" and row[1]
            for alt in _alternatives(row[1]) if not alt.startswith("^")]
    always, by_char = [], {}
    for i, alt in enumerate(alts):
        need = required_chars(alt)
        if need is None:
            always.append(i)
        for ch in need or ():
            by_char.setdefault(ch, []).append(i)
    return (tuple(compiled(alt) for alt in alts), tuple(always), {ch: tuple(ids) for ch, ids in by_char.items()},
            frozenset(by_char))


def _cut_hit(line: str, lo: int, hi: int) -> bool:
    """Some edge-searched cut rule matches in line[lo:hi]: searched with those the window can match."""
    patterns, always, by_char, needed = _cut_gate()
    held = needed.intersection(line[lo:hi])
    ids = set(always).union(*(by_char[ch] for ch in held)) if held else always
    return any(patterns[i].search(line, lo, hi) is not None for i in ids)


@lru_cache(maxsize=1)
def _inside_rules() -> tuple[re.Pattern | None, re.Pattern | None]:
    """The `inside` rules (a site's part glued between two sentences of a paragraph: an app's prompt,
    an answer's counters) as one alternation searched over the whole line, and a class of the
    characters one of which every match holds: a line holding none of them is not searched (one C
    scan; None when some rule needs none)."""
    alts = [alt for row in rule_table("boilerplate.txt") if len(row) >= 2 and row[0] == "inside" and row[1]
            for alt in _alternatives(row[1])]
    if not alts:
        return None, None
    needed = [required_chars(a) for a in alts]
    gate = None if any(n is None for n in needed) else \
        compiled("[" + "".join(re.escape(c) for c in sorted(frozenset().union(*needed))) + "]")
    return compiled("|".join(f"(?:{rx})" for rx in alts)), gate


@short_text_cache(maxsize=16384, max_chars=CACHED_LINE_MAX)   # a site's lines recur, like judge_line's
def cut_site_parts(line: str) -> str:
    """The line without the parts that `cut` rules name (a site's watermark, a glued credit).
    A long line is searched at its two edges first, so running text costs two short scans."""
    head, rx = _cut_rules()
    if head is not None and (m := head.match(line)):      # a rule's group `keep` is put back
        kept = (m.groupdict().get("keep") or "").strip()
        line = (kept + " " + line[m.end():].strip()).strip()
    inside, gate = _inside_rules()
    if inside is not None and (gate is None or gate.search(line)):
        line = inside.sub("", line).strip()
    if rx is None:
        return line
    if len(line) <= 2 * CUT_EDGE:
        hit = _cut_hit(line, 0, len(line))
    else:
        hit = _cut_hit(line, 0, CUT_EDGE) or _cut_hit(line, len(line) - CUT_EDGE, len(line))
    return rx.sub("", line).strip() if hit else line


@short_text_cache(maxsize=16384, max_chars=CACHED_LINE_MAX)   # (asked of a line's parts too, which recur)
def rule_action(line: str) -> str | None:
    """The strongest rule action for a line, in the order of RULE_ACTIONS."""
    rules = _compiled_rules()
    n = len(line)
    first = line[:1]
    held = rules.needed.intersection(line)
    tried = sorted({i for ch in held for i in rules.by_needed[ch]}.union(rules.always)) if held else rules.always
    k = 0
    for rank, (action, by_first, floating) in enumerate(rules.actions):
        skip = action in HEADER_ACTIONS and n > META_MAX_LEN
        if not skip and (rx := by_first.get(first)) is not None and rx.match(line):
            return action
        while k < len(tried) and rules.scanned[tried[k]][0] == rank:
            _, limit, rx = rules.scanned[tried[k]]
            k += 1
            if not skip and n <= limit and rx.match(line):
                return action
        if not skip and n <= UNANCHORED_MAX_LEN and any(rx.search(line) for rx in floating):
            return action
    return None


