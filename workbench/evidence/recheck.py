"""Rechecking evidence links: re-fetch each concurrently, report dead links and changed pages.

Each result is recorded (store.record_fetch): the new fetch joins the
snapshots table and the claim's history; the snapshot the reviewer judged
stays the evidence's current one, so nothing said then is lost.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from workbench.errors import InputError
from workbench.evidence.fetch import make_client
from workbench.evidence.match import match_claim, suggest_stance
from workbench.evidence.snapshot import Snapshot, resolve_target, take_snapshot
from workbench.models import Evidence
from workbench.store import Store

#: Links fetched at once by default (one host rarely sees more than a few of them).
DEFAULT_CONCURRENCY = 20

#: Results written to the store in one transaction.
WRITE_BATCH = 50

#: What a recheck found, per link.
OUTCOMES = ("unchanged", "changed", "dead", "unreadable", "fetched")


@dataclass
class RecheckResult:
    """One link rechecked: what it was, what the fetch saw, and the verdict on the link."""

    evidence: Evidence
    snapshot: Snapshot
    outcome: str
    detail: str = ""


async def recheck(
    store: Store,
    *,
    reviewer: str,
    concurrency: int = DEFAULT_CONCURRENCY,
    evidence: Sequence[Evidence] | None = None,
    client: httpx.AsyncClient | None = None,
    on_result: Callable[[RecheckResult], None] | None = None,
) -> list[RecheckResult]:
    """Re-fetch every attached evidence link (or `evidence`), at most `concurrency` at once."""
    if concurrency < 1:
        raise InputError(f"concurrency must be at least 1, not {concurrency}")
    items = list(store.all_evidence() if evidence is None else evidence)
    if client is None:
        async with make_client(max_connections=max(concurrency, 10)) as own:
            return await recheck(
                store,
                reviewer=reviewer,
                concurrency=concurrency,
                evidence=items,
                client=own,
                on_result=on_result,
            )
    gate = asyncio.Semaphore(concurrency)
    pending: list[RecheckResult] = []

    def flush() -> None:
        # One transaction per batch: a commit (an fsync) per link would cap the rate.
        with store.transaction():
            for done in pending:
                _record(store, done, reviewer)
        pending.clear()

    async def one(item: Evidence) -> RecheckResult:
        async with gate:
            snapshot = await _snapshot_of(item, client)
        result = await _judge(store, item, snapshot)
        pending.append(result)
        if len(pending) >= WRITE_BATCH:
            flush()
        if on_result is not None:
            on_result(result)
        return result

    try:
        return list(await asyncio.gather(*(one(item) for item in items)))
    finally:
        if pending:
            flush()


async def _snapshot_of(item: Evidence, client: httpx.AsyncClient) -> Snapshot:
    try:
        target = resolve_target(item.url)
    except InputError as error:  # a local file that has gone, a link stored long ago
        return Snapshot(error=error.message)
    return await take_snapshot(target, client=client, known=(item.sha256, item.snapshot))


async def _judge(store: Store, item: Evidence, snapshot: Snapshot) -> RecheckResult:
    if not snapshot.fetched:
        return RecheckResult(item, snapshot, "dead", snapshot.error or "no answer")
    if not snapshot.ok:
        return RecheckResult(item, snapshot, "unreadable", snapshot.error)
    if not item.snapshot:
        return RecheckResult(item, snapshot, "fetched", "first readable fetch")
    if snapshot.sha256 == item.sha256:
        return RecheckResult(item, snapshot, "unchanged")
    if snapshot.text == item.snapshot:
        return RecheckResult(item, snapshot, "unchanged", "the bytes changed, the text did not")
    claim = store.get_claim(item.claim_id)
    found = await asyncio.to_thread(match_claim, claim, snapshot.text)
    still = any(m["relation"] == "same" for m in found)
    had = any(m.get("relation") == "same" for m in item.matches)
    detail = "the text changed"
    if had and not still:
        detail += "; the claim's number is no longer found in it"
    elif had:
        detail += "; the claim's number is still found in it"
    return RecheckResult(item, snapshot, "changed", detail)


def _record(store: Store, result: RecheckResult, reviewer: str) -> None:
    snapshot, item = result.snapshot, result.evidence
    fetch: dict[str, Any] = {
        "fetched_at": snapshot.fetched_at,
        "final_url": snapshot.final_url,
        "http_status": snapshot.http_status,
        "content_type": snapshot.content_type,
        "sha256": snapshot.sha256,
        "text": snapshot.text,
        "error": snapshot.error,
    }
    # The link's health now; the snapshot the reviewer judged stays unless there was none.
    changes: dict[str, Any] = {"http_status": snapshot.http_status, "error": snapshot.error}
    if result.outcome == "dead":
        changes["error"] = f"dead at recheck {snapshot.fetched_at or ''}: {snapshot.error}".strip()
        changes["http_status"] = snapshot.http_status or item.http_status
    if result.outcome == "fetched":
        claim = store.get_claim(item.claim_id)
        matches = match_claim(claim, snapshot.text)
        changes.update(
            final_url=snapshot.final_url,
            content_type=snapshot.content_type,
            fetched_at=snapshot.fetched_at,
            sha256=snapshot.sha256,
            snapshot=snapshot.text,
            title=item.title or snapshot.title,
            author=snapshot.author,
            publisher=snapshot.publisher,
            published=snapshot.published,
            matches=matches,
            suggested_stance=suggest_stance(matches),
        )
    summary = {
        "outcome": result.outcome,
        "detail": result.detail,
        "http_status": snapshot.http_status,
        "sha256": snapshot.sha256,
        "error": snapshot.error,
        "fetched_at": snapshot.fetched_at,
    }
    store.record_fetch(item.id, fetch, changes, reviewer=reviewer, summary=summary)
