"""Importing a JSON export into a database: two reviewers' offline work combined.

Documents are matched by the sha256 of their bytes, claims by identity (the
same id, or the same span and text in the matched document). History is
merged: events the database lacks are appended. A claim changed on one side
only takes that side's decision; a claim both sides decided differently keeps
the local decision and is reported as a conflict — never merged silently.
Importing into an empty database reproduces the export exactly.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from workbench.errors import InputError, NotFoundError
from workbench.models import Claim, Document, Event, Evidence, Finding, claim_id_for
from workbench.report.json_export import SCHEMA
from workbench.store import Store

REVIEW_FIELDS = ("status", "note", "assignee", "tags")


@dataclass
class ImportReport:
    """What an import added, and what it could not reconcile."""

    documents_added: int = 0
    claims_added: int = 0
    claims_updated: int = 0
    events_added: int = 0
    evidence_added: int = 0
    conflicts: list[str] = field(default_factory=list)

    def line(self) -> str:
        """A one-line summary."""
        return (
            f"imported {self.documents_added} document(s), {self.claims_added} new claim(s),"
            f" {self.claims_updated} claim(s) updated, {self.events_added} history event(s),"
            f" {self.evidence_added} evidence link(s); {len(self.conflicts)} conflict(s)"
        )


def read_export(path: Path) -> dict[str, Any]:
    """A JSON export read from a file; InputError if it is not one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot be read ({error})") from None
    except json.JSONDecodeError as error:
        raise InputError(f"{path}: not JSON (line {error.lineno}: {error.msg})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise InputError(f'{path}: not a workbench export (no "schema": "{SCHEMA}")')
    return data


def import_export(store: Store, data: dict[str, Any]) -> ImportReport:
    """Merge an export into the store, all in one transaction."""
    report = ImportReport()
    try:
        with store.transaction():
            _merge(store, data, report)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(f"the export has an invalid record ({where}: {first['msg']})") from None
    except (KeyError, TypeError) as error:
        raise InputError(f"the export is missing a field ({error})") from None
    return report


def _merge(store: Store, data: dict[str, Any], report: ImportReport) -> None:
    keep_event_ids = not store.has_events()
    document_map: dict[str, str] = {}
    new_documents: set[str] = set()
    for record in data.get("documents", []):
        document = Document(**record)
        local = store.document_with_sha256(document.sha256)
        if local is not None:
            document_map[document.id] = local.id
            continue
        try:
            store.get_document(document.id)
        except NotFoundError:
            store.insert_document(document)
            document_map[document.id] = document.id
            new_documents.add(document.id)
            report.documents_added += 1
            continue
        report.conflicts.append(
            f"document {document.id} ({document.source}) differs from the stored version"
            " (another sha256); its claims were not imported"
        )

    event_ids: dict[int, int] = {}
    for record in data.get("claims", []):
        record = dict(record)
        evidence = record.pop("evidence", [])
        history = [Event(**e) for e in record.pop("history", [])]
        claim = Claim(**record)
        local_document = document_map.get(claim.document_id)
        if local_document is None:
            continue
        local = _local_claim(store, claim, local_document)
        if local is None:
            claim = claim.model_copy(update={"document_id": local_document})
            if local_document != record["document_id"]:
                continue  # the document is here under another id: only its known claims merge
            store.insert_claim(claim)
            report.claims_added += 1
            _append_events(store, claim.id, history, event_ids, keep_event_ids, report)
            _add_evidence(store, claim.id, evidence, report)
            continue
        _merge_claim(store, local, claim, history, event_ids, report)
        _add_evidence(store, local.id, evidence, report)

    findings_by_document: dict[str | None, list[Finding]] = defaultdict(list)
    for record in data.get("findings", []):
        finding = Finding(**record)
        if finding.document_id in new_documents:
            findings_by_document[finding.document_id].append(finding)
    for document_id, findings in findings_by_document.items():
        store.replace_findings(document_id, findings)


def _local_claim(store: Store, claim: Claim, local_document: str) -> Claim | None:
    """The same claim here: same id, or (a document stored under another id) the id
    the same text at the same rank has in the local document."""
    local_id = claim.id
    if local_document != claim.document_id:
        for occurrence in range(1000):
            if claim_id_for(claim.document_id, claim.text, occurrence) == claim.id:
                local_id = claim_id_for(local_document, claim.text, occurrence)
                break
    return store.get_claim(local_id) if store.has_claim(local_id) else None


def _event_key(event: Event) -> tuple[Any, ...]:
    return (
        event.reviewer,
        event.at,
        event.action,
        event.field,
        json.dumps(event.before, sort_keys=True, ensure_ascii=False),
        json.dumps(event.after, sort_keys=True, ensure_ascii=False),
    )


def _append_events(
    store: Store,
    claim_id: str,
    events: list[Event],
    event_ids: dict[int, int],
    keep_ids: bool,
    report: ImportReport,
) -> None:
    for event in events:
        undoes = event_ids.get(event.undoes, event.undoes) if event.undoes else None
        local_id = store.insert_event(
            event.model_copy(update={"claim_id": claim_id, "undoes": undoes}), keep_id=keep_ids
        )
        if event.id is not None:
            event_ids[event.id] = local_id
        report.events_added += 1


def _merge_claim(
    store: Store,
    local: Claim,
    incoming: Claim,
    history: list[Event],
    event_ids: dict[int, int],
    report: ImportReport,
) -> None:
    local_history = store.history(local.id)
    local_keys = {_event_key(e): e.id for e in local_history}
    incoming_keys = {_event_key(e) for e in history}
    for event in history:
        if _event_key(event) in local_keys and event.id is not None:
            event_ids[event.id] = local_keys[_event_key(event)] or 0
    new_events = [e for e in history if _event_key(e) not in local_keys]
    local_only = [e for e in local_history if _event_key(e) not in incoming_keys]
    if not new_events:
        return
    _append_events(store, local.id, new_events, event_ids, False, report)
    same_decision = all(getattr(local, f) == getattr(incoming, f) for f in REVIEW_FIELDS)
    if same_decision:
        return
    if not local_only:
        store.overwrite_review(incoming.model_copy(update={"id": local.id}))
        report.claims_updated += 1
        return
    differing = [f for f in REVIEW_FIELDS if getattr(local, f) != getattr(incoming, f)]
    details = ", ".join(
        f"{f}: here {_shown(getattr(local, f))}, imported {_shown(getattr(incoming, f))}"
        for f in differing
    )
    report.conflicts.append(
        f"claim {local.id}: both copies changed it ({details}); kept this database's"
        f" decision, the imported history was added"
    )


def _shown(value: Any) -> str:
    return json.dumps(value.value if hasattr(value, "value") else value, ensure_ascii=False)


def _add_evidence(
    store: Store, claim_id: str, records: list[dict[str, Any]], report: ImportReport
) -> None:
    added = False
    for record in records:
        record = dict(record)
        fetches = record.pop("fetches", [])
        evidence = Evidence(**record).model_copy(update={"claim_id": claim_id})
        if store.has_evidence_record(evidence.id):
            continue
        store.insert_evidence(evidence, fetches)
        report.evidence_added += 1
        added = True
    if added:
        store.recount_evidence(claim_id)
