"""Character classes shared by the stages that weigh text (HTML blocks, boilerplate lines,
page headers, keywords): one definition of what counts as a Han character.
"""
from __future__ import annotations

import re

# CJK Unified Ideographs with Extension A, and the compatibility ideographs
HAN_RANGE = "\u3400-\u9fff\uf900-\ufaff"

HAN = re.compile(f"[{HAN_RANGE}]")
# counting runs, not characters: a findall per character costs four times as much
HAN_RUN = re.compile(f"[{HAN_RANGE}]+")
ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")
