"""Ingest: files (and, through evidence readers, web pages and PDFs) to Documents.

`load_document(path)` reads one file into a Document; `iter_paths(paths)` expands
folders; `ingest_paths` in workbench.ingest.run stores them with their claims.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from workbench.errors import InputError
from workbench.ingest.clean import clean_text
from workbench.ingest.decode import decode_bytes
from workbench.models import Document, document_id_for

#: File suffixes ingest reads, by format name (HTML and PDF through the evidence readers).
TEXT_SUFFIXES = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> str:
    """'zh' or 'en' (or '' with no letters), from the share of Chinese characters."""
    sample = text[:20000]
    cjk = len(_CJK.findall(sample))
    latin = len(_LATIN.findall(sample))
    if not cjk and not latin:
        return ""
    # One Chinese character carries about as much as a 3-4 letter word.
    return "zh" if cjk * 3 >= latin else "en"


def guess_title(text: str, fallback: str) -> str:
    """The first Markdown heading, else an early line that reads like a title, else the
    report named in 《》 at the start (a news item about a report), else `fallback`."""
    lines = [line.strip(" •*-\t") for line in text.splitlines()[:40]]
    for line in text.splitlines()[:40]:
        if line.startswith("#"):
            return line.lstrip("#").strip()[:200]
    candidates = [line for line in lines[:12] if _looks_like_title(line)]
    for line in candidates:
        if _REPORT_WORD.search(line):
            return line
    if candidates:
        return candidates[0]
    named = _NAMED_REPORT.search(text[:500])
    return named.group(1) if named else fallback


_REPORT_WORD = re.compile(r"报告|報告|白皮书|白皮書|公报|公報|[Rr]eport|[Ss]urvey|[Rr]eview")
_NAMED_REPORT = re.compile(r"《([^》]{4,60}(?:报告|報告|白皮书|白皮書|公报|公報)[^》]{0,12})》")


def _looks_like_title(line: str) -> bool:
    # Six characters at least: shorter lines at the top are captions and labels (发布现场).
    return 6 <= len(line) <= 80 and not re.search(r"[。！？.!?,，:：@]$|@|https?://", line)


def document_from_text(
    raw: str, *, source: str, sha256: str, fmt: str, encoding: str, title: str = ""
) -> Document:
    """A Document from decoded text: cleaned, its language and title found."""
    text = clean_text(raw)
    if not text.strip():
        raise InputError(f"{source}: no text left after cleaning")
    return Document(
        id=document_id_for(source),
        title=title or guess_title(text, Path(source).name),
        source=source,
        format=fmt,
        language=detect_language(text),
        encoding=encoding,
        sha256=sha256,
        text=text,
    )


#: Files above this size are refused ($WORKBENCH_MAX_MB): one document is read whole.
MAX_DOCUMENT_BYTES = int(float(os.environ.get("WORKBENCH_MAX_MB", "32")) * 1024 * 1024)


def read_file_bytes(path: Path) -> bytes:
    """The bytes of a file to ingest; InputError naming the file if they cannot be had."""
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise InputError(
                f"{path}: the file is {size / 2**20:.1f} MB, above the"
                f" {MAX_DOCUMENT_BYTES / 2**20:.0f} MB limit for one document"
                " (set WORKBENCH_MAX_MB to raise it)"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise InputError(f"{path}: a symbolic link loop") from None
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None


def load_document(path: Path) -> Document:
    """Read one text, Markdown, HTML or PDF file into a Document; InputError says what is wrong."""
    path = Path(path)
    fmt = TEXT_SUFFIXES.get(path.suffix.lower(), "txt")
    data = read_file_bytes(path)
    if fmt in ("html", "pdf"):
        return document_from_bytes(data, source=os.path.normpath(str(path)), suffix=path.suffix)
    text, encoding = decode_bytes(data, str(path))
    return document_from_text(
        text,
        source=os.path.normpath(str(path)),
        sha256=hashlib.sha256(data).hexdigest(),
        fmt=fmt,
        encoding=encoding,
    )


def document_from_bytes(
    data: bytes,
    *,
    source: str,
    suffix: str = "",
    content_type: str = "",
    charset: str = "",
    url: str | None = None,
) -> Document:
    """A Document from a page's, PDF's or text file's bytes, read exactly as evidence reads them."""
    from workbench.evidence.readers import read_source  # trafilatura and pypdf load on demand

    read = read_source(
        data, name=source, content_type=content_type, charset=charset, suffix=suffix, url=url
    )
    return document_from_text(
        read.text,
        source=source,
        sha256=hashlib.sha256(data).hexdigest(),
        fmt=read.format,
        encoding=read.encoding,
        title=read.title,
    )


_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]{1,20}://")


def is_url(value: object) -> bool:
    """True for an argument that names a URL (scheme://...) rather than a file."""
    return isinstance(value, str) and bool(_URL.match(value.strip()))


def load_url(url: str) -> Document:
    """Fetch a web page, PDF or text file and read it into a Document whose source is the URL.

    InputError for an unusable URL, FetchError for a fetch that failed.
    """
    from workbench.errors import FetchError
    from workbench.evidence.fetch import fetch_sync

    result = fetch_sync(url)
    if not result.ok:
        raise FetchError(f"{url}: {result.error}")
    return document_from_bytes(
        result.body,
        source=url.strip(),
        suffix=Path(result.final_url.split("?")[0].split("#")[0]).suffix,
        content_type=result.content_type,
        charset=result.charset,
        url=result.final_url,
    )


def iter_paths(paths: Iterable[Path]) -> Iterator[Path | InputError]:
    """Files to ingest under `paths` (folders recursively), or an InputError for each bad path."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = False
            try:
                children = sorted(p for p in path.rglob("*") if p.suffix.lower() in TEXT_SUFFIXES)
            except OSError as error:
                yield InputError(f"{path}: cannot be listed ({error.strerror or error})")
                continue
            for child in children:
                if child.is_file():
                    found = True
                    yield child
            if not found:
                yield InputError(f"{path}: no documents (.txt, .md, .html, .pdf) in this folder")
        elif path.exists():
            yield path
        elif path.is_symlink():
            yield InputError(f"{path}: a broken symbolic link or a symbolic link loop")
        else:
            yield InputError(f"{path}: no such file or folder")
