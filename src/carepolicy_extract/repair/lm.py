"""A small language model of Chinese text, built from jieba's dictionary.

The repair stage only needs to tell "reads like Chinese" from "reads like
mojibake", and to rank a handful of candidate repairs. A unigram word model
does that well: `score` is the log probability of the best segmentation of a
text into dictionary words (like jieba's own segmenter), so a run of rare
characters that form no words scores far below the text it garbles.

The dictionary is simplified Chinese, and repair runs before t2s, so texts are
converted to simplified before they are scored. Characters jieba does not
know get a cost from `rules/repair_symbol_costs.tsv`.

Loading takes a few hundred milliseconds, so it happens once per process, on
first use (clean text never needs it).
"""
from __future__ import annotations

import math
import os
import unicodedata
from functools import lru_cache

from ..convert import to_simplified
from ..rules import rule_lines, rule_table

MAX_WORD = 6  # longer dictionary words are rare and add little to the ranking
# nats charged per segment: a unigram model otherwise prefers two frequent single
# characters (下 不) to the word they should be (下拨); real text is mostly words
TOKEN_COST = 4


def is_han(ch: str) -> bool:
    """A CJK ideograph (the basic block, extension A, or compatibility ideographs)."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


def is_private(ch: str) -> bool:
    """A private-use character, as a GB18030 decode of the user-defined area makes."""
    return 0xE000 <= ord(ch) <= 0xF8FF


def _jieba_dict_path() -> str:
    import importlib.util
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:
        raise RuntimeError("jieba is not installed; the repair language model needs its dict.txt")
    return os.path.join(os.path.dirname(spec.origin), "dict.txt")


def _symbol_costs() -> tuple[dict[str, float], dict[str, float]]:
    """Per-character and per-class costs from the rules file."""
    chars: dict[str, float] = {}
    classes: dict[str, float] = {}
    for row in rule_table("repair_symbol_costs.tsv"):
        if len(row) < 2:
            continue
        key, cost = row[0], float(row[1])
        if key.startswith("<") and key.endswith(">") and len(key) > 2:
            classes[key[1:-1]] = cost
        else:
            for ch in key:
                chars[ch] = cost
    return chars, classes


class LanguageModel:
    """Word log probabilities from jieba's dict.txt, and a scorer over them."""

    def __init__(self, path: str | None = None):
        with open(path or _jieba_dict_path(), encoding="utf-8") as f:
            fields = f.read().split()
        # dict.txt lines are "word freq tag"; keep frequencies as text, parse on lookup
        self._freq: dict[str, str] = dict(zip(fields[0::3], fields[1::3]))
        for line in rule_lines("repair_lm_words.txt"):
            word, _, freq = line.partition(" ")
            if word and freq.strip().isdigit():
                self._freq[word] = freq.strip()
        self._log_total = math.log(sum(map(int, fields[1::3])))
        self._symbol_chars, self._symbol_classes = _symbol_costs()
        self._cache: dict[str, float] = {}

    def word_logp(self, word: str) -> float | None:
        """log P(word) if the dictionary has it, else None."""
        f = self._freq.get(word)
        if f is None:
            return None
        return math.log(int(f)) - self._log_total

    def char_logp(self, ch: str) -> float:
        """log P of one character standing alone (a one-character word, or a symbol cost)."""
        lp = self._cache.get(ch)
        if lp is not None:
            return lp
        if is_han(ch):
            lp = self.word_logp(ch)
            if lp is None:
                lp = -self._symbol_classes.get("han", 19.0)
        elif ch in self._symbol_chars:
            lp = -self._symbol_chars[ch]
        elif is_private(ch):
            lp = -self._symbol_classes.get("private", 24.0)
        elif ch.isascii() and ch.isdigit():
            lp = -self._symbol_classes.get("digit", 6.0)
        elif ch.isascii() and ch.isalpha():
            lp = -self._symbol_classes.get("latin", 8.0)
        elif ch.isspace() or unicodedata.category(ch) == "Zs":
            lp = -self._symbol_classes.get("space", 4.0)
        else:
            lp = -self._symbol_classes.get("other", 14.0)
        self._cache[ch] = lp
        return lp

    def score_simplified(self, text: str) -> float:
        """Log probability of the best segmentation of an already simplified text."""
        n = len(text)
        best = [0.0] + [-math.inf] * n
        freq = self._freq
        log_total = self._log_total
        for i in range(n):
            here = best[i]
            ch = text[i]
            single = here + self.char_logp(ch)
            if single > best[i + 1]:
                best[i + 1] = single
            if not is_han(ch):
                continue
            for j in range(i + 2, min(n, i + MAX_WORD) + 1):
                f = freq.get(text[i:j])
                if f is not None:
                    s = here + math.log(int(f)) - log_total
                    if s > best[j]:
                        best[j] = s
        return best[n]

    def score(self, text: str) -> float:
        """Log probability of a text (traditional or simplified) under the model."""
        return self.score_simplified(simplify(text))


def simplify(text: str) -> str:
    """The text in simplified Chinese, character for character where OpenCC allows."""
    return to_simplified(text)[0] if text else text


@lru_cache(maxsize=1)
def language_model() -> LanguageModel:
    """The process-wide model, loaded on first use."""
    return LanguageModel()
