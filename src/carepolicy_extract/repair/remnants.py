"""Remnants: HTML left in text dumps, stacked punctuation, and half-width punctuation in Chinese text."""
from __future__ import annotations

import html
import json
import re
from functools import lru_cache

from ..convert import to_simplified
from ..html_tags import ALL_TAGS
from ..page import RepairLog
from ..rules import compiled, longest_first, rule_lines, rule_table

# an entity (&nbsp; &#8220;), escaped twice or more by some sites (&amp;nbsp;, &amp;amp;ldquo;), or one
# a sloppy template wrote without its semicolon (&nbsp, &ldquo, &#8220 before the next character)
_HTML_ENTITY = compiled(r"&(?:amp;)*(?:(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"
                          r"|(?:nbsp|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot|quot|emsp|ensp)(?![A-Za-z0-9;])"
                          r"|#\d{2,7}(?![\d;])|#x[0-9a-fA-F]{2,6}(?![0-9a-fA-F;]))")
# JSON's escapes left in a text taken from a script or an API: \u517b\u8001 for 养老, and \n \r \t next
# to a character outside ASCII (a paragraph break the script wrote as two characters: `补贴\n提高`)
_JSON_ESCAPE = compiled(r"(?:\\u[0-9a-fA-F]{4})+|(?<=[^\x00-\x7f])\\[nrt]|\\[nrt](?=[^\x00-\x7f])")
# HTML's element names (html_tags.ALL_TAGS: <strike>, <u>, <blockquote>, <tfoot> as much as <p>), and the
# Office tags pasted from Word (<o:p></o:p>, <st1:chsdate ...>)
_TAG_NAMES = "(?:" + "|".join(longest_first(ALL_TAGS)) + "|(?:o|v|w|st1):[a-z]{1,12})"
# the tags a cut leaves without "<" or "/" between Chinese characters (主要内容p>2020年…)
_CUT_TAG_NAMES = r"(?:p|br|div|span|strong|font|em|li|td|tr|u|b)"
# Chinese text around punctuation: Han characters and full-width CJK punctuation
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3001-\u3003\u3008-\u3011\u2018-\u201d\uff01-\uff1f"
# a whole tag (<br>, </p>, <p class=x>), a closing tag whose "<" the garbling ate or turned into "?", or
# a tag cut to its name and ">" between Chinese characters or punctuation (or a line's ends)
_TAG_REMNANT = compiled(
    rf"\??</?{_TAG_NAMES}\b[^<>\n]{{0,200}}?/?>|(?:\?|(?<![A-Za-z0-9_/<]))/{_TAG_NAMES}>"
    rf"|(?:(?<=[{_CJK}])|^){_CUT_TAG_NAMES}>(?=[{_CJK}0-9]|$)", re.I | re.M)
# what each of its three kinds holds (`</p`, `/p>`, `p>`): a cheap test first, as the pattern above opens
# with an optional character and is tried at every position of the text. Each is searched from its
# literal: an alternation of them lost it, and cost a third of a second over 1,440 pages
_TAG_OPENING = compiled(rf"</?{_TAG_NAMES}\b", re.I)
_TAG_BEFORE_CLOSE = compiled(rf"(?:/{_TAG_NAMES}|{_CUT_TAG_NAMES})\Z", re.I)
_TAG_NAME_REACH = max(max(map(len, ALL_TAGS)), len("st1:") + 12) + 1    # `/` and the longest name


def _tag_hint(text: str) -> bool:
    """The text holds `</p`, `/p>` or `p>` (with any tag name of _TAG_NAMES)."""
    if "<" in text and _TAG_OPENING.search(text):
        return True
    at = text.find(">")
    while at >= 0:
        if _TAG_BEFORE_CLOSE.search(text, max(0, at - _TAG_NAME_REACH), at):
            return True
        at = text.find(">", at + 1)
    return False

_CJK_BEFORE = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3009\u300b\u300d\u300f\u3011\u2019\u201d\uff09"
_CJK_AFTER = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3008\u300a\u300c\u300e\u3010\u2018\u201c\uff08"


