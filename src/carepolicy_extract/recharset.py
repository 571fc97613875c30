"""Compile the stages' rule patterns faster: one build of each character class they share.

Python's regex compiler turns a character class holding a range past U+00FF into a bitmap by
setting one byte per code point of the range, in Python: a class holding the Han ideographs
(some 28,000 code points, see charclass.HAN_RANGE) costs about half a millisecond each time it is
compiled, and the rules write such classes in hundreds of patterns (the same `[\u4e00-\u9fff]`
alone over a hundred times). Start-up paid some 0.1 s of CPU for rebuilding the same classes.

`install()` keeps the compiler's result for each class it has built, keyed by the class's parsed
items, and hands it back when the same class comes again. The result is a pure function of those
items (case-insensitive classes, which also depend on the case tables, are left to the compiler),
and the compiler only reads it, so every compiled pattern is the one it would build anyway.
Should a Python release rename the internal function, nothing is installed and compiling goes on
as before.
"""
from __future__ import annotations

_installed = False


def install() -> None:
    """Put the keeping version in place of the regex compiler's class builder (once a process)."""
    global _installed
    if _installed:
        return
    _installed = True
    try:
        from re import _compiler as compiler
    except ImportError:     # (a Python without the module: nothing to speed up)
        return
    build = getattr(compiler, "_optimize_charset", None)
    if build is None:
        return
    built: dict[tuple, tuple] = {}

    def optimize_charset(charset, iscased=None, fixup=None, fixes=None):
        if fixup is not None:       # case-insensitive: the case tables take part, leave it alone
            return build(charset, iscased, fixup, fixes)
        try:
            key = tuple(charset)
            got = built.get(key)
        except TypeError:           # (an item that cannot be a key: build it every time)
            return build(charset, iscased, fixup, fixes)
        if got is None:
            got = built[key] = build(charset, iscased, fixup, fixes)
        return got

    compiler._optimize_charset = optimize_charset
