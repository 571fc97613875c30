"""The output schema: the one definition of every record `extract` writes.

Field names follow ../shared/spec/output-contract.md; renaming one means bumping
SCHEMA_VERSION.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Record):
    path: str = Field(description="input path relative to RAW, with / separators")
    sha256: str
    bytes: int
    encoding: str | None = Field(description="encoding as detected (utf-8, gb18030, big5, utf-16…)")
    format: Literal["text", "html"]


class Repair(_Record):
    kind: str = Field(description="what was repaired, e.g. pinyin_annotation, gbk_misalignment")
    count: int = Field(ge=0)
    examples: list[str] = Field(default_factory=list, description="a few before → after pairs")


class Warning(_Record):
    code: str = Field(description="machine-readable code: count_mismatch (a policy declares more or fewer "
                                  "measures than were found), empty_text, nul_bytes, undecodable_bytes, "
                                  "html_flattened (the HTML parser gave up part way, e.g. at nesting over "
                                  "2,048 levels deep, and the page's text was read by stripping its tags)")
    message: str


class Policy(_Record):
    index: int = Field(ge=1, description="1-based position in the document's policies")
    title: str | None = Field(None, description="formal name, without 《》")
    alias: str | None = Field(None, description="short name in quotes, without quotes (暖心八条)")
    issuers: list[str] = Field(default_factory=list, description="issuing bodies as written")
    region: str | None = Field(None, description="the place whose policy it is (丽水市)")
    date: str | None = Field(None, description="ISO date the policy was issued")
    declared_count: int | None = Field(None, description="number of measures the text declares (十条 → 10)")
    mentioned: list[str] = Field(default_factory=list, description="measures named in prose without numbers")


class Measure(_Record):
    id: str = Field(description="<doc_id>#<policy index or 0>.<ordinal>")
    policy_index: int | None = None
    number: int = Field(ge=0, description="its number within its list (（十六） → 16)")
    marker: str = Field(description="the numbering as written (1. （一） 一是 第三条)")
    group: str | None = Field(None, description="heading the measure sits under")
    title: str | None = Field(None, description="short heading of the measure")
    text: str = Field(description="body text after the title")
    span: tuple[int, int] = Field(description="[start, end) of the whole measure in the document text")
    categories: list[str] = Field(default_factory=list, description="taxonomy categories (rules/categories.txt)")
    keywords: list[str] = Field(default_factory=list, description="top TF-IDF keywords")


class Document(_Record):
    schema_version: str = SCHEMA_VERSION
    doc_id: str
    source: Source
    title: str | None = None
    published: str | None = Field(None, description="ISO date of publication")
    outlet: str | None = Field(None, description="named source, e.g. 人民网")
    text: str = Field(description="article body: boilerplate removed, repaired, simplified")
    repairs: list[Repair] = Field(default_factory=list)
    policies: list[Policy] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)


class MeasureRow(Measure):
    """One line of measures.jsonl: a measure with its document and policy copied in."""

    doc_id: str
    policy_title: str | None = None
    policy_alias: str | None = None
    policy_region: str | None = None
    policy_date: str | None = None


Status = Literal["ok", "failed", "skipped"]


class FileEntry(_Record):
    path: str
    doc_id: str | None = None
    status: Status
    reason: str | None = None
    sha256: str | None = None
    bytes: int | None = None
    encoding: str | None = None
    format: str | None = None
    measures: int = 0
    warnings: list[str] = Field(default_factory=list, description="warning codes of the document")
    seconds: float = 0.0


class RunManifest(_Record):
    schema_version: str = SCHEMA_VERSION
    version: str
    rules_fingerprint: str
    started: str
    finished: str
    raw: str
    options: dict = Field(default_factory=dict)
    counts: dict[str, int] = Field(default_factory=dict)
    files: list[FileEntry]
