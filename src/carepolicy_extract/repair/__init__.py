"""Repair garbled Chinese text before script conversion.

`repair_text` runs each fix of `FIXES` in order; a fix is a small function
that takes the text and a RepairLog and returns the repaired text (the style
of ftfy). Every fix keeps the number of lines, so block structure survives;
`repair_text` checks that and undoes a fix that would break it.

Order matters: bytes read one a character (Latin-1, cp1252) are read again first, then
lines of UTF-8 or Big5 read as GBK (every other
fix works on characters, which such a line does not have yet), and the backslash an escaping program
doubled after a Big5 character whose code ends in its byte (許\\多); radicals a PDF's text writes for
whole characters (⼀ for 一) are written as those characters; pinyin
annotations go next (they are not part of the page's bytes); GBK runs are re-decoded next, using the readings left after
placeholders (first those after a ? the page shows, then those whose lost byte it dropped); then lost characters are put back, then characters whose Big5/GBK
lead byte was lost, then rare homophone variants (all three need the characters
around them read right); lines whose every character is doubled (a bold face copied twice) are read once
before the punctuation fixes would take their doubled stops for stacked ones; remnants come
last, once the characters around them are right, with the filler a broken program writes
(锟斤拷, 烫烫烫) and invisible characters (zero-width spaces, soft hyphens) after the entities
that may have made them.

Clean text takes the fast path: each fix first checks, with a plain
substring test, for the characters its garbling leaves, and returns at once
when there are none. The language model is loaded only when a fix needs it.
"""
from __future__ import annotations

from ..page import RepairLog
from .big5 import fix_big5_as_gbk, fix_big5_backslash
from .doubled import fix_doubled_characters
from .filler import fix_filler
from .gbk import fix_gbk_misalignment, fix_unshown_lost_bytes
from .lead import fix_lost_lead_bytes
from .latin import fix_latin1_mojibake
from .lost import fix_lost_characters, fix_lost_zeros
from .mojibake import fix_utf8_mojibake
from .pinyin import fix_pinyin_annotations
from .radicals import fix_radical_forms
from .variants import fix_variant_characters
from .remnants import fix_halfwidth_punctuation, fix_html_remnants, fix_stacked_punctuation

FIXES = (
    fix_latin1_mojibake,
    fix_utf8_mojibake,
    fix_big5_as_gbk,
    fix_big5_backslash,
    fix_radical_forms,
    fix_pinyin_annotations,
    fix_lost_zeros,
    fix_gbk_misalignment,
    fix_unshown_lost_bytes,
    fix_lost_characters,
    fix_lost_lead_bytes,
    fix_variant_characters,
    fix_doubled_characters,
    fix_html_remnants,
    fix_filler,
    fix_stacked_punctuation,
    fix_halfwidth_punctuation,
)


def repair_text(text: str) -> tuple[str, RepairLog]:
    """The text with every known kind of garbling undone, and what was done."""
    log = RepairLog()
    lines = text.count("\n")
    for fix in FIXES:
        fixed = fix(text, log)
        if fixed is text:   # (most fixes hand clean text back as it is: nothing to count)
            continue
        if fixed.count("\n") != lines:  # never expected; a guard for the block structure
            log.add("repair_skipped", 1, fix.__name__)
            continue
        text = fixed
    return text, log


def warm_up() -> None:
    """Load, before workers fork, what a garbled page needs: the language model with the prefixes
    of its words (for GBK runs), pinyin syllables, and GB2312's characters (every page is
    checked against them for rare variants).

    Pypinyin's readings are left out: only a lost character with its reading
    (`?(bào)`) needs them, which few pages have, so they load on first use.
    """
    from .lm import language_model
    from .pinyin import is_tone_marked_syllable
    from .variants import common_chars
    language_model().prefixes()
    is_tone_marked_syllable("guān")
    common_chars()
    common_chars(1)     # the everyday characters a run whose lost byte is not shown is told by


__all__ = ["FIXES", "repair_text", "warm_up"]
