"""Bytes read as Latin-1 or cp1252: undo the mojibake of Chinese text that a template, a
database or a feed read one byte a character.

What happened to such a text: its UTF-8 bytes (three a Han character) or its GBK bytes (two)
were each shown as one Western character and saved again, giving a run of accented letters and
symbols (`å…»è€` for `养老` read from UTF-8, `ÑøÀÏ` for `养老` read from GBK); done twice, the
run grows (`Ã¥Â…Â»`). A browser's cp1252 leaves the five bytes it has no character for (81 8D
8F 90 9D) as C1 controls, or drops them: a closing quote `”` (E2 80 9D) then shows as `â€`.

The repair takes each run of characters that stand for one byte (Latin-1's, and cp1252's own
for 80–9F), turns it back into bytes, and reads them as UTF-8, or else as GBK. A run is read
again only where the line shows the sign of such bytes (a UTF-8 lead byte's character before a
continuation byte's, or two GB2312 bytes' characters in a row, twice), and a GBK reading is
kept only when it is all plausible Chinese: a name with an accent (`José`, `für`) stays.
"""
from __future__ import annotations

import re

from ..decode import COMMON_HAN, plausibility
from ..page import RepairLog
from ..rules import compiled
from .lm import language_model, simplify

# cp1252's characters for the bytes 80-9F (the rest of them it shares with Latin-1)
_CP1252 = {}
for _b in range(0x80, 0xA0):
    try:
        _CP1252[bytes([_b]).decode("cp1252")] = _b
    except UnicodeDecodeError:
        pass
_CP1252_CLASS = "".join(_CP1252)
# a run of characters that each stand for one byte
_RUN = compiled("[\u0000-\u00ff" + re.escape(_CP1252_CLASS) + "]+")
# the sign of bytes read one a character: a UTF-8 lead byte (C2-F4) shown before a continuation
# byte (80-BF), or two GB2312 characters' bytes (A1-F7, A1-FE) shown as four accented letters
# (two patterns, each opening with a class the engine skips to at C speed, where their alternation
# is tried at every character of every clean page)
_SIGN_UTF8 = compiled("[\u00c2-\u00f4][\u0080-\u00bf" + re.escape(_CP1252_CLASS) + "]")
_SIGN_GB = compiled("[\u00a1-\u00f7][\u00a1-\u00fe][\u00a1-\u00f7][\u00a1-\u00fe]")
# the bytes cp1252 has no character for, which a reader may have dropped (9D first: the last
# byte of the closing quote `”`, the commonest loss)
_UNSHOWN = (0x9D, 0x81, 0x8D, 0x8F, 0x90)
_EVERYDAY_PUNCT = set("、。，：；！？“”‘’《》（）…—·")  # what a lost byte may complete besides a Han character
CONTEXT = 6                # characters on each side the language model reads to fill a lost byte
MAX_SLOTS = 400            # lost bytes one run may have (each costs a model look-up)
MAX_ROUNDS = 3             # a text read wrongly this often is still undone
GBK_MIN_PLAUSIBLE = 0.9    # a GBK reading is kept only when this plausible as Chinese …
GBK_MIN_HAN = 2            # … with this many Han characters at least


def _signed(text: str) -> bool:
    return _SIGN_UTF8.search(text) is not None or _SIGN_GB.search(text) is not None


def _byte(ch: str) -> int:
    return _CP1252.get(ch, None) if ord(ch) > 0xFF else ord(ch)


def _is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or ch < "\u0080"


def _utf8_length(lead: int) -> int:
    return 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0


def _utf8_with_dropped_bytes(data: bytes) -> str | None:
    """The bytes read as UTF-8, a character short of one continuation byte completed with a byte
    cp1252 does not show (chosen among the everyday characters it could make by the language
    model, in context); None when they are not UTF-8 even so."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    chars: list[str] = []
    slots: list[tuple[int, list[str]]] = []
    i, n = 0, len(data)
    while i < n:
        size = _utf8_length(data[i]) if data[i] >= 0x80 else 1
        if size == 0:
            return None
        k = 1
        while k < size and i + k < n and 0x80 <= data[i + k] <= 0xBF:
            k += 1
        if k == size:
            try:
                chars.append(data[i:i + size].decode("utf-8"))
            except UnicodeDecodeError:
                return None
            i += size
            continue
        if k != size - 1:
            return None
        found = []
        for pos in range(k, 0, -1):
            for lost in _UNSHOWN:
                try:
                    found.append((data[i:i + pos] + bytes([lost]) + data[i + pos:i + k]).decode("utf-8"))
                except UnicodeDecodeError:
                    pass
        everyday = [c for c in found if c in COMMON_HAN or c in _EVERYDAY_PUNCT]
        if not everyday:
            return None
        slots.append((len(chars), everyday))
        chars.append(everyday[0])
        i += k
    if len(slots) > MAX_SLOTS:
        return None
    lm = language_model() if any(len(c) > 1 for _, c in slots) else None
    for at, choices in slots:
        if len(choices) > 1:
            before = simplify("".join(chars[max(0, at - CONTEXT):at]))
            after = simplify("".join(chars[at + 1:at + 1 + CONTEXT]))
            scores = lm.slot_scores(before, [simplify(c) for c in choices], after)
            chars[at] = choices[max(range(len(choices)), key=scores.__getitem__)]
    return "".join(chars)


def _reread(run: str) -> str | None:
    """The run's bytes read as UTF-8 (or GBK), or None when neither reading is a better text."""
    data = bytes(map(_byte, run))
    text = _utf8_with_dropped_bytes(data)
    if text is None:
        try:
            text = data.decode("gbk")
        except UnicodeDecodeError:
            return None
        han = sum("\u4e00" <= c <= "\u9fff" for c in text)
        if han < GBK_MIN_HAN or not all(map(_is_cjk, text)) or plausibility(text) < GBK_MIN_PLAUSIBLE:
            return None
    return text if text != run else None


def _fix_line(line: str) -> str:
    for _ in range(MAX_ROUNDS):
        if not _signed(line):
            break
        parts, last, changed = [], 0, False
        for m in _RUN.finditer(line):
            if not _signed(m.group()):
                continue
            text = _reread(m.group())
            if text is not None:
                parts += [line[last:m.start()], text]
                last, changed = m.end(), True
        if not changed:
            break
        line = "".join(parts) + line[last:]
    return line


# the first character of either sign, looked for among the text's Latin-1 characters alone (which
# the codec takes out in C: a tenth of a Chinese page) before the signs are looked for in the text
_SIGN_FIRST = compiled(b"[\xa1-\xf7]")


def fix_latin1_mojibake(text: str, log: RepairLog) -> str:
    """Lines whose UTF-8 or GBK bytes were read one a character (Latin-1, cp1252), read again."""
    if _SIGN_FIRST.search(text.encode("latin-1", "ignore")) is None or not _signed(text):
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _signed(line):
            fixed = _fix_line(line)
            if fixed != line:
                log.add("latin1_mojibake", 1, fixed[:40])
                lines[i] = fixed
    return "\n".join(lines)
