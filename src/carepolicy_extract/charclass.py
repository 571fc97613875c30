"""Character classes shared by the stages that weigh text (HTML blocks, boilerplate lines,
page headers, keywords): one definition of what counts as a Han character.
"""
from __future__ import annotations

from .rules import compiled

# CJK Unified Ideographs with Extension A, and the compatibility ideographs
HAN_RANGE = "\u3400-\u9fff\uf900-\ufaff"

HAN = compiled(f"[{HAN_RANGE}]")
# counting runs, not characters: a findall per character costs four times as much
HAN_RUN = compiled(f"[{HAN_RANGE}]+")
ALNUM_RUN = compiled(r"[A-Za-z0-9]+")
DIGIT = compiled(r"\d")
# a run of white space, the ideographic and no-break spaces with it: what a squeezed line or name leaves out
SPACE_RUN = compiled(r"[\s\u3000\u00a0]+")
# a line laid out by white space: its parts set apart by a run of spaces (a gazette's running header
# `某市人民政府公报      2023 年第 14 期`, a right-aligned signature), no running text
LAID_OUT = compiled(r"\S[ \u3000\u00a0]{3,}\S")


def closed_up(text: str) -> str:
    """Words parted by white space as a page sets them, letter-spacing closed up: a name spaced out to
    the width of the line above it (`国 家 数 据 局`, `公 告`, `总 则`) is one word; other words keep one
    space between them (`国家发展改革委 国家数据局`)."""
    words = text.split()
    return "".join(words) if len(words) > 1 and all(len(w) == 1 for w in words) else " ".join(words)

