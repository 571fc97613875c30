"""jieba, loaded once per process with the domain words of `rules/userdict.txt`.

jieba only ever sees short windows around a decision (is this 一 a list marker?
is this a place name?), never whole documents: cutting a dozen characters costs
microseconds, cutting a page costs milliseconds.
"""
from __future__ import annotations

import logging
import threading
from functools import lru_cache

from .rules import rule_lines

_lock = threading.Lock()
_tokenizer = None
_tags: dict[str, str] | None = None


def _load():
    global _tokenizer, _tags
    with _lock:
        if _tokenizer is not None:
            return
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        tok = jieba.posseg.dt.tokenizer  # the default tokenizer, shared with posseg
        tok.initialize()
        tags = jieba.posseg.dt.word_tag_tab
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


def boundaries(window: str) -> frozenset[int]:
    """Offsets in `window` where jieba puts a word boundary (0 and len included)."""
    out, pos = {0}, 0
    for tok in tokens(window):
        pos += len(tok)
        out.add(pos)
    return frozenset(out)


def tag(word: str) -> str | None:
    """jieba's part-of-speech tag of a dictionary word (ns = place name), None for unknown words."""
    _load()
    return _tags.get(word)


def is_place(word: str) -> bool:
    return tag(word) == "ns"
