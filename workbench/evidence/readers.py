"""Bytes of a source to its text: HTML through trafilatura, PDF through pypdf, text as it is.

Shared by evidence (fetched pages, local files) and ingest (.html/.htm/.pdf files
and URLs), so a page reads the same whichever way it came in. The charset of
an HTML page comes from the HTTP header, then the document's own
<meta charset>, then detection (decode_bytes), in that order; a declared
charset that does not decode the bytes is passed over. Text returned here is
raw: callers clean it (clean_text) and store it as text, never interpret it.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
from dataclasses import dataclass

from workbench.errors import InputError
from workbench.ingest.decode import decode_bytes

#: Formats a source can be read as, by file suffix.
SUFFIX_FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
}
#: Formats by HTTP content type.
CONTENT_TYPE_FORMATS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "text/plain": "txt",
    "text/markdown": "md",
    "text/x-markdown": "md",
}
#: Content types that may hold anything: sniff the bytes instead.
_VAGUE_TYPES = {"", "application/octet-stream", "binary/octet-stream", "application/download"}
#: At most this many PDF pages are read (a 5,000-page scan is not a source to quote).
MAX_PDF_PAGES = 2000

_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF (WebP/AVI/WAV) file"),
    (b"PK\x03\x04", "a ZIP archive (or an Office file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office file"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"Rar!", "a RAR archive"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.I
)
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)", re.I | re.S
)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

# Both libraries log every oddity of a page at WARNING; a bad page is reported by us, once.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)
logging.getLogger("pypdf").setLevel(logging.ERROR)


@dataclass
class SourceText:
    """The text of a source, how it was read, and the metadata the source gives."""

    text: str
    format: str
    encoding: str = ""
    title: str = ""
    author: str = ""
    publisher: str = ""
    published: str = ""


def source_format(data: bytes, *, content_type: str = "", suffix: str = "") -> str:
    """'html', 'pdf', 'txt' or 'md' for these bytes; InputError for what cannot be read as text.

    The bytes decide when they are unambiguous (a PDF header, a known binary
    signature); then the content type; then the file suffix; then sniffing.
    """
    content_type = content_type.split(";")[0].strip().lower()
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    binary = binary_kind(data)
    if binary:
        claimed = f"claims {content_type} but " if content_type not in _VAGUE_TYPES else ""
        raise InputError(f"{claimed}is {binary}, not a readable document")
    if content_type in CONTENT_TYPE_FORMATS:
        fmt = CONTENT_TYPE_FORMATS[content_type]
        if fmt == "pdf":
            raise InputError(f"claims {content_type} but has no PDF header (damaged or not a PDF)")
        if fmt == "txt" and suffix.lower() in SUFFIX_FORMATS:
            return SUFFIX_FORMATS[suffix.lower()] if suffix.lower() != ".pdf" else "txt"
        return fmt
    if suffix.lower() in SUFFIX_FORMATS and suffix.lower() != ".pdf":
        return SUFFIX_FORMATS[suffix.lower()]
    if _HTML_START.match(data[:2048].lstrip(b"\xef\xbb\xbf")):
        return "html"
    if content_type in _VAGUE_TYPES or content_type.startswith("text/"):
        return "txt"
    raise InputError(f"is {content_type}, not HTML, PDF or text")


def binary_kind(data: bytes) -> str:
    """A name for binary data ('a PNG image', 'binary data'), or '' for what may be text."""
    head = data[:4096]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head.startswith(_BOMS[1]) or head.startswith(_BOMS[2]):
        return ""  # UTF-16 text has NUL bytes
    if b"\x00" in head:
        return "binary data"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return "binary data" if head and controls > len(head) * 0.05 else ""


def read_source(
    data: bytes,
    *,
    name: str,
    content_type: str = "",
    charset: str = "",
    suffix: str = "",
    url: str | None = None,
) -> SourceText:
    """The text of a source's bytes (HTML, PDF, text, Markdown); InputError says why not."""
    try:
        fmt = source_format(data, content_type=content_type, suffix=suffix)
    except InputError as error:
        raise InputError(f"{name}: {error.message}") from None
    if fmt == "pdf":
        return read_pdf(data, name=name)
    if fmt == "html":
        return read_html(data, name=name, charset=charset, url=url)
    text, encoding = decode_text(data, name=name, charset=charset)
    return SourceText(text=text, format=fmt, encoding=encoding)


