"""Who signed and dated a notice: its signature blocks (bodies and date), which policies a notice
names without their issuer take, and the notice a page is when it never names itself
(现将有关事项通告如下 … 特此通告 above a signature).
"""
from __future__ import annotations

from ..charclass import closed_up
from ..issuers import bodies, may_end_body, short_form
from ..page_header import dated_issuers, document_date, issuer_names
from ..policy_terms import terms
from ..rules import compiled
from .dates import _DATE, _date_of, _line_date
from .names import OTHERS_COUNT, _body_core
from .mention import _Mention, _issuers


def _signatures(text: str) -> list[tuple[int, list[str], tuple[int, int, int]]]:
    """A notice's signature blocks: (offset, issuing bodies, date) for every run of lines of
    issuing bodies (`中共某市委组织部  某市财政局`, one line or several) closed by a date line."""
    out = []
    names: list[str] = []
    at = 0
    pos = 0
    lines_above = 0     # lines with words above this one
    for line in text.split("\n"):
        if len(line) > SIGNATURE_BLOCK_LINE and len(line.strip()) > SIGNATURE_BLOCK_LINE:
            names = []      # a paragraph: no signature nor date line (the cheap test first)
            pos += len(line) + 1
            lines_above += 1
            continue
        found = issuer_names(line) or _signature_bodies(line) or (
            _institution_signer(line) if lines_above >= MIN_LINES_ABOVE else [])
        # (a dated signature line writes its date 年月日: no 日, no date)
        dated = None if found or "日" not in line else dated_issuers(line)
        if dated:   # a one-line signature (某市委组织部 2020年2月12日), or the last line of one
            if not names:
                at = pos
            y, m, d = (int(x) for x in dated[1].split("-"))
            out.append((at, names + [n for n in dated[0] if n not in names], (y, m, d)))
            names = []
        elif found:
            if not names:
                at = pos
            names += [n for n in found if n not in names]
        elif line.strip():
            iso = signed_date(line) if names else None
            if iso:
                y, m, d = (int(x) for x in iso.split("-"))
                out.append((at, names, (y, m, d)))
            names = []
        pos += len(line) + 1
        lines_above += bool(line.strip())
    return out


MAX_INSTITUTION = 30
MIN_LINES_ABOVE = 3     # an institution's name over a date in the page's first lines is a byline's source


def _institution_signer(line: str) -> list[str]:
    """An institution signing its notice by a name with no place nor level (兰州大学学生就业创业指导
    服务中心, 高禹村村民委员会): a line that is only such a name, below the page's first lines;
    `_signatures` keeps it only when a date line closes the block."""
    name = line.strip()
    if not MIN_HEADLESS <= len(name) <= MAX_INSTITUTION or not _INSTITUTION.fullmatch(name):
        return []
    return [name] if name.endswith(terms()["institution_signers"]) else []


# a name of Han characters, maybe a bracketed part, not opening with a determiner (本中心, 各学校)
_INSTITUTION = compiled(r"(?![本该各我全])[\u4e00-\u9fff（）()]+")


# a document's date line may say what was done that day: 2016年4月28日印发 (a footer's), …签发
SIGNED_SUFFIX = compiled(r"[\s\u3000]*(?:印发|签发|发布)$")


def signed_date(line: str) -> str | None:
    """The ISO date of a signature's date line: a date alone (2020年2月5日, 2020-02-05), maybe followed by
    what was done that day (2016年4月28日印发)."""
    iso = document_date(line) or _line_date(line)
    if iso is None and line.rstrip().endswith(("发", "布")):
        bare = SIGNED_SUFFIX.sub("", line.rstrip())
        iso = document_date(bare) or _line_date(bare)
    return iso


MAX_SIGNATURE_LINE = 60
SIGNATURE_REACH = 120        # lines below a reproduced document's name its signature stands within
SIGNATURE_BLOCK_LINE = 160   # a line of a signature block (bodies, a date) is never longer


def _signature_bodies(line: str) -> list[str]:
    """A signature line page_header.issuer_names does not take: bodies without a place (national
    ones: 中共中央组织部, 国务院应对新型冠状病毒感染肺炎疫情联防联控机制, 人力资源社会保障部 财政部; a
    province's by their level: 省劳动保障厅 省财政厅) or with their working unit in brackets
    (某领导小组（指挥部）); every part between white space is one body named in full, with a head (a
    place, a level, a national head) or a national body's name."""
    line = line.strip()
    if not 3 <= len(line) <= MAX_SIGNATURE_LINE or line[-1] in "。，,；;：:！？!?、":
        return []
    parts = closed_up(line).split()     # (a name letter-spaced to the width of the one above it: 国 家 数 据 局)
    if not all(may_end_body(part) for part in parts):
        return []
    names = []
    for part in parts:
        found = bodies(part)
        if len(found) != 1 or found[0].start != 0 or found[0].end != len(part) \
                or not (found[0].national or found[0].places or found[0].level
                        or len(parts) == 1 and len(part) >= MIN_HEADLESS and part.endswith(_HEADLESS_SIGNERS)):
            return []
        names.append(part)
    return names


