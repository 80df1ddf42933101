"""attach_evidence: fetch or read, snapshot, match, store — and what it does when things fail."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from tests.evidence.conftest import SourceServer
from workbench.errors import InputError, NotFoundError
from workbench.evidence import attach_evidence, attach_evidence_sync
from workbench.evidence.fetch import make_client
from workbench.models import Claim, Stance
from workbench.store import Store


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with make_client(connect_timeout=2, read_timeout=0.5) as opened:
        yield opened


async def test_a_page_is_fetched_snapshotted_matched_and_stored(
    store: Store, claims: dict[str, Claim], server: SourceServer, client: httpx.AsyncClient
) -> None:
    claim = claims["energy"]
    evidence = await attach_evidence(
        store,
        claim.id,
        server.url("/gbk-bare.html"),
        stance=Stance.SUPPORTS,
        quote="约为1.2万亿千瓦时",
        reviewer="ann",
        client=client,
    )
    assert evidence == store.get_evidence(evidence.id)
    assert evidence.http_status == 200 and evidence.error == ""
    assert evidence.content_type == "text/html" and len(evidence.sha256) == 64
    assert "1.2万亿千瓦时" in evidence.snapshot and evidence.title == "数据中心用电"
    assert evidence.stance == Stance.SUPPORTS and evidence.added_by == "ann"
    same = [m for m in evidence.matches if m["relation"] == "same"]
    assert same[0]["found_text"] == "1.2万亿千瓦时"
    assert evidence.suggested_stance == Stance.SUPPORTS
    assert store.get_claim(claim.id).status.value == "unreviewed"  # never a verdict by itself
    assert [e.action for e in store.history(claim.id)] == ["evidence_add"]
    assert len(store.snapshots(evidence.id)) == 1


async def test_an_english_page_supports_chinese_claims(
    store: Store, claims: dict[str, Claim], server: SourceServer, client: httpx.AsyncClient
) -> None:
    expected = {
        "energy": "1,200 TWh",
        "cases": "120,000 cases",
        "salary": "US$82K",
        "percent": "95 per cent",
    }
    for name, found in expected.items():
        evidence = await attach_evidence(
            store, claims[name].id, server.url("/en.html"), reviewer="ann", client=client
        )
        assert found in [m["found_text"] for m in evidence.matches if m["relation"] == "same"]
        assert evidence.suggested_stance == Stance.SUPPORTS
        assert (evidence.author, evidence.publisher, evidence.published) == (
            "Ann Lee",
            "Energy Agency",
            "2024-05-01",
        )


async def test_the_same_measure_with_another_value_suggests_refutes(
    store: Store, claims: dict[str, Claim], server: SourceServer, client: httpx.AsyncClient
) -> None:
    server.routes["/lower.html"] = lambda h: h.send(
        200,
        b"<html><body><article><p>Data centres used 900 TWh in 2024, the agency said.</p></article></body></html>",
        "text/html",
    )
    evidence = await attach_evidence(
        store, claims["english"].id, server.url("/lower.html"), reviewer="ann", client=client
    )
    assert [(m["found_text"], m["relation"]) for m in evidence.matches] == [
        ("900 TWh", "different")
    ]
    assert evidence.suggested_stance == Stance.REFUTES
    assert evidence.stance == Stance.CONTEXT  # the reviewer's stance is the reviewer's


@pytest.mark.parametrize(
    ("path", "status", "error"),
    [
        ("/404", 404, "HTTP 404 Not Found"),
        ("/500", 500, "HTTP 500 Internal Server Error"),
        ("/loop", None, "too many redirects"),
        ("/slow", None, "timed out"),
        ("/endless", 200, "body too large"),
        ("/binary.html", 200, "claims text/html but is a PNG image"),
        ("/scan.pdf", 200, "the PDF has no text layer"),
    ],
)
async def test_a_failed_source_is_stored_with_its_error(
    store: Store,
    claims: dict[str, Claim],
    server: SourceServer,
    client: httpx.AsyncClient,
    path: str,
    status: int | None,
    error: str,
) -> None:
    claim = claims["percent"]
    evidence = await attach_evidence(
        store, claim.id, server.url(path), reviewer="ann", client=client
    )
    assert error in evidence.error and "\n" not in evidence.error
    assert evidence.http_status == status
    assert evidence.snapshot == "" and evidence.matches == [] and evidence.suggested_stance is None
    assert store.get_claim(claim.id).evidence_count == 1
    [fetch] = store.snapshots(evidence.id)
    assert error in fetch["error"]


async def test_a_refused_connection_is_stored_too(
    store: Store, claims: dict[str, Claim], client: httpx.AsyncClient, refused_url: str
) -> None:
    evidence = await attach_evidence(
        store, claims["percent"].id, refused_url, reviewer="ann", client=client
    )
    assert evidence.error == "connection refused" and evidence.http_status is None


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("ftp://example.org/report.pdf", "unsupported URL scheme 'ftp'"),
        ("javascript:alert(1)", "unsupported URL scheme 'javascript'"),
        ("http://", "no host"),
        ("https://exa mple.org", "contains spaces"),
        ("/no/such/report.pdf", "no such file"),
        ("", "no URL or file given"),
    ],
)
async def test_an_unusable_argument_raises_and_stores_nothing(
    store: Store, claims: dict[str, Claim], source: str, message: str
) -> None:
    claim = claims["percent"]
    with pytest.raises(InputError, match=message) as raised:
        await attach_evidence(store, claim.id, source, reviewer="ann")
    assert "\n" not in str(raised.value)
    assert store.evidence_for([claim.id])[claim.id] == []
    assert store.history(claim.id) == []


async def test_an_unknown_claim_or_stance_stores_nothing(
    store: Store, claims: dict[str, Claim], server: SourceServer
) -> None:
    with pytest.raises(NotFoundError):
        await attach_evidence(store, "cnope", server.url("/en.html"), reviewer="ann")
    with pytest.raises(InputError, match="unknown stance 'maybe'"):
        await attach_evidence(
            store, claims["percent"].id, server.url("/en.html"), stance="maybe", reviewer="ann"
        )
    assert store.all_evidence() == []


async def test_the_same_link_twice_is_refused(
    store: Store, claims: dict[str, Claim], server: SourceServer, client: httpx.AsyncClient
) -> None:
    claim = claims["percent"]
    await attach_evidence(store, claim.id, server.url("/en.html"), reviewer="ann", client=client)
    with pytest.raises(InputError, match="already attached"):
        await attach_evidence(
            store, claim.id, server.url("/en.html"), reviewer="ann", client=client
        )


def test_a_local_pdf_is_read_and_snapshotted(
    store: Store, claims: dict[str, Claim], pdf_file: Path
) -> None:
    evidence = attach_evidence_sync(store, claims["energy"].id, str(pdf_file), reviewer="ann")
    assert evidence.url == str(pdf_file.resolve()) and evidence.http_status is None
    assert evidence.content_type == "application/pdf" and evidence.error == ""
    assert "1.2 trillion kWh" in evidence.snapshot and evidence.title == "Grid report"
    assert evidence.suggested_stance == Stance.SUPPORTS
    assert [m["found_text"] for m in evidence.matches if m["relation"] == "same"] == [
        "1.2 trillion kWh"
    ]


def test_a_file_url_and_a_folder(store: Store, claims: dict[str, Claim], pdf_file: Path) -> None:
    evidence = attach_evidence_sync(
        store, claims["energy"].id, pdf_file.resolve().as_uri(), reviewer="ann"
    )
    assert evidence.url == str(pdf_file.resolve())
    with pytest.raises(InputError, match="is a folder"):
        attach_evidence_sync(store, claims["energy"].id, str(pdf_file.parent), reviewer="ann")


async def test_a_large_snapshot_round_trips(
    store: Store, claims: dict[str, Claim], server: SourceServer, client: httpx.AsyncClient
) -> None:
    paragraphs = "".join(
        f"<p>Survey wave {i}: about 95% of firms said that pilot number {i} stalled.</p>"
        for i in range(2000)
    )
    body = f"<html><body><article>{paragraphs}</article></body></html>".encode()
    server.routes["/long.html"] = lambda h: h.send(200, body, "text/html; charset=utf-8")
    evidence = await attach_evidence(
        store, claims["percent"].id, server.url("/long.html"), reviewer="ann", client=client
    )
    assert len(evidence.snapshot) > 100_000
    assert store.get_evidence(evidence.id).snapshot == evidence.snapshot
