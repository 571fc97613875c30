"""The measures a policy names in running text (a policy's `mentioned`), as real pages write them.

One grammar of enumerations: a cue opens a list, separators split it, a closer ends it.
- Cues: an issuing verb or list intro before a count (出台“A”“B”等11条措施, 推出A、B、C三项举措); a list
  intro after the policy, after a subject that is the policy itself or none (，包括 / ，方案包括 /
  措施主要有： / 具体为： / 明确，); a frame intro or verb whose closer must follow (从A、B等方面, 通过A、B
  等方式, 提供A、B等服务); ordinals (一是A，二是B / （一）A；（二）B / 1.A，2.B / ①A；②B).
- Separators: 、 (and 以及/和 before the last name), ，, ；, quotes (“A”“B”, 「A」「B」); separators
  inside “quotes”, 「」 or （brackets） split nothing (“关心关爱、帮扶救助” is one name).
- Closers: 等 / 等方面 / 等方式 / 等内容 / …… / a count (三项, 两个方面) / 在内的 / the clause's end.
- Where: the policy's sentence, before or after the mention; its next sentences when an intro,
  ordinals after a discourse opener (具体来看，一是…), or nothing but a list (A、B、C……) opens them;
  the headings of as many paragraphs as its count; the clauses after a set named by its kind.
  Also: a ；-list a colon opens going on over the next lines; one 一是 a sentence; a list subject of a
  later sentence (其中，A、B等举措…); examples (，如获赠A、B等); a sentence the policy opens as its
  subject (意见明确：…; 此外，政策还明确，A) even when the policy is named already; and, with no intro
  at all, three names or more found by their actions (开展A、建设B、组织C等举措), not aims or 要….
- A document's words (明确，) open clauses split by commas when each opens with an action.
- What the government, fund or programme will do (政府亦会向…发放资助, 修正后的计划将…), clause by clause in
  the policy's reach, even in someone's reported words; with nothing else named, the one action clause
  right after a policy's name when only an aim follows it (修正「…要点」，扩大…为奖励对象，以慰其辛劳).
- Last, every item passes one guard: a reporting clause (卫福部表示), whom only (对…受伤的志愿者) or a time
  only is no name, whatever reader found it.
A name is short (a name, not a sentence) and is no place, person, body or group of people; a list
opened by a required modal (要加强…，压实…) is requirements, not names.
Words of the grammar are data: rules/policy_terms.txt (list intros, aspect intros, people nouns)
and rules/mentioned.txt (the rest).

The modules, each deciding one thing, import one way, in this order: `text` (clause and sentence
stops, separators outside quotes and brackets) and `words` (the grammar's words and shared cues) →
`gate` (which items are kept: no place, person or body; what opens with an action) → `ordinals` (一是…
二是, （一）, 1., ①) → `items` (how a list of names is split into items) → `clauses` (lists of clauses;
lists found by their actions) → `amounts` (clauses and sentences that give an amount; standards) →
`correlative` (既有…也有, 其中，A；B, 在…方面) → `before` (names before a count) → `after` (names after
the policy in its sentence) → `sentences` (which later sentences speak for the policy) → `paragraphs`
(paragraphs and clauses that are a set's measures with no intro) → `voice` (the policy's words reported
clause by clause) → `follow` (a policy's reach and the order of the readers: `follow_mentioned`). This
module re-exports what the policies package reads.
"""
from __future__ import annotations

from .after import mentioned_after, named_back
from .before import mentioned_before, parallel_after
from .follow import follow_mentioned
from .paragraphs import kind_measures, measure_clauses
from .text import BRACKETED_TAIL, CLAUSE_STOP, CLAUSE_TEXT
from .voice import voice_opens, voiced_clauses
from .words import COUNT_NOUN_TAIL

__all__ = [
    "BRACKETED_TAIL", "CLAUSE_STOP", "CLAUSE_TEXT", "COUNT_NOUN_TAIL", "follow_mentioned", "kind_measures", "measure_clauses",
    "mentioned_after", "mentioned_before", "named_back", "parallel_after", "voice_opens", "voiced_clauses",
]
