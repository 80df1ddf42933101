"""Fetching over a real socket: limits, redirects, failures as one-line messages."""

from __future__ import annotations

import hashlib
import time
from collections.abc import AsyncIterator

import httpx
import pytest

from tests.evidence.conftest import ENGLISH_PAGE, Handler, SourceServer
from workbench import __version__
from workbench.errors import InputError
from workbench.evidence.fetch import check_url, fetch, fetch_sync, make_client


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with make_client(connect_timeout=2, read_timeout=0.5) as opened:
        yield opened


async def test_a_page_is_fetched_with_what_the_fetch_saw(
    server: SourceServer, client: httpx.AsyncClient
) -> None:
    result = await fetch(server.url("/en.html"), client=client)
    assert result.ok and result.status == 200
    assert result.final_url == server.url("/en.html")
    assert result.content_type == "text/html" and result.charset.lower() == "utf-8"
    assert result.sha256 == hashlib.sha256(ENGLISH_PAGE.encode()).hexdigest()
    assert result.fetched_at.endswith("+00:00")


async def test_the_user_agent_names_the_workbench(
    server: SourceServer, client: httpx.AsyncClient
) -> None:
    seen: list[str] = []

    def echo(handler: Handler) -> None:
        seen.append(handler.headers.get("User-Agent", ""))
        handler.send(200, b"ok", "text/plain")

    server.routes["/ua"] = echo
    await fetch(server.url("/ua"), client=client)
    assert seen == [f"workbench/{__version__} (claim fact-checking)"]


async def test_redirects_are_followed_and_the_final_url_kept(
    server: SourceServer, client: httpx.AsyncClient
) -> None:
    result = await fetch(server.url("/redirect"), client=client)
    assert result.ok and result.final_url == server.url("/en.html")


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/loop", None, "too many redirects"),
        ("/404", 404, "HTTP 404 Not Found"),
        ("/500", 500, "HTTP 500 Internal Server Error"),
        ("/slow", None, "timed out waiting for the server (0.5 s without data)"),
        ("/huge-declared", 200, "body too large (2048 MB; the limit is 20 MB)"),
        ("/endless", 200, "body too large (more than 20 MB); stopped reading there"),
        ("/empty", 200, "empty body"),
    ],
)
async def test_a_failed_fetch_is_a_one_line_error_not_an_exception(
    server: SourceServer, client: httpx.AsyncClient, path: str, status: int | None, message: str
) -> None:
    began = time.monotonic()
    result = await fetch(server.url(path), client=client)
    assert not result.ok and message in result.error and "\n" not in result.error
    assert result.status == status
    assert result.body == b"" and result.sha256 == ""
    assert time.monotonic() - began < 5


async def test_a_slow_drip_is_stopped_by_the_overall_deadline(
    server: SourceServer, client: httpx.AsyncClient
) -> None:
    began = time.monotonic()
    result = await fetch(server.url("/drip"), client=client, total_timeout=1)
    assert result.error == "timed out: no complete answer within 1 s"
    assert time.monotonic() - began < 3


async def test_the_body_cap_stops_reading_early(
    server: SourceServer, client: httpx.AsyncClient
) -> None:
    began = time.monotonic()
    result = await fetch(server.url("/endless"), client=client, max_bytes=100_000)
    assert "more than 98 kB" in result.error
    assert time.monotonic() - began < 2


async def test_refused_connection_and_unknown_host(
    client: httpx.AsyncClient, refused_url: str
) -> None:
    assert (await fetch(refused_url, client=client)).error == "connection refused"
    unknown = await fetch("http://no-such-host.invalid/", client=client)
    assert unknown.error.startswith(("cannot resolve the host name", "cannot connect", "timed out"))


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.org/file.pdf", "unsupported URL scheme 'ftp'"),
        ("javascript:alert(1)", "unsupported URL scheme"),
        ("http://", "no host"),
        ("http://exa mple.org/", "contains spaces"),
        ("example.org/page", "unsupported URL scheme"),
    ],
)
def test_an_unusable_url_raises_input_error(url: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        check_url(url)


def test_fetch_sync_works_without_a_running_loop(server: SourceServer) -> None:
    assert fetch_sync(server.url("/notes.txt")).body.startswith(b"The survey")
