"""What one mention of a policy holds (`_Mention`) and who issued it: the bodies, places, level
and nationality of the words before its verb, or of the body a sentence calls 该局 / 该委.

Every later step (scan, join, signatures, regions) reads and fills this record.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..issuers import bodies
from ..rules import compiled


@dataclass
class _Mention:
    start: int                  # first offset in the text
    title: str | None = None
    alias: str | None = None
    count: int | None = None
    issuers: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)     # regions by preference
    level: str | None = None                            # level of an issuer without a name (省委组织部 → 省)
    national: bool = False                              # issued by national bodies: no region
    cited: bool = False                                 # cited as a basis (根据《…》): no region by default
    kind: bool = False                                  # named by its kind only (出台…的具体措施, 印发通知)
    short: bool = False                                 # a count and a noun only (《二十八条措施》)
    kind_noun: str | None = None                        # … the kind it is named by (通知 of 印发通知)
    date: tuple[int | None, int, int] | None = None
    loose_date: bool = False    # a date read with no issuing verb before the name (9月12日，…发布会，介绍《…》):
                                # joined with a mention dated by its issuing, that date wins
    same_day: bool = False
    today: bool = False         # issued on the article's day (今天印发, 今日公布): the byline's date
    yesterday: bool = False     # … or on the day before it (昨日宣布推出): the byline's date less a day
    mentioned: list[str] = field(default_factory=list)
    headline: bool = False
    repeated: bool = False      # an unquoted alias the article repeats
    word_count: int | None = None   # the number a count-word alias carries (“六个优先” → 6), not yet a count
    weak: bool = False          # a count-word alias of the headline that no verb issues: a policy only when
                                # the body names one of its number (昆山：“四个一”关爱… / …出台四项措施)
    part: bool = False          # a count of some of a set's measures (其余五条措施, 在…方面，《通知》提出四项举措)
    called: str | None = None   # the short form of its kind the page gives it (（以下简称《通知》）): 通知
    again: bool = False         # a later sentence that opens with its name again (mentioned.follow): its own
                                # sentence is read as well as those after it


def _issuers(chunk: str, known: frozenset[str] = frozenset()) -> tuple[list[str], list[str], str | None, bool]:
    """Issuing bodies in the words before a verb (issuers.bodies); the places they name, most
    specific first; the level of one named without its place; whether they are national bodies.

    `known` are places the document writes elsewhere in a way that proves them places (成都市武侯区):
    their bodies keep their names (武侯区委组织部) even when the dictionary does not know them.
    """
    found = bodies(chunk, known, issuing=True)
    places: list[str] = []
    level = None
    for b in found:
        places += [p for p in b.places if p not in places]
        level = level or b.level
    national = bool(found) and all(b.national for b in found)
    return [b.name for b in found], places, level, national


# a body referred to by its kind (记者从某市人社局获悉，该局近日出台…; 会上，该委发布…)
_THIS_BODY = compiled(r"该(局|委|厅|部|办|署|院|中心)")
REFERRED_REACH = 200    # characters before the sentence's words that the body referred to is looked for in


def _referred_body(text: str, ss: int, head: str, known: frozenset[str]):
    """The issuers (as _issuers gives them) of 该局 / 该委 in the words before a verb: the last body
    named before it, in those words or shortly before the sentence, whose name ends with that kind."""
    tm = _THIS_BODY.search(head)
    if tm is None:
        return None
    at = text.find(head, ss) + tm.start()
    for b in reversed(bodies(text[max(0, at - REFERRED_REACH):at], known)):
        if b.name.endswith(tm.group(1)):
            return _issuers(b.name, known)
    return None
