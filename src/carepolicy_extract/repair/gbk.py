"""GBK misalignment: undo the mojibake a lost byte leaves in a GBK page.

What happened to such a page: one byte of a two-byte character (most often
the first byte of `。`, A1 A3) was lost and shown as `?`; the decoder then
paired every following byte with the first byte of the next character, so
it produced a run of unrelated, mostly rare characters (`?!焙颖笔∥M` for
`。”河北省委組`). The run ends where the decoder falls back in step:

* at an ASCII byte that was the second byte of a character (GBK's extended
  characters have second bytes 0x40–0x7E, so `M` is half of 組), or
* at a pair the decoder could not read, shown as another `?` (or U+FFFD):
  that placeholder stands for the second byte of the last character.

Full-width forms were later folded to ASCII (`！` → `!`, `Ｎ` → `N`), so an
ASCII character inside the run may be either a folded full-width character
(two bytes, A3 xx) or the ASCII byte that ends the run.

The repair re-encodes each possible run with GB18030 (it also maps the
private-use characters a decode of the user-defined area made), puts an
unknown byte in front (the lost one) and at a closing placeholder, decodes in
the right alignment, and picks each unknown byte with the language model: every
character the known byte allows is scored with the text on both sides of it
(for the last character of a run, the clean text after the resync point), and
on a simplified page a traditional-only character is unlikely.
The repaired run replaces the garbled one only when the model scores it
clearly higher; clean text never has such a run, and the margin keeps
question marks in clean text as they are.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..convert import to_simplified
from ..page import RepairLog
from ..rules import compiled, rule_lines
from .lm import LanguageModel, is_han, is_private, language_model, simplify
from .pinyin import PLACEHOLDER, TONE_VOWELS, has_reading, placeholder_reading

MAX_RUN = 80          # characters a garbled run may span before we give up on it
SHORT_RUN = 12        # characters to an ASCII resync byte that make a placeholder worth a look
LOOKAHEAD = 24        # characters looked at for a private-use character or placeholder in a run
MAX_ENDS = 6          # possible resync points tried per run
MAX_ATTEMPTS = 200    # runs evaluated per text: bounds the work on pathological input
CONTEXT = 6           # characters of context on each side when scoring
MARGIN = 12.0         # nats the repaired window must gain over the garbled one
MARGIN_CLOSED = 6.0   # the same for a run closed by a second placeholder: two placeholders
                      # a few characters apart are already strong evidence of garbling
READING_BONUS = 6.0   # nats for a candidate character that has the annotated reading
STOP_PRIOR = 4.0      # nats for a lost first byte being the first byte of a stop (。 most often)
QUESTION_BONUS = 4.0  # nats more for ？ after a clause with a question word
RESYNC_BONUS = 6.0    # nats for a last character that explains where the decoder fell back in step
SCRIPT_PENALTY = 6.0  # nats for a traditional-only candidate on a simplified page: such a page
                      # has next to none, while GBK offers one beside most simplified characters
MIN_SCRIPT_CONTEXT = 20  # Han characters of clean context needed to call a page simplified
SCRIPT_CONTEXT = 60   # characters on each side of a run looked at for that
STRAY_LETTER = 3.0    # nats for an ASCII letter alone between Chinese characters in the garbled run
                      # (`?笔行l健委`): a second byte shown as ASCII; clean text has few (E类, X光)
PLACEHOLDERS = "?\ufffd"
_STRAY_LETTER = compiled(r"(?<=[^\x00-\x7f])[@-~](?=[^\x00-\x7f])")
# a placeholder with something after it on the line (a run, or a second placeholder and then
# something, or the line's end): lets the regex engine skip long stretches of bare placeholders
# something): lets the regex engine skip long stretches of bare placeholders. Two placeholders
# ending the line are a character lost before the newline (its second byte could not be paired
# with the newline): see _lost_pair_evidence
_ANCHOR = compiled(r"[?\ufffd](?=[^?\ufffd\n]|[?\ufffd](?:[^?\ufffd\n]|$))")


@lru_cache(maxsize=None)
def _encode_pair(ch: str) -> bytes | None:
    """The two GB18030 bytes of a character, or None if it is not a two-byte character."""
    try:
        b = ch.encode("gb18030")
    except UnicodeEncodeError:
        return None
    if len(b) != 2 or b[0] < 0x81 or b[1] < 0x40:
        return None
    return b


@lru_cache(maxsize=None)
def _fullwidth_pair(ch: str) -> bytes | None:
    """The two bytes of the full-width form an ASCII character may have been folded from."""
    if ch == " ":
        return _encode_pair("\u3000")
    return _encode_pair(chr(ord(ch) + 0xFEE0))


@lru_cache(maxsize=None)
def _decode_pair(lead: int, trail: int) -> str | None:
    try:
        s = bytes((lead, trail)).decode("gb18030")
    except UnicodeDecodeError:
        return None
    return s if len(s) == 1 and s != "\ufffd" else None


def _options(pairs) -> tuple[tuple[str, str], ...]:
    """(character, simplified) for every (lead, trail) byte pair that decodes to a real character."""
    out = []
    for lead, trail in pairs:
        ch = _decode_pair(lead, trail)
        if ch is not None and not is_private(ch):
            out.append((ch, simplify(ch)))
    return tuple(out)


@lru_cache(maxsize=None)
def _lead_options(trail: int) -> tuple[tuple[str, str], ...]:
    """Every character with this trail byte (the lead byte was lost)."""
    return _options((lead, trail) for lead in range(0x81, 0xFF))


@lru_cache(maxsize=None)
def _trail_options(lead: int) -> tuple[tuple[str, str], ...]:
    """Every character with this lead byte (the trail byte was lost)."""
    return _options((lead, trail) for trail in range(0x40, 0xFF))


_STOPS = frozenset("，。、；：？！,;:?!")


@lru_cache(maxsize=1)
def _lost_pair_options() -> tuple[str, ...]:
    return tuple(line.strip() for line in rule_lines("repair_gbk_lost_pair.txt") if line.strip())


@lru_cache(maxsize=1)
def _question_words() -> tuple[str, ...]:
    return tuple(line.strip() for line in rule_lines("repair_question_words.txt") if line.strip())


def _stop_prior(clause: str) -> dict[str, float]:
    """Extra nats for the stops a byte is usually lost at, in the order of the rules file.

    After a clause with a question word, ？ goes first.
    """
    prior = {ch: STOP_PRIOR - 0.5 * rank for rank, ch in enumerate(_lost_pair_options())}
    if "？" in prior and any(w in clause for w in _question_words()):
        prior["？"] = STOP_PRIOR + QUESTION_BONUS
    return prior


@lru_cache(maxsize=4096)
def _resync_prior(lead: int, next_char: str) -> dict[str, float]:
    """Extra nats for last characters whose second byte explains why the decoder fell back in step.

    The placeholder closing a run stands for a second byte t that the decoder could not
    pair with the next byte b: a strict decoder fails only when (t, b) is no character
    (t = 0x80, or b an ASCII byte). When b is ASCII every t fits, so there is no prior; a
    pair in the user-defined area counts as failing too, as some decoders reject those.
    """
    if not next_char:
        return {}
    nb = next_char.encode("gb18030", errors="replace")[0]
    if nb < 0x40:
        return {}
    prior = {}
    for trail in range(0x40, 0xFF):
        ch = _decode_pair(lead, trail)
        if ch is None or is_private(ch):
            continue
        follow = _decode_pair(trail, nb)
        if follow is None or is_private(follow):
            prior[ch] = RESYNC_BONUS
    return prior


def _clause(text: str) -> str:
    """The last clause of a (simplified) text: what follows its last sentence-ending stop."""
    cut = max(text.rfind(ch) for ch in "。！？；\n")
    return text[cut + 1:]


def _quote_penalty(depth: int, text: str) -> float:
    """Cost of punctuation that reads wrong (the word model cannot see it).

    A quotation mark that does not match (an opening one inside a quote, a
    closing one outside) costs 3; one that closes an open quote earns 1; two
    stops in a row (`。、`) cost 4, as real text hardly has them.
    """
    penalty = 0.0
    prev = ""
    for ch in text:
        if ch == "“":
            if depth > 0:
                penalty += 3.0
            depth += 1
        elif ch == "”":
            if depth == 0:
                penalty += 3.0
            else:
                penalty -= 1.0
                depth -= 1
        elif ch in _STOPS and prev in _STOPS:
            penalty += 4.0
        prev = ch
    return penalty


@dataclass
class _Item:
    """One character of a possible run: its bytes if known, and where it ends in the line."""

    kind: str              # "pair" (two known bytes), "ascii" (folded or resync byte), "unknown"
    char: str
    end: int
    pair: bytes | None = None
    reading: str | None = None


def _scan_run(line: str, start: int) -> tuple[list[_Item], int] | None:
    """The characters after the placeholder at `start`, up to the first point where the run must end."""
    items: list[_Item] = []
    i = start
    n = len(line)
    while i < n and len(items) < MAX_RUN:
        ch = line[i]
        if ch in PLACEHOLDERS:
            m = PLACEHOLDER.match(line, i)
            reading = placeholder_reading(m)
            items.append(_Item("unknown", ch, m.end() if reading else i + 1, reading=reading))
            break  # an unreadable pair puts the decoder back in step
        if "!" <= ch <= "~" or ch == " ":
            items.append(_Item("ascii", ch, i + 1, pair=_fullwidth_pair(ch)))
        else:
            pair = _encode_pair(ch)
            if pair is None:
                break  # not something a GBK decode could have produced
            items.append(_Item("pair", ch, i + 1, pair=pair))
        i += 1
    return items, i


def _possible_ends(items: list[_Item]) -> list[int]:
    """Indexes of items where the run can end: an ASCII byte usable as a trail byte, or a placeholder."""
    ends = []
    for k, item in enumerate(items):
        if item.kind == "unknown":
            ends.append(k)
            break
        if item.kind == "ascii" and 0x40 <= ord(item.char) <= 0x7E:
            ends.append(k)
        if item.kind == "pair" and item.pair[1] < 0x80:
            ends.append(k)  # its second byte may be an ASCII character the decoder paired
        if item.pair is None:
            break  # an ASCII character with no full-width form: the run cannot go on past it
        if len(ends) >= MAX_ENDS:
            break
    return ends


def _best_option(lm: LanguageModel, options, before: str, after: str, depth: int,
                 reading: str | None, prior: dict[str, float] | None = None,
                 simplified_page: bool = False) -> str | None:
    """The option the model prefers between `before` and `after` (all simplified), or None.

    Every option is scored in full context on both sides (`slot_scores` makes that
    cheap), so a word that crosses the slot counts however rare its parts are
    alone: `引才专?85班次` gets `专列`, not the frequent `了`. `prior` gives extra
    nats to some options (the stops a byte is usually lost at); on a simplified
    page a traditional-only character costs SCRIPT_PENALTY (GBK holds the
    traditional 舉 beside 派, and `选举` outscores `选派`).
    """
    ranked = _ranked_options(lm, options, before, after, depth, reading, prior, simplified_page, 1)
    return ranked[0][1] if ranked else None


def _ranked_options(lm: LanguageModel, options, before: str, after: str, depth: int,
                    reading: str | None, prior: dict[str, float] | None, simplified_page: bool,
                    keep: int) -> list[tuple[float, str, float]]:
    """The `keep` best options as (score, character, its bonus: reading, prior, script), best first."""
    if not options:
        return []
    prior = prior or {}
    prev = before[-1:] if before else ""
    nxt = after[:1]
    scores = lm.slot_scores(before, [simple for _, simple in options], after)
    ranked = []
    for (ch, simple), s in zip(options, scores):
        bonus = -_quote_penalty(depth, prev + simple + nxt)
        if reading and has_reading(ch, reading):
            bonus += READING_BONUS
        if simplified_page and simple != ch:
            bonus -= SCRIPT_PENALTY
        bonus += prior.get(ch, 0.0)
        ranked.append((s + bonus, ch, bonus))
    ranked.sort(key=lambda v: -v[0])
    return ranked[:keep]


def _simplified_page(context: str) -> bool:
    """Whether the clean text around a run is simplified Chinese: enough Han characters, none traditional.

    Too little text decides nothing (a short traditional stretch may hold no
    character that t2s changes), so the answer is then False and no script prior applies.
    """
    han = sum(1 for ch in context if is_han(ch))
    return han >= MIN_SCRIPT_CONTEXT and to_simplified(context)[1] == 0


def _decode_candidate(lm: LanguageModel, items: list[_Item], end: int, reading0: str | None,
                      left: str, right: str, depth: int, far_left: str, next_raw: str,
                      simplified_page: bool) -> str | None:
    """The run items[:end+1] decoded in the right alignment, unknown bytes chosen by the model.

    The bytes are: the lost first byte (unknown), the two bytes of every item before the
    end, then by the kind of end: an ASCII byte (the last trail byte), a placeholder (an
    unknown trail byte), or a character whose second byte is ASCII: its first byte is the
    last trail byte, and the ASCII character is text in step again.
    """
    data: list[int | None] = [None]
    for item in items[:end]:
        if item.pair is None:
            return None
        data.extend(item.pair)
    last = items[end]
    suffix = ""
    if last.kind == "unknown":
        data.append(None)
    elif last.kind == "ascii":
        data.append(ord(last.char))
    else:
        data.append(last.pair[0])
        suffix = chr(last.pair[1])
    if len(data) == 2 and data[1] is None:
        # both bytes of the only character lost: try the stops a byte is lost at
        options = tuple((ch, simplify(ch)) for ch in _lost_pair_options())
        ch = _best_option(lm, options, left, right, depth, last.reading, _stop_prior(_clause(far_left)),
                          simplified_page)
        return ch
    chars: list[str | None] = []
    for k in range(0, len(data), 2):
        lead, trail = data[k], data[k + 1]
        if lead is None or trail is None:
            chars.append(None)
            continue
        ch = _decode_pair(lead, trail)
        if ch is None or is_private(ch):
            return None
        chars.append(ch)
    known_after_first = simplify("".join(c for c in chars[1:] if c is not None) + suffix)
    first_prior = _stop_prior(_clause(far_left))
    if chars[-1] is None and len(chars) >= 2 and not known_after_first:
        # both ends unknown with nothing known between them (`?缜?` for 社区): the first character
        # has no right context of its own, so the best few firsts (by the left context) and the best
        # few lasts (by the right) are paired, and the pair that reads best on both sides wins
        firsts = _ranked_options(lm, _lead_options(data[1]), left, "", depth, reading0, first_prior,
                                 simplified_page, JOINT_FIRSTS)
        lasts = _ranked_lasts(lm, data[-2], left, right, depth, far_left, next_raw, last.reading,
                              simplified_page, JOINT_LASTS)
        best = None
        for _, first, bonus in firsts:
            for _, final, last_bonus in lasts:
                # the last's quotation marks are judged after the first, not after the left context
                quotes = (_quote_penalty(depth, left[-1:] + simplify(final) + right[:1])
                          - _quote_penalty(depth, simplify(first + final) + right[:1]))
                s = lm.score_simplified(left + simplify(first + final) + right) + bonus + last_bonus + quotes
                if best is None or s > best[0]:
                    best = (s, first, final)
        if best is None:
            return None
        chars[0], chars[-1] = best[1], best[2]
        return "".join(chars) + suffix
    chars[0] = _best_option(lm, _lead_options(data[1]), left, known_after_first[:CONTEXT], depth, reading0,
                            first_prior, simplified_page)
    if chars[0] is None:
        return None
    if chars[-1] is None:
        chars[-1], _ = _choose_last(lm, chars, data, left, right, depth, far_left, next_raw, last.reading,
                                    simplified_page)
        if chars[-1] is None:
            return None
    return "".join(chars) + suffix


JOINT_FIRSTS = 8      # first characters tried with a last one when nothing is known between them …
JOINT_LASTS = 6       # … and last characters


def _ranked_lasts(lm: LanguageModel, last_lead: int, left: str, right: str, depth: int, far_left: str,
                  next_raw: str, reading: str | None, simplified_page: bool, keep: int) -> list[tuple[float, str, float]]:
    """The best last characters of a two-character run by the text on their right alone."""
    prior = _stop_prior(_clause(far_left)) if last_lead == 0xA3 else {}
    for ch, bonus in _resync_prior(last_lead, next_raw).items():
        prior[ch] = prior.get(ch, 0.0) + bonus
    return _ranked_options(lm, _trail_options(last_lead), left[-CONTEXT:], right, depth, reading, prior,
                           simplified_page, keep)


def _choose_last(lm: LanguageModel, chars: list[str | None], data: list[int | None], left: str, right: str,
                 depth: int, far_left: str, next_raw: str, reading: str | None,
                 simplified_page: bool) -> tuple[str | None, float]:
    """The last character of a run whose trail byte is unknown, chosen after the ones before it, and its bonus."""
    before = simplify("".join(chars[:-1]))
    clause = _clause(far_left + before)
    last_lead = data[-2]
    prior = _stop_prior(clause) if last_lead == 0xA3 else {}
    for ch, bonus in _resync_prior(last_lead, next_raw).items():
        prior[ch] = prior.get(ch, 0.0) + bonus
    ranked = _ranked_options(lm, _trail_options(last_lead), (left + before)[-CONTEXT:], right, depth,
                             reading, prior, simplified_page, 1)
    return (ranked[0][1], ranked[0][2]) if ranked else (None, 0.0)


def _repair_run(lm: LanguageModel, line: str, m, left: str, depth: int, log: RepairLog, virtual: bool = False
                ) -> tuple[str, int] | None:
    """(replacement, end in line) for the run whose lost byte is the placeholder match m, if clearly better.
    A `virtual` placeholder was put in by `fix_unshown_lost_bytes`: the page shows none, so the garbled
    text it is weighed against has none either."""
    far_left = simplify(line[max(0, m.start() - 60):m.start()])
    reading0 = placeholder_reading(m)
    body_start = m.end() if reading0 else m.start() + 1
    items, _ = _scan_run(line, body_start)
    ends = _possible_ends(items)
    if not ends:
        return None
    far = items[ends[-1]].end
    right = simplify(line[far:far + CONTEXT])
    simplified_page = _simplified_page(line[max(0, m.start() - SCRIPT_CONTEXT):m.start()]
                                       + line[far:far + SCRIPT_CONTEXT])
    left_simple = simplify(left)
    shown = ([] if virtual else ["?"]) + [("?" if it.kind == "unknown" else it.char) for it in items[:ends[-1] + 1]]
    garbled = "".join(shown)
    base = (lm.score_simplified(left_simple + simplify(garbled) + right) - _quote_penalty(depth, garbled)
            - STRAY_LETTER * len(_STRAY_LETTER.findall(line, m.start(), far + 1)))
    best = None
    for end in ends:
        next_raw = line[items[end].end:items[end].end + 1]
        cand = _decode_candidate(lm, items, end, reading0, left_simple, right, depth, far_left, next_raw,
                                 simplified_page)
        if cand is None:
            continue
        rest = "".join("?" if it.kind == "unknown" else it.char for it in items[end + 1:ends[-1] + 1])
        window = left_simple + simplify(cand + rest) + right
        s = lm.score_simplified(window) - _quote_penalty(depth, cand + rest)
        if best is None or s > best[0]:
            best = (s, cand, items[end].end, items[end].kind == "unknown")
    if best is None or best[0] - base < (MARGIN_CLOSED if best[3] else MARGIN):
        return None
    original = line[m.start() + virtual:best[2]]
    log.add("gbk_misalignment", 1, f"{original} → {best[1]}")
    return best[1], best[2]


def _looks_misaligned(line: str, start: int, body: int) -> bool:
    """A cheap test, before the model is used, that the placeholder may start a garbled run.

    A byte lost from a stop leaves its second byte paired with the next character's first:
    after 。 (A1 A3) that is a full-width form (A3 xx), folded to ASCII (`?!`, `?,F`); a lead
    byte below 0xA1 makes a private-use character. So the run starts with an ASCII
    character, or has a private-use character or another placeholder close by. A question
    mark in clean Chinese (`怎么办?根据`) has none, nor does one inside ASCII text (a URL).
    """
    prev = line[start - 1:start]
    nxt = line[body]
    if (prev.isascii() and prev.isalnum() and nxt.isascii() and nxt.isalnum()) or prev in ("/", "=", "&"):
        return False  # inside ASCII text: a URL's ?, English
    if nxt.isascii() and nxt.strip():
        return True
    if any(ch in PLACEHOLDERS or is_private(ch) for ch in line[body:body + LOOKAHEAD]):
        return True
    # a short run that ends at an ASCII byte paired as a second byte: on a traditional page most
    # characters are in GBK's extension, whose second bytes are often ASCII (`?笔行l健委` for ”市衛健委)
    for ch in line[body:body + SHORT_RUN]:
        if ch.isascii():
            return "@" <= ch <= "~"
    return False


def _lost_pair_evidence(line: str, start: int, body: int) -> bool:
    """Whether a doubled placeholder at start is a character whose two bytes were lost.

    True when one of them is a replacement character (never in clean text), or when an
    ASCII digit or sign follows: a byte below 0x40 cannot end a two-byte character, which
    is why the decoder gave up there.
    """
    second = PLACEHOLDER.match(line, body)
    after = line[second.end():second.end() + 1] if second else ""
    if "\ufffd" in (line[start], line[body]):
        return True
    if not after:
        return _lost_at_line_end(line, start)
    if "!" <= after <= ">":
        return True
    # a character with a first byte below 0xA1 (GBK's extension, where most traditional characters
    # are): the second byte of a stop whose first byte was lost (A3 of 。, A2 of 、) makes with it a
    # pair in the user-defined area, which a strict decoder cannot read (`激勵??對` for `激勵。對`)
    pair = _encode_pair(after)
    return pair is not None and pair[0] < 0xA1


_CLAUSE_STOPS = "。！？；，、：,;:!? \u3000"
LINE_END_CLAUSE = 4   # characters the clause before a lost stop at the end of a line must have


def _lost_at_line_end(line: str, start: int) -> bool:
    """Whether two placeholders ending a line of running text are a stop whose bytes were lost.

    The lost first byte shows as ?, and the second byte, which the decoder could not pair with
    the newline, as another (`统筹解决??` for `统筹解决。`). Names the page's encoding lacked
    leave ?? too (`记者 李??`), as do doubled question marks (`真的吗??`): so the line must be
    running text (a stop earlier on it), the clause before a real one (LINE_END_CLAUSE characters
    after a Han character or a closing quote), and no question.
    """
    prev = line[start - 1:start]
    if not prev or not (is_han(prev) or prev in "”’）》」』"):
        return False
    head = line[max(0, start - 60):start]
    cut = max(head.rfind(ch) for ch in _CLAUSE_STOPS)
    clause = head[cut + 1:]
    if cut < 0 or len(clause) < LINE_END_CLAUSE or "?" in clause or "\ufffd" in clause:
        return False
    return not any(w in simplify(clause) for w in _question_words())


def fix_gbk_misalignment(text: str, log: RepairLog) -> str:
    """Re-decode runs of GBK mojibake that follow a lost byte: `?!焙颖笔∥M織部` → `。”河北省委組織部`."""
    if "?" not in text and "\ufffd" not in text:
        return text
    lm = None
    attempts = 0
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if "?" not in line and "\ufffd" not in line:
            continue
        out: list[str] = []
        pos = 0
        depth = 0      # quotation marks open before the placeholder
        counted = 0    # where depth was last brought up to date
        tail = ""  # the last repaired characters, for left context
        for anchor in _ANCHOR.finditer(line):
            if anchor.start() < pos:
                continue
            m = PLACEHOLDER.match(line, anchor.start())
            if attempts >= MAX_ATTEMPTS:
                break
            body = m.end() if placeholder_reading(m) else m.start() + 1
            nxt = line[body:body + 1]
            if not nxt:
                continue  # a placeholder at the end of the line: no run to read
            if not _looks_misaligned(line, m.start(), body):
                continue
            if nxt in PLACEHOLDERS and not _lost_pair_evidence(line, m.start(), body):
                continue  # a doubled placeholder (?? in clean text) and nothing says a byte was lost
            attempts += 1
            if lm is None:
                lm = language_model()
            segment = line[pos:m.start()]
            seen = line[counted:m.start()]
            depth = max(0, depth + seen.count("“") - seen.count("”"))
            counted = m.start()
            left = (tail + segment)[-CONTEXT:]
            fixed = _repair_run(lm, line, m, left, depth, log)
            if fixed is None:
                continue
            replacement, end = fixed
            out.append(segment)
            out.append(replacement)
            tail = (left + replacement)[-CONTEXT:]
            depth = max(0, depth + replacement.count("“") - replacement.count("”"))
            pos = counted = end
        if out:
            out.append(line[pos:])
            lines[n] = "".join(out)
    return "\n".join(lines)


# A lost byte the page does not show: the copy dropped it instead of printing ?. The run then starts right
# at a stop whose first byte was lost (`倾斜！笔∶裾?厅` for 倾斜。”省民政厅: 。's second byte and ”'s first
# make ！) or right after a stop, at the stop or quotation mark that follows it (`！鼻皝` for ！”前来).
# Such a run is looked for only at stops, and only where characters that everyday text hardly has
# (outside GB2312's first level, even once simplified; symbols of GBK's symbol rows) follow closely:
# two of them, or one and a placeholder, among the next UNSHOWN_LOOK;
# the run is then read as if a ? stood before it, and weighed against the text as the page has it.
UNSHOWN_LOOK = 6          # characters after the stop in which two unusual ones, or one and a ?, must stand
MAX_UNSHOWN = 8           # places tried per text
# … or inside running text, no stop before it (`服务队已奂粕厦欧?务` for 已累计上门服务): the byte lost is a Han
# character's first, and the run shows its end by the ? where the decoder fell back in step. Its start is
# not shown, and a shifted pair often makes an everyday character (贝 of `要贝锔鋈?` for 要直达个人): each
# of the characters before the ? may open it, so each is read and the most plausible line kept.
MID_RUN_MAX = 16          # characters before the ? that a run may span
MID_RUN_LINE_SHARE = 0.3  # … in a line of running text: no more of its characters unusual than this
_COMMON_SYMBOLS = frozenset("“”‘’、。，！？；：（）《》〈〉【】〔〕「」『』…—·～－％＋＝")


_STOP_CHARS = frozenset("。！？，；：!?,;:”“")


def _unusual_starts(text: str):
    """Where a stretch of characters outside everyday text begins (between the ordinary runs, at C speed)."""
    from ..decode import ORDINARY_RUN
    pos = 0
    for m in ORDINARY_RUN.finditer(text):
        if m.start() > pos:
            yield pos
        pos = m.end()
    if pos < len(text):
        yield pos


def _few_unusual(text: str) -> int:
    from .mojibake import unusual_by_line   # characters outside everyday Han, ASCII and punctuation
    return unusual_by_line(text)[0]         # (counted once for the fixes of lines read with the wrong codec)


@lru_cache(maxsize=1)
def _everyday() -> frozenset[str]:
    from .variants import common_chars
    return common_chars(1)


@lru_cache(maxsize=4096)
def _unusual(ch: str) -> bool:
    if not ch:
        return False
    return _unusual_char(ch)


def _unusual_char(ch: str) -> bool:
    """A character everyday text hardly has: a Han character outside GB2312's first level (even
    simplified), or a symbol of GBK's symbol rows that is no common punctuation (∶ ㄓ ぷ) nor a
    pinyin letter (ǐ, of a reading the page prints)."""
    if ch.isascii() or ch in _COMMON_SYMBOLS or ch in TONE_VOWELS:
        return False
    if is_han(ch):
        return ch not in _everyday() and simplify(ch) not in _everyday()
    pair = _encode_pair(ch)
    return pair is not None and 0xA1 <= pair[0] <= 0xA9


def fix_unshown_lost_bytes(text: str, log: RepairLog) -> str:
    """Re-decode runs of GBK mojibake whose lost byte the page does not show (`！笔∶裾?厅` → `。”省民政厅`)."""
    unusual = _few_unusual(text)
    if unusual < 2 and not (unusual and "?" in text):
        return text     # clean text, the usual case: one scan at C speed passes it (one unusual character
                        # is enough with a ?, which may close a run inside running text)
    tries: list[tuple[int, range | tuple[int, int], bool]] = []   # (first start, the starts, first taken)
    for g in _unusual_starts(text) if unusual >= 2 else ():
        # a stop right before the unusual character, or one before that (the run's first character is
        # then an ordinary one, its second the unusual one)
        for at in (g - 1, g - 2):
            if at < 0 or text[at] not in _STOP_CHARS or (tries and tries[-1][0] >= at):
                continue
            ahead = text[at + 1:at + 1 + UNSHOWN_LOOK]
            unusual = sum(map(_unusual, ahead))
            if unusual >= 2 or (unusual and any(ch in PLACEHOLDERS for ch in ahead)):
                tries.append((at, (at, at + 1), True))
                break
        if len(tries) >= MAX_UNSHOWN:
            break
    if "?" in text and len(tries) < MAX_UNSHOWN:
        tries = sorted(tries + _mid_text_runs(text, MAX_UNSHOWN - len(tries)))
    if not tries:
        return text
    lm = language_model()
    out: list[str] = []
    pos = 0
    for at, starts, first in tries:
        if at < pos:
            continue
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        # (the stop itself may be the run's first character, its first byte lost, or the run starts after it)
        fixed = _best_virtual_run(lm, line, [s - line_start for s in starts], log, first=first)
        if fixed is None:
            continue
        k, replacement, end = fixed
        out.append(text[pos:line_start + k])
        out.append(replacement)
        pos = line_start + end - 1
    out.append(text[pos:])
    return "".join(out)


def _mid_text_runs(text: str, most: int) -> list[tuple[int, range, bool]]:
    """The runs a ? may close inside running text (see MID_RUN_MAX): the Han characters and GBK symbols (┟, ⒎:
    shifted pairs make them too) right before it, one of them unusual and no full-width letter or digit
    (none: a question's mark), each up to the last unusual one a start to read. A sign outside GBK's pairs
    stops the run (€ of `椤点€?`, UTF-8 read as GBK), and a line garbled throughout has none."""
    out = []
    garbled_lines: dict[int, bool] = {}
    for q in _PLACEHOLDER_AT.finditer(text):
        q = q.start()
        j = q
        while j > 0 and q - j < MID_RUN_MAX and (is_han(text[j - 1]) or _unusual(text[j - 1])):
            j -= 1
        unusual = [k for k in range(j, q) if _unusual(text[k])]
        if not any(not "\uff01" <= text[k] <= "\uff5e" for k in unusual):
            continue    # (none, or only full-width digits: `２?90…` is an item's mark)
        start = text.rfind("\n", 0, q) + 1
        if start not in garbled_lines:
            end = text.find("\n", q)
            line = text[start:end if end >= 0 else len(text)]
            garbled_lines[start] = sum(map(_unusual, line)) > MID_RUN_LINE_SHARE * len(line)
        if not garbled_lines[start]:    # (a line garbled throughout is another codec's mojibake, UTF-8 read as GBK)
            out.append((j, range(j, unusual[-1] + 1), False))
            if len(out) >= most:
                break
    return out


_PLACEHOLDER_AT = compiled(r"\?")


def _best_virtual_run(lm: LanguageModel, line: str, starts: list[int], log: RepairLog,
                      first: bool) -> tuple[int, str, int] | None:
    """(start, replacement, end in the line with the virtual ?) of a run read as if a ? stood before one of
    the starts: the first start whose reading is clearly better than the page (`first`), or of those
    whose reading is, the one that makes the most plausible line."""
    readings = []
    for k in starts:
        if k >= len(line) or line[k].isspace():
            continue
        virtual_line = line[:k] + "?" + line[k:]
        m = PLACEHOLDER.match(virtual_line, k)
        seen = line[:k]
        depth = max(0, seen.count("“") - seen.count("”"))
        trial = RepairLog()
        fixed = _repair_run(lm, virtual_line, m, seen[-CONTEXT:], depth, trial, virtual=True)
        if fixed is None:
            continue
        readings.append((k, *fixed, trial))
        if first:
            break
    if not readings:
        return None
    if len(readings) > 1:
        # each reading weighed over the same stretch of the line (an end is in the line with the virtual ?)
        lo = max(0, starts[0] - CONTEXT)
        hi = max(end for _, _, end, _ in readings) - 1 + CONTEXT
        readings.sort(key=lambda r: -lm.score_simplified(simplify(line[lo:r[0]] + r[1] + line[r[2] - 1:hi])))
    k, replacement, end, trial = readings[0]
    log.merge(trial)
    return k, replacement, end
