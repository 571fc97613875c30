"""UTF-8 read as GBK: undo the mojibake of a page saved in UTF-8 and shown as GBK.

What happened to such a line: its UTF-8 bytes (three a Han character) were read
two at a time as GBK, giving a run of unrelated, mostly rare characters
(`鍏充簬` for `关于`), and saved again. Where two bytes made no GBK character the
decoder wrote a replacement character (U+FFFD) for the first byte and went on
with the next, so each replacement character stands for one lost byte (`鏈�8` is
`月8`: E6 9C 88 38, with 88 38 unreadable).

The repair encodes the line back to GB18030 bytes, reads them as UTF-8, and
picks the character a lost byte belonged to with the language model (the
known bytes leave at most 64 candidates). A line is replaced only when the
bytes are UTF-8 throughout, apart from the lost bytes, and read as far more
plausible Chinese than the line did: the GBK bytes of clean Chinese text are
never valid UTF-8 for more than a character or two.
"""
from __future__ import annotations

import itertools
from functools import lru_cache

from ..decode import COMMON_HAN, COMMON_HAN_CLASS, ORDINARY_RUN, plausibility
from ..page import RepairLog
from ..rules import compiled
from .lm import language_model, simplify

LOST = "\ufffd"
QUESTION = 0x3F        # ? in place of a lost continuation byte
MIN_HAN = 4            # Han characters the repaired line must have
MIN_GAIN = 0.25        # plausibility (0..1) the line must gain
MIN_PLAUSIBLE = 0.85   # plausibility the repaired line must reach
MAX_LOST_SHARE = 0.4   # characters with lost bytes per repaired character, at most
MAX_CHOICES = 2000     # lost characters chosen by the model per text (about 0.6 ms each); past
                       # this a hostile page keeps U+FFFD for them and stays within its time limit
CONTEXT = 6
RESYNC_BONUS = 8.0    # nats for a lost byte that could not have been read with the byte after it
SCRIPT_PENALTY = 6.0  # nats for a traditional-only candidate on a line with no traditional character
STRICT_BONUS = 1.5    # nats more when no GBK decoder at all could have read the pair


def _unusual(text: str) -> int:
    """How many characters of text are neither everyday Han characters, ASCII nor CJK and
    full-width punctuation (counted at C speed: what is left once the ordinary runs are taken out,
    one string, where a list of the runs makes one string a run)."""
    return len(ORDINARY_RUN.sub("", text))


def _suspect(line: str, rare: int | None = None) -> bool:
    """A cheap test: a good share of the line's non-ASCII characters are unusual ones."""
    rare = _unusual(line) if rare is None else rare
    if rare < 2:
        return False
    wide = len(line) - len(line.encode("ascii", "ignore"))
    return wide >= MIN_HAN and rare >= 0.3 * wide


def _bytes_of(line: str) -> list[int | None] | None:
    """The line's GB18030 bytes, None for each lost byte; None when a character has no GB18030 bytes."""
    out: list[int | None] = []
    for ch in line:
        if ch == LOST:
            out.append(None)
            continue
        if ch == "€":
            out.append(0x80)    # Windows' GBK (cp936) reads the byte 0x80 as €: 。 (E3 80 82) shows as 銆?
            continue
        try:
            out.extend(ch.encode("gb18030"))
        except UnicodeEncodeError:
            return None
    return out


def _utf8_length(lead: int) -> int:
    if lead < 0x80:
        return 1
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def _read(data: list[int | None]) -> list[str | tuple] | None:
    """The bytes as UTF-8: characters, and for a character with lost continuation bytes a tuple
    (its bytes with None where a byte was lost, the byte after each). None when the bytes are
    not UTF-8."""
    out: list[str | tuple] = []
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b is None:
            # a lost first byte: its character is lost, with the continuation bytes that follow
            out.append(LOST)
            i += 1
            while i < n and data[i] is not None and 0x80 <= data[i] <= 0xBF:
                i += 1
            continue
        k = _utf8_length(b)
        if k == 0 or i + k > n:
            return None
        if k == 1:
            out.append(chr(b))
            i += 1
            continue
        tail = data[i + 1:i + k]
        if QUESTION in tail:
            # a page that saved its mojibake as GBK wrote ? for the byte it could not pair (锛? for ！,
            # EF BC 81): a lost continuation byte, as U+FFFD is (the list is this call's: _bytes_of's)
            for j in range(i + 1, i + k):
                if data[j] == QUESTION:
                    data[j] = None
            tail = data[i + 1:i + k]
        if any(t is not None and not 0x80 <= t <= 0xBF for t in tail):
            return None
        if None not in tail:
            try:
                out.append(bytes(data[i:i + k]).decode("utf-8"))
            except UnicodeDecodeError:
                return None
        else:
            follow = tuple(data[j + 1] if j + 1 < n else None for j in range(i, i + k))
            out.append((tuple(data[i:i + k]), follow))
        i += k
    return out


