"""Access to the researcher-editable rule files in `rules/`.

Every rules file is UTF-8 text: `#` starts a comment, blank lines are ignored,
one rule a line. Code reads rules only through this module so that the run's
fingerprint covers everything that can change the output.
"""
from __future__ import annotations

import hashlib
import os
import re
from functools import lru_cache
from pathlib import Path

from . import __version__

_DEFAULT = Path(__file__).resolve().parents[2] / "rules"


def rules_dir() -> Path:
    """The rules folder: $CAREPOLICY_RULES, else `rules/` at the project root."""
    return Path(os.environ.get("CAREPOLICY_RULES") or _DEFAULT)


@lru_cache(maxsize=None)
def rule_lines(name: str) -> tuple[str, ...]:
    """The rules of one file, comments and blank lines removed, in file order.

    A ` #` preceded by white space ends the rule; a `#` inside a rule (e.g. in a
    regular expression) is kept when no white space stands before it.
    """
    path = rules_dir() / name
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        for sep in ("  #", "\t#"):
            if sep in line:
                line = line.split(sep, 1)[0].rstrip()
        out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def rule_sections(name: str) -> dict[str, tuple[str, ...]]:
    """The rules of a file in `[section]` parts: section name → its lines (lines before the
    first section header are under "")."""
    out: dict[str, list[str]] = {}
    section = ""
    for line in rule_lines(name):
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            out.setdefault(section, [])
        else:
            out.setdefault(section, []).append(line.strip())
    return {k: tuple(v) for k, v in out.items()}


def rule_table(name: str, sep: str = "\t") -> tuple[tuple[str, ...], ...]:
    """Rules of a file whose lines are columns split on `sep` (tab by default)."""
    return tuple(tuple(c.strip() for c in line.split(sep)) for line in rule_lines(name))


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """sha256 over the package version and every rules file, so resumed runs notice changes."""
    h = hashlib.sha256(__version__.encode())
    root = rules_dir()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


# Compiled patterns kept on disk. The rules become large alternations (boilerplate.txt's line
# rules, numbering.txt's scanner) whose Han character classes Python's regex compiler expands
# one code point at a time: compiling them is most of a run's start-up. What the compiler makes
# of a pattern (its code) is kept, keyed by the pattern, in one file per Python build, and a
# later process builds the pattern object from it directly. A store that cannot be read, written
# or used only costs the compile: the object is the one `re.compile` makes either way.
PATTERN_FORMAT = 1     # bump when what is kept per pattern changes
_patterns: dict | None = None    # (pattern, flags) -> what `_sre.compile` takes besides the pattern
_patterns_used: set = set()
_patterns_new = False


def _pattern_store_path() -> Path:
    import sys

    import _sre

    from .table_cache import cache_dir
    build = f"{PATTERN_FORMAT}\0{__version__}\0{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{sys.maxunicode}"
    return cache_dir() / f"patterns-{hashlib.sha256(build.encode()).hexdigest()[:16]}.marshal"


def compiled(pattern: str, flags: int = 0):
    """`re.compile(pattern, flags)`, from the compiled code kept on disk when this Python's store
    has it (see `save_compiled`): for the large patterns built from rule files."""
    import re
    global _patterns, _patterns_new
    if _patterns is None:
        import marshal
        try:
            store = _pattern_store_path()
            _patterns = marshal.loads(store.read_bytes())
            if not isinstance(_patterns, dict):
                _patterns = {}
        except (OSError, EOFError, ValueError, TypeError):
            _patterns = {}
        else:
            try:
                os.utime(store)     # read: not stale (see save_compiled)
            except OSError:
                pass                # a read-only cache still serves
    key = (pattern, int(flags))
    try:
        import _sre
        from re import _compiler, _parser
        kept = _patterns.get(key)
        if kept is None:
            parsed = _parser.parse(pattern, int(flags))
            code = [int(c) for c in _compiler._code(parsed, int(flags))]
            groupindex = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
            indexgroup = [None] * parsed.state.groups
            for name, i in groupindex.items():
                indexgroup[i] = name
            kept = (int(flags) | int(parsed.state.flags), code, parsed.state.groups - 1, groupindex,
                    tuple(indexgroup))
            _patterns[key] = kept
            _patterns_new = True
        _patterns_used.add(key)
        return _sre.compile(pattern, *kept)
    except Exception:   # an unreadable entry, another Python's internals: compile as usual
        _patterns.pop(key, None)
        return re.compile(pattern, flags)


def save_compiled() -> None:
    """Write the patterns this process compiled through `compiled` to the store, when it lacked
    some (after the warm-up, so the store holds what a run uses and nothing it stopped using)."""
    global _patterns_new
    if not _patterns_new or _patterns is None:
        return
    import marshal
    path = _pattern_store_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps({k: v for k, v in _patterns.items() if k in _patterns_used}))
        os.replace(tmp, path)
        _patterns_new = False
        from .table_cache import _remove_stale
        _remove_stale(path.parent, "patterns", path)   # (stores of other builds no run has read for a month)
    except (OSError, ValueError):
        pass    # a read-only home: compile each time


