"""Messages workers post to the UI thread (workers never touch widgets themselves)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from textual.message import Message

from workbench.errors import ConflictError
from workbench.models import Claim, Document, Event, Evidence, Finding, Status


class PageLoaded(Message):
    """A keyset page of claims for the table (the first one replaces, later ones append)."""

    def __init__(
        self,
        generation: int,
        claims: list[Claim],
        next_after: tuple[Any, str] | None,
        *,
        first: bool,
        total: int | None = None,
        titles: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.generation = generation
        self.claims = claims
        self.next_after = next_after
        self.first = first
        self.total = total
        self.titles = titles or {}


class CountsLoaded(Message):
    """Claims per status under the current filter (its status part ignored)."""

    def __init__(self, counts: dict[Status, int], total: int) -> None:
        super().__init__()
        self.counts = counts
        self.total = total


@dataclass
class ClaimDetails:
    """Everything the detail pane shows about one claim."""

    claim: Claim
    document: Document | None
    duplicates: list[Claim] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    history: list[Event] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


class DetailLoaded(Message):
    """The details of the claim the reviewer is looking at."""

    def __init__(self, details: ClaimDetails) -> None:
        super().__init__()
        self.details = details


class ClaimsChanged(Message):
    """Claims changed in the database (by us or, with `others`, by other reviewers)."""

    def __init__(self, claims: list[Claim], *, others: dict[str, list[str]] | None = None) -> None:
        super().__init__()
        self.claims = claims
        #: Reviewer name → ids of the claims they changed (only for others' changes).
        self.others = others or {}


class ConflictDetected(Message):
    """A write was refused because someone else changed the claim since we read it."""

    def __init__(self, error: ConflictError, changes: dict[str, Any], claim_id: str) -> None:
        super().__init__()
        self.error = error
        self.changes = changes
        self.claim_id = claim_id


class Notice(Message):
    """A one-line message for the reviewer (text from outside allowed: never parsed)."""

    def __init__(self, text: str, *, severity: str = "information", title: str = "") -> None:
        super().__init__()
        self.text = text
        self.severity = severity
        self.title = title


class EvidenceAttached(Message):
    """Evidence was stored for a claim (with its number matches, if it was fetched)."""

    def __init__(self, evidence: Evidence, claim: Claim) -> None:
        super().__init__()
        self.evidence = evidence
        self.claim = claim


class FilterOptionsLoaded(Message):
    """The values the filter dialog offers (documents, sections, attributions, tags, assignees)."""

    def __init__(self, options: dict[str, list[tuple[str, str]]]) -> None:
        super().__init__()
        self.options = options


class DocumentLoaded(Message):
    """A document and its claims, for the document view."""

    def __init__(self, document: Document, claims: list[Claim]) -> None:
        super().__init__()
        self.document = document
        self.claims = claims
