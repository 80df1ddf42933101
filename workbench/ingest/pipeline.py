"""Ingest runs: paths in, documents and their claims stored, one transaction per document."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from workbench.analysis.run import analyse_stored_document
from workbench.errors import InputError, WorkbenchError
from workbench.extract import extract_claims
from workbench.ingest import is_url, iter_paths, load_document, load_url
from workbench.models import Document
from workbench.store import IngestOutcome, Store

#: Called as (done, total, current source) while a run goes on.
ProgressCallback = Callable[[int, int, str], None]


@dataclass
class IngestSummary:
    """What one ingest run did, document by document."""

    outcomes: list[IngestOutcome] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def count(self, status: str) -> int:
        """How many documents ended with this status (new, updated, unchanged)."""
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def claims_added(self) -> int:
        """Claims stored for the first time in this run."""
        return sum(o.added for o in self.outcomes)

    def line(self) -> str:
        """A one-line summary for the end of a run."""
        parts = [
            f"{self.count('new')} new",
            f"{self.count('updated')} updated",
            f"{self.count('unchanged')} unchanged",
        ]
        text = f"ingested {len(self.outcomes)} document(s): {', '.join(parts)};"
        text += f" {self.claims_added} claim(s) added"
        kept = sum(o.kept for o in self.outcomes if o.status == "updated")
        if kept:
            text += f", {kept} kept with their review work"
        retired = sum(o.retired for o in self.outcomes)
        if retired:
            text += f", {retired} reviewed claim(s) no longer in the text kept as retired"
        if self.errors:
            text += f"; {len(self.errors)} failed"
        return text


def ingest_document(store: Store, document: Document, *, force: bool = False) -> IngestOutcome:
    """Extract a document's claims and store both (one transaction)."""
    same = store.document_with_sha256(document.sha256)
    if same is not None and not force:
        return store.save_document(document, [])
    outcome = store.save_document(document, extract_claims(document), force=force)
    # The numbers checked against each other once the claims are stored (advisory: never fails).
    analyse_stored_document(store, outcome.document.id)
    return outcome


def ingest_paths(
    store: Store,
    paths: Iterable[Path | str],
    *,
    force: bool = False,
    on_progress: ProgressCallback | None = None,
    on_error: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Ingest files, folders and http(s) URLs; a bad one is reported and skipped, the others go in."""
    summary = IngestSummary()
    targets: list[Path | str | InputError] = []
    for given in paths:
        if is_url(given):
            targets.append(str(given).strip())  # a URL: fetched, then read like a file
        else:
            targets.extend(iter_paths([Path(given)]))
    total = len(targets)
    for done, target in enumerate(targets, start=1):
        label = str(target) if not isinstance(target, InputError) else target.message
        try:
            if isinstance(target, InputError):
                raise target
            document = load_url(target) if isinstance(target, str) else load_document(target)
            outcome = ingest_document(store, document, force=force)
            summary.outcomes.append(outcome)
        except WorkbenchError as error:
            summary.errors.append(error.message)
            if on_error:
                on_error(error.message)
        if on_progress:
            on_progress(done, total, label)
    return summary
