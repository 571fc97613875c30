"""Pinyin annotations: `關(guān)` → `關`, and the readings that name a lost character.

Some sites print tone-marked pinyin after traditional characters. The
annotation is not part of the text; removing it needs nothing but the
annotation itself. A pinyin annotation after a lost character (`?(bào)`, or
`?zhí)` where the garbling ate the opening parenthesis) is kept for the GBK and
lost-character fixes, which use the reading to pick the character back.
"""
from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from ..page import RepairLog
from ..rules import compiled, rule_lines

# tone-marked vowels; an annotation has at least one (plain ASCII in parentheses is not pinyin)
TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_LETTERS = "a-zü" + TONE_VOWELS
# a syllable is at most 6 letters (zhuang, shuang); bounded, so no backtracking blow-up
PINYIN = rf"[{_PINYIN_LETTERS}]{{1,6}}"
# a character the annotation can follow: Han, compatibility ideographs, private use (mojibake)
_ANNOTATED = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ue000-\uf8ff"
# the parenthesis comes first so the regex engine can scan for it; what stands before it
# is checked in Python (see _after_annotated). Some copies repeat an annotation
# (堅(jiān)(jiān)); the repeats go with it.
_ANNOTATION = compiled(rf"[(（]({PINYIN})[)）](?:[(（]\1[)）])*")
_ANNOTATED_CHAR = compiled(rf"[{_ANNOTATED}]")


def _after_annotated(text: str, k: int) -> bool:
    """Whether an annotation at k follows what can be annotated: a Han character, or one ASCII
    character standing alone after a non-word character, which is what GBK mojibake leaves of
    an annotated character (鐓^(qū), ,F(xiàn))."""
    if k == 0:
        return False
    prev = text[k - 1]
    if _ANNOTATED_CHAR.match(prev):
        return True
    if "\x40" <= prev <= "\x7e":
        before = text[k - 2] if k >= 2 else ""
        return not (before.isascii() and before.isalnum())
    return False
# the placeholder of a lost byte or character, with the reading that may follow it
PLACEHOLDER = compiled(rf"[?\ufffd](?:[(（]({PINYIN})[)）]|({PINYIN})[)）])?")


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    return frozenset(word for line in rule_lines("repair_pinyin_syllables.txt") for word in line.split())


def toneless(syllable: str) -> str:
    """The syllable without tone marks (ü kept, and ü typed as v read as ü: 绿(lv4), 女(nv))."""
    out = []
    for ch in syllable:
        if ch in "üǖǘǚǜv":
            out.append("ü")
        else:
            out.append(unicodedata.normalize("NFD", ch)[0])
    return "".join(out)


@lru_cache(maxsize=4096)
def is_tone_marked_syllable(text: str) -> bool:
    """A single pinyin syllable carrying a tone mark, e.g. guān (not 'cafe', not 'an')."""
    return any(ch in TONE_VOWELS for ch in text) and toneless(text) in _syllables()


# tone marks typed as combining characters (`qi\u0304ng`, NFD) inside parentheses: composed
# before anything else reads the annotation
_DECOMPOSED = compiled(r"[(（][a-zü\u0300-\u036f]{1,16}[)）]")
_COMBINING = compiled(r"[\u0300-\u036f]")
_MARKED = compiled(rf"[\u0300-\u036f{TONE_VOWELS}]")   # a tone mark of either kind
# a syllable without tone marks, or with a tone number (guan, guan1): pinyin only when it is a
# reading of the Han character right before it, which clean text hardly ever has; repeats of
# it go with it (堅(jian)(jian)(jian), as some copies have)
_PLAIN_ANNOTATION = compiled(r"[(（]([a-zü]{1,6})([1-5]?)[)）](?:[(（]\1\2[)）])*")


# a word's readings, in parentheses after the word (統籌(tong3 chou2), 補助(bu3zhu4), 補助（bǔ zhù）) or
# glued to it bare (傾斜qing1xie2): each syllable must read the character at its place in the word; a bare
# one needs its tone numbers (plain letters after Han characters are too often a name or a code)
_PAREN_READINGS = compiled(rf"[(（]((?:[{_PINYIN_LETTERS}]{{1,6}}[1-5]?[ '-]?){{2,4}})[)）]")
_WORD_READINGS = compiled(_PAREN_READINGS.pattern
                            + rf"|(?<=[\u4e00-\u9fff])((?:[a-zü]{{1,6}}[1-5]){{1,4}})(?![A-Za-z0-9])")
