"""A small language model of Chinese text, built from jieba's dictionary.

The repair stage only needs to tell "reads like Chinese" from "reads like
mojibake", and to rank a handful of candidate repairs. A unigram word model
does that well: `score` is the log probability of the best segmentation of a
text into dictionary words (like jieba's own segmenter), so a run of rare
characters that form no words scores far below the text it garbles.

Word probabilities mix two corpora that ship with jieba: the word counts of
dict.txt and the document frequencies behind jieba's keyword IDF table
(analyse/idf.txt). dict.txt alone leans to its own corpus (it rates 截止 above
截至, which the IDF corpus has in five times as many documents); the second
estimate evens that out for words both know. Only dict.txt's words are kept:
idf.txt also lists fragments its segmenter left (会为, 好管) that must not
become words.

The dictionary is simplified Chinese, and repair runs before t2s, so texts are
converted to simplified before they are scored. Characters jieba does not
know get a cost from `rules/repair_symbol_costs.tsv`.

Building the table takes over a second, so it is built once and cached on
disk with marshal (`table_cache.cached_table`), keyed by jieba's files
(path, size, modification time) and the rule words; reading it back takes a
fraction of that. Where the cache cannot be written the table is built each
time: the cache only saves time, it never changes a result. The model is
loaded once per process, on first use (clean text never needs it).
"""
from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ..convert import to_simplified
from ..rules import rule_lines, rule_table
from ..lexicon import jieba_file, read_idf
from ..table_cache import cached_table


MAX_WORD = 6  # longer dictionary words are rare and add little to the ranking
# share of the IDF-derived estimate in a word's probability: dict.txt counts tokens and
# stays the main source; document frequencies only correct its corpus bias
IDF_WEIGHT = 0.3
TABLE_VERSION = 1  # bump when the way the table is built changes
LM_WORDS = "repair_lm_words.txt"


def is_han(ch: str) -> bool:
    """A CJK ideograph (the basic block, extension A, or compatibility ideographs)."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


def is_private(ch: str) -> bool:
    """A private-use character, as a GB18030 decode of the user-defined area makes."""
    return 0xE000 <= ord(ch) <= 0xF8FF


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


def _rule_words() -> dict[str, int]:
    """Domain words of the rules file and their frequencies on jieba's scale."""
    out = {}
    for line in rule_lines(LM_WORDS):
        word, _, freq = line.partition(" ")
        if word and freq.strip().isdigit():
            out[word] = int(freq.strip())
    return out


def build_word_table(dict_path: Path, idf_path: Path | None, rule_words: dict[str, int]) -> dict[str, float]:
    """{word: log P(word)} for the dictionary words a window lookup can match.

    P mixes dict.txt's count share, (1 - IDF_WEIGHT) * f / total, with the
    document-frequency share IDF_WEIGHT * exp(-idf) / Z that idf.txt implies.
    Words longer than MAX_WORD or not starting with a Han character are
    never looked up, so they are left out.
    """
    with open(dict_path, encoding="utf-8") as f:
        fields = f.read().split()
    # dict.txt lines are "word freq tag"
    freqs = list(map(int, fields[1::3]))
    counts = dict(zip(fields[0::3], freqs))
    total = sum(freqs)  # the corpus size; the rule words re-weight, they do not grow it
    counts.update(rule_words)
    idf = read_idf(idf_path) if idf_path is not None else {}
    z = sum(math.exp(-v) for v in idf.values()) or 1.0
    table = {}
    for word, count in counts.items():
        if len(word) > MAX_WORD or not is_han(word[0]):
            continue
        p = (1.0 - IDF_WEIGHT) * count / total
        v = idf.get(word)
        if v is not None:
            p += IDF_WEIGHT * math.exp(-v) / z
        if p > 0.0:
            table[word] = math.log(p)
    return table


def word_prefixes(table: dict[str, float]) -> frozenset[str]:
    """Every proper prefix, two characters or longer, of the table's words.

    A lookup that extends a string which is no such prefix can never match, so
    `slot_scores` stops there.
    """
    return frozenset(w[:k] for w in table if len(w) > 2 for k in range(2, len(w)))


def _sources() -> tuple[Path, Path | None]:
    """jieba's dict.txt and idf.txt (None if this jieba has no idf.txt)."""
    idf = jieba_file("analyse/idf.txt")
    return jieba_file("dict.txt"), (idf if idf.exists() else None)


def _recipe() -> tuple[str, dict[str, int]]:
    """What the tables are built from besides jieba's files: parameters and rule words."""
    rule_words = _rule_words()
    return f"{TABLE_VERSION} {IDF_WEIGHT} {MAX_WORD} {sorted(rule_words.items())}", rule_words


def build_uncached() -> dict[str, float]:
    """The word table built from jieba's files now, bypassing the disk cache (what a cold start costs)."""
    dict_path, idf_path = _sources()
    return build_word_table(dict_path, idf_path, _recipe()[1])


def _word_table() -> dict[str, float]:
    """The word table, from the disk cache when jieba's files and the rule words are unchanged."""
    dict_path, idf_path = _sources()
    recipe, rule_words = _recipe()
    return cached_table("repair-lm-words", [p for p in (dict_path, idf_path) if p],
                        lambda: build_word_table(dict_path, idf_path, rule_words), recipe=recipe, kind=dict)


