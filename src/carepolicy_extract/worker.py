"""The unit of work: one input file → its document file and its manifest entry.

Everything a file can do wrong is caught here and turned into a manifest
entry with a reason a person understands, so one bad file never stops a run.
"""
from __future__ import annotations

import hashlib
import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from .decode import DecodeError
from .discover import printable_path, sniff_format
from .models import Document, FileEntry, MeasureRow
from .pipeline import Options, extract_document
from .writer import atomic_write_text


@dataclass(frozen=True)
class Job:
    path: str        # absolute path of the input
    rel: str         # path relative to RAW, / separated
    doc_id: str
    reuse_sha: str | None = None   # sha256 of the input when an earlier run processed it ok (--resume)


@dataclass
class Result:
    entry: FileEntry
    rows: str = ""   # the document's lines of measures.jsonl


def measure_rows(doc: Document) -> str:
    """measures.jsonl lines for a document: each measure with its doc and policy copied in."""
    by_index = {p.index: p for p in doc.policies}
    lines = []
    for m in doc.measures:
        p = by_index.get(m.policy_index) if m.policy_index else None
        row = MeasureRow(**m.model_dump(), doc_id=doc.doc_id,
                         policy_title=p.title if p else None, policy_alias=p.alias if p else None,
                         policy_region=p.region if p else None, policy_date=p.date if p else None)
        lines.append(row.model_dump_json() + "\n")
    return "".join(lines)


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


def document_path(out: Path, doc_id: str) -> Path:
    return out / "documents" / f"{doc_id}.json"


def dump_document(doc: Document) -> str:
    return doc.model_dump_json(indent=1) + "\n"


def process(job: Job, out: Path, options: Options = Options()) -> Result:
    """Extract one file and write its document; never raises for bad input."""
    try:
        return _process(job, out, options)
    except MemoryError:
        # past the stages' own handler (reading, the measure rows): the job fails, the worker lives
        reason = "ran out of memory (memory limit per document)"
    except Exception as err:
        reason = f"internal error: {type(err).__name__}: {err}"[:500]
    return Result(FileEntry(path=printable_path(job.rel), doc_id=job.doc_id, status="failed", reason=reason))


def _process(job: Job, out: Path, options: Options) -> Result:
    t0 = time.perf_counter()
    entry = FileEntry(path=printable_path(job.rel), doc_id=job.doc_id, status="ok")
    try:
        # stat first: opening a named pipe would block the worker until the deadline
        st = os.stat(job.path)
        if not stat.S_ISREG(st.st_mode):
            entry.status, entry.reason = "skipped", f"{_kind_of(st.st_mode)}, not a file"
            return Result(entry)
        data = Path(job.path).read_bytes()
    except FileNotFoundError as err:
        entry.status = "failed"
        entry.reason = ("broken symbolic link: its target does not exist" if os.path.islink(job.path)
                        else f"cannot read file: {err.strerror or err}")
        return Result(entry)
    except OSError as err:
        entry.status, entry.reason = "failed", f"cannot read file: {err.strerror or err}"
        return Result(entry)
    except MemoryError:
        entry.status, entry.reason = "failed", "file too large to read within the memory limit per document"
        return Result(entry)
    entry.sha256 = hashlib.sha256(data).hexdigest()
    entry.bytes = len(data)
    fmt, why = sniff_format(Path(job.path), data[:4096])
    if fmt is None:
        entry.status, entry.reason = "skipped", why
        return Result(entry)
    entry.format = fmt
    if not data.strip():
        entry.status, entry.reason = "skipped", "empty file"
        return Result(entry)
    try:
        doc = extract_document(data, fmt, doc_id=job.doc_id, path=entry.path, sha256=entry.sha256,
                               options=options)
        atomic_write_text(document_path(out, job.doc_id), dump_document(doc))
    except DecodeError as err:
        entry.status, entry.reason = "failed", str(err)
        return Result(entry)
    except OSError as err:
        entry.status, entry.reason = "failed", f"cannot write the document file: {err.strerror or err}"
        return Result(entry)
    except MemoryError:
        entry.status, entry.reason = "failed", "ran out of memory (memory limit per document)"
        return Result(entry)
    except RecursionError:
        entry.status, entry.reason = "failed", "page structure too deeply nested"
        return Result(entry)
    except Exception as err:  # a bug must cost one file, not the run
        entry.status, entry.reason = "failed", f"internal error: {type(err).__name__}: {err}"[:500]
        return Result(entry)
    finally:
        entry.seconds = round(time.perf_counter() - t0, 4)
    entry.encoding = doc.source.encoding
    entry.measures = len(doc.measures)
    entry.warnings = [w.code for w in doc.warnings]
    return Result(entry, measure_rows(doc))
