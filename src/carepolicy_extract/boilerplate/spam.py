"""Injected spam inside a line: the SEO phrase a hacked page or a content farm glues into a headline,
a byline, a notice's signature date or a sentence (`…倾斜。bet365亚洲版官网`, `【九游会体育官网】为关心…`,
`2020年3月2日 欧宝体育app下载`), or sets on a line of its own (`澳门金沙官方网站|金沙娱乐场app下载`).

The words are data (rules/boilerplate_spam.txt): strong ones ordinary text never uses, topic words
(体育, 棋牌) and access words (官网, app下载) it does. A line is split at separators into pieces; a
piece set off by structural separators (spaces, brackets, | - _ /, a sentence's end, the line's edges)
goes when it holds a strong word or a topic word with an access word. A piece between two commas
of a sentence goes only for a strong word. A line without a sentence's end that holds a strong word,
or topic and access words, is spam as a whole (`is_spam_line`, a junk line to the line judge) unless
what piece cuts leave of it is clean (a signature's date, a byline): then the cut line is kept.
One precompiled alternation is the pre-test: most lines hold no spam word and cost one scan.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..charclass import DIGIT
from ..rules import compiled, longest_first, rule_table

# where a line splits into pieces: structural separators (kept) and a sentence's punctuation
_SPLIT = compiled(r"([\s\u3000【】\[\]()（）|｜_/<>《》—–·•]+|-{1,3}(?=\S)|[。！？!?；;：:，,、“”\"])")
_STRUCTURAL = compiled(r"[\s\u3000【】\[\]()（）|｜_/<>—–·•-]")
_SENTENCE_END = frozenset("。！？!?；;")
_SENTENCE_END_RX = compiled(r"[。！？]")
_SENTENCE_PUNCT = compiled(r"[。，！？；,]")
LINE_MAX = 200       # a whole line judged as spam is at most this long
PIECE_MAX = 30       # a piece cut as spam is at most this long


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, dict[str, str]]:
    classes: dict[str, str] = {}
    for row in rule_table("boilerplate_spam.txt"):
        if len(row) >= 2:
            classes[row[1].strip().lower()] = row[0].strip()
    # the pre-test is case-blind only where case exists: a Latin word is searched as written, lower-
    # and upper-case (bet365, BET365); a case-blind alternation costs eight times as much on every line
    pre = {v for w, c in classes.items() if c in ("strong", "topic") for v in (w, w.upper())}
    every = longest_first(classes)
    pre_rx = compiled("|".join(re.escape(w) for w in longest_first(pre)))
    all_rx = compiled("|".join(re.escape(w) for w in every), re.I)
    return pre_rx, all_rx, classes


def _score(text: str) -> tuple[int, int, int]:
    """(strong, topic, access) words in the text."""
    _, all_rx, classes = _words()
    counts = {"strong": 0, "topic": 0, "access": 0}
    for m in all_rx.finditer(text):
        counts[classes.get(m.group(0).lower(), "access")] += 1
    return counts["strong"], counts["topic"], counts["access"]


def _set_off(sep: str) -> bool:
    return not sep or bool(_STRUCTURAL.search(sep)) or sep[-1:] in _SENTENCE_END or sep[:1] in _SENTENCE_END


def _piece_set_off(parts: list[str], k: int) -> bool:
    left = parts[k - 1] if k > 0 else ""
    right = parts[k + 1] if k + 1 < len(parts) else ""
    return _set_off(left) and _set_off(right)


def _tagged(parts: list[str], k: int) -> bool:
    """A piece in 【】 at the line's start (a tag glued before a lead or a dateline's end): `【网赌平台】为…`."""
    return k >= 1 and parts[k - 1].endswith("【") and k + 1 < len(parts) and parts[k + 1].startswith("】")


def _drop_piece(parts: list[str], k: int) -> None:
    """Empty piece k, and the brackets and bars around it (a space stays where one stood)."""
    parts[k] = ""
    for j in (k - 1, k + 1):
        if 0 <= j < len(parts) and _STRUCTURAL.search(parts[j]) and not _SENTENCE_END_RX.search(parts[j]):
            parts[j] = " " if parts[j][:1].isspace() or parts[j][-1:].isspace() else ""


def cut_spam(line: str) -> str:
    """The line without the spam pieces glued into it ('' when the whole line is spam)."""
    pre_rx, _, _ = _words()
    if not pre_rx.search(line):
        return line
    parts = _SPLIT.split(line)        # piece, sep, piece, sep, …, piece
    changed = False
    sentence = _SENTENCE_END_RX.search(line) is not None    # (a line of sentences, not a spam line's keywords)
    for k in range(0, len(parts), 2):
        piece = parts[k]
        if not piece or not pre_rx.search(piece):
            continue
        strong, topic, access = _score(piece)
        if len(piece) > PIECE_MAX and not strong:
            continue
        if len(piece) <= PIECE_MAX and _piece_set_off(parts, k) and (strong or (topic and (access or _tagged(parts, k)))):
            start, end = _span(piece) if strong and sentence else (0, len(piece))
            if sum("\u4e00" <= ch <= "\u9fff" for ch in piece[end:]) >= MIN_TAIL_HAN:
                parts[k] = piece[:start] + piece[end:]     # `注册公司3天拿证所在县（市、区）`: the sentence goes on
            else:
                _drop_piece(parts, k)
            changed = True
        elif strong:    # inside a sentence: only the span from its first spam word to its last goes
            parts[k] = _cut_span(piece)
            changed = True
    if changed:     # on a line with spam, a set-off piece that asks to be reached (`九州app手机版`) is its too
        _, all_rx, _ = _words()
        for k in range(0, len(parts), 2):
            piece = parts[k]
            if piece and len(piece) <= PIECE_MAX and all_rx.search(piece) and _piece_set_off(parts, k) \
                    and not _SENTENCE_PUNCT.search(piece):
                _drop_piece(parts, k)
    if not changed:
        return line
    out = "".join(parts).strip()
    # what is left still spam: the line is spam as a whole, left as it is for the line judge to drop
    # (`is_spam_line`, or the keyword-list shapes), a barrier between the text and what is around it
    return line if _still_spam(out) or (topic_left(out) and is_spam_line(line)) else out


def topic_left(rest: str) -> bool:
    """Whether a topic word is left in what the cuts left of a line."""
    return _score(rest)[1] > 0


_SPAN_TAIL = compiled(r"[0-9A-Za-z.]*[元个]?")
_SPAN_HEAD = compiled(r"[0-9A-Za-z]+$")     # Latin letters glued before the first word (弹性pg麻将胡了…)
MIN_TAIL_HAN = 3    # Han characters after the ad in a set-off piece that are the sentence's own
_NAME_DIGITS = compiled(r"[0-9]*")
_AMOUNT_UNITS = tuple("元个人万千百亿次名家项条天月年岁%")


def _cut_span(piece: str) -> str:
    """A piece of a sentence without its glued spam phrase: from the first spam word to the last, with the
    Latin letters glued before it and the sum an offer names after it (`…印发《…》,彩票平台注册送38元从待遇…` ->
    `从待遇…`), but not the sentence's own amount after it (`…补贴乐游棋牌官网下载送88元彩金800元` keeps 800元)."""
    start, end = _span(piece)
    return piece[:start] + piece[end:]


