"""Taking a snapshot of a source: a URL fetched or a local file read, then its text extracted.

`resolve_target` decides what a reviewer's argument is (http(s) URL, file:// URL
or local path) and refuses what cannot be used (InputError, nothing stored).
`take_snapshot` never raises for a source that fails: the failure is the
snapshot's one-line `error`, next to whatever could be seen (status, bytes' hash).
"""

from __future__ import annotations

import asyncio
import hashlib
import mimetypes
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx

from workbench.errors import InputError
from workbench.evidence.fetch import check_url, fetch
from workbench.evidence.readers import read_source
from workbench.ingest.clean import clean_text
from workbench.models import utc_now

#: Local files larger than this are refused as evidence (the same cap as fetched bodies).
MAX_FILE_BYTES = 200 * 1024 * 1024

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]{1,20}):")
_KNOWN_SCHEMES = {"http", "https", "file", "ftp", "ftps", "mailto", "javascript", "data", "about"}


@dataclass(frozen=True)
class Target:
    """What a source argument names: a URL to fetch or a local file to read."""

    location: str  # the URL, or the file's absolute path
    path: Path | None = None

    @property
    def is_file(self) -> bool:
        """True for a local file."""
        return self.path is not None


@dataclass
class Snapshot:
    """What one fetch or read of a source saw, and the text extracted from it."""

    final_url: str = ""
    http_status: int | None = None
    content_type: str = ""
    fetched_at: str = ""
    sha256: str = ""
    text: str = ""
    format: str = ""
    title: str = ""
    author: str = ""
    publisher: str = ""
    published: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        """True when text was read from the source."""
        return not self.error and bool(self.text)

    @property
    def fetched(self) -> bool:
        """True when bytes arrived (even if no text could be read from them)."""
        return bool(self.sha256)


def resolve_target(url_or_path: str) -> Target:
    """An http(s) URL, a file:// URL or an existing local file; InputError for anything else."""
    given = url_or_path.strip()
    if not given:
        raise InputError("no URL or file given")
    scheme = _SCHEME.match(given)
    if scheme and ("://" in given or scheme.group(1).lower() in _KNOWN_SCHEMES):
        name = scheme.group(1).lower()
        if name == "file":
            return _file_target(Path(unquote(urlsplit(given).path)), given)
        if name not in ("http", "https"):
            raise InputError(f"{given[:200]}: unsupported URL scheme {name!r}; use http or https")
        return Target(location=check_url(given))
    return _file_target(Path(given).expanduser(), given)


def _file_target(path: Path, given: str) -> Target:
    if not path.exists():
        raise InputError(f"{given}: no such file")
    if path.is_dir():
        raise InputError(f"{given}: is a folder, not a file")
    if not os.access(path, os.R_OK):
        raise InputError(f"{given}: permission denied")
    resolved = path.resolve()
    return Target(location=str(resolved), path=resolved)


async def take_snapshot(
    target: Target,
    *,
    client: httpx.AsyncClient | None = None,
    known: tuple[str, str] | None = None,
) -> Snapshot:
    """Fetch or read the source and extract its text; failures land in `snapshot.error`.

    `known` is (sha256, text) of an earlier snapshot: the same bytes give the
    same text, so extraction is skipped for them (a recheck of an unchanged page).
    """
    if target.path is not None:
        return await asyncio.to_thread(read_file_snapshot, target.path, known)
    result = await fetch(target.location, client=client)
    snapshot = Snapshot(
        final_url=result.final_url,
        http_status=result.status,
        content_type=result.content_type,
        fetched_at=result.fetched_at,
        sha256=result.sha256,
        error=result.error,
    )
    if result.ok and known is not None and known[1] and result.sha256 == known[0]:
        snapshot.text = known[1]
    elif result.ok:
        suffix = Path(urlsplit(result.final_url).path).suffix
        # Extraction is CPU work (trafilatura, pypdf): keep it off the event loop.
        await asyncio.to_thread(
            _extract,
            snapshot,
            result.body,
            content_type=result.content_type,
            charset=result.charset,
            suffix=suffix,
            url=result.final_url,
        )
    return snapshot


def read_file_snapshot(path: Path, known: tuple[str, str] | None = None) -> Snapshot:
    """A snapshot of a local file (a PDF the reviewer downloaded, a saved page)."""
    snapshot = Snapshot(final_url=str(path), fetched_at=utc_now())
    snapshot.content_type = mimetypes.guess_type(path.name)[0] or ""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            snapshot.error = f"file too large ({size // (1024 * 1024)} MB; the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB)"
            return snapshot
        data = path.read_bytes()
    except FileNotFoundError:
        snapshot.error = "the file no longer exists"
        return snapshot
    except OSError as error:
        snapshot.error = f"cannot read the file ({error.strerror or error})"
        return snapshot
    snapshot.sha256 = hashlib.sha256(data).hexdigest()
    if known is not None and known[1] and snapshot.sha256 == known[0]:
        snapshot.text = known[1]
        return snapshot
    _extract(snapshot, data, content_type=snapshot.content_type, suffix=path.suffix)
    return snapshot


def _extract(
    snapshot: Snapshot,
    data: bytes,
    *,
    content_type: str = "",
    charset: str = "",
    suffix: str = "",
    url: str | None = None,
) -> None:
    label = "source"
    try:
        source = read_source(
            data, name=label, content_type=content_type, charset=charset, suffix=suffix, url=url
        )
    except InputError as error:
        snapshot.error = error.message.removeprefix(f"{label}: ")
        return
    text = clean_text(source.text)
    if not text.strip():
        snapshot.error = "no text left after cleaning"
        return
    snapshot.text = text
    snapshot.format = source.format
    snapshot.title = source.title
    snapshot.author = source.author
    snapshot.publisher = source.publisher
    snapshot.published = source.published