def _ordinary(ch: str) -> bool:
    return ch in COMMON_HAN or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or "\u2010" <= ch <= "\u2027"


# the characters `_ordinary` refuses, for marking a whole line in one C-speed pass (see _marks)
# (ASCII is ordinary too: a run of mojibake holds none but where the text had it, 第A2版 read as 绗珹2鐗;
# but not ?, which a page saved as GBK wrote for a byte it lost)
_NOT_ORDINARY = compiled("[^" + COMMON_HAN_CLASS + "\x20-\x3e\x40-\x7e\u3000-\u303f\uff00-\uffef\u2010-\u2027]")
_NOT_NUL = compiled("[^\x00]")


def _marks(line: str) -> str:
    """`o` for each ordinary character of the line, `u` for each other one (a lost byte's U+FFFD
    included). The unusual ones become `u` first, so what is left to mark `o` is ordinary."""
    return _NOT_NUL.sub("o", _NOT_ORDINARY.sub("\x00", line)).replace("\x00", "u")


@lru_cache(maxsize=4096)
def _candidates(shape: tuple[int | None, ...]) -> tuple[str, ...]:
    """Every character with these bytes where known; with two bytes lost, only everyday ones."""
    slots = [k for k, b in enumerate(shape) if b is None]
    out = []
    for fill in itertools.product(range(0x80, 0xC0), repeat=len(slots)):
        b = list(shape)
        for k, t in zip(slots, fill):
            b[k] = t
        try:
            ch = bytes(b).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if len(slots) == 1 or _ordinary(ch):
            out.append(ch)
    return tuple(out)


@lru_cache(maxsize=65536)
def _unreadable(lead: int, trail: int) -> float:
    """Nats for a byte pair a GBK decoder cannot read: RESYNC_BONUS, and STRICT_BONUS more when no
    GBK decoder reads it (lead 0x80, an ASCII trail byte), unlike the user-defined area, which
    GB18030 maps to private use; 0 for a character."""
    try:
        bytes((lead, trail)).decode("gbk")
    except UnicodeDecodeError:
        try:
            bytes((lead, trail)).decode("gb18030")
        except UnicodeDecodeError:
            return RESYNC_BONUS + STRICT_BONUS
        return RESYNC_BONUS
    return 0.0


def _prior(ch: str, shape: tuple[int | None, ...], follow: tuple[int | None, ...]) -> float:
    """Nats for a candidate whose lost bytes explain why the GBK reading lost them: a byte is lost
    when it and the byte after it make no GBK character (88 38, or A6 BE)."""
    b = ch.encode("utf-8")
    bonus = 0.0
    for k, known in enumerate(shape):
        if known is None and follow[k] is not None:
            bonus += _unreadable(b[k], follow[k])
    return bonus


def _fill(chars: list, budget: list[int]) -> str:
    """The characters with each one of lost bytes chosen by the model in its context, while
    `budget[0]` (choices left for the text) lasts."""
    if all(isinstance(c, str) for c in chars):
        return "".join(chars)
    lm = language_model()
    known = "".join(c for c in chars if isinstance(c, str))
    simplified = simplify(known) == known   # on a simplified line, a traditional-only candidate is unlikely
    done: list[str] = []
    for k, c in enumerate(chars):
        if isinstance(c, str):
            done.append(c)
            continue
        shape, follow = c
        options = _candidates(shape) if budget[0] > 0 else ()
        if not options:
            done.append(LOST)
            continue
        before = simplify("".join(done[-CONTEXT:]))    # one character an entry
        after = simplify("".join(x if isinstance(x, str) else LOST for x in chars[k + 1:k + 1 + CONTEXT]))
        after = after.split(LOST, 1)[0]
        simple = [simplify(o) for o in options]
        scores = lm.slot_scores(before, simple, after)
        scores = [s + _prior(o, shape, follow) - (SCRIPT_PENALTY if simplified and o != so else 0.0)
                  for s, o, so in zip(scores, options, simple)]
        done.append(max(zip(scores, options))[1])
        budget[0] -= 1
    return "".join(done)