# a body that signs a notice without its place, alone on its line: a command's or a group's full name
# (新冠肺炎疫情防控指挥部 over 2022年10月17日), as the page writes it
_HEADLESS_SIGNERS = ("指挥部", "领导小组", "联防联控机制")
MIN_HEADLESS = 6


# words by which a notice states what it notifies or closes (现将有关事项通告如下, 特此通知)
# (each alternative written out: one opening with a group of words gives the engine no first
# characters to skip to, and it tries the pattern at every position of the text)
_NOTICE_CUE = compiled(r"通知如下|通告如下|公告如下|特此通知|特此通告|特此公告")


def _unnamed_notice(mentions: list[_Mention], text: str,
                    blocks: list[tuple[int, list[str], tuple[int, int, int]]]) -> None:
    """A page that is a notice whose name it does not carry (its headline lost: 现将有关事项通告如下：
    一、… 特此通告。 某县疫情防控指挥部 2022年10月17日) is that notice, a policy of its signature's
    bodies and date, unless a policy the page names is already theirs."""
    if not blocks or any(m.headline and m.title and not m.cited for m in mentions):
        return      # (a page whose headline names its document: the signature is that document's)
    cue = _NOTICE_CUE.search(text)
    if cue is None:
        return
    after = [b for b in blocks if b[0] > cue.start() and b[1]]
    if not after:
        return
    _, names, date = after[0]
    cores = {_body_core(n) for n in names}
    if any(not m.cited and cores & {_body_core(i) for i in m.issuers} for m in mentions):
        return
    men = _Mention(cue.start(), issuers=list(names), date=date)
    for name in names:
        _, named, level, national = _issuers(name)
        men.places += [p for p in named if p not in men.places]
        men.level = men.level or level
        men.national = national if name == names[0] else men.national and national
    at = next((k for k, m in enumerate(mentions) if m.start > men.start), len(mentions))
    mentions.insert(at, men)


def _with_others(issuers: list[str], text: str) -> bool:
    """The text names the last of these bodies with a count of the others (某厅等五部门关于印发…)."""
    last = issuers[-1]
    at = text.find(last)
    while at >= 0 and not OTHERS_COUNT.match(text, at + len(last)):
        at = text.find(last, at + 1)
    return at >= 0


def _sign(mentions: list[_Mention], text: str) -> list[tuple[int, list[str], tuple[int, int, int]]]:
    """Policies a notice names without saying who issued them (现将《…》印发给你们) take the
    issuers and date of its signature: the first block after the mention, else the last before.
    Returns the signature blocks (see _signatures)."""
    blocks = _signatures(text)
    if not blocks:
        # a notice whose headline names it and whose signature is a date line alone at its end
        # (…八、保障生活必需品供应。\n2020年1月25日): that date is the headline document's
        last = text.rstrip().rsplit("\n", 1)[-1].strip()
        dm = _DATE.fullmatch(last)
        date = _date_of(dm) if dm else None
        if date and date[0] and date[0] > 0 and date[1]:
            for m in mentions:
                if m.headline and m.title and not m.cited and not m.date:
                    m.date = date
        return blocks
    for m in mentions:
        if m.cited:
            continue        # a document cited as a basis was issued by others, at another time
        after = [b for b in blocks if b[0] >= m.start]
        at, names, date = after[0] if after else blocks[-1]
        if m.issuers:
            # its own issuers (中共某市委组织部关于…的通知): the date only, from their own signature; or
            # the short forms its text gave (经县指挥部研究，提出…) of the bodies that signed it in full
            # (县新冠肺炎疫情防控指挥部): those names, and the date
            same = {_body_core(x) for x in m.issuers} & {_body_core(x) for x in names}
            short = not same and all(any(short_form(x, n) for n in names) for x in m.issuers)
            if short or same and len(names) > len(m.issuers) and _with_others(m.issuers, text):
                # (named by its first body and a count of the others, 某省卫生健康委员会等五部门关于…:
                # the bodies that signed it, all of them)
                m.issuers = list(names)
            if not m.date and (same or short):
                m.date = date
            continue
        m.issuers = list(names)
        m.date = m.date or date
        if not m.places:
            for name in names:
                _, named, level, national = _issuers(name)
                m.places += [p for p in named if p not in m.places]
                m.level = m.level or level
    return blocks
