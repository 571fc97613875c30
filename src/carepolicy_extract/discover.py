"""Find the input files under RAW and decide what kind each one is.

Discovery is lazy (a generator), so a corpus of millions of files never sits
in memory as a list. Directory symlinks are followed once: a directory already
visited (same device and inode) is not entered again, so loops end.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}

# Leading bytes of formats we do not read, with the name a person understands.
_MAGIC = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document (doc/xls/ppt)"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media (WebP/WAV/AVI)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"{\\rtf", "RTF document"),
)
_OTHER_SUFFIXES = {
    ".pdf": "PDF document", ".doc": "Word document", ".docx": "Word document", ".xls": "Excel workbook",
    ".xlsx": "Excel workbook", ".ppt": "PowerPoint file", ".pptx": "PowerPoint file", ".wps": "WPS document",
    ".jpg": "image", ".jpeg": "image", ".png": "image", ".gif": "image", ".webp": "image", ".bmp": "image",
    ".zip": "archive", ".rar": "archive", ".7z": "archive", ".gz": "archive", ".tar": "archive",
    ".mp4": "video", ".mp3": "audio",
}
_HTML_SNIFF = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<meta|<body|<!--)|<(?:html|body|div|p)[\s>]", re.I)


def iter_files(root: Path) -> Iterator[Path]:
    """Every regular file below `root`, in sorted order per directory, each real directory once."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        d = stack.pop()
        try:
            st = d.stat()
        except OSError:
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            continue
        seen.add(key)
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError:
            continue
        subdirs = []
        for e in entries:
            try:
                if e.is_dir():  # follows symlinks; `seen` stops loops
                    subdirs.append(Path(e.path))
                elif e.is_file():
                    yield Path(e.path)
            except OSError:
                continue
        stack.extend(reversed(subdirs))


def sniff_format(path: Path, head: bytes) -> tuple[str | None, str | None]:
    """("text"|"html", None) for inputs we process, else (None, reason to skip)."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return None, f"{what}, not a web page or text dump"
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html", None
    if _HTML_SNIFF.search(head[:2048]):
        return "html", None
    if suffix in TEXT_SUFFIXES or suffix == "":
        return "text", None
    if suffix in _OTHER_SUFFIXES:
        return None, f"{_OTHER_SUFFIXES[suffix]} ({suffix}), not a web page or text dump"
    return None, f"unsupported file type {suffix!r}"


def doc_id_for(path: Path, root: Path) -> str:
    """Path relative to RAW, `/`-separated, without its last suffix (raw/2020/a.html → 2020/a)."""
    rel = path.relative_to(root).as_posix()
    stem, dot, suffix = rel.rpartition(".")
    if dot and stem and "/" not in suffix and not stem.endswith("/"):
        return stem
    return rel
