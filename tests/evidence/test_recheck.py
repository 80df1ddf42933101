"""Rechecking links: dead links, changed pages, history kept, snapshots never discarded."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import httpx
import pytest

from tests.evidence.conftest import Handler, SourceServer
from workbench.evidence import attach_evidence, recheck
from workbench.evidence.fetch import make_client
from workbench.models import Claim
from workbench.store import Store


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with make_client(connect_timeout=2, read_timeout=0.5) as opened:
        yield opened


async def test_recheck_reports_dead_changed_and_unchanged_links(
    store: Store, claims: dict[str, Claim], server: SourceServer, client: httpx.AsyncClient
) -> None:
    claim = claims["percent"]
    alive = {"on": True}

    def fading(handler: Handler) -> None:
        if alive["on"]:
            handler.send(
                200,
                b"<html><body><article><p>95% of firms.</p></article></body></html>",
                "text/html",
            )
        else:
            handler.send(404, b"gone", "text/plain")

    server.routes["/fading.html"] = fading
    server.versions["/changing"] = "95"
    added = {}
    for path in ("/changing", "/stamped", "/fading.html", "/en.html", "/404"):
        evidence = await attach_evidence(
            store, claim.id, server.url(path), reviewer="ann", client=client
        )
        added[path] = evidence
    server.versions["/changing"] = "60"
    alive["on"] = False
    server.routes["/404"] = lambda h: h.send(
        200, b"<html><body><article><p>Now 95% of firms.</p></article></body></html>", "text/html"
    )

    seen = []
    results = await recheck(store, reviewer="bot", client=client, on_result=seen.append)
    outcomes = {r.evidence.url.removeprefix(server.base): (r.outcome, r.detail) for r in results}
    assert outcomes == {
        "/changing": ("changed", "the text changed; the claim's number is no longer found in it"),
        "/stamped": ("unchanged", "the bytes changed, the text did not"),
        "/fading.html": ("dead", "HTTP 404 Not Found"),
        "/en.html": ("unchanged", ""),
        "/404": ("fetched", "first readable fetch"),
    }
    assert len(seen) == 5

    changed = store.get_evidence(added["/changing"].id)
    assert changed.snapshot == added["/changing"].snapshot  # what the reviewer judged stays
    assert changed.sha256 == added["/changing"].sha256
    fetches = store.snapshots(changed.id)
    assert len(fetches) == 2 and "60%" in fetches[1]["text"] and "95%" in fetches[0]["text"]

    dead = store.get_evidence(added["/fading.html"].id)
    assert dead.http_status == 404 and "HTTP 404 Not Found" in dead.error
    assert "95%" in dead.snapshot

    revived = store.get_evidence(added["/404"].id)
    assert revived.error == "" and "Now 95%" in revived.snapshot and revived.matches

    events = [e for e in store.history(claim.id) if e.action == "evidence_recheck"]
    assert len(events) == 5 and all(e.reviewer == "bot" for e in events)
    assert {e.after["outcome"] for e in events} == {"changed", "unchanged", "dead", "fetched"}
    assert store.get_claim(claim.id).version == 1 + 5  # evidence adds only; rechecks don't bump


async def test_a_local_file_that_went_away_is_dead(
    store: Store, claims: dict[str, Claim], tmp_path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("About 95% of firms saw no return.", encoding="utf-8")
    evidence = await attach_evidence(store, claims["percent"].id, str(path), reviewer="ann")
    path.unlink()
    [result] = await recheck(store, reviewer="bot")
    assert result.outcome == "dead" and "no such file" in result.detail
    assert store.get_evidence(evidence.id).snapshot == "About 95% of firms saw no return."


async def test_recheck_runs_links_concurrently(
    store: Store, claims: dict[str, Claim], server: SourceServer, client: httpx.AsyncClient
) -> None:
    def slow(handler: Handler) -> None:
        time.sleep(0.2)
        handler.send(200, b"95% of firms", "text/plain")

    server.routes["/slow-ok"] = slow
    claim = claims["percent"]
    for i in range(20):
        await attach_evidence(
            store, claim.id, server.url(f"/slow-ok?n={i}"), reviewer="ann", client=client
        )
    began = time.monotonic()
    results = await recheck(store, reviewer="bot", concurrency=10, client=client)
    elapsed = time.monotonic() - began
    assert [r.outcome for r in results] == ["unchanged"] * 20
    assert elapsed < 20 * 0.2 / 2  # sequential would take 4 s


async def test_concurrency_below_one_is_refused(store: Store) -> None:
    from workbench.errors import InputError

    with pytest.raises(InputError, match="at least 1"):
        await recheck(store, reviewer="bot", concurrency=0)