def _span(piece: str) -> tuple[int, int]:
    """Where the spam phrase in a piece starts and ends (see _cut_span)."""
    _, all_rx, _ = _words()
    hits = list(all_rx.finditer(piece))
    start, end = hits[0].start(), hits[-1].end()
    head = _SPAN_HEAD.search(piece, 0, start)
    if head and (head.start() == 0 or not piece[head.start() - 1].isascii()):
        start = head.start()
    last = hits[-1].group()
    if last.endswith("送") or last.isascii():
        end += _SPAN_TAIL.match(piece, end).end() - end     # 注册送38元, bet365: the offer's sum, the name's digits
    elif piece.startswith("版", end):
        end += 1        # 无限金币版
    else:
        # a game's number (捕鱼达人3培训期间), not the sentence's own amount after a Han word, which a unit
        # follows (…手游折扣平台500个, …彩金800元)
        digits = _NAME_DIGITS.match(piece, end)
        if digits and digits.end() > end and not piece.startswith(_AMOUNT_UNITS, digits.end()):
            end = digits.end()
    return start, end


def _still_spam(rest: str) -> bool:
    """Whether what piece cuts left of a line is spam still, or nothing: no date, name or sentence of its own."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in rest):
        return True
    strong, topic, access = _score(rest)
    return bool(strong or (topic and access) or topic >= 2)


def is_spam_line(line: str) -> bool:
    """A line that is injected spam as a whole: no sentence end, and a strong word, or topic and access words
    (`澳门金沙官方网站|金沙娱乐场app下载`, `国产网站精品91,国产精品…`)."""
    pre_rx, _, _ = _words()
    if len(line) > LINE_MAX or not pre_rx.search(line) or _SENTENCE_END_RX.search(line):
        return False
    strong, topic, access = _score(line)
    return bool(strong or (topic and access >= 2) or (topic >= 2 and access))


REST_MIN_HAN = 6      # Han characters a spam line's rest needs to be the text's (a headline, a byline)


def settle(line: str, cut: str) -> str:
    """What a line that is spam as a whole (`is_spam_line`) becomes once every cut has run: itself, for the
    line judge to drop, unless the cuts left something of the text's own (a date, a name, a headline):
    `国产精品…_亚洲无码专区_精品视频` stays whole (its rest `精品视频` is too short to be the text's);
    `2020年3月2日 欧宝体育app下载` becomes `2020年3月2日`."""
    if cut == line or not is_spam_line(line):
        return cut
    if DIGIT.search(cut) or sum("\u4e00" <= ch <= "\u9fff" for ch in cut) >= REST_MIN_HAN:
        return cut
    return line


SPAM_PIECE_MIN = 4     # characters of a piece of a spam line that is cut where the page glues it again


def cut_page_spam(lines: list[str]) -> None:
    """The pieces of the page's own spam lines (`亚博体育app官方下载|开云体育在线注册|bob综合平台入口`), cut
    wherever the page glues them again inside its text (`…开展“夏送清凉”活动，bob综合平台入口特制定本方案`):
    an injection repeats its keywords, and a piece alone may hold no word the rules know."""
    if not _words()[0].search("\n".join(line for line in lines if len(line) <= LINE_MAX)):
        return      # (the pre-test once over the lines short enough to be spam: most pages hold none)
    spam = [is_spam_line(line) for line in lines]
    # (a piece with a word the rules know or a Latin letter: not a tag of the article's own that a spam tag
    # shares the line with, 标签: 乡村医生 补助 半岛体育app下载, whose 乡村医生 the text needs)
    pieces = {p for line, s in zip(lines, spam) if s
              for p in _STRUCTURAL_RUN.split(line) if SPAM_PIECE_MIN <= len(p) <= PIECE_MAX
              and (_LATIN.search(p) or any(_score(p)))}
    pieces |= _brands(line for line in lines if len(line) <= LINE_MAX)
    if not pieces:
        return
    ordered = longest_first(pieces)    # (a brand's whole piece before the brand)
    for i, line in enumerate(lines):
        if not spam[i]:
            for p in ordered:
                line = line.replace(p, "")
            lines[i] = line


def _brands(lines) -> set[str]:
    """The set-off spam pieces of the lines (a headline's `亚博体育官网入口`), and each one's brand, the
    piece without the access words it ends with (`亚博体育`), when the brand holds a strong or topic
    word: the page glues the brand alone into its sentences too (`需要注意的是，亚博体育高温津贴属于…`),
    where no rule would know it."""
    pre_rx, _, classes = _words()
    access = longest_first((w for w, c in classes.items() if c == "access"))
    found = set()
    for line in lines:
        if not pre_rx.search(line):
            continue
        parts = _SPLIT.split(line)
        for k in range(0, len(parts), 2):
            piece = parts[k]
            if not SPAM_PIECE_MIN <= len(piece) <= PIECE_MAX or not _piece_set_off(parts, k):
                continue
            strong, topic, n_access = _score(piece)
            if not (topic and n_access):
                continue
            brand = piece
            while tail := next((w for w in access if brand.lower().endswith(w)), None):
                brand = brand[:-len(tail)]
            found.add(piece)
            if len(brand) >= SPAM_PIECE_MIN and sum(_score(brand)[:2]):
                found.add(brand)
    return found


_STRUCTURAL_RUN = compiled(r"[\s\u3000【】\[\]()（）|｜_/<>—–·•,，]+")
_LATIN = compiled(r"[A-Za-z]")
