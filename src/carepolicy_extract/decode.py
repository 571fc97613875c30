"""Bytes → text: choose the encoding a Chinese page was written in.

Order of evidence: a BOM; strict UTF-8 (text that decodes as UTF-8 almost
always is UTF-8, whatever the page's meta tag claims); UTF-16 without a BOM
(many NULs in alternate positions); then the declared charset and the legacy
candidates GB18030 and Big5, judged by how plausible the decoded characters
look, because GB18030 accepts almost any byte string.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .rules import compiled

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# labels pages use for the GB family: all decode as GB18030, their superset
_GB_LABELS = {"gb2312", "gbk", "gb18030", "x-gbk", "gb_2312-80", "cp936", "euc-cn", "hz-gb-2312"}
_BIG5_LABELS = {"big5", "big5-hkscs", "x-x-big5", "cp950"}

_META_CHARSET = compiled(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]{2,20})""", re.I)


class DecodeError(ValueError):
    """The bytes are not text in any encoding we know."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB, normalised to a codec name."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    label = m.group(1).decode("ascii", "ignore").lower()
    if label in _GB_LABELS:
        return "gb18030"
    if label in _BIG5_LABELS:
        return "big5"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _common_han() -> frozenset[str]:
    """The ~9,000 everyday characters: GB2312 level 1 and Big5 level 1.

    Text misread in the wrong legacy encoding lands mostly outside this set
    (UTF-8 read as GBK gives GB2312 level-2 rarities, Big5 read as GBK gives
    kana and Cyrillic), so membership is a cheap, strong signal.
    """
    chars = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for lead in range(0xA4, 0xC7):
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


COMMON_HAN = _common_han()


def _class(chars) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


COMMON_HAN_CLASS = _class(COMMON_HAN)    # the inside of a regex class of them


# counted with regex substitution, which runs in C: this is on every legacy-encoded page
# pinyin with tone marks: pages annotate characters with it (關(guān)), so it is ordinary text
_PINYIN = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê"
ORDINARY_RUN = compiled("[" + COMMON_HAN_CLASS + _PINYIN + r"\x20-\x7e\n\r\t\u3000-\u303f\uff01-\uff5e"
                       r"\u2010-\u2027\u00b7\u00d7\u2030\u2103\u2116]+")
# C0 controls other than whitespace: rare in real text, common in UTF-16 bytes read as UTF-8
_CONTROL = compiled(r"[\x00-\x08\x0e-\x1f]")
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b <= 0x08 or 0x0e <= b <= 0x1f))
_WIDE = compiled(r"[^\x00-\u07ff]+")
_OTHER_HAN = compiled(r"[\u4e00-\u9fff]+")
PLAUSIBLE = 0.9   # a candidate this plausible is taken without trying the others


def plausibility(text: str) -> float:
    """How much a decoded text looks like a Chinese web page (0..1).

    Everyday Han characters, ASCII, CJK and full-width punctuation count 1;
    rarer Han characters count half; kana, Cyrillic, box drawing, private-use,
    replacement and control characters count nothing.
    """
    text = text[:8000]
    if not text:
        return 1.0
    rest = ORDINARY_RUN.sub("", text)
    rare_han = len(rest) - len(_OTHER_HAN.sub("", rest))
    return (len(text) - len(rest) + rare_han / 2) / len(text)


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _wide_chars(text: str) -> int:
    """Characters from U+0800 up (three or four UTF-8 bytes: Han, CJK punctuation, U+FFFD)."""
    return len(text) - len(_WIDE.sub("", text))


def _reject_binary(text: str) -> None:
    """Raise DecodeError for 'text' that is mostly control characters (binary data whose
    bytes all lie below 0x80). NUL bytes do not count: text padded with them is text."""
    head = text[:8000].replace("\x00", "")
    controls = len(_CONTROL.findall(head))
    if controls > 0.05 * len(head):
        raise DecodeError(f"binary data, not text ({controls / len(head):.0%} control characters)")


def _better_utf16(data: bytes, score: float) -> Decoded | None:
    """The bytes as UTF-16 (either order) when that reads plausibly and better than `score`."""
    best = None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        s = plausibility(text)
        if s >= PLAUSIBLE and s > score:
            best, score = Decoded(text, "utf-16"), s
    return best


_ASCII_BYTE = compiled(rb"[\x00-\x7f]")
LENIENT_CHUNK = 8192


def _lenient_utf8(data: bytes, most_bad: int) -> str | None:
    """The bytes read as UTF-8 with replacement characters, or None as soon as more than `most_bad`
    sequences are broken (legacy bytes break on nearly every character: most pages are given up
    after their first chunk, not decoded whole). Chunks are cut before an ASCII byte, which no
    UTF-8 sequence runs across, so they read exactly as the same bytes read in one piece."""
    parts: list[str] = []
    bad = 0
    start, n = 0, len(data)
    while start < n:
        m = _ASCII_BYTE.search(data, start + LENIENT_CHUNK) if start + LENIENT_CHUNK < n else None
        end = m.start() if m else n
        part = data[start:end].decode("utf-8", "replace")
        bad += part.count("\ufffd")
        if bad > most_bad:
            return None
        parts.append(part)
        start = end
    return "".join(parts)


def decode_bytes(data: bytes, *, html: bool = False) -> Decoded:
    """Decode a page's bytes; raises DecodeError when no encoding gives plausible text."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(enc), enc.replace("-le", "").replace("-be", "")
                               if enc.startswith("utf-16") else enc)
            except UnicodeDecodeError:
                break
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # control characters in valid UTF-8 are its bytes 0x00-0x08 and 0x0e-0x1f (no byte below 0x80
        # is part of a longer sequence); deleting the others in C is ten times faster than a regex
        if data.translate(None, _NOT_CONTROL_BYTES):
            # UTF-16 without BOM whose bytes all lie below 0x80 (为 is ":N") is valid
            # UTF-8 full of control characters: take UTF-16 when it reads far better
            wide = _better_utf16(data, plausibility(text)) if len(data) % 2 == 0 else None
            if wide is not None:
                return wide
            _reject_binary(text)
        return Decoded(text, "utf-8")
    wide = _looks_utf16(data)
    if wide:
        try:
            return Decoded(data.decode(wide), "utf-16")
        except UnicodeDecodeError:
            pass
    # A UTF-8 page with a few broken bytes: other encodings would not get this close.
    # Legacy bytes read as UTF-8 break on nearly every character and leave few intact
    # three-byte characters (Han), so ask for many of those per broken sequence.
    lenient = _lenient_utf8(data, max(2, len(data) // 100))
    if lenient is not None:
        bad = lenient.count("\ufffd")
        if bad <= max(2, len(lenient) // 100) and _wide_chars(lenient) - bad >= 20 * bad:
            return Decoded(lenient, "utf-8")
    candidates = []
    declared = declared_charset(data) if html else None
    # Big5-HKSCS is Big5 with the Hong Kong characters (衞, 峯, 㗎) added: a Big5 page that uses one
    # fails a strict Big5 decode, so the superset is tried after Big5 itself
    legacy = [declared, "gb18030", "big5", "big5hkscs"]
    if len(data) % 2 == 0:
        # UTF-16 without BOM or NULs (Chinese text has no zero bytes); tried before
        # GB18030, which reads such bytes as a plausible-looking ASCII mix (U+4E3A 为
        # is the bytes ":N"). Legacy bytes almost never pass a strict UTF-16 decode
        # (their trail bytes hit lone surrogates within a few characters), and when
        # they do they read as rare Han and symbols, far below PLAUSIBLE.
        legacy[1:1] = ["utf-16-le", "utf-16-be"]
    for enc in dict.fromkeys(legacy):
        if not enc:
            continue
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        score = plausibility(text)
        if score >= PLAUSIBLE:
            return Decoded(text, "utf-16" if enc.startswith("utf-16") else enc)
        # the declared charset wins ties: a page that says big5 and reads as big5 is big5
        candidates.append((score + (0.02 if enc == declared else 0.0), enc, text))
    if not candidates or max(candidates)[0] < PLAUSIBLE:
        # Real pages often carry a few broken multi-byte sequences (a cut-off
        # character, a bad copy-paste): decode leniently and let the
        # replacement characters count against each candidate. GB18030 reads
        # nearly any bytes strictly, so its strict reading is no reason to skip
        # this: a Big5 page with one broken character reads as GB18030 mojibake.
        for enc in dict.fromkeys([declared, "gb18030", "big5hkscs", "big5", "utf-8"]):
            if not enc:
                continue
            try:
                text = data.decode(enc, "replace")
            except LookupError:
                continue
            bad = text.count("\ufffd")
            if bad <= max(3, len(text) // 100):
                candidates.append((plausibility(text) - bad / max(1, len(text)), enc, text))
    if not candidates:
        raise DecodeError("not text in UTF-8, UTF-16, GB18030 or Big5")
    score, enc, text = max(candidates, key=lambda c: c[0])
    enc = "utf-16" if enc.startswith("utf-16") else enc
    if score < 0.6:
        raise DecodeError(f"binary data, not text (best guess {enc} gives {score:.0%} ordinary characters)")
    return Decoded(text, enc)
