"""The JSON export: the lossless contract of DESIGN.md ("workbench.export/1").

Written as a stream, claim by claim, so memory does not grow with the database.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from workbench.models import Claim, ClaimFilter
from workbench.store import Store

SCHEMA = "workbench.export/1"


def claim_record(
    claim: Claim,
    evidence: list[Any],
    history: list[Any],
    fetches: dict[str, list[dict[str, Any]]] | None = None,
) -> dict[str, Any]:
    """One claim as the export contract has it: all its fields, evidence and history.

    Each evidence record carries `fetches`, every fetch of the source (the
    snapshots a recheck keeps), when they are given.
    """
    record = claim.model_dump(mode="json")
    record["evidence"] = []
    for item in evidence:
        entry = item.model_dump(mode="json")
        if fetches is not None:
            entry["fetches"] = fetches.get(item.id, [])
        record["evidence"].append(entry)
    record["history"] = [e.model_dump(mode="json") for e in history]
    return record


def iter_claim_records(
    store: Store, claim_filter: ClaimFilter | None = None, *, batch: int = 500
) -> Iterator[dict[str, Any]]:
    """Every matching claim as an export record, fetched a batch at a time."""
    pending: list[Claim] = []
    for claim in store.iter_claims(claim_filter, batch=batch):
        pending.append(claim)
        if len(pending) >= batch:
            yield from _records(store, pending)
            pending = []
    yield from _records(store, pending)


def _records(store: Store, claims: list[Claim]) -> Iterator[dict[str, Any]]:
    if not claims:
        return
    ids = [c.id for c in claims]
    evidence = store.evidence_for(ids, include_removed=True)
    histories = store.histories_for(ids)
    fetches = store.snapshots_for([e.id for items in evidence.values() for e in items])
    for claim in claims:
        yield claim_record(claim, evidence[claim.id], histories[claim.id], fetches)


def write_json(
    store: Store, out: TextIO, claim_filter: ClaimFilter | None = None, **extra: Any
) -> int:
    """Write the export to `out`; returns the number of claims written."""
    claim_filter = claim_filter or ClaimFilter(include_retired=True)
    documents = [
        d
        for d in store.documents()
        if claim_filter.document_id is None or d.id == claim_filter.document_id
    ]
    out.write('{"schema": ' + json.dumps(SCHEMA) + ', "documents": [')
    for i, document in enumerate(documents):
        out.write(
            (",\n" if i else "\n")
            + json.dumps(document.model_dump(mode="json"), ensure_ascii=False)
        )
    out.write('\n], "claims": [')
    count = 0
    for record in iter_claim_records(store, claim_filter):
        out.write((",\n" if count else "\n") + json.dumps(record, ensure_ascii=False))
        count += 1
    out.write('\n], "findings": [')
    document_ids = {d.id for d in documents}
    findings = [
        f.model_dump(mode="json")
        for f in store.findings()
        if f.document_id is None or f.document_id in document_ids
    ]
    for i, finding in enumerate(findings):
        out.write((",\n" if i else "\n") + json.dumps(finding, ensure_ascii=False))
    out.write("\n]")
    for key, value in extra.items():
        out.write(f", {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    out.write("}\n")
    return count
