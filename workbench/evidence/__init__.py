"""Evidence: attach a source to a claim, keep what it said, find the claim's numbers in it.

`attach_evidence` (async, for the TUI's workers) and `attach_evidence_sync`
(for the CLI) fetch a URL or read a local file, extract its text, snapshot it,
match the claim's quantities and store the evidence. A source that fails is
still stored, with the failure in `evidence.error`; an argument that cannot be
used (a malformed URL, an unsupported scheme, a missing file) raises
InputError and stores nothing. `recheck` re-fetches every link.

    fetch.py     the one door to HTTP
    readers.py   bytes to text: HTML (trafilatura), PDF (pypdf), text (shared with ingest)
    snapshot.py  a URL or a file to a Snapshot (text, status, hash, metadata)
    match.py     the claim's numbers in the source's text
    recheck.py   every link again, concurrently
"""

from __future__ import annotations

import asyncio
import uuid

import httpx

from workbench.errors import InputError
from workbench.evidence.fetch import run_sync
from workbench.evidence.match import match_claim, suggest_stance
from workbench.evidence.recheck import DEFAULT_CONCURRENCY, RecheckResult, recheck
from workbench.evidence.snapshot import Snapshot, resolve_target, take_snapshot
from workbench.models import Evidence, Stance
from workbench.store import Store

__all__ = [
    "DEFAULT_CONCURRENCY",
    "RecheckResult",
    "Snapshot",
    "attach_evidence",
    "attach_evidence_sync",
    "match_claim",
    "recheck",
    "recheck_sync",
    "suggest_stance",
]


def new_evidence_id() -> str:
    """A fresh evidence id."""
    return "e" + uuid.uuid4().hex[:11]


async def attach_evidence(
    store: Store,
    claim_id: str,
    url_or_path: str,
    *,
    stance: Stance | str = Stance.CONTEXT,
    quote: str = "",
    note: str = "",
    reviewer: str,
    client: httpx.AsyncClient | None = None,
) -> Evidence:
    """Fetch (or read) a source, snapshot its text, match the claim's numbers, store it.

    Returns the stored Evidence; a failed fetch is stored too, with `error` set.
    InputError (nothing stored) for an unusable URL or path, an unknown stance,
    or a link already attached to the claim; NotFoundError for an unknown claim.
    """
    try:
        stance = Stance(stance)
    except ValueError:
        allowed = ", ".join(s.value for s in Stance)
        raise InputError(f"unknown stance {stance!r}; use one of: {allowed}") from None
    target = resolve_target(url_or_path)
    # Store calls run in a thread: this coroutine runs on the TUI's event loop.
    claim = await asyncio.to_thread(store.get_claim, claim_id)
    attached = await asyncio.to_thread(store.evidence_for, [claim.id])
    for existing in attached[claim.id]:
        if existing.url == target.location:
            raise InputError(
                f"{target.location} is already attached to claim {claim.id} as {existing.id};"
                " `workbench recheck` fetches it again"
            )
    snapshot = await take_snapshot(target, client=client)
    matches = await asyncio.to_thread(match_claim, claim, snapshot.text) if snapshot.ok else []
    evidence = Evidence(
        id=new_evidence_id(),
        claim_id=claim.id,
        url=target.location,
        title=snapshot.title,
        quote=quote,
        stance=stance,
        note=note,
        added_by=reviewer,
        final_url=snapshot.final_url,
        http_status=snapshot.http_status,
        content_type=snapshot.content_type,
        fetched_at=snapshot.fetched_at,
        sha256=snapshot.sha256,
        snapshot=snapshot.text,
        author=snapshot.author,
        publisher=snapshot.publisher,
        published=snapshot.published,
        error=snapshot.error,
        matches=matches,
        suggested_stance=suggest_stance(matches),
    )
    return await asyncio.to_thread(store.add_evidence, evidence, reviewer=reviewer)


def attach_evidence_sync(
    store: Store,
    claim_id: str,
    url_or_path: str,
    *,
    stance: Stance | str = Stance.CONTEXT,
    quote: str = "",
    note: str = "",
    reviewer: str,
) -> Evidence:
    """`attach_evidence` for sync callers (the CLI)."""
    return run_sync(
        lambda: attach_evidence(
            store, claim_id, url_or_path, stance=stance, quote=quote, note=note, reviewer=reviewer
        )
    )


def recheck_sync(
    store: Store, *, reviewer: str, concurrency: int = DEFAULT_CONCURRENCY, on_result=None
) -> list[RecheckResult]:
    """`recheck` for sync callers (the CLI)."""
    return run_sync(
        lambda: recheck(store, reviewer=reviewer, concurrency=concurrency, on_result=on_result)
    )
