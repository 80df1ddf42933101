"""The one door to HTTP: fetch a source with firm limits and say what the fetch saw.

One shared `httpx.AsyncClient` (`make_client`) with connect/read timeouts, an
overall deadline per fetch, a cap on redirects and a cap on the body size
(streamed: reading stops past the cap). `fetch` never raises for a failed fetch:
the failure is a one-line `error` on the result, so the caller can store the
link with what went wrong. Only an unusable URL raises InputError.
"""

from __future__ import annotations

import asyncio
import hashlib
import socket
import ssl
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

import httpx

from workbench import __version__
from workbench.errors import InputError
from workbench.models import utc_now

USER_AGENT = f"workbench/{__version__} (claim fact-checking)"
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 20.0
#: A slow server that sends a byte every few seconds never trips the read timeout.
TOTAL_TIMEOUT = 60.0
MAX_REDIRECTS = 5
MAX_BYTES = 20 * 1024 * 1024
SCHEMES = ("http", "https")

T = TypeVar("T")


@dataclass
class FetchResult:
    """What one fetch saw: where it ended, the status, the body (unless it failed)."""

    url: str
    final_url: str = ""
    status: int | None = None
    content_type: str = ""
    charset: str = ""
    body: bytes = b""
    sha256: str = ""
    fetched_at: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        """True when a body arrived with a 2xx status."""
        return not self.error


def check_url(url: str) -> str:
    """The URL, stripped, if it is an absolute http(s) URL with a host; InputError otherwise."""
    url = url.strip()
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise InputError(f"{url!r}: not a valid URL (contains spaces or control characters)")
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError) as error:
        raise InputError(f"{url}: not a valid URL ({error})") from None
    if parsed.scheme not in SCHEMES:
        shown = parsed.scheme or "none"
        raise InputError(f"{url}: unsupported URL scheme {shown!r}; use http or https")
    if not parsed.host:
        raise InputError(f"{url}: not a valid URL (no host)")
    return url


def make_client(
    *,
    connect_timeout: float = CONNECT_TIMEOUT,
    read_timeout: float = READ_TIMEOUT,
    max_connections: int = 100,
) -> httpx.AsyncClient:
    """The shared client: timeouts, redirect cap, a clear User-Agent, HTTP/1.1 and HTTP/2."""
    return httpx.AsyncClient(
        http2=True,
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=httpx.Timeout(
            connect=connect_timeout, read=read_timeout, write=read_timeout, pool=None
        ),
        limits=httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=min(max_connections, 20)
        ),
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5",
            "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8",
        },
    )


async def fetch(
    url: str,
    *,
    client: httpx.AsyncClient | None = None,
    max_bytes: int = MAX_BYTES,
    total_timeout: float = TOTAL_TIMEOUT,
) -> FetchResult:
    """GET `url` and read its body up to `max_bytes`; a failure is in `result.error`, not raised."""
    url = check_url(url)
    if client is None:
        async with make_client() as own:
            return await fetch(url, client=own, max_bytes=max_bytes, total_timeout=total_timeout)
    result = FetchResult(url=url, final_url=url)
    try:
        async with asyncio.timeout(total_timeout):
            await _read(client, result, max_bytes)
    except TimeoutError:
        result.error = f"timed out: no complete answer within {total_timeout:g} s"
    except httpx.HTTPError as error:
        result.error = describe_error(error, client)
    except (ssl.SSLError, OSError) as error:  # raised past httpx by some transports
        result.error = f"connection failed ({type(error).__name__}: {error})"
    result.fetched_at = result.fetched_at or utc_now()
    if result.error:
        result.body, result.sha256 = b"", ""
    return result


