"""Measure categories (rules/categories.txt) and keywords (TF-IDF over jieba's words).

A measure gets every category one of whose patterns is found in its title or
text; the taxonomy is a rules file, so a researcher can widen or narrow a
category without touching code. Keywords are jieba's TF-IDF top five of title
and text (jieba's dictionary cut and the IDF table it ships), with the words of
rules/keyword_stopwords.txt left out.

jieba (dictionary, user words, IDF table) loads on the first measure of a
process, about a second with the tables cached (`table_cache`), and is then
shared by every document that process handles; `warm_up()` loads it ahead,
e.g. before worker processes fork. All of it ships with jieba: nothing is fetched.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .charclass import HAN_RANGE
from .memo import short_text_cache
from .models import Measure
from .rules import compiled, rule_lines, rules_dir
from .table_cache import cached_table

CATEGORIES_FILE = "categories.txt"
STOPWORDS_FILE = "keyword_stopwords.txt"
TOP_KEYWORDS = 5
KEYWORD_BUDGET = 5_000    # measures of one document that get keywords (see annotate)

_HEAD = compiled(r"^\[([a-z][a-z0-9_]*)\]\s*(.*)$")
_WORDY = compiled(f"[{HAN_RANGE}A-Za-z]")   # a keyword has a Han character or a letter


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    patterns: tuple[str, ...]
    regex: re.Pattern


class TaxonomyError(ValueError):
    """rules/categories.txt is malformed; the message says where."""


@lru_cache(maxsize=1)
def taxonomy() -> tuple[Category, ...]:
    """The categories of rules/categories.txt, in file order."""
    where = rules_dir() / CATEGORIES_FILE
    cats: list[tuple[str, str, list[str]]] = []
    for line in rule_lines(CATEGORIES_FILE):
        text = line.strip()
        head = _HEAD.match(text)
        if head:
            cid, label = head.group(1), head.group(2).strip()
            if any(c[0] == cid for c in cats):
                raise TaxonomyError(f"{where}: category [{cid}] is defined twice")
            cats.append((cid, label or cid, []))
            continue
        if text.startswith("["):
            raise TaxonomyError(f"{where}: bad category line {text!r} (want `[id] 中文标签`, id in a-z0-9_)")
        if not cats:
            raise TaxonomyError(f"{where}: pattern {text!r} stands before the first [category] line")
        try:
            compiled(text)
        except re.error as err:
            raise TaxonomyError(f"{where}: [{cats[-1][0]}] pattern {text!r} is not a valid regular "
                                f"expression: {err}") from None
        cats[-1][2].append(text)
    out = []
    for cid, label, pats in cats:
        if not pats:
            raise TaxonomyError(f"{where}: category [{cid}] has no patterns")
        out.append(Category(cid, label, tuple(pats), compiled("|".join(f"(?:{p})" for p in pats))))
    return tuple(out)


def labels() -> dict[str, str]:
    """category id → Chinese label."""
    return {c.id: c.label for c in taxonomy()}


def categorize(title: str | None, text: str) -> list[str]:
    """Ids of the categories whose patterns occur in the title or text, in taxonomy order."""
    hay = f"{title or ''}\n{text}"
    return [c.id for c in taxonomy() if c.regex.search(hay)]


def why(title: str | None, text: str) -> dict[str, list[str]]:
    """For each category found, the matching stretches of text (for checking the taxonomy)."""
    hay = f"{title or ''}\n{text}"
    return {c.id: [m.group(0) for m in c.regex.finditer(hay)] for c in taxonomy() if c.regex.search(hay)}


# jieba's own extractor leaves these English function words out too
_ENGLISH_STOPWORDS = frozenset(
    "the of is and to in that we for an are by be as on with can if from which you it this "
    "then at have all not one has or".split())


@lru_cache(maxsize=1)
def _idf_table() -> tuple[dict[str, float], float]:
    """The IDF table that ships with jieba, and its median (the IDF of an unknown word)."""
    path = lexicon.jieba_file("analyse/idf.txt")

    def build() -> tuple[dict[str, float], float]:
        idf = lexicon.read_idf(path)
        values = sorted(idf.values())
        return idf, values[len(values) // 2]
    return cached_table("jieba-idf", [path], build)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(rule_lines(STOPWORDS_FILE)) | _ENGLISH_STOPWORDS


def warm_up() -> None:
    """Load jieba, the taxonomy and the IDF table now rather than on the first measure."""
    taxonomy()
    lexicon.warm_up()
    _idf_table()
    _stopwords()


def _tfidf_ranked(text: str) -> list[str]:
    """The words of `text` by TF-IDF, highest first, as jieba.analyse ranks them: dictionary
    cut without HMM guesses (which turn stray pairs such as 有呼, 村为 into words), words of
    two characters or more, stop words left out, ties in order of first appearance."""
    idf, median = _idf_table()
    stop = _stopwords()
    counts: dict[str, int] = {}
    for word in lexicon.cut(text):
        if len(word.strip()) < 2 or word.lower() in stop:
            continue
        counts[word] = counts.get(word, 0) + 1
    weight = {w: n * idf.get(w, median) for w, n in counts.items()}
    return sorted(weight, key=weight.__getitem__, reverse=True)


def keywords(title: str | None, text: str, k: int = TOP_KEYWORDS) -> list[str]:
    """The k words of highest TF-IDF in title and text (numbers and stop words left out)."""
    hay = f"{title or ''}\n{text}".strip()
    if not hay:
        return []
    out = []
    for word in _tfidf_ranked(hay):
        if _WORDY.search(word):
            out.append(word)
            if len(out) == k:
                break
    return out


@short_text_cache(maxsize=4096, max_chars=2000)   # a reposted measure recurs across pages
def _annotation(text: str, title: str | None, with_keywords: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(categorize(title, text)), tuple(keywords(title, text)) if with_keywords else ()


def annotate(measures: list[Measure]) -> None:
    """Fill each measure's `categories` and `keywords` in place.

    Keywords cost about a millisecond a measure (jieba's dictionary cut), so a page that is not a policy text but
    yields tens of thousands of "measures" gets them for its first KEYWORD_BUDGET only (its
    categories, some microseconds each, for all): it stays within the time limit per document.
    """
    for i, m in enumerate(measures):
        cats, kws = _annotation(m.text, m.title, i < KEYWORD_BUDGET)
        m.categories, m.keywords = list(cats), list(kws)
