"""Which region a policy without a place of its own belongs to: on a page of Taiwan's or Hong Kong's
authorities, theirs (their bodies and words are rules data); else the place a headline names
without its level (龙湾：…, 义乌出台…).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..issuers import body_names
from ..policy_terms import terms
from ..regions import LEVELS, Places, bare_places
from ..rules import compiled, rule_sections
from .names import MAX_TOP_LINE
from .mention import _Mention


@lru_cache(maxsize=1)
def _national_places() -> frozenset[str]:
    """rules/national_bodies.txt [national_places]: names of the whole country."""
    return frozenset(rule_sections("national_bodies.txt").get("national_places", ()))


@lru_cache(maxsize=1)
def _regional_only() -> tuple[re.Pattern, dict[str, str]]:
    """The bodies only Taiwan's, Hong Kong's or Macao's authorities have (rules/national_bodies.txt
    [regional_bodies]: 行政院, 卫福部, 特区政府) and the words only their pages write (policy_terms
    [taiwan_page_words]: 新台币; [hongkong_page_words]: 港元; [macao_page_words]: 本澳) as one pattern,
    and each one's region."""
    regions = {}
    for ln in rule_sections("national_bodies.txt").get("regional_bodies", ()):
        name, region = ln.split()
        regions[name] = region
    for word in terms().get("taiwan_page_words", ()):     # (劳动力发展署, 新台币)
        regions.setdefault(word, "台湾")
    for word in terms().get("hongkong_page_words", ()):   # (港元)
        regions.setdefault(word, "香港")
    for word in terms().get("macao_page_words", ()):      # (本澳)
        regions.setdefault(word, "澳门")
    # (劳动部门 are the labour departments of any place: issuers.body_names)
    return compiled(body_names(regions) if regions else "(?!)"), regions


# what both special administrative regions call their government (rules/national_bodies.txt gives it to
# 香港, the more frequent): on a page that names only Macao's bodies besides it, Macao's
_BOTH_SARS = ("特区政府",)


def _regional_page(text: str) -> str | None:
    """The region (台湾, 香港, 澳门) of the authorities whose bodies the page names, when it names only
    theirs: a page of Taiwan's, Hong Kong's or Macao's news, whose policies are those authorities'."""
    pattern, regions = _regional_only()
    found = {regions[m.group()] for m in pattern.finditer(text) if m.group() not in _BOTH_SARS}
    if not found and any(w in text for w in _BOTH_SARS):
        found = {regions[_BOTH_SARS[0]]}
    return found.pop() if len(found) == 1 else None


def sar_region(m: _Mention, region: str | None, text: str) -> str | None:
    """The region of a policy of the 特区政府 on a page of Macao's authorities: 澳门, not the 香港 the
    name alone gives."""
    if region == "香港" and m.issuers and all(i in _BOTH_SARS for i in m.issuers) and _regional_page(text) == "澳门":
        return "澳门"
    return region


@lru_cache(maxsize=1)
def _taiwan_shared() -> tuple[frozenset[str], tuple[str, ...]]:
    """rules/policy_terms.txt [taiwan_shared_bodies], and those of them that are ministries (…部), whose
    agencies written after them (交通部观光署) are shared too."""
    shared = terms().get("taiwan_shared_bodies", ())
    return frozenset(shared), tuple(b for b in shared if b.endswith("部"))


def _regional_region(m: _Mention, text: str) -> str | None:
    """The region of a policy without one on a page of Taiwan's or Hong Kong's authorities: theirs,
    unless a mainland body issued it (a ministry both sides name is theirs: rules/policy_terms.txt
    [taiwan_shared_bodies]; a law cited there is theirs too)."""
    shared, ministries = _taiwan_shared()
    if m.issuers and not all(i in shared or i.startswith(ministries) for i in m.issuers):
        return None     # (an agency of a shared ministry is shared too: 交通部观光署)
    if m.title and m.title.startswith(tuple(_national_places()) + ("中华人民共和国", "国务院", "全国")):
        return None     # the republic's own law or the State Council's document, whatever page cites it
    region = _regional_page(text)
    return region if region == "台湾" or not m.issuers else None


def _headline_bare(text: str, places: Places) -> str | None:
    """The place a headline names without its level (龙湾：…, 义乌出台…), completed as the page or
    the dictionary writes it, for a policy whose own words name none."""
    first = text.split("\n", 1)[0][:MAX_TOP_LINE]
    for name in bare_places(first):
        full = places.complete(name)
        if full.endswith(LEVELS):
            return full
    return None
