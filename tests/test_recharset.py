"""The kept character classes (recharset): the same compiled classes, built once."""
import re
from re import _compiler, _parser

import carepolicy_extract  # noqa: F401  (installs the keeping class builder)
from carepolicy_extract.charclass import HAN_RANGE


def _items(cls: str):
    """The parsed items of a character class, as the compiler receives them."""
    (op, av), = _parser.parse(cls)
    return av


def test_kept_class_is_the_one_the_compiler_builds():
    build = _compiler._optimize_charset
    assert build.__module__ == "carepolicy_extract.recharset"
    original = build.__closure__   # the compiler's own builder is held in the closure
    own = next(c.cell_contents for c in original if callable(c.cell_contents))
    for cls in (f"[{HAN_RANGE}]", f"[^，。{HAN_RANGE}a-z]", "[，。；]", "[a-z0-9]"):
        assert build(_items(cls)) == own(_items(cls))
    first = build(_items(f"[{HAN_RANGE}“”]"))
    assert build(_items(f"[{HAN_RANGE}“”]")) is first     # built once, kept


def test_patterns_match_as_before():
    han = re.compile(f"[{HAN_RANGE}]+")
    assert han.findall("第3条：落实补助abc，提高津贴") == ["第", "条", "落实补助", "提高津贴"]
    assert re.compile(f"[^{HAN_RANGE}]+").findall("一a二b") == ["a", "b"]
    assert re.compile("[a-zé]+", re.I).fullmatch("ABÉ")    # case-insensitive classes: left to the compiler
