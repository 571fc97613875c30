"""Whether lists enumerate a policy's measures: the policy gate and the reading of provisions.

A list can pass every test of its shape and still be no policy's measures (a job ad's duties, a
report's achievements). The gate reads what frames a family of lists (its introduction, the page's
own words, its headline) and whether its items read as provisions (a word of policy action, a
subject with a modal), with the words of rules/numbering_context.txt [policy_nouns] and after.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .items import Item, MeasureList, _Builder
from .lines import (
    _QUESTION_OR_CLAUSE_END, _SENTENCE_END_RE, HEADING_MAX, INTRO_REACH, _breaks_off, _context_patterns,
    _context_words, _Lines,
)
from ..rules import compiled, longest_first

PROVISION_WITH_PAGE = 0.5   # share of items reading as provisions that suffices on a policy's page
PROVISION_ALONE = 0.75      # … that suffices with no policy in sight
PROVISION_ALONE_MIN = 2     # … and then in a list of at least this many items
OPENING_REACH = 60          # how far into an item's text its opening sentence is read
INTRO_HEADINGS = 3          # heading lines between a list and the paragraph that introduces it, at most


def _directive(text: str, pos: int) -> bool:
    """The words at `pos` open a directive: a subject and a modal (`各级领导干部要…`, `各单位应…`)."""
    rx = _policy_patterns("directive")
    return rx is not None and rx.match(text, pos, pos + OPENING_REACH) is not None


def _acts(s: str, default: bool) -> bool:
    """s holds a word of policy action not followed by the aspect particle of a done deed (`加强了理论
    学习`, `开展过培训` report, they provide nothing); `default` when [provision_words] is empty."""
    rx = _provision_re()
    return default if rx is None else any(s[m.end():m.end() + 1] not in _DONE for m in rx.finditer(s))


def _states_action(heading: str) -> bool:
    """A heading that states an action (完善居家社区养老服务网络, 切实减轻企业缴费负担), not one naming a
    topic (老人关怀措施): a word of policy action, or a verb that acts only where it opens a title."""
    return _acts(heading, False) or _opens_with_title_verb(heading)


@lru_cache(maxsize=1)
def _title_verb_re() -> re.Pattern:
    adverbs = "|".join(map(re.escape, _context_words("title_adverbs")))
    verbs = "|".join(map(re.escape, _context_words("provision_title_verbs"))) or "(?!)"
    return compiled(f"(?:{adverbs})?(?:{verbs})" if adverbs else f"(?:{verbs})")


def _opens_with_title_verb(title: str) -> bool:
    """The title opens with a verb of [provision_title_verbs], an adverb of [title_adverbs] before it
    if any (`明确补助范围`, `切实减轻企业负担`)."""
    return _title_verb_re().match(title.strip()) is not None


def _section_patterns(section: str) -> list[str]:
    """A section's regular expressions ([policy_intro], [policy_page]), `{NOUN}` replaced by the
    words of [policy_nouns] (and `{SUBJECT}`, `{MODAL}` by theirs)."""
    words = {key: "|".join(map(re.escape, _context_words(name)))
             for key, name in (("{NOUN}", "policy_nouns"), ("{SUBJECT}", "provision_subjects"),
                               ("{MODAL}", "provision_modals"))}
    patterns = []
    for rx in _context_words(section):
        for key, alternatives in words.items():
            rx = rx.replace(key, f"(?:{alternatives})")
        patterns.append(rx)
    return patterns


@lru_cache(maxsize=None)
def _policy_patterns(section: str) -> re.Pattern | None:
    """A section of regular expressions as one pattern (see _section_patterns)."""
    patterns = _section_patterns(section)
    return compiled("|".join(f"(?:{rx})" for rx in patterns)) if patterns else None


@lru_cache(maxsize=None)
def _each_pattern(section: str) -> tuple[re.Pattern, ...]:
    """A section's regular expressions each compiled alone: searched one after the other over a
    long text, each keeps the literal and class prefilters the regex engine finds for it, which
    their alternation loses (a page's whole text costs a third less)."""
    return tuple(compiled(rx) for rx in _section_patterns(section))


@lru_cache(maxsize=1)
def _provision_re() -> re.Pattern | None:
    """What makes an item's opening read as a provision: a word of [provision_words], a subject of
    [provision_subjects] followed closely by a modal of [provision_modals] (`各单位应…`), or a
    pattern of [provision_patterns] (`每人每月获发2000元`)."""
    parts = [re.escape(w) for w in _context_words("provision_words")]
    subjects, modals = _context_words("provision_subjects"), _context_words("provision_modals")
    if subjects and modals:
        parts.append(f"(?:{'|'.join(map(re.escape, subjects))})[^。；;！？!?\n]{{0,12}}"
                     f"(?:{'|'.join(map(re.escape, modals))})")
    parts += [f"(?:{rx})" for rx in _context_words("provision_patterns")]
    return compiled("|".join(parts)) if parts else None


@lru_cache(maxsize=1)
def _provision_styles() -> frozenset[str]:
    return frozenset(_context_words("provision_styles"))


_DONE = frozenset("了过")


@lru_cache(maxsize=1)
def _content_headings() -> frozenset[str]:
    """Headings that name a policy's content ([content_headings]: 主要内容, 政策要点)."""
    return frozenset(_context_words("content_headings"))


def _reads_as_provision(item: Item) -> bool:
    """The item's title and first sentence hold a word of policy action (落实带薪休假, 各单位要…), or
    its numbering is a regulation's or a directive's ([provision_styles]: 第一条, 一要)."""
    if item.style in _provision_styles():
        return True
    body = item.body
    stop = _QUESTION_OR_CLAUSE_END.search(body, 0, OPENING_REACH)
    return _acts((item.title or "") + "\n" + body[:stop.start() if stop else OPENING_REACH], True)


def _opening(item: Item) -> str:
    """The item's title and the first sentence of its text."""
    body = item.body
    stop = _QUESTION_OR_CLAUSE_END.search(body, 0, OPENING_REACH)
    return (item.title or "") + "\n" + body[:stop.start() if stop else OPENING_REACH]


def _intro_text(text: str, lines: _Lines, pos: int) -> str:
    """What introduces a list whose first marker is at `pos`: the words before it on its line and
    the paragraph right above it, with the short heading lines between them (`…现提出如下政策措施。`
    over `一、降低经营成本` over `1.…`)."""
    idx = lines.index(pos)
    prefix = text[max(lines.starts[idx], pos - INTRO_REACH):pos].strip()
    if len(prefix) > HEADING_MAX or _SENTENCE_END_RE.search(prefix.rstrip("。！!：: \t\u3000")):
        # a sentence leads into the list on its line (…应该明确区分出三类风险：一是…); a short phrase
        # (强化激励！一是… / 具体如下。一是…) only heads it, and the paragraph above introduces it
        return prefix
    parts = [prefix]
    j, heads = idx - 1, 0
    while j >= 0 and heads <= INTRO_HEADINGS:
        ln = lines.line(j).strip()
        j -= 1
        if not ln:
            continue
        if len(ln) > HEADING_MAX or _SENTENCE_END_RE.search(ln[-1]):
            # the paragraph: nothing above it introduces the list; the lines of a hard-wrapped
            # paragraph above its last line that break off inside a sentence are of it
            while j >= 0 and len(ln) < INTRO_REACH and _breaks_off(lines.line(j)[-INTRO_REACH:]):
                ln = lines.line(j).strip() + ln
                j -= 1
            parts.append(ln[-INTRO_REACH:])
            break
        parts.append(ln[-INTRO_REACH:])
        heads += 1
    return "\n".join(reversed(parts))


# the end of a sentence introducing what follows as a list: `具体内容如下：`, `有以下几点。`
_INTRO_AS_LIST = compiled(r"(?:如下|以下)[^。！？\n]{0,6}[。：:]?\s*$")


@lru_cache(maxsize=1)
def _other_genre_re() -> re.Pattern | None:
    """A label of [other_genre_labels] at a line's start, after a numeral if any (`四、福利待遇`)."""
    words = longest_first(_context_words("other_genre_labels"))
    if not words:
        return None
    numeral = r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[、.．)）])?"
    return compiled(rf"^[ \t\u3000]*{numeral}[ \t\u3000]*({'|'.join(map(re.escape, words))})", re.M)


