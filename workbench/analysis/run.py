"""Running the analysis over claims.db: per document, across documents, against evidence."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from workbench.analysis.cross_document import find_cross_document
from workbench.analysis.discrepancy import discrepancy_findings
from workbench.analysis.document import analyse_document
from workbench.analysis.text import DocumentView, view
from workbench.models import ClaimFilter, Document, Finding
from workbench.store import Store

log = logging.getLogger(__name__)


@dataclass
class AnalysisSummary:
    """What one run found, by kind and verdict."""

    documents: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def inconsistent(self) -> list[Finding]:
        """The findings a reviewer should look at first."""
        return [f for f in self.findings if not f.consistent]

    def counts(self) -> dict[str, tuple[int, int]]:
        """kind → (consistent, inconsistent)."""
        out: dict[str, tuple[int, int]] = {}
        for f in self.findings:
            ok, bad = out.get(f.kind, (0, 0))
            out[f.kind] = (ok + f.consistent, bad + (not f.consistent))
        return out


def _document_findings(store: Store, document: Document) -> tuple[list[Finding], DocumentView]:
    claims = store.claims(ClaimFilter(document_id=document.id), sort="position", descending=False)
    findings = analyse_document(document, claims)
    findings += discrepancy_findings(store, document.id)
    return findings, view(document, claims)


def analyse_stored_document(store: Store, document_id: str) -> list[Finding]:
    """Recompute and store one document's findings (internal checks and evidence).

    Never raises for a failing check: ingest must not fail because analysis did.
    """
    try:
        findings, _ = _document_findings(store, store.get_document(document_id))
    except Exception:  # analysis is advisory; the claims are stored either way
        log.exception("analysis of document %s failed", document_id)
        return []
    store.replace_findings(document_id, findings)
    return findings


def run_analysis(
    store: Store, *, on_document: Callable[[Document], None] | None = None
) -> AnalysisSummary:
    """Every check over every document, findings stored (replacing the old ones)."""
    summary = AnalysisSummary()
    views: list[DocumentView] = []
    for document in store.documents():
        findings, doc_view = _document_findings(store, document)
        store.replace_findings(document.id, findings)
        summary.findings += findings
        summary.documents += 1
        views.append(doc_view)
        if on_document:
            on_document(document)
    across = find_cross_document(views)
    store.replace_findings(None, across)
    summary.findings += across
    return summary


def analyse_store(store: Store) -> int:
    """Run every check over the database, store the findings; returns how many were found."""
    return len(run_analysis(store).findings)


def findings_for_claim(store: Store, claim_id: str) -> list[Finding]:
    """The findings involving a claim, inconsistent ones first (for the TUI and reports)."""
    found = store.findings_for([claim_id]).get(claim_id, [])
    return sorted(found, key=lambda f: (f.consistent, f.kind, f.id))
