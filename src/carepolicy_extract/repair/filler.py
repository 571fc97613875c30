"""Filler a broken program writes in place of text, and characters no reader sees.

- `锟斤拷`: replacement characters (U+FFFD, bytes EF BF BD) saved as UTF-8 and read back as
  GBK, two to three characters a lost one; what they stood for is gone, so they go too.
- `烫烫烫` / `屯屯屯`: memory a program never filled (bytes CC or CD), read as GBK; three or
  more in a row (烫 alone is a word of the text: 烫伤).
- zero-width spaces and joiners, word joiners, soft hyphens and a byte-order mark inside the
  text: a copy keeps them from the page's markup, and they split words for every search.
- `(cid:3)`: a glyph a PDF's text layer could not map to a character, as PDF-to-text tools write
  it. Around a year in a document's number it stands for the number's brackets (渝人社发(cid:3)2023(cid:4)
  58号 is 渝人社发〔2023〕58号); anywhere else what it stood for is gone, so it goes.
"""
from __future__ import annotations

from ..page import RepairLog
from ..rules import compiled

_FILLER = compiled(r"(?:锟斤拷)+|烫{3,}|屯{3,}")
_INVISIBLE = compiled("[\u200b\u200c\u200d\u2060\u00ad\ufeff]+")
_ONE_INVISIBLE = compiled("[\u200b\u200c\u200d\u2060\u00ad\ufeff]")   # (the test: a class alone is scanned for at C speed)


_GLYPH_CODE = compiled(r"\(cid:\d{1,5}\)")
_BRACKETED_YEAR = compiled(r"\(cid:\d{1,5}\)\s*((?:19|20)\d{2})\s*\(cid:\d{1,5}\)(?=\s*第?\s*\d{1,4}\s*号)")


def fix_filler(text: str, log: RepairLog) -> str:
    """The text without filler for lost characters, unmapped glyphs' codes and invisible characters."""
    if "锟" in text or "烫烫烫" in text or "屯屯屯" in text:
        text, n = _FILLER.subn("", text)
        log.add("filler", n, "锟斤拷")
    if "(cid:" in text:
        text, years = _BRACKETED_YEAR.subn(r"〔\1〕", text)
        text, n = _GLYPH_CODE.subn("", text)
        log.add("glyph_code", 2 * years + n, "(cid:)")
    if _ONE_INVISIBLE.search(text):
        text, n = _INVISIBLE.subn("", text)
        log.add("invisible_character", n)
    return text
