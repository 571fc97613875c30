"""jieba, loaded once per process with the domain words of `rules/userdict.txt`.

jieba only ever sees short windows around a decision (is this 一 a list marker?
is this a place name?), never whole documents: cutting a dozen characters costs
microseconds, cutting a page costs milliseconds.
"""
from __future__ import annotations

import importlib.util
import logging
import sys
import threading
from functools import lru_cache
from pathlib import Path

from .rules import rule_lines
from .table_cache import cached_table

_lock = threading.Lock()
_tokenizer = None
_tags: dict[str, str] | None = None


# the tags a decision asks about (ns place names, nz proper nouns); the other tags of
# jieba's dictionary are never read, and loading all of them costs a second
KEPT_TAGS = frozenset({"ns", "nz"})


def jieba_file(name: str) -> Path:
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:
        raise RuntimeError(f"jieba is not installed; its {name} is needed")
    return Path(spec.origin).parent / name


def read_idf(path: Path) -> dict[str, float]:
    """{word: IDF} of an IDF file in jieba's format (`word value` a line)."""
    with open(path, encoding="utf-8") as f:
        pairs = f.read().split()
    return dict(zip(pairs[0::2], map(float, pairs[1::2])))


def _dictionary_tags() -> dict[str, str]:
    """{word: tag} of jieba's dictionary for the tags in KEPT_TAGS (about 28,000 words)."""
    def build() -> dict[str, str]:
        out = {}
        with open(jieba_file("dict.txt"), encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) > 2 and parts[2] in KEPT_TAGS:
                    out[parts[0]] = parts[2]
        return out
    return cached_table("jieba-tags", [jieba_file("dict.txt")], build)


def _import_jieba():
    """jieba, imported without pkg_resources.

    jieba opens its data files through pkg_resources when that imports, and importing it scans
    every installed distribution (about 0.3 s, a tenth of a small run); jieba's fallback opens the
    same files beside its own module.
    """
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba
        return jieba
    sys.modules["pkg_resources"] = None     # makes `import pkg_resources` raise ImportError
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


def _install_prefix_dict(tok) -> None:
    """Give jieba's tokenizer its prefix dictionary from the table cache.

    jieba's own initialize() reads its cache with marshal.load on a file object, which pulls
    the 500,000 entries in small reads and takes about 1.1 s; the same table read whole and
    unmarshalled takes about 0.35 s. The table is what jieba builds (gen_pfdict of dict.txt).
    """
    path = jieba_file("dict.txt")

    def build() -> tuple[dict[str, int], int]:
        with open(path, "rb") as f:
            return tok.gen_pfdict(f)
    freq, total = cached_table("jieba-freq", [path], build, kind=tuple)
    with tok.lock:
        tok.FREQ, tok.total = freq, total
        tok.initialized = True


def _load():
    global _tokenizer, _tags
    with _lock:
        if _tokenizer is not None:
            return
        jieba = _import_jieba()
        jieba.setLogLevel(logging.WARNING)
        tok = jieba.dt          # the default tokenizer, so jieba.analyse and others see the user words
        _install_prefix_dict(tok)
        tags = _dictionary_tags()
        for line in rule_lines("userdict.txt"):
            parts = line.split()
            word = parts[0]
            freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
            tag = parts[2] if len(parts) > 2 else (parts[1] if len(parts) > 1 and not parts[1].isdigit() else None)
            tok.add_word(word, freq, tag)
            if tag:
                tags[word] = tag
        _tags = tags
        _tokenizer = tok


def warm_up() -> None:
    """Load jieba and the user dictionary now (about a second) rather than on the first hard case."""
    _load()


@lru_cache(maxsize=4096)
def tokens(window: str) -> tuple[str, ...]:
    """jieba's words of a short window (dictionary only, no HMM guesses for unknown words)."""
    _load()
    return tuple(_tokenizer.cut(window, HMM=False))


def cut(text: str) -> list[str]:
    """jieba's dictionary words of a longer text (not cached: measures are seldom repeated)."""
    _load()
    return list(_tokenizer.cut(text, HMM=False))


def boundaries(window: str) -> frozenset[int]:
    """Offsets in `window` where jieba puts a word boundary (0 and len included)."""
    out, pos = {0}, 0
    for tok in tokens(window):
        pos += len(tok)
        out.add(pos)
    return frozenset(out)


def tag(word: str) -> str | None:
    """jieba's tag of a dictionary word when it is one of KEPT_TAGS (ns = place name), else None."""
    _load()
    return _tags.get(word)


def is_place(word: str) -> bool:
    return tag(word) == "ns"