_SYLLABLE = compiled(rf"([{_PINYIN_LETTERS}]{{1,6}})([1-5]?)")
_LETTERS_TONE_NUMBER = compiled(r"[a-zü][a-zü]{0,5}[1-5]")   # the cheap pre-tests: for bare readings (after Han),
_TONE_NUMBER_ASCII = compiled(rb"[a-z][1-5]")     # (… itself after this one, on the ASCII characters alone)
_PAREN_LETTER = compiled(rf"[(（][{_PINYIN_LETTERS}]")                # and for readings in parentheses


def _drop_word_readings(text: str, bare: bool = True) -> tuple[str, int, str | None]:
    """The text without the readings of words (several syllables in parentheses, or bare syllables with
    tone numbers glued after the word); the count dropped and an example. `bare` False: the text has
    no bare reading (`_bare_tone_number`), and only those in parentheses are looked for (a pattern
    the engine scans for its parenthesis, where the bare ones' is tried at every character)."""
    count = 0
    example = None

    def drop(m: re.Match) -> str:
        nonlocal count, example
        k = m.start()
        given = m.group(m.lastindex)
        syllables = _SYLLABLE.findall(given)
        n = len(syllables)
        if k < n or "".join(a + b for a, b in syllables) != re.sub(r"[ '-]", "", given):
            return m.group(0)
        word = text[k - n:k]
        # a tone-marked syllable (bǔ) is read as its letters and tone number (bu, 3)
        syllables = [(toneless(a), _tone_number(a)) if any(c in TONE_VOWELS for c in a) else (toneless(a), b)
                     for a, b in syllables]
        if not all("\u4e00" <= ch <= "\u9fff" and syl in _syllables() and _reads_so(ch, syl, tone)
                   for ch, (syl, tone) in zip(word, syllables)):
            return m.group(0)
        count += 1
        if example is None:
            example = text[k - n:m.end()]
        return ""

    return (_WORD_READINGS if bare else _PAREN_READINGS).sub(drop, text), count, example


def _compose_annotations(text: str) -> str:
    if not _COMBINING.search(text):     # (asked only of a text with a tone mark: `_MARKED`)
        return text
    return _DECOMPOSED.sub(lambda m: unicodedata.normalize("NFC", m.group(0)), text)


def _reads_so(ch: str, syllable: str, tone: str) -> bool:
    """Whether the Han character ch can be read as the toneless syllable (and tone number, if any)."""
    readings = _readings().get(ch)
    if not readings:
        return False
    for r in readings.split(","):
        if toneless(r) != syllable:
            continue
        if not tone or _tone_number(r) == tone:
            return True
    return False


def _tone_number(syllable: str) -> str:
    for ch in unicodedata.normalize("NFD", syllable):
        k = "\u0304\u0301\u030c\u0300".find(ch)
        if k >= 0:
            return str(k + 1)
    return "5"


# an annotation cut by the end of the page: an opening parenthesis and the start of a syllable
# right after a Han character, at the end of a line (地区(q)
_CUT_ANNOTATION = compiled(rf"(?<=[\u4e00-\u9fff])[(（][{_PINYIN_LETTERS}]{{1,6}}[ \t]*$", re.M)
MIN_ANNOTATIONS = 3  # annotations a page needs before a cut one at a line end is dropped


def _drop_cut_annotation(text: str, log: RepairLog) -> str:
    """Drop `(q` at a line end on a page whose characters carry annotations: the page was cut
    inside one. The letters must begin a real syllable (a lone `(a` of an English aside stays)."""
    syllables = _syllables()

    def cut(m: re.Match) -> str:
        letters = toneless(m.group(0).strip()[1:])
        if not any(s.startswith(letters) for s in syllables):
            return m.group(0)
        log.add("pinyin_annotation_cut", 1, m.group(0).strip())
        return ""

    return _CUT_ANNOTATION.sub(cut, text)


def _bare_tone_number(text: str) -> bool:
    """A reading with a tone number glued to a Han character (倾斜qing1xie2) somewhere in the text.

    (The pre-test looks for an ASCII letter before a tone number among the text's ASCII characters
    alone, which the codec takes out in C: a tenth of the text to scan. Characters taken out
    between two can only add pairs, so it never misses one; ü is not ASCII and is asked apart.)"""
    if _TONE_NUMBER_ASCII.search(text.encode("ascii", "ignore")) is None and "ü" not in text:
        return False
    # (the letters and their number first, where the engine skips to a letter at C speed, then the
    # Han character before them: a pattern opening with a Han character is tried at nearly every one)
    return any(m.start() and "\u4e00" <= text[m.start() - 1] <= "\u9fff" for m in _LETTERS_TONE_NUMBER.finditer(text))