def _prefix_table(table: dict[str, float]) -> frozenset[str]:
    """The prefixes of the word table (`word_prefixes`), from the disk cache like the table."""
    dict_path, idf_path = _sources()
    recipe, _ = _recipe()
    return cached_table("repair-lm-prefixes", [p for p in (dict_path, idf_path) if p],
                        lambda: word_prefixes(table), recipe=recipe, kind=frozenset)


class LanguageModel:
    """Word log probabilities (see `build_word_table`), and a scorer over them."""

    def __init__(self, table: dict[str, float] | None = None):
        self._logp = _word_table() if table is None else table
        self._own_table = table is None
        self._prefixes: frozenset[str] | None = None  # loaded on the first slot_scores
        self._symbol_chars, self._symbol_classes = _symbol_costs()
        self._cache: dict[str, float] = {}

    def prefixes(self) -> frozenset[str]:
        """The proper prefixes of the model's words; only the GBK repair needs them, so they load late."""
        if self._prefixes is None:
            self._prefixes = _prefix_table(self._logp) if self._own_table else word_prefixes(self._logp)
        return self._prefixes

    def word_logp(self, word: str) -> float | None:
        """log P(word) if the dictionary has it, else None."""
        return self._logp.get(word)

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

    def prefix_scores(self, text: str) -> list[float]:
        """best[i] = log probability of the best segmentation of text[:i], for every i.

        A word is looked for at a start only while the characters so far begin some word
        (`prefixes`): beyond that every lookup would miss."""
        n = len(text)
        best = [0.0] + [-math.inf] * n
        get = self._logp.get
        singles = self._cache
        prefixes = self.prefixes()
        for i in range(n):
            here = best[i]
            ch = text[i]
            lp = singles.get(ch)
            single = here + (lp if lp is not None else self.char_logp(ch))
            if single > best[i + 1]:
                best[i + 1] = single
            o = ord(ch)     # (is_han, written out: it runs once a character)
            if not (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF):
                continue
            for j in range(i + 2, min(n, i + MAX_WORD) + 1):
                word = text[i:j]
                lp = get(word)
                if lp is not None and here + lp > best[j]:
                    best[j] = here + lp
                if word not in prefixes:
                    break   # no longer word starts so
        return best

    def suffix_scores(self, text: str) -> list[float]:
        """best[i] = log probability of the best segmentation of text[i:], for every i.

        A segment's score depends on its own characters only, so the best
        segmentation of a suffix does not depend on what comes before it.
        """
        n = len(text)
        best = [-math.inf] * n + [0.0]
        get = self._logp.get
        singles = self._cache
        prefixes = self.prefixes()
        for i in range(n - 1, -1, -1):
            ch = text[i]
            lp = singles.get(ch)
            s = (lp if lp is not None else self.char_logp(ch)) + best[i + 1]
            o = ord(ch)     # (is_han, written out)
            if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF:
                for j in range(i + 2, min(n, i + MAX_WORD) + 1):
                    word = text[i:j]
                    lp = get(word)
                    if lp is not None and lp + best[j] > s:
                        s = lp + best[j]
                    if word not in prefixes:
                        break   # no longer word starts so
            best[i] = s
        return best

    def score_simplified(self, text: str) -> float:
        """Log probability of the best segmentation of an already simplified text."""
        return self.prefix_scores(text)[-1]

    def slot_scores(self, before: str, fillers: Sequence[str], after: str) -> list[float]:
        """score_simplified(before + f + after) for each filler f, all simplified.

        The best segmentations of `before` and of `after` do not depend on the
        filler; only the segment covering the slot does. So both sides are
        scored once, and each one-character filler costs the few lookups of
        the words that could cover it, which makes it cheap to rank every
        candidate in full context on both sides.
        """
        fwd = self.prefix_scores(before)
        bwd = self.suffix_scores(after)
        p = len(before)
        get = self._logp.get
        prefixes = self.prefixes()
        rights = [(after[:k], bwd[k]) for k in range(min(len(after), MAX_WORD - 1) + 1)]
        # (left part, its score, the right parts that fit) for every word start before the slot
        # whose left part can begin a word; a word starting at the slot needs a right part
        shapes = [(before[i:], fwd[i], rights[:MAX_WORD - (p - i)])
                  for i in range(max(0, p - MAX_WORD + 1), p)
                  if is_han(before[i]) and (i == p - 1 or before[i:] in prefixes)]
        at_slot = ("", fwd[p], rights[1:])
        alone = fwd[p] + bwd[0]
        out = []
        for filler in fillers:
            if len(filler) != 1:
                out.append(self.score_simplified(before + filler + after))
                continue
            best = alone + self.char_logp(filler)
            for left, left_score, fits in (shapes + [at_slot] if is_han(filler) else shapes):
                word_start = left + filler
                for right, right_score in fits:
                    word = word_start + right
                    lp = get(word)
                    if lp is not None and left_score + lp + right_score > best:
                        best = left_score + lp + right_score
                    if word not in prefixes:
                        break  # no longer word starts so
            out.append(best)
        return out

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
