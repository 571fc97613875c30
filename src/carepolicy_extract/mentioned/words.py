"""The grammar's words: rules/mentioned.txt read as alternations, tuples and sets, and the cues built of
them that more than one shape of list reads: intros made of a measure noun and a verb (主要措施有, 具体为),
the policy as a subject (方案, 这些举措, 《若干措施》), frame intros and the nouns closing their lists (从A、
B等方面, 通过A、B等方式), discourse openers (其中，/ 此外，), what opens a later sentence's list, and the
kind noun after a count (十条具体措施, “四个一”关爱行动)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..numerals import COUNT_NUMBER
from ..policy_terms import term_re
from ..rules import compiled, longest_first, rule_sections


# what follows a count as the noun of what it counts: 十条具体措施, 八项照顾政策, 10项稳就业措施
COUNT_NOUN_TAIL = compiled(r"(?:(?:具体|硬核|暖心|关爱|激励|(?<=[项条大])[\u4e00-\u9fff]{2,3}?)?"
                              r"(?:措施|举措|政策|规定|意见|办法|实招|硬招|条款|服务|任务"    # 32项重点任务
                              r"|协助|援助|支援)"    # a programme's 三项协助 (Taiwan's and Hong Kong's word for its measures)
                              r"|(?<=大)(?:行动|工程))")    # a plan's 三大行动, 六大工程
# ... and, where the names after a count are read, up to four characters of kind (六项便民办税措施，
# 分别是…); the policies package keeps the narrower one to tell a set from a count of other things
_NAMES_TAIL = compiled(r"(?:具体|硬核|暖心|关爱|激励|(?<=[项条])[\u4e00-\u9fff]{2,4}?)?"
                         r"(?:措施|举措|政策|规定|意见|办法|细则|实招|硬招|条款|服务)"    # 十二条实施细则，包括…
                         r"|(?<=[”」])[\u4e00-\u9fff]{0,4}?(?:行动|活动|工程|措施|举措|政策|服务)")    # “四个一”关爱行动


def _words(section: str) -> str:
    """The words of a section of rules/mentioned.txt as one alternation, longest first."""
    words = longest_first(rule_sections("mentioned.txt")[section])
    return "(?:" + "|".join(map(re.escape, words)) + ")"


@lru_cache(maxsize=None)
def _words_set(section: str) -> frozenset[str]:
    return frozenset(rule_sections("mentioned.txt").get(section, ()))


@lru_cache(maxsize=None)
def _word_tuple(section: str) -> tuple[str, ...]:
    """The words of a section as a tuple, for str.startswith."""
    return tuple(rule_sections("mentioned.txt").get(section, ()))


@lru_cache(maxsize=1)
def _noun_intro() -> str:
    """A list intro made of a measure noun and a verb: 主要措施有, 措施包括, 内容为, 具体为, 举措如下."""
    heads, nouns, verbs = _words("intro_heads"), _words("intro_nouns"), _words("intro_verbs")
    return f"{heads}?{nouns}{heads}?{verbs}|{heads}{verbs}"


@lru_cache(maxsize=1)
def _policy_subject() -> re.Pattern:
    """A subject that is the policy itself (其中, 方案, 这些举措, 措施内容, 队员可 of 享受 aside)."""
    pronouns, nouns = _words("subject_pronouns"), _words("subject_nouns")
    return compiled(f"{pronouns}|{pronouns}?{nouns}{{1,2}}(?:主要|具体)?")


@lru_cache(maxsize=1)
def _frame_intro() -> re.Pattern:
    """What opens a list a frame noun closes: 从, 围绕, 聚焦 (policy_terms' aspect_intros), 通过, 涉及."""
    return compiled(term_re("aspect_intros").pattern + "|" + _words("frame_intros"))


@lru_cache(maxsize=1)
def _frame_intro_before() -> re.Pattern:
    """The frame intros of names before a count, with the loose ones (在A、B等方面提出20条)."""
    return compiled(_frame_intro().pattern + "|" + _words("loose_frame_intros"))


@lru_cache(maxsize=1)
def _frame_close() -> re.Pattern:
    """What closes a list a frame intro opens (从A、B等5个方面, 通过A、B等方式, 围绕A、B、C三个方面):
    a frame noun after 等 or after a count, or 等 right before the verb that issues or sets out what
    the frame holds (围绕A、B、C等推出一揽子举措)."""
    nouns = _words("frame_nouns")
    sets_out = f"(?:{term_re('issue_verbs').pattern}|{_words('say_verbs')})"
    return compiled(f"等(?:(?:{COUNT_NUMBER})[个大项])?{nouns}|(?:{COUNT_NUMBER})[个大项]?{nouns}"
                      f"|等(?=[，,]?{sets_out})")
_ASPECTS = f"(?:(?:{COUNT_NUMBER})个)?方面"
_ASPECTS_COLON = compiled(f"{_ASPECTS}[：:]")


# what an intro may name before the colon that opens the list (主要包括以下内容：A、B; 包括以下几个方面：)
FOLLOWING = "(?:以下[\u4e00-\u9fff]{0,4}?(?=[：:]))?"


@lru_cache(maxsize=1)
def _follow_intro() -> re.Pattern:
    """What opens a later sentence's list of a policy's measures: 包括 / 措施主要有 / 具体为 / 明确，."""
    return compiled("(?:" + term_re("list_intros").pattern + ")(?!的)" + FOLLOWING + "|" + _noun_intro() + "|" + _words("say_verbs")
                      + "(?=[，,：:])")     # (提出的保障措施主要有: 提出 of a relative clause opens nothing)


@lru_cache(maxsize=1)
def _opener_re() -> re.Pattern:
    return compiled(f"{_words('discourse_openers')}[，,]?")


@lru_cache(maxsize=1)
def _subject_policy() -> re.Pattern:
    """The policy as a later sentence's subject: 意见, 该方案, 《若干措施》 (还/也 after it)."""
    return compiled(f"(?:{_policy_subject().pattern}|《[^《》]{{2,40}}》)(?:还|也|同时)?")