def fix_html_remnants(text: str, log: RepairLog) -> str:
    """Entities (&nbsp;) and stray tags (<br>, ?/p>, /p>, a forum's [size=3]) left in text dumps."""
    if "&" in text:
        count = 0

        def entity(m: re.Match) -> str:
            nonlocal count
            raw = m.group(0)
            while raw.startswith("&amp;") and len(raw) > 5:
                raw = "&" + raw[5:]  # escaped twice: the page shows the entity, not what it stands for
            out = html.unescape(raw if raw.endswith(";") else raw + ";")
            if out == raw or "\n" in out:
                return m.group(0)  # not an entity we know; leave it
            count += 1
            return " " if out == "\xa0" else out
        text = _HTML_ENTITY.sub(entity, text)
        log.add("html_remnant", count, "&…;")
    if "\\" in text:
        text = _json_escapes(text, log)
    if "[/" in text:     # (a post's BBCode closes what it opens: a text with none has no [/…])
        text = _bbcode(text, log)
    if ">" in text and _tag_hint(text):
        example = None

        def tag(m: re.Match) -> str:
            nonlocal example
            example = example or m.group(0)
            return ""
        text, n = _TAG_REMNANT.subn(tag, text)
        log.add("html_remnant", n, example)
    return text


# a forum's BBCode a copy kept as text ([size=3][color=#333333]…[/color][/size], [b], [url=…], [img]):
# a tag whose name a forum's editor writes, maybe with its value
_BBCODE = compiled(r"\[/?(?:size|color|font|b|i|u|s|url|img|align|quote|list|table|tr|td|backcolor|indent|p|hr|\*)"
                     r"(?:=[^\[\]\n]{1,40})?\]", re.I)


def _bbcode(text: str, log: RepairLog) -> str:
    """BBCode tags left in a forum post's copy, gone; the text between them stays."""
    text, n = _BBCODE.subn("", text)
    log.add("html_remnant", n, "[size=…]")
    return text


def _json_escapes(text: str, log: RepairLog) -> str:
    count = 0

    def unescape(m: re.Match) -> str:
        nonlocal count
        raw = m.group(0)
        if raw[1] in "nrt":
            count += 1
            return ""       # (a line break would change the block structure: the two parts are joined)
        try:
            out = json.loads(f'"{raw}"')
        except ValueError:
            return raw
        if not out.isprintable():
            return raw
        count += 1
        return out
    text = _JSON_ESCAPE.sub(unescape, text)
    log.add("html_remnant", count, "\\u…")
    return text


@lru_cache(maxsize=1)
def _stacked() -> tuple[re.Pattern | None, dict[str, str]]:
    table = {row[0]: row[1] for row in rule_table("repair_stacked_punctuation.tsv") if len(row) >= 2}
    if not table:
        return None, {}
    # only in Chinese text: right after a Han character or CJK punctuation, which a lookbehind after the
    # stack's first mark reads (each alternative opening with its mark, the regex engine scans for the
    # marks at C speed; a pattern that opens with a lookaround is tried at every position)
    after_cjk = rf"(?<=[{_CJK}].)"
    # a doubled full stop (`。。`) is a stack only when exactly doubled: three or more (`。。。`) are an ellipsis
    alternatives = "|".join(f"。{after_cjk}(?<!。。)。(?!。)" if k == "。。" else re.escape(k[0]) + after_cjk + re.escape(k[1:])
                            for k in longest_first(table))
    return compiled(alternatives), table


# any two stops in a row: a cheap test before the full pattern with its lookbehind
_STACK_HINT = compiled(r"[,，、；：;:。][,，、。；：;:？！]")