@lru_cache(maxsize=1)
def _any_genre_label() -> re.Pattern:
    """Any label of [other_genre_labels], literally (asked only when there are some)."""
    return compiled("|".join(map(re.escape, _context_words("other_genre_labels"))))


SPEAKER_REACH = 12     # characters before a list's first 一要 within which its speaker's verb stands


def _exhorted(text: str, start: int) -> bool:
    """A speaker's verb of [exhortation_intros] right before the list, in its own sentence."""
    before = text[max(0, start - SPEAKER_REACH):start]
    before = before[max(before.rfind(c) for c in "。！？\n") + 1:]
    return any(w in before for w in _context_words("exhortation_intros"))


@lru_cache(maxsize=4)
def _policy_page(text: str, headline: str) -> bool:
    """The page shows a policy's frame somewhere: asked once a page, however many of its outlines
    the gate reads (the search runs over the whole text)."""
    frames = _each_pattern("policy_page")
    return (any(one.search(text) is not None for one in frames)
            or bool(headline) and any(one.search(headline) is not None
                                      for one in frames + _each_pattern("policy_headline")))


class _PolicyGate:
    """Whether a family of lists (one outline) enumerates a policy's measures; see
    rules/numbering_context.txt, [policy_nouns] and after."""

    def __init__(self, b: _Builder, fields: list[int] = (), headline: str | None = None):
        self.text, self.lines = b.text, b.lines
        self.headline = (headline or "").strip()
        self.page_cut, self.text_end = b.page_cut, b.text_end
        self.fields = fields        # where the fields of a policy start (1.适用对象 2.主要内容 …)
        self._page: bool | None = None
        self._genre: int | None = None

    def page(self) -> bool:
        """The page shows a policy's frame somewhere (现就有关事项通知如下, 本通告, 十条措施)."""
        if self._page is None:
            self._page = _policy_page(self.text, self.headline)
        return self._page

    def other_genre(self) -> int | None:
        """Where the page turns to another genre (a job ad, a tender): from its start when its headline
        says so ([other_genre_headline]); else from the first line that two or more different labels of
        [other_genre_labels] open (a job ad's `二、岗位职责` … `四、福利待遇`, or a job posting below an
        article, whose own lists above it stay for the gate to read); None when it does not."""
        if self._genre is None:
            head, rx = _context_patterns("other_genre_headline"), _other_genre_re()
            text = self.text
            self._genre = -1
            if head is not None and head.search(self.headline) is not None:
                self._genre = 0
            # (two of the labels in the text at all, a cheap test, before the lines are read; most
            # pages have none, which one scan for any of them tells)
            elif rx is not None and _any_genre_label().search(text) is not None \
                    and sum(w in text for w in _context_words("other_genre_labels")) >= 2:
                found = list(rx.finditer(text))
                if len({m.group(1) for m in found}) >= 2:
                    self._genre = found[0].start()
        return None if self._genre < 0 else self._genre

    def _field_inside(self, it: Item) -> bool:
        """A policy's field starts inside the item."""
        k = bisect.bisect_right(self.fields, it.start)
        return k < len(self.fields) and self.fields[k] < it.end

    def regulation(self) -> bool:
        """The page is a regulation's own text: its headline names one and the text speaks of itself."""
        if not self.headline:
            return False
        head, own = _policy_patterns("regulation_headline"), _policy_patterns("regulation_self")
        return head is not None and own is not None and head.search(self.headline) is not None \
            and own.search(self.text) is not None

    def keeps(self, root_start: int, lists: list[MeasureList]) -> bool:
        items = [it for ml in lists for it in ml.items]
        genre = self.other_genre()
        if not items or (genre is not None and items[0].start >= genre):
            return False
        intro = _policy_patterns("policy_intro")
        if intro is None:
            return True
        if len(items) >= 2:
            openings = [_opening(it) for it in items]
            for section in ("report_patterns", "personal_voice"):
                # most items report deeds done (…发放了…, 建成了…): a report of work; or the writer speaks
                # of himself (我深刻认识到…, 我将…): a 心得体会's reflections. No measures either way
                rx = _context_patterns(section)
                if rx is not None and sum(rx.search(o) is not None for o in openings) * 2 > len(items):
                    return False
        text, lines = self.text, self.lines
        if all(it.style == "一要" for it in items) and _exhorted(text, items[0].start):
            return False    # 局长表示，一要…；二要…: a speaker's exhortations, no provisions
        heads = {_intro_text(text, lines, root_start), _intro_text(text, lines, items[0].start)}
        heads.update(it.group for it in items if it.group)
        if any(intro.search(h) for h in heads):
            return True
        if any(it.group in _content_headings() for it in items if it.group) and self.page():
            return True     # `二、主要内容` over `1.…` on a policy's page: the heading names them its content
        if self.regulation():
            return True     # a regulation's articles (一、…特订定本办法。二、申请资格如下：…)
        if self.fields and any(self._field_inside(it) for it in items):
            return True     # an item spelled out in a policy's fields (适用对象, 主要内容, 资金来源)
        if all(_directive((it.title or "") + it.body, 0) for it in items):
            return True     # every item opens as a directive (各级领导干部要…, 各单位应…)
        # the list as a whole: the share of its items that read as provisions, but an item the end of
        # the page cut off in its opening sentence tells nothing (`三、除承担防疫任务的…，其他`)
        judged = items
        if len(items) > 1 and self.page_cut and items[-1].end >= self.text_end and \
                not _QUESTION_OR_CLAUSE_END.search(items[-1].body, 0, OPENING_REACH):
            judged = items[:-1]
        share = sum(map(_reads_as_provision, judged)) / len(judged)
        if share >= PROVISION_ALONE and len(items) >= PROVISION_ALONE_MIN:
            return True
        # a list the sentence right before it introduces as one (…具体内容如下：) frames itself
        if share >= PROVISION_WITH_PAGE and (self.page() or any(_INTRO_AS_LIST.search(h) for h in heads)):
            return True
        # most items name the unit that carries them out (…。 over `（牵头单位：区民政局）`): a plan's tasks
        # (asked last, of the lists nothing else keeps, and only of items with a colon in them)
        owners = _context_patterns("task_owners")
        if owners is not None and sum(("：" in it.body or ":" in it.body) and owners.search(it.body) is not None
                                      for it in items) * 2 > len(items):
            return True
        # on a policy's page, items grouped under headings that state an action (`一、支持就业创业` over
        # `1.…` `2.…`, `二、保障住房需求` over `3.…`) are that action's provisions, however they open
        # (two headings at least, over every item: one label above a list, `附：各乡镇服务热线`, is no such frame)
        groups = {it.group for it in judged}
        if share < PROVISION_WITH_PAGE and len(groups) >= 2 and None not in groups and self.page():
            share = sum(_reads_as_provision(it) or (it.group is not None and _states_action(it.group))
                        for it in judged) / len(judged)
            return share >= PROVISION_WITH_PAGE
        return False


def _body_provides(item: Item) -> bool:
    """The opening sentence of the item's text (not its title) reads as a provision."""
    body = item.body
    stop = _QUESTION_OR_CLAUSE_END.search(body, 0, OPENING_REACH)
    return _acts(body[:stop.start() if stop else OPENING_REACH], True)