def pattern_structure(rx: str):
    """Each character of a regular expression outside escapes and character classes, with the
    depth of groups it leaves open: (index, character, depth). What the rule files' patterns are
    taken apart by (their top-level alternatives, where their first group ends)."""
    depth, in_class, escaped = 0, False, False
    for k, ch in enumerate(rx):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            depth += (ch == "(") - (ch == ")")
            yield k, ch, depth


# what `\s` matches in a str pattern (the characters str.isspace() holds true of)
_SPACE_CHARS = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())
_FIRST_CLASS_SPAN = 64   # a character range wider than this (a Han block) makes no useful pre-test

# The two pre-tests below read a pattern's parse tree from the standard library's own regex parser
# (re._parser, what re.compile runs first), not its text: what a match starts with and what it must
# hold are then exactly what the engine will do. Anything they cannot tell gives None (no pre-test).


def first_chars(rx: str) -> frozenset[str] | None:
    """The characters a non-empty match of a pattern can start with, or None when that is not
    known (`.`, `\\d`, a negated or wide class, flags) or the pattern can match nothing at all.
    `(免费)?预览已结束` -> {免, 预}; `^[(（]?\\s*本文` -> {(, （, 本} and the spaces.
    A cheap pre-test: a line that holds none of them (or, for a rule anchored at ^, does not
    start with one) cannot match. Look-arounds and anchors take no character."""
    tree = _parsed(rx)
    if tree is None:
        return None
    chars, nullable = _first_of_seq(tree)
    return frozenset(chars) if chars and not nullable else None


def required_chars(rx: str) -> frozenset[str] | None:
    """Characters of which every match of a pattern holds at least one (the smallest such set
    the pattern shows: an item that cannot be left out, or what a look-ahead asks for), or None.
    `.*(记者|通讯员)\\s*\\S+` -> {记, 通}. A line holding none of them cannot match."""
    tree = _parsed(rx)
    found = None if tree is None else _required_of_seq(tree)
    return frozenset(found) if found else None


def _parsed(rx: str):
    """The pattern's items as re's parser gives them, or None (flags that change what matches, a parse
    the pre-tests cannot read: they are then skipped, which costs speed and never a match)."""
    try:
        import re._parser as sre_parse     # (the parser re.compile itself runs; only the rule builder needs it)
        tree = sre_parse.parse(rx)
        return None if tree.state.flags & (re.IGNORECASE | re.VERBOSE) else tuple(tree)
    except Exception:      # noqa: BLE001  (a private module: another Python may shape it otherwise)
        return None


def _first_of_seq(seq) -> tuple[set[str] | None, bool]:
    """(the characters a match of the sequence of items can start with, or None; whether it can be empty)."""
    out: set[str] = set()
    for op, av in seq:
        chars, nullable = _first_of_item(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_of_item(op, av) -> tuple[set[str] | None, bool]:
    from re._constants import (ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT,
                               POSSESSIVE_REPEAT, SUBPATTERN)
    if op is LITERAL:
        return {chr(av)}, False
    if op is IN:
        return _class_chars(av), False
    if op in (AT, ASSERT, ASSERT_NOT):
        return set(), True          # takes no character
    if op is SUBPATTERN:
        return _first_of_seq(av[-1])
    if op is BRANCH:
        out, nullable = set(), False
        for alt in av[1]:
            chars, empty = _first_of_seq(alt)
            if chars is None:
                return None, False
            out |= chars
            nullable |= empty
        return out, nullable
    if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
        lo, _, sub = av
        chars, empty = _first_of_seq(sub)
        return chars, empty or lo == 0
    return None, False              # ANY, NOT_LITERAL, a category alone, a back-reference …


def _class_chars(items) -> set[str] | None:
    """The characters of a parsed character class, or None (negated, \\d or \\w, a wide range)."""
    from re._constants import CATEGORY, CATEGORY_SPACE, LITERAL, RANGE
    out: set[str] = set()
    for op, av in items:
        if op is LITERAL:
            out.add(chr(av))
        elif op is RANGE and av[1] - av[0] <= _FIRST_CLASS_SPAN:
            out.update(map(chr, range(av[0], av[1] + 1)))
        elif op is CATEGORY and av is CATEGORY_SPACE:
            out |= _SPACE_CHARS
        else:
            return None
    return out


def _required_of_seq(seq) -> set[str] | None:
    """The smallest set some item of the sequence that cannot be left out makes every match hold."""
    from re._constants import ASSERT, BRANCH, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, SUBPATTERN
    best = None
    for op, av in seq:
        if op is ASSERT and av[0] == 1:             # a look-ahead: what it asks for is in the line too
            found = _required_of_seq(av[1])
        elif op is SUBPATTERN:
            found = _required_of_seq(av[-1])
        elif op is BRANCH:
            sets = [_required_of_seq(alt) for alt in av[1]]
            found = None if any(x is None for x in sets) else set().union(*sets)
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            found = _required_of_seq(av[2]) if av[0] > 0 else None
        else:
            chars, nullable = _first_of_item(op, av)
            found = chars if chars and not nullable else None
        if found and (best is None or len(found) < len(best)):
            best = found
    return best
