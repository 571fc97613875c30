"""Documents named inside or through another's name: the one a title nests (某市贯彻落实〈B〉实施方案),
the plan that carries out a 《title》, a document cited as a basis and the one a notice it names
issues, and the body that forwards a document. Each is a mention of its own besides its host's.
"""
from __future__ import annotations

import re

from ..issuers import bodies
from ..regions import places_in
from ..rules import compiled
from .dates import _DATE, _date_of
from .names import _NOTICE_OF, _VERB_TAIL, _names_policy, declared_count
from .mention import _Mention, _issuers
from .join import _near_title

# a document named inside another's title: 某市贯彻落实〈某省促进中小企业发展条例〉实施方案
_NESTED = compiled(r"[〈<]([^〈〉<>《》]{4,80})[〉>]")


def _nested_documents(mentions: list[_Mention], known: frozenset[str]) -> None:
    """The document another's title carries out or cites (某市贯彻落实〈B〉实施方案, 关于转发〈B〉的通知 aside,
    whose B is already the notice's second policy) is a policy the page names, issued by someone
    else: its issuer and place are only those its own name gives (see _cited)."""
    have = [m.title for m in mentions if m.title]
    for m in list(mentions):
        if not m.title or "〈" not in m.title and "<" not in m.title:
            continue
        for nm in _NESTED.finditer(m.title):
            name = nm.group(1).strip()
            # named already, by itself or as what a notice issues (that notice then comes first)
            if not _names_policy(name) or any(_near_title(name, t) for t in have):
                continue
            have.append(name)
            mentions.extend(_cited(name, "", m.start + nm.start(), known))


# the plan or measures that carry out a document, named without 《》 around the whole:
# (印发)某市贯彻落实《B》实施方案, (出台)某县落实《B》的若干措施
_CARRY_LEAD = compiled(r"[\u4e00-\u9fff]{0,20}?(?:贯彻落实|贯彻|落实)$")
_CARRY_NOUN = compiled(r"的?(?:实施方案|实施意见|实施细则|实施办法|工作方案|行动方案|若干措施|具体措施|措施)"
                         r"(?=[，,。；;！!（(]|$)")


def _carrying_out(sent: str, m: re.Match, verbs: re.Pattern) -> int | None:
    """Where the name of a plan carrying out the 《title》 `m` starts, when an issuing verb puts it
    in force right before it (印发某市贯彻落实《B》实施方案) or it is its line's whole; None otherwise."""
    noun = _CARRY_NOUN.match(sent, m.end())
    if not noun:
        return None
    verb = None
    for verb in verbs.finditer(sent, max(0, m.start() - 30), m.start()):
        pass
    if verb is None:
        # … or the line is the plan's own name (a headline: 某市贯彻落实《B》实施方案)
        start = len(sent) - len(sent.lstrip())
        return start if _CARRY_LEAD.fullmatch(sent, start, m.start()) and not sent[noun.end():].strip() else None
    start = _VERB_TAIL.match(sent, verb.end()).end()
    return start if _CARRY_LEAD.fullmatch(sent, start, m.start()) else None


def _forwarded(nm: re.Match, inner: _Mention, known: frozenset[str]) -> None:
    """The document a notice forwards is issued by the body named between the verb and its title
    (…关于转发省发展改革委《…》的通知: 省发展改革委's), not by the notice's issuer."""
    by = (nm.groupdict().get("by") or "").strip()
    if not by:
        return
    found = bodies(by, known)
    if found and found[-1].end == len(by):
        inner.issuers, inner.places, inner.level, inner.national = _issuers(by, known)


# the date a citing clause gives the document right before the verb that issued it (根据国务院办公厅
# 2008年12月20日下发的《…》, 按照省政府2月5日印发的《…》)
_DATED_ISSUE = compiled(f"(?:{_DATE.pattern})(?=(?:正式|联合)?(?:印发|下发|发布|出台|颁布|制定|公布)了?的?$)")


def _issue_date_before(between: str) -> tuple[int | None, int, int] | None:
    """The date the words between a citing verb and the cited title give its issue (see _DATED_ISSUE)."""
    dm = _DATED_ISSUE.search(between.strip()) if "日" in between or "-" in between else None
    return _date_of(dm) if dm else None


def _cited(title: str, between: str, start: int, known: frozenset[str]) -> list[_Mention]:
    """A document cited as a basis, and the one it issues when it is a notice issuing another
    (根据《某省人民政府办公厅关于印发〈某行动方案〉的通知》): issuers from the words between the citing
    verb and the title (落实某领导小组《…》) or from the title's own opening words (某办公厅关于…)."""
    nm = _NOTICE_OF.fullmatch(title)
    who = nm.group("who") if nm else (title[: title.find("关于")] if "关于" in title else "")
    own, named, level, national = _issuers(between.strip(), known)
    if not own and who:
        own, named, level, national = _issuers(who, known)
    if not own and not named:
        # a place written right before the title is the document's (落实吉安市《…》, 和山东省《…》)
        lead = between.strip()
        named = [full for s, full, _ in places_in(lead) if s + len(full) == len(lead)]
    if not named:
        named = [full for _, full, _ in places_in(title, 0, min(len(title), 12))][::-1]
    out = [_Mention(start, title=title, count=None if nm else declared_count(title), issuers=own, places=named, level=level,
                    national=national, cited=True, date=_issue_date_before(between))]
    if nm:
        out.append(_Mention(start + 1, title=nm.group("inner"), count=declared_count(nm.group("inner")),
                            issuers=list(own), places=list(named), level=level, national=national, cited=True))
        _forwarded(nm, out[-1], known)
    return out