def _repair_line(line: str, budget: list[int], min_han: int = MIN_HAN) -> str | None:
    data = _bytes_of(line)
    if data is None:
        return None
    chars = _read(data)
    if chars is None:
        return None
    lost = sum(1 for c in chars if not isinstance(c, str) or c == LOST)
    if lost > MAX_LOST_SHARE * max(1, len(chars)):
        return None
    draft = "".join(c if isinstance(c, str) else "\u4e00" for c in chars)
    han = sum(1 for ch in draft if "\u3400" <= ch <= "\u9fff")
    if han < min_han:
        return None
    before, after = plausibility(line), plausibility(draft)
    if after < MIN_PLAUSIBLE or after < before + MIN_GAIN:
        return None
    return _fill(chars, budget)


TAIL_LOOK = 24          # characters at a line's end looked at for a run of mojibake glued to clean text
TAIL_MIN_UNUSUAL = 3   # unusual characters among them that make the end worth a look
TAIL_STARTS = 2        # places a run may start at that are tried


def _suspect_tail(tail: str) -> bool:
    """The end of a line holds a run of mojibake: unusual characters, and a good share of its wide ones
    (a breadcrumb's » or a post's emoji are unusual too, but few among ordinary characters)."""
    rare = _unusual(tail)
    wide = len(tail) - len(tail.encode("ascii", "ignore"))
    return rare >= TAIL_MIN_UNUSUAL and rare >= TAIL_SHARE * wide


TAIL_SHARE = 0.4       # share of the end's wide characters that must be unusual


def _repair_tail(line: str, budget: list[int]) -> str | None:
    """A clean line whose end is a run of mojibake (a copy that joined text of two encodings:
    `…各地要把关心关爱措施钀藉埌瀹炲�勩��` for …落到实处。): the run read again as UTF-8. The run may
    start where an unusual character follows an ordinary one; the longest run that reads as
    plausible Chinese wins (judged as a line of its own, by the same test)."""
    lo = max(0, len(line) - TAIL_LOOK)
    starts = [k for k in range(lo, len(line)) if not _ordinary(line[k]) and (k == 0 or _ordinary(line[k - 1]))]
    # (a long run may start further back: the start of the run of unusual characters the line ends with)
    last = None
    for last in _UNUSUAL_SPAN.finditer(_marks(line)):
        pass
    if last is not None and last.start() < lo and last.end() >= len(line) - 2:
        starts.insert(0, last.start())
    for k in starts[:TAIL_STARTS]:
        fixed = _repair_line(line[k:], budget, min_han=TAIL_MIN_HAN)
        if fixed is not None and fixed != line[k:]:
            return line[:k] + fixed
    return None


TAIL_MIN_HAN = 3       # Han characters a repaired run at a line's end must have
RUN_MIN_UNUSUAL = 2    # unusual characters a run inside a line has at least, to be read again
RUN_MIN_HAN = 3        # Han characters the run's reading must have (two are as often a clean line's rare word)
RUN_MAX = 240          # characters of one run at most (a whole paragraph of mojibake glued after a clean sentence)
RUN_REACH = 5          # ordinary characters a run may take in on either side (mojibake holds everyday ones)


def _repair_runs(line: str, budget: list[int]) -> str | None:
    """A clean line with runs of mojibake inside it (a field of UTF-8 set into a page read as GBK:
    `…每年按规定享受甯﹁柂浼戝亣，确因…` for 带薪休假): each run read again as UTF-8 when it reads
    as plausible Chinese (the same test as a line's). A run is unusual characters with at most two
    ordinary ones between two of them; as mojibake holds everyday characters too (`涓存椂` is 临时),
    up to RUN_REACH ordinary characters on either side may belong to it: the widest span whose
    bytes read as UTF-8 and as plausible Chinese wins (clean text's GBK bytes seldom are UTF-8)."""
    marks = _marks(line)
    out, pos = [], 0
    for m in _UNUSUAL_SPAN.finditer(marks):
        a, b = m.span()
        if a < pos or marks.count("u", a, b) < RUN_MIN_UNUSUAL or b - a > RUN_MAX:
            continue
        # (where the run's bytes start: up to RUN_REACH ordinary characters before it, or a character
        # or two into it, past a mark that is no mojibake: `补贴?鍘熷垯` is 补贴?原则)
        left = [k for k in range(min(a + 2, b - 1), max(pos, a - RUN_REACH) - 1, -1)
                if (k >= a or marks[k] == "o") and _opens_utf8_han(line[k])]
        if not left:
            continue
        right = [k for k in range(b, min(len(line), b + RUN_REACH) + 1) if k == b or marks[k - 1] == "o"]
        spans = sorted(((lo, hi) for lo in left for hi in right), key=lambda s: s[0] - s[1])
        for lo, hi in spans:
            fixed = _repair_line(line[lo:hi], budget, min_han=RUN_MIN_HAN)
            if fixed is not None and fixed != line[lo:hi]:
                out += [line[pos:lo], fixed]
                pos = hi
                break
    if not out:
        return None
    out.append(line[pos:])
    return "".join(out)


