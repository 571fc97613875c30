"""The in-memory page that flows through the stages (not part of the output schema)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "item"]


@dataclass
class Block:
    """One unit of page text: a heading, a paragraph or a list item, on one line."""

    kind: BlockKind
    text: str


@dataclass
class PageMeta:
    """What a page says about itself, gathered from the parts that are not the body."""

    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    # the bodies a red header names on the line right above a notice's headline (甘肃省民政厅 甘肃省财政厅 /
    # 关于做好…的通知): the notice's issuers, which its headline leaves out
    header_issuers: list[str] | None = None

    def fill(self, other: PageMeta) -> None:
        """Take other's values where this one has none."""
        for name in ("title", "published", "outlet", "header_issuers"):
            if getattr(self, name) is None and getattr(other, name) is not None:
                setattr(self, name, getattr(other, name))


@dataclass
class RepairLog:
    """Counts of repairs by kind, with a few examples each, for the document's `repairs`."""

    counts: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def add(self, kind: str, n: int = 1, example: str | None = None) -> None:
        if n <= 0:
            return
        self.counts[kind] += n
        if example is not None:
            ex = self.examples.setdefault(kind, [])
            if len(ex) < 3:
                ex.append(example)

    def merge(self, other: RepairLog) -> None:
        for kind, n in other.counts.items():
            self.counts[kind] += n
            for ex in other.examples.get(kind, []):
                self.add(kind, 0, ex)
                lst = self.examples.setdefault(kind, [])
                if len(lst) < 3 and ex not in lst:
                    lst.append(ex)
