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
    """The input file a document was read from."""

    path: str = Field(description="input path relative to RAW, with / separators")
    sha256: str = Field(description="SHA-256 of the input's bytes, hex")
    bytes: int = Field(description="size of the input in bytes")
    encoding: str | None = Field(description="encoding as detected (utf-8, gb18030, big5, utf-16…)")
    format: Literal["text", "html"] = Field(description="how the input was read: a text dump or an HTML page")


class Repair(_Record):
    """One kind of repair made to a document's text, with how often it was made."""

    kind: str = Field(description="what was repaired, e.g. pinyin_annotation, gbk_misalignment, "
                                  "traditional_to_simplified")
    count: int = Field(ge=0, description="how many times this kind of repair was made in the document")
    examples: list[str] = Field(default_factory=list, description="a few before → after pairs")


class Warning(_Record):
    """Something about a document a researcher should check."""

    code: str = Field(description="machine-readable code: count_mismatch (a policy declares more or fewer "
                                  "measures than were found), empty_text, nul_bytes, undecodable_bytes, "
                                  "html_flattened (the HTML parser gave up part way, e.g. at nesting over "
                                  "2,048 levels deep, and the page's text was read by stripping its tags), "
                                  "truncated (the document passed a bound on its text, measures or policies "
                                  "and was cut at it; the message names the bound)")
    message: str = Field(description="what happened, in words, with the figures (e.g. declares 10, found 9)")


class Policy(_Record):
    """A policy the article names or lists: a document issued by some body, with its measures."""

    index: int = Field(ge=1, description="1-based position in the document's policies")
    title: str | None = Field(None, description="formal name, without 《》")
    alias: str | None = Field(None, description="short name in quotes, without quotes (暖心八条)")
    issuers: list[str] = Field(default_factory=list, description="issuing bodies as written")
    region: str | None = Field(None, description="the place whose policy it is (丽水市)")
    date: str | None = Field(None, description="ISO date the policy was issued, when stated; the year is taken "
                                               "from the article's date when only month and day are given")
    declared_count: int | None = Field(None, description="number of measures the text declares (十条 → 10, "
                                                         "8方面22项 → 22)")
    mentioned: list[str] = Field(default_factory=list, description="measures named in prose without numbers")


class Measure(_Record):
    """One enumerated measure of a document, in document order."""

    id: str = Field(description="<doc_id>#<policy index or 0>.<ordinal>; stable across runs of one version")
    policy_index: int | None = Field(None, description="index of the Policy it belongs to, when known")
    number: int = Field(ge=0, description="its number within its list (（十六） → 16)")
    marker: str = Field(description="the numbering as written (1. （一） 一是 第三条)")
    group: str | None = Field(None, description="heading the measure sits under (强化四项激励), when the list "
                                                "is grouped")
    title: str | None = Field(None, description="short heading of the measure, when it has one (强化政治激励)")
    text: str = Field(description="its full body text after the title, simplified")
    span: tuple[int, int] = Field(description="[start, end) of the whole measure in the document text")
    categories: list[str] = Field(default_factory=list, description="taxonomy categories (rules/categories.txt)")
    keywords: list[str] = Field(default_factory=list, description="top five TF-IDF keywords of title and text, "
                                                                  "without rules/keyword_stopwords.txt")


class Document(_Record):
    """One input page, extracted: the file OUT/documents/<doc_id>.json."""

    schema_version: str = Field(SCHEMA_VERSION, description="version of the output contract")
    doc_id: str = Field(description="input path relative to RAW without its last suffix (2020/zj/a)")
    source: Source = Field(description="the input file")
    title: str | None = Field(None, description="the article's headline, simplified")
    published: str | None = Field(None, description="ISO date of publication, when the page shows one")
    outlet: str | None = Field(None, description="named source, e.g. 人民网, when the page shows one")
    text: str = Field(description="article body: boilerplate removed, repaired, simplified; one block a line")
    repairs: list[Repair] = Field(default_factory=list, description="what was repaired in the text")
    policies: list[Policy] = Field(default_factory=list, description="every policy the article names or lists")
    measures: list[Measure] = Field(default_factory=list, description="every enumerated measure, in document "
                                                                      "order")
    warnings: list[Warning] = Field(default_factory=list, description="what a researcher should check")


class MeasureRow(Measure):
    """One line of measures.jsonl: a measure with its document and policy copied in."""

    doc_id: str = Field(description="the document the measure is from")
    policy_title: str | None = Field(None, description="its policy's title, copied in")
    policy_alias: str | None = Field(None, description="its policy's alias, copied in")
    policy_region: str | None = Field(None, description="its policy's region, copied in")
    policy_date: str | None = Field(None, description="its policy's date, copied in")


Status = Literal["ok", "failed", "skipped"]


class FileEntry(_Record):
    """One input file in the manifest, whatever became of it."""

    path: str = Field(description="input path relative to RAW, with / separators")
    doc_id: str | None = Field(None, description="its document's id, when it has one")
    status: Status = Field(description="ok (its document was written), failed (see reason) or skipped "
                                       "(not a page: see reason)")
    reason: str | None = Field(None, description="why it failed or was skipped, in one line")
    sha256: str | None = Field(None, description="SHA-256 of the input's bytes, when it could be read")
    bytes: int | None = Field(None, description="size of the input in bytes, when it could be read")
    encoding: str | None = Field(None, description="encoding as detected, for a processed page")
    format: str | None = Field(None, description="text or html, when the file is a page")
    measures: int = Field(0, description="number of measures found")
    warnings: list[str] = Field(default_factory=list, description="warning codes of the document")
    seconds: float = Field(0.0, description="time spent on this file, in seconds")


class RunManifest(_Record):
    """The manifest of a run: the file OUT/run.json."""

    schema_version: str = Field(SCHEMA_VERSION, description="version of the output contract")
    version: str = Field(description="version of carepolicy-extract that made the run")
    rules_fingerprint: str = Field(description="hash of the rules/ files the run used (--resume redoes every "
                                               "document when it changes)")
    started: str = Field(description="start time, ISO 8601 UTC")
    finished: str = Field(description="end time, ISO 8601 UTC")
    raw: str = Field(description="the input folder as given")
    options: dict = Field(default_factory=dict, description="the run's options (repair, workers, doc_timeout, "
                                                            "resume, engine)")
    counts: dict[str, int] = Field(default_factory=dict, description="number of files by status")
    files: list[FileEntry] = Field(description="every input file, in sorted path order")