def decode_text(
    data: bytes, *, name: str, charset: str = "", document: bool = False
) -> tuple[str, str]:
    """Text and encoding: BOM, the declared charset, <meta charset> (HTML), then detection."""
    if not data.strip():
        raise InputError(f"{name}: empty (no bytes to read)")
    if any(data.startswith(bom) for bom in _BOMS):
        return decode_bytes(data, name)
    candidates = [charset]
    if document:
        meta = _META_CHARSET.search(data[:4096])
        if meta:
            candidates.append(meta.group(1).decode("ascii", "replace"))
    for label in candidates:
        encoding = _codec(label)
        if not encoding:
            continue
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue  # a wrong declaration: fall through to the next source of truth
    return decode_bytes(data, name)


def read_html(data: bytes, *, name: str, charset: str = "", url: str | None = None) -> SourceText:
    """The main text of an HTML page (trafilatura) and its title, author, publisher and date."""
    import trafilatura

    html, encoding = decode_text(data, name=name, charset=charset, document=True)
    if binary_kind(html[:4096].encode("utf-8", "replace")):
        raise InputError(f"{name}: is binary data, not HTML")
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # Only dates the page states as its own: a guess from "2024年" in the text is not one.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura/lxml on hostile markup: fall back to a plain text dump
        doc = None
    text = (getattr(doc, "text", "") or "") if doc is not None else ""
    if not text.strip():
        try:
            text = trafilatura.html2txt(html) or ""
        except Exception:
            text = ""
    if not text.strip():
        raise InputError(f"{name}: no readable text in the page")
    title = (getattr(doc, "title", "") or "") if doc is not None else ""
    if not title:
        found = _TITLE.search(html[:20000])
        title = " ".join(found.group(1).split()) if found else ""
    publisher = _short((getattr(doc, "sitename", "") or "") if doc is not None else "")
    if url and publisher and publisher.lower() in url.lower():
        publisher = ""  # trafilatura's fallback is the host name, which the URL already says
    return SourceText(
        text=text,
        format="html",
        encoding=encoding,
        title=_short(title),
        author=_short((getattr(doc, "author", "") or "") if doc is not None else ""),
        publisher=publisher,
        published=_short((getattr(doc, "date", "") or "") if doc is not None else ""),
    )


def read_pdf(data: bytes, *, name: str) -> SourceText:
    """The text layer of a PDF (pypdf), page by page, and its title, author and date."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name}: the PDF is encrypted with a password")
        pages = []
        for page in reader.pages[:MAX_PDF_PAGES]:
            pages.append((page.extract_text() or "").strip())
        meta = reader.metadata
    except InputError:
        raise
    except (PdfReadError, Exception) as error:  # pypdf raises many kinds on damaged files
        detail = str(error).strip().splitlines()[0][:120] if str(error).strip() else ""
        raise InputError(
            f"{name}: not a readable PDF ({type(error).__name__}{': ' + detail if detail else ''})"
        ) from None
    text = "\n\n".join(p for p in pages if p)
    if not text.strip():
        raise InputError(
            f"{name}: the PDF has no text layer (a scanned image?); OCR it to read its numbers"
        )
    title = author = published = ""
    if meta is not None:
        try:
            title = str(meta.title or "")
            author = str(meta.author or "")
            created = meta.creation_date
            published = created.date().isoformat() if created else ""
        except Exception:  # malformed metadata is not worth failing the read
            pass
    return SourceText(
        text=text,
        format="pdf",
        title=_short(title),
        author=_short(author),
        published=published,
    )


def _codec(label: str) -> str:
    """A Python codec for a charset label, widened where pages lie (GB2312 → GB18030)."""
    label = label.strip().strip("\"'").lower()
    if not label:
        return ""
    if label in {"gb2312", "gbk", "x-gbk", "csgb2312", "gb_2312-80", "chinese", "euc-cn"}:
        return "gb18030"
    if label in {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"}:
        return "cp1252"  # what browsers do (WHATWG encoding standard)
    if label in {"big5", "big5-hkscs", "cn-big5", "x-x-big5"}:
        return "big5hkscs"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return ""


def _short(value: str, width: int = 300) -> str:
    return " ".join(str(value).split())[:width]
