"""The words of `rules/policy_terms.txt`, shared by the stages that find policies (policies,
issuers, regions, mentioned): one reader, one pattern builder."""
from __future__ import annotations

import re
from functools import lru_cache

from .rules import compiled, longest_first, rule_sections


def terms() -> dict[str, tuple[str, ...]]:
    """Section name → its words (rule_sections caches the file)."""
    return rule_sections("policy_terms.txt")


@lru_cache(maxsize=None)
def term_re(section: str, suffix: str = "") -> re.Pattern:
    """The words of a section as one pattern, longest first (an occurrence matches its longest
    word), followed by `suffix`."""
    words = longest_first(terms()[section])
    return compiled("(?:" + "|".join(map(re.escape, words)) + ")" + suffix)