_UNUSUAL_SPAN = compiled(r"u(?:u|o{1,2}(?=u))*")


@lru_cache(maxsize=8192)
def _opens_utf8_han(ch: str) -> bool:
    """ch's GBK bytes can open a Han character's UTF-8 bytes (a lead E0–EF, then a continuation
    byte): where a run of such mojibake can start; a cheap test before a span is read."""
    try:
        b = ch.encode("gbk")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xE0 <= b[0] <= 0xEF and 0x80 <= b[1] <= 0xBF


def fix_utf8_mojibake(text: str, log: RepairLog) -> str:
    """Lines of UTF-8 read as GBK, read again as UTF-8: `鍏充簬鍏冲績` → `关于关心`."""
    budget = [MAX_CHOICES]

    def read(line: str, rare: int) -> str | None:
        fixed = _repair_line(line, budget) if _suspect(line, rare) else None
        if (fixed is None or fixed == line) and rare >= TAIL_MIN_UNUSUAL and _suspect_tail(line[-TAIL_LOOK:]):
            fixed = _repair_tail(line, budget)     # not the whole line: its end, glued to clean text
        if (fixed is None or fixed == line or _suspect_tail(fixed[:TAIL_LOOK])) and rare >= RUN_MIN_UNUSUAL:
            # … or runs inside it (still, when the end was read again but not its start: a meta line's
            # labels 鍙戝竷鏃堕棿锛�2023-07-11 … 娴忚�堟�℃暟锛�138)
            fixed = _repair_runs(fixed if fixed is not None else line, budget) or fixed
        return fixed
    return reread_lines(text, log, "utf8_mojibake", read, shown=12)


_last_counted: list = [None, 0, {}]   # the whole text last counted, its count, and its count by line


def unusual_by_line(text: str) -> tuple[int, dict[int, int]]:
    """The text's unusual characters (`_unusual`): their number, and {line number: their number}
    for the lines that have some. One C-speed scan over the whole text: they are what lies
    between its ordinary runs, which never hold a line break, so each stretch is on one line.
    The fixes of lines read with the wrong codec (and the GBK fix of runs after a stop) run one
    after the other on the same text, so its counts are kept for the next one."""
    if _last_counted[0] is text:
        return _last_counted[1], _last_counted[2]
    gaps = []
    pos = 0
    for m in ORDINARY_RUN.finditer(text):
        if m.start() > pos:
            gaps.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        gaps.append((pos, len(text)))
    total, by_line = 0, {}
    line = counted = 0      # the line of offset `counted`
    for a, b in gaps:
        line += text.count("\n", counted, a)
        counted = a
        by_line[line] = by_line.get(line, 0) + b - a
        total += b - a
    _last_counted[:] = [text, total, by_line]
    return total, by_line


def reread_lines(text: str, log: RepairLog, kind: str, read, shown: int) -> str:
    """Each line with two or more unusual characters that `read(line, its count)` reads again
    (a string other than the line; None when it does not) replaced by that reading, logged as
    `kind` with the line's first `shown` characters.

    Clean text, the usual case, has hardly any unusual characters: one C-speed count over the
    whole text (`unusual_by_line`) passes it before any line is looked at, and tells the lines
    that have them."""
    total, by_line = unusual_by_line(text)
    if total < 2:
        return text
    lines = text.split("\n")
    changed = False
    for n, rare in by_line.items():
        if rare < 2:
            continue
        line = lines[n]
        fixed = read(line, rare)
        if fixed is None or fixed == line:
            continue
        log.add(kind, 1, f"{line[:shown]} → {fixed[:8]}")
        lines[n] = fixed
        changed = True
    return "\n".join(lines) if changed else text
