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

from .rules import compiled

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}   # (a web clipper saves a page as Markdown)
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
    (b"\x7fELF", "executable program (ELF)"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"\x00asm", "WebAssembly module"),
    (b"%!PS", "PostScript document"),
)
_OTHER_SUFFIXES = {
    ".pdf": "PDF document", ".doc": "Word document", ".docx": "Word document", ".xls": "Excel workbook",
    ".xlsx": "Excel workbook", ".ppt": "PowerPoint file", ".pptx": "PowerPoint file", ".wps": "WPS document",
    ".jpg": "image", ".jpeg": "image", ".png": "image", ".gif": "image", ".webp": "image", ".bmp": "image",
    ".zip": "archive", ".rar": "archive", ".7z": "archive", ".gz": "archive", ".tar": "archive",
    ".mp4": "video", ".mp3": "audio",
}
_HTML_SNIFF = compiled(rb"^\s*(?:<!doctype\s+html|<html|<head|<meta|<body|<!--)|<(?:html|body|div|p)[\s>]", re.I)
# a text dump may keep a few tags of its page (`<br>`, `</p>`: remnants the repair stage removes);
# a file named .txt is read as HTML only when it starts as a page, names <html>/<body>, or is
# mostly markup (a saved fragment of a page)
_PAGE_SNIFF = compiled(rb"^\s*(?:<!doctype\s+html|<html|<head|<meta|<body|<!--)|<(?:html|body)[\s>]", re.I)
_TAG = compiled(rb"</?(?:div|p|span|table|tbody|tr|td|li|ul|ol|a|img|br|h[1-6]|section|strong|font)[\s>/]", re.I)
FRAGMENT_TAGS = 10   # tags in a file's first 2 KB that make a .txt a saved page fragment
PLAIN_LINES = 6      # … unless its tags sit in a fifth of its lines or fewer, with this many lines without any
# … unless its closing tags are mostly broken (`…发放到位。/p>`: the `<` lost): a text dump whose lines kept
# their tags' remnants, read line by line for the repair stage to clean
_BROKEN_CLOSE = compiled(rb"(?<!<)/(?:div|p|span|td|li)>", re.I)
_WHOLE_CLOSE = compiled(rb"</(?:div|p|span|td|li)>", re.I)
# … or closing tags that outnumber the opening ones (`…贯彻落实。</p>` ending line after line): a dump
# whose lines kept the ends of their paragraphs, not markup to parse (its line breaks are the text's)
_WHOLE_OPEN = compiled(rb"<(?:div|p|span|td|li)[\s>]", re.I)
# … or whose line breaks kept their <br> at the lines' ends (`…临时性工作补助。<br>` line after line)
_BR_AT_LINE_END = compiled(rb"<br\s*/?>[ \t]*\r?\n", re.I)


def iter_files(root: Path) -> Iterator[Path]:
    """Every entry below `root` that is not a directory, in sorted order per directory,
    each real directory once."""
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
                else:
                    # regular files, and also broken symlinks, pipes, sockets and devices:
                    # every entry is listed in the manifest, and the worker explains why
                    # it does not read the ones that are not files
                    yield Path(e.path)
            except OSError:
                yield Path(e.path)
        stack.extend(reversed(subdirs))


def _markup_in_few_lines(head: bytes) -> bool:
    """A dump whose lines are the page's own lines, one or two of them keeping a paragraph's markup
    (a body pasted as `…</p><p>…`) between plain lines of menus, headline and meta: its line breaks
    are the text's, which a parse as markup would run together."""
    lines = [ln for ln in head.split(b"\n") if ln.strip()]
    tagged = sum(1 for ln in lines if _TAG.search(ln))
    plain = sum(1 for ln in lines if b"<" not in ln)
    return plain >= PLAIN_LINES and tagged * 5 <= len(lines)


def sniff_format(path: Path, head: bytes) -> tuple[str | None, str | None]:
    """("text"|"html", None) for inputs we process, else (None, reason to skip)."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return None, f"{what}, not a web page or text dump"
    if head[4:8] == b"ftyp":
        return None, "MP4/QuickTime media, not a web page or text dump"
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html", None
    if suffix in TEXT_SUFFIXES:
        first = head[:2048]
        closes = len(_WHOLE_CLOSE.findall(first))
        broken = len(_BROKEN_CLOSE.findall(first)) > closes or closes > 2 * len(_WHOLE_OPEN.findall(first)) + 2 \
            or 2 * len(_BR_AT_LINE_END.findall(first)) >= len(_TAG.findall(first))
        sniffed = _PAGE_SNIFF.search(first) or (len(_TAG.findall(first)) >= FRAGMENT_TAGS and not broken
                                                and not _markup_in_few_lines(first))
        return ("html" if sniffed else "text"), None
    if _HTML_SNIFF.search(head[:2048]):
        return "html", None
    if suffix == "":
        return "text", None
    if suffix in _OTHER_SUFFIXES:
        return None, f"{_OTHER_SUFFIXES[suffix]} ({suffix}), not a web page or text dump"
    return None, f"unsupported file type {suffix!r}"


def printable_path(rel: str) -> str:
    """A path as text that JSON can carry: bytes of a file name that are not UTF-8 (a GBK
    name from a Windows archive, kept by Python as lone surrogates) become \\xNN escapes."""
    try:
        rel.encode("utf-8")
        return rel
    except UnicodeEncodeError:
        return os.fsencode(rel).decode("utf-8", "backslashreplace")


def doc_id_for(path: Path, root: Path) -> str:
    """Path relative to RAW, `/`-separated, without its last suffix (raw/2020/a.html → 2020/a)."""
    rel = printable_path(path.relative_to(root).as_posix())
    stem, dot, suffix = rel.rpartition(".")
    if dot and stem and "/" not in suffix and not stem.endswith("/"):
        return stem
    return rel