def fix_pinyin_annotations(text: str, log: RepairLog) -> str:
    """Drop a pinyin annotation right after a Han character: 關(guān) → 關, and 關(guan) or 關(guan1)
    when guan is a reading of 關."""
    if "(" not in text and "（" not in text and not _bare_tone_number(text):
        return text
    # (a tone mark, composed or combining: one scan for both, which most pages pass)
    marked = _MARKED.search(text) is not None
    if marked:
        text = _compose_annotations(text)
    count = 0
    example = None

    if marked and any(ch in text for ch in TONE_VOWELS):
        text = _lose_misread(text)

    def drop(m: re.Match) -> str:
        nonlocal count, example
        if not is_tone_marked_syllable(m.group(1)) or not _after_annotated(text, m.start()):
            return m.group(0)
        count += 1
        if example is None:
            example = text[max(0, m.start() - 1):m.end()]
        return ""

    def drop_plain(m: re.Match) -> str:
        nonlocal count, example
        k = m.start()
        syllable = toneless(m.group(1))
        if k == 0 or not "\u4e00" <= text[k - 1] <= "\u9fff" or syllable not in _syllables() \
                or not _reads_so(text[k - 1], syllable, m.group(2)):
            return m.group(0)
        count += 1
        if example is None:
            example = text[k - 1:m.end()]
        return ""

    if marked and any(ch in text for ch in TONE_VOWELS):
        text = _ANNOTATION.sub(drop, text)
    bare = _bare_tone_number(text)
    # (a plain annotation opens with what _PAREN_LETTER finds: without one, there is none to look for)
    lettered = bare or _PAREN_LETTER.search(text) is not None
    if lettered:
        text, words, word_example = _drop_word_readings(text, bare)
        count += words
        example = example or word_example
    if lettered and _PLAIN_ANNOTATION.search(text):
        text = _PLAIN_ANNOTATION.sub(drop_plain, text)
    if count >= MIN_ANNOTATIONS and ("(" in text or "（" in text):
        text = _drop_cut_annotation(text, log)
    log.add("pinyin_annotation", count, example)
    return text


def _lose_misread(text: str) -> str:
    """A rare character whose annotation gives a reading it does not have (`!皝(lái)的` of a copy read one byte
    off, for 。“來(lái)的) is lost: it becomes a placeholder before its reading, which `fix_lost_characters`
    fills from the characters read so (`?(lái)` → 來)."""
    out, pos = [], 0
    for m in _ANNOTATION.finditer(text):
        k = m.start()
        prev = text[k - 1:k]
        if prev and "\u4e00" <= prev <= "\u9fff" and is_tone_marked_syllable(m.group(1)) \
                and _rare(prev) and not has_reading(prev, m.group(1)) and chars_with_reading(m.group(1)):
            out.append(text[pos:k - 1])
            out.append("?")
            pos = k
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _rare(ch: str) -> bool:
    """Outside GB2312 once simplified (variants.rare_characters): no character of everyday text or a name's."""
    from .variants import rare_characters     # (variants reads this module's readings)
    return bool(rare_characters(ch))


def placeholder_reading(m: re.Match) -> str | None:
    """The tone-marked reading a placeholder match carries, if it is a real syllable."""
    reading = m.group(1) or m.group(2)
    if reading and is_tone_marked_syllable(reading):
        return reading
    return None


@lru_cache(maxsize=1)
def _readings() -> dict[str, str]:
    """Character → its tone-marked readings joined by ',' (pypinyin's table, loaded on first use).

    Only a placeholder followed by a reading needs it, so nothing loads it ahead. The
    table is read from pypinyin's pinyin_dict.json directly: importing pypinyin loads
    its phrase dictionary too, which takes four times as long and is never used here.
    """
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or not spec.origin:
        raise RuntimeError("pypinyin is not installed; lost characters need its readings")
    with open(Path(spec.origin).parent / "pinyin_dict.json", encoding="utf-8") as f:
        table = json.load(f)  # {"code point": "readings"}, shipped by the pinned pypinyin
    return {chr(int(cp)): r for cp, r in table.items()}


def has_reading(ch: str, reading: str) -> bool:
    """Whether the character can be read so (tone included)."""
    r = _readings().get(ch)
    return r is not None and reading in r.split(",")


@lru_cache(maxsize=1)
def _by_reading() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for ch, readings in _readings().items():
        if "\u4e00" <= ch <= "\u9fff":
            for r in readings.split(","):
                table.setdefault(r, []).append(ch)
    return {r: tuple(chs) for r, chs in table.items()}


def chars_with_reading(reading: str) -> tuple[str, ...]:
    """Every basic-block Han character that can be read so."""
    return _by_reading().get(reading, ())