def fix_stacked_punctuation(text: str, log: RepairLog) -> str:
    """Doubled or stacked punctuation in Chinese text: `,,` → `,`, `,、` → `、`, `,。` → `。`."""
    pattern, table = _stacked()
    if pattern is None or not _STACK_HINT.search(text):
        return text
    example = None

    def one(m: re.Match) -> str:
        nonlocal example
        example = example or m.group(0)
        return table[m.group(0)]
    # stacks of three collapse in two passes; more passes are never needed in practice
    for _ in range(2):
        text, n = pattern.subn(one, text)
        log.add("doubled_punctuation", n, example)
        if not n:
            break
    return text


@lru_cache(maxsize=1)
def _halfwidth() -> tuple[tuple[str, re.Pattern, str], ...]:
    """(half-width, pattern of it between Chinese text, full-width) for each rule."""
    # the punctuation comes first so the regex engine can scan for it; the lookbehind follows
    return tuple((row[0], compiled(rf"{re.escape(row[0])}(?<=[{_CJK_BEFORE}].)(?=[{_CJK_AFTER}])"), row[1])
                 for row in rule_table("repair_halfwidth_punctuation.tsv") if len(row) >= 2)


# a parenthesis around two or more Chinese characters, right after Chinese text: (記者孟海鷹), (街道)
_PAREN = compiled(rf"\((?<=[{_CJK_BEFORE}]\()([{_CJK}]{{2,40}})\)")


@lru_cache(maxsize=1)
def _question_words() -> tuple[str, ...]:
    return tuple(line.strip() for line in rule_lines("repair_question_words.txt") if line.strip())


# the end of the clause before a punctuation mark
_CLAUSE_END = compiled(r"[。！？；，、：!;,:\n]")
_A_NOT_A = compiled(r"([\u4e00-\u9fff])[不没沒]\1")   # 能不能, 是不是, 有没有: a question
MAX_CLAUSE = 60
MAX_QUESTION_CHECKS = 5000   # ? between Chinese characters checked per text (about 5 µs each)


def _closes_question(text: str, k: int) -> bool:
    """Whether the ? at k ends a question: its clause has a question word (如何, 吗) or an A-not-A (能不能)."""
    head = text[max(0, k - MAX_CLAUSE):k]
    cut = max((m.end() for m in _CLAUSE_END.finditer(head)), default=0)
    clause = to_simplified(head[cut:])[0]
    return bool(_A_NOT_A.search(clause)) or any(w in clause for w in _question_words())


def fix_halfwidth_punctuation(text: str, log: RepairLog) -> str:
    """Half-width , : ; ? ! between Chinese characters → full-width, so the output is uniform.

    A ? becomes ？ only when it ends a question (`怎么办?她说`): on a GB2312 page a ? also
    stands for a character the encoding lacked (`市长陈?到医院`, 陈堃), which stays visible.

    Parentheses are folded only around two or more Chinese characters after
    Chinese text; a single character in parentheses (`協(商)會`) may be a gloss.
    """
    count = 0
    example = None
    for half, pattern, full in _halfwidth():
        if half not in text:
            continue
        if half == "?":
            # a ? may also be the placeholder of a character the page's encoding lacked (王?, 朱?):
            # only one that closes a question is a question mark
            folded = [0]
            budget = [MAX_QUESTION_CHECKS]

            def question(m: re.Match, full=full, folded=folded, budget=budget) -> str:
                # past the budget (a hostile page) a ? stays as it is, which loses nothing
                budget[0] -= 1
                if budget[0] >= 0 and _closes_question(m.string, m.start()):
                    folded[0] += 1
                    return full
                return m.group(0)
            text = pattern.sub(question, text)
            n = folded[0]
        else:
            # a constant replacement keeps this in the regex engine: no Python call per comma
            text, n = pattern.subn(full, text)
        if n and example is None:
            k = text.find(full)
            example = text[max(0, k - 1):k + 2]
        count += n
    if "(" in text:
        def paren(m: re.Match) -> str:
            nonlocal count, example
            count += 1
            example = example or m.group(0)
            return f"（{m.group(1)}）"
        text = _PAREN.sub(paren, text)
    log.add("halfwidth_punctuation", count, example)
    return text