async def _read(client: httpx.AsyncClient, result: FetchResult, max_bytes: int) -> None:
    async with client.stream("GET", result.url) as response:
        result.fetched_at = utc_now()
        result.final_url = str(response.url)
        result.status = response.status_code
        result.content_type = response.headers.get("content-type", "").split(";")[0].strip()
        result.charset = response.charset_encoding or ""
        if response.status_code >= 400:
            reason = response.reason_phrase or "error"
            result.error = f"HTTP {response.status_code} {reason}"
            return
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            result.error = (
                f"body too large ({_size(int(declared))}; the limit is {_size(max_bytes)})"
            )
            return
        digest = hashlib.sha256()
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > max_bytes:
                result.error = (
                    f"body too large (more than {_size(max_bytes)}); stopped reading there"
                )
                return
            digest.update(chunk)
            chunks.append(chunk)
        result.body = b"".join(chunks)
        result.sha256 = digest.hexdigest()
        if not result.body:
            result.error = f"HTTP {response.status_code}: empty body"


def describe_error(error: httpx.HTTPError, client: httpx.AsyncClient | None = None) -> str:
    """A one-line message for a failed request (refused, DNS, timeout, redirects, TLS)."""
    timeout = client.timeout if client is not None else None
    text = str(error) or type(error).__name__
    if isinstance(error, httpx.ConnectTimeout):
        limit = f" after {timeout.connect:g} s" if timeout and timeout.connect else ""
        return f"timed out connecting{limit}"
    if isinstance(error, httpx.ReadTimeout):
        limit = f" ({timeout.read:g} s without data)" if timeout and timeout.read else ""
        return f"timed out waiting for the server{limit}"
    if isinstance(error, httpx.TimeoutException):
        return f"timed out ({type(error).__name__})"
    if isinstance(error, httpx.TooManyRedirects):
        return f"too many redirects (more than {MAX_REDIRECTS}; a redirect loop?)"
    if isinstance(error, httpx.ConnectError):
        causes = _causes(error)
        if any(isinstance(c, ConnectionRefusedError) for c in causes):
            return "connection refused"
        if any(isinstance(c, socket.gaierror) for c in causes):
            return "cannot resolve the host name (DNS failure)"
        lowered = " ".join(str(c) for c in causes).lower()
        if "name or service not known" in lowered or "nodename nor servname" in lowered:
            return "cannot resolve the host name (DNS failure)"
        if "temporary failure in name resolution" in lowered or "no address" in lowered:
            return "cannot resolve the host name (DNS failure)"
        if "refused" in lowered:
            return "connection refused"
        if "certificate" in lowered or "ssl" in lowered:
            return f"TLS error ({_first_line(text)})"
        return f"cannot connect ({_first_line(text)})"
    if isinstance(error, httpx.RemoteProtocolError):
        return f"the server broke the protocol ({_first_line(text)})"
    if isinstance(error, httpx.UnsupportedProtocol):
        return f"unsupported redirect target ({_first_line(text)})"
    if isinstance(error, httpx.DecodingError):
        return f"the body could not be decompressed ({_first_line(text)})"
    return f"fetch failed ({type(error).__name__}: {_first_line(text)})"


def run_sync(make: Callable[[], Awaitable[T]]) -> T:
    """Run a coroutine to completion from sync code, even inside a running event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make())  # type: ignore[arg-type]
    # Called from a thread that already runs a loop (a TUI worker): use a fresh thread.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, make()).result()  # type: ignore[arg-type]


def fetch_sync(url: str, **kwargs: object) -> FetchResult:
    """`fetch` for sync callers (ingest, the CLI)."""
    return run_sync(lambda: fetch(url, **kwargs))  # type: ignore[arg-type]


def _causes(error: BaseException) -> list[BaseException]:
    """The chain of causes (anyio wraps a refused connection as 'All connection attempts failed')."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain) and len(chain) < 20:
        chain.append(current)
        if isinstance(current, BaseExceptionGroup) and current.exceptions:
            current = current.exceptions[0]
        else:
            current = current.__cause__ or current.__context__
    return chain


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0][:200] if text.strip() else ""


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.0f} MB"
    if n >= 1024:
        return f"{n / 1024:.0f} kB"
    return f"{n} bytes"
