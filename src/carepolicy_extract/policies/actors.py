"""A body's measures named by what it does, with no document to name them: 团省委…为一线医务人员
精准开展生活用品帮办、线上心理疏导、交通往返帮助等人文关怀; 区民政局通过电话问候、上门走访、代购生活
物资等方式…. Annotators list such a body as a policy of its own (its issuer, its place, the names as
its `mentioned`): a set of measures reported by what its body does.

The verb and the kinds that close the list are data (rules/policy_terms.txt [actor_verbs],
[actor_kinds]); the list is split as any list of names is (mentioned.items), so it takes two names
or more, each a measure's name (no place, person, body or group of people).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..mentioned import voice_opens
from ..mentioned.items import _mentioned
from ..policy_terms import terms
from ..rules import compiled, longest_first
from .mention import _issuers
from .names import ACTOR_KIND_GAP, BASIS_OPENERS, _SOURCE_CLAUSE, _required

MAX_ACTOR_LIST = 80     # characters of the names between the verb and 等: longer is prose, not a list


@lru_cache(maxsize=1)
def _actor_re() -> re.Pattern:
    """An actor's verb, its list (no clause stop, colon or quotation of someone's words inside), 等
    and the kind of what the list names, ending its clause (等方式 may go on: 等方式保障…)."""
    def alt(section: str) -> str:
        return "|".join(map(re.escape, longest_first(terms()[section])))
    return compiled(f"(?:{alt('actor_verbs')})了?(?P<names>[^，,。；;：:！!？?]{{4,{MAX_ACTOR_LIST}}}?)"
                      f"等(?:[\u4e00-\u9fff]{{0,{ACTOR_KIND_GAP}}}?(?:{alt('actor_kinds')})(?=[，,。；;！!？?]|$)|方式)")


def actor_set(sent: str, lo: int, known: frozenset[str]) -> tuple[int, int, list[str]] | None:
    """(where the verb opens, where the kind ends, the names) of a body's set named by what it does
    in `sent` from `lo` on, when the words before the verb name the body; else None."""
    for m in _actor_re().finditer(sent, lo):
        # the body of the sentence before the verb, not one the reporter heard it from (据区民政局介绍)
        head = _SOURCE_CLAUSE.sub("", sent[lo:m.start()])
        names = _issuers(head, known)[0]
        if not names:
            continue
        if _required(head) or (voice_opens(sent) and not sent.lstrip().startswith(BASIS_OPENERS)):
            continue    # 该通知要求，各乡镇党委要通过A、B等方式: what a document requires of bodies, not theirs
                        # (按照市委通知要求，团市委开展…: the body acts on a basis, its own set)
        names = _mentioned(m.group("names"), "end", framed=True)
        if names:
            return m.start(), m.end(), names
    return None
