"""Access to the researcher-editable rule files in `rules/`.

Every rules file is UTF-8 text: `#` starts a comment, blank lines are ignored,
one rule a line. Code reads rules only through this module so that the run's
fingerprint covers everything that can change the output.
"""
from __future__ import annotations

import hashlib
import os
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
# or used only costs the compile: the object is the one `re.compile` makes either way. The
# package's modules compile every pattern of theirs through it: some 460 small ones at import cost
# as much again as the large ones.
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
    has it (see `save_compiled`): every pattern the package compiles."""
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
_SPACE_CHARS = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
                         "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_FIRST_CLASS_SPAN = 64   # a character range wider than this (a Han block) makes no useful pre-test


def first_chars(rx: str) -> frozenset[str] | None:
    """The characters a non-empty match of a pattern can start with, or None when that is not
    known from its text (`.`, `\\d`, a negated or wide class, flags) or the pattern can match
    nothing at all. `(免费)?预览已结束` -> {免, 预}; `^[(（]?\\s*本文` -> {(, （, 本} and the spaces.
    A cheap pre-test: a line that holds none of them (or, for a rule anchored at ^, does not
    start with one) cannot match. Look-arounds at the start are passed over (they take no
    character); a leading ^ is ignored."""
    out = _first_of(rx)
    return frozenset(out) if out else None


def longest_first(words) -> list[str]:
    """Words longest first, words of one length in code-point order: an alternation of them takes the
    longest word that matches, and is the same pattern in every process (a set's order is not, and
    a pattern that differs from the one kept on disk is compiled again; see `compiled`)."""
    return sorted(words, key=lambda w: (-len(w), w))


def top_alternatives(rx: str) -> list[str]:
    """The top-level alternatives of a pattern's text, empty ones kept: `^a|b(c|d)` -> [`^a`, `b(c|d)`]."""
    parts, start = [], 0
    for k, ch, depth in pattern_structure(rx):
        if ch == "|" and depth == 0:
            parts.append(rx[start:k])
            start = k + 1
    parts.append(rx[start:])
    return parts


def _first_of(rx: str, whole: bool = True) -> set[str] | None:
    """_first_of a pattern (whole) or of the rest of one alternative (no top-level | left)."""
    alts = top_alternatives(rx) if whole and "|" in rx else (rx,)
    if len(alts) > 1:
        out: set[str] = set()
        for alt in alts:
            f = _first_of(alt, False)
            if f is None:
                return None
            out |= f
        return out
    i = len(rx) - len(rx.lstrip("^"))
    if i >= len(rx):
        return None     # an empty pattern matches the empty string
    ch = rx[i]
    if ch == "(":
        end = next((k + 1 for k, c, depth in pattern_structure(rx[i:]) if c == ")" and depth == 0), 0) + i
        if end == i:
            return None
        inner = rx[i + 1:end - 1]
        if inner[:2] in ("?=", "?!") or inner[:3] in ("?<=", "?<!"):   # look-around: takes no character
            return None if _optional(rx, end) else _first_of(rx[end:], False)
        if inner.startswith("?:"):
            inner = inner[2:]
        elif inner.startswith("?P<") and ">" in inner:
            inner = inner[inner.index(">") + 1:]
        elif inner.startswith("?"):
            return None     # inline flags, conditionals
        item = _first_of(inner)
    elif ch == "[":
        k = i + 1 + (rx[i + 1:i + 2] == "]")
        while k < len(rx) and rx[k] != "]":
            k += 2 if rx[k] == "\\" else 1
        if k >= len(rx):
            return None
        item, end = _class_chars(rx[i + 1:k]), k + 1
    elif ch == "\\":
        item, end = _escaped(rx, i)
    elif ch in ".^$*+?{}[]()|":
        return None
    else:
        item, end = {ch}, i + 1
    if item is None:
        return None
    if _optional(rx, end):      # the item may be absent: what follows may start the match too
        k = end + 1 if rx[end] in "?*" else rx.index("}", end) + 1
        k += k < len(rx) and rx[k] in "?+"
        rest = _first_of(rx[k:], False)
        return None if rest is None else item | rest
    return item


def _escaped(rx: str, i: int) -> tuple[set[str] | None, int]:
    """The characters an escape at rx[i] stands for, and where it ends."""
    nxt = rx[i + 1:i + 2]
    if nxt == "u" and len(rx) >= i + 6:
        try:
            return {chr(int(rx[i + 2:i + 6], 16))}, i + 6
        except ValueError:
            return None, i
    if nxt == "s":
        return set(_SPACE_CHARS), i + 2
    if not nxt or nxt.isalnum():
        return None, i      # \d, \w, \b, back-references …: not a small known set
    return {nxt}, i + 2


def _class_chars(body: str) -> set[str] | None:
    """The characters of a character class (its text between [ and ]), or None."""
    if not body or body[0] == "^":
        return None
    items: list[str | None] = []    # characters, None for a range's dash
    k = 0
    while k < len(body):
        if body[k] == "\\":
            chars, k2 = _escaped(body, k)
            if chars is None:
                return None
            if len(chars) == 1:
                items.append(next(iter(chars)))
            else:
                items.extend(sorted(chars))
                if k2 < len(body) and body[k2] == "-":
                    return None     # `[\s-x]`: no range of a set
            k = k2
            continue
        items.append(None if body[k] == "-" and 0 < k < len(body) - 1 else body[k])
        k += 1
    out: set[str] = set()
    j = 0
    while j < len(items):
        if j + 2 < len(items) and items[j + 1] is None and items[j] is not None and items[j + 2] is not None:
            lo, hi = ord(items[j]), ord(items[j + 2])
            if hi < lo or hi - lo > _FIRST_CLASS_SPAN:
                return None
            out.update(map(chr, range(lo, hi + 1)))
            j += 3
        else:
            out.add("-" if items[j] is None else items[j])
            j += 1
    return out


def _optional(rx: str, k: int) -> bool:
    """Whether the item that ends at rx[k] may be repeated zero times (?, *, {0,n}, {,n})."""
    if k >= len(rx):
        return False
    if rx[k] in "?*":
        return True
    if rx[k] == "{":
        close = rx.find("}", k)
        body = rx[k + 1:close] if close > 0 else "x"
        if body and all(c.isdigit() or c == "," for c in body):
            return body.split(",")[0] in ("", "0")
    return False


def required_chars(rx: str) -> frozenset[str] | None:
    """Characters of which every match of a pattern holds at least one (the smallest such set
    its text shows: of an item that cannot be left out, or of what a look-ahead asks for), or None.
    `.*(记者|通讯员)\\s*\\S+` -> {记, 通}. A line holding none of them cannot match."""
    alts = top_alternatives(rx)
    if len(alts) > 1:
        sets = [required_chars(alt) for alt in alts]
        return None if any(s is None for s in sets) else frozenset().union(*sets)
    best = None
    for item, optional in _items(rx):
        if optional or item[:3] in ("(?!", "(?<") or item in ("^", "$"):
            continue
        found = required_chars(item[3:-1]) if item.startswith("(?=") else first_chars(item)
        if found is not None and (best is None or len(found) < len(best)):
            best = found
    return best


def _items(rx: str) -> list[tuple[str, bool]]:
    """The items of a pattern with no top-level |, each with whether it may be absent (?, *, {0,n})."""
    out, i = [], 0
    while i < len(rx):
        ch = rx[i]
        if ch == "(":
            end = next((k + 1 for k, c, depth in pattern_structure(rx[i:]) if c == ")" and depth == 0), 0) + i
            if end == i:
                return out
        elif ch == "[":
            k = i + 1 + (rx[i + 1:i + 2] == "^")
            k += rx[k:k + 1] == "]"
            while k < len(rx) and rx[k] != "]":
                k += 2 if rx[k] == "\\" else 1
            end = k + 1
        elif ch == "\\":
            end = i + (6 if rx[i + 1:i + 2] == "u" else 2)
        else:
            end = i + 1
        item, optional = rx[i:end], _optional(rx, end)
        if end < len(rx) and (rx[end] in "?*+" or (rx[end] == "{" and _quantifier_end(rx, end))):
            end = end + 1 if rx[end] in "?*+" else _quantifier_end(rx, end)
            end += end < len(rx) and rx[end] in "?+"
        out.append((item, optional))
        i = end
    return out


def _quantifier_end(rx: str, k: int) -> int:
    """Where a {m,n} quantifier at rx[k] ends, or 0 when the brace is a literal."""
    close = rx.find("}", k)
    body = rx[k + 1:close] if close > 0 else ""
    return close + 1 if body and all(c.isdigit() or c == "," for c in body) else 0
