"""What every human-readable report shares: the claims in batches, verdict names and
colours, who decided and when, safe links, where the numbers sit in a claim's text.

The writers (html, markdown, csv_export, claimreview) only format; the facts they
show come from here, so the formats cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from workbench.models import DECIDED, Claim, ClaimFilter, Event, Evidence, Finding, Status
from workbench.store import Store


@dataclass(frozen=True)
class Verdict:
    """How a status is shown: its label, its colour (background, text) and a Markdown mark."""

    label: str
    colour: str
    ink: str
    mark: str


#: Every status, in the order charts and legends show them.
VERDICTS: dict[Status, Verdict] = {
    Status.SUPPORTED: Verdict("Supported", "#1a7f37", "#ffffff", "✅"),
    Status.MISLEADING: Verdict("Misleading", "#b35900", "#ffffff", "⚠️"),
    Status.CONTRADICTED: Verdict("Contradicted", "#c0262d", "#ffffff", "❌"),
    Status.UNVERIFIABLE: Verdict("Unverifiable", "#6f42c1", "#ffffff", "❔"),
    Status.NOT_A_CLAIM: Verdict("Not a claim", "#6e7781", "#ffffff", "⊘"),
    Status.IN_PROGRESS: Verdict("In progress", "#0b61c2", "#ffffff", "⏳"),
    Status.UNREVIEWED: Verdict("Unreviewed", "#d8dee4", "#24292f", "○"),
}

#: What an evidence match's relation means to a reader.
RELATIONS = {"same": "same number", "close": "close", "different": "different number"}


def report_filter(claim_filter: ClaimFilter | None) -> ClaimFilter:
    """The filter a readable report uses: the caller's, without retired claims.

    Retired claims are no longer in the document version the report speaks of;
    the JSON export keeps them.
    """
    return (claim_filter or ClaimFilter()).model_copy(update={"include_retired": False})


def describe_filter(claim_filter: ClaimFilter) -> str:
    """The filter in words, for a report's header ('' when it selects everything)."""
    parts: list[str] = []
    if claim_filter.statuses:
        parts.append("status " + ", ".join(VERDICTS[s].label for s in claim_filter.statuses))
    for name in ("document_id", "section", "attribution", "tag", "assignee"):
        value = getattr(claim_filter, name)
        if value is not None:
            parts.append(f"{name.replace('_id', '')} {value}")
    if claim_filter.has_evidence is not None:
        parts.append("with evidence" if claim_filter.has_evidence else "without evidence")
    if claim_filter.hide_duplicates:
        parts.append("first statements only")
    if claim_filter.inconsistent is not None:
        parts.append("inconsistent" if claim_filter.inconsistent else "consistent")
    if claim_filter.search.strip():
        parts.append(f"matching “{claim_filter.search.strip()}”")
    return "; ".join(parts)


def safe_url(url: str) -> str | None:
    """The URL if it may become a live link (http or https with a host), else None."""
    url = url.strip()
    if not url or any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    return url


@dataclass
class DocumentSummary:
    """One document's place in a report: which version, how far its review has got."""

    id: str
    title: str
    source: str
    sha256: str
    language: str
    ingested_at: str
    counts: dict[Status, int]
    listed: int

    @property
    def total(self) -> int:
        """Claims in the document (whatever the report's status filter)."""
        return sum(self.counts.values())

    @property
    def checked(self) -> int:
        """Claims with a decision."""
        return sum(n for status, n in self.counts.items() if status in DECIDED)

    @property
    def reviewed_share(self) -> float:
        """Checked claims as a share of all claims (0 when there are none)."""
        return self.checked / self.total if self.total else 0.0

    @property
    def name(self) -> str:
        """The title, else the source."""
        return self.title or self.source


def document_summaries(store: Store, claim_filter: ClaimFilter) -> list[DocumentSummary]:
    """The documents a report covers, each with its status counts (light queries, no text)."""
    summaries: list[DocumentSummary] = []
    # In id order, the order claims stream in (store.iter_claims_by_position).
    for row in sorted(store.document_summaries(), key=lambda r: r["id"]):
        if claim_filter.document_id is not None and row["id"] != claim_filter.document_id:
            continue
        scoped = claim_filter.model_copy(update={"document_id": row["id"]})
        listed = store.count_claims(scoped)
        if not listed and claim_filter.document_id is None:
            continue
        summaries.append(
            DocumentSummary(
                id=row["id"],
                title=row["title"] or "",
                source=row["source"] or "",
                sha256=row["sha256"] or "",
                language=row["language"] or "",
                ingested_at=row["ingested_at"] or "",
                counts=store.status_counts(scoped),
                listed=listed,
            )
        )
    return summaries


@dataclass
class ReportItem:
    """One claim with everything a report says about it."""

    claim: Claim
    evidence: list[Evidence]
    history: list[Event]
    findings: list[Finding] = field(default_factory=list)
    #: The claim this one restates (brief: id, document_id, text, status, start, end).
    original: dict[str, Any] | None = None
    #: The claims that restate this one (briefs).
    restatements: list[dict[str, Any]] = field(default_factory=list)

    @property
    def verdict(self) -> Status:
        """The status shown: the claim's own, else (undecided) its first statement's."""
        if self.claim.status not in DECIDED and self.original is not None:
            inherited = Status(self.original["status"])
            if inherited in DECIDED:
                return inherited
        return self.claim.status

    @property
    def inherited(self) -> bool:
        """Whether the verdict shown is the first statement's, not the claim's own."""
        return self.verdict != self.claim.status

    @property
    def decided_by(self) -> tuple[str, str]:
        """Who set the claim's current status and when ('' when nobody has)."""
        for event in reversed(self.history):
            if event.field == "status":
                return event.reviewer, event.at
        if self.claim.status in DECIDED and self.claim.updated_by:
            return self.claim.updated_by, self.claim.updated_at
        return "", ""

    @property
    def last_change(self) -> tuple[str, str]:
        """Who changed the claim last and when (status, note, evidence …)."""
        if self.history:
            return self.history[-1].reviewer, self.history[-1].at
        return self.claim.updated_by, self.claim.updated_at if self.claim.updated_by else ""


def iter_items(
    store: Store, claim_filter: ClaimFilter, *, batch: int = 500
) -> Iterator[ReportItem]:
    """Every matching claim with its evidence, history, findings and duplicates.

    Claims come in document order (document, then position), a batch at a time:
    memory holds one batch, whatever the number of claims.
    """
    pending: list[Claim] = []
    for claim in store.iter_claims_by_position(claim_filter, batch=batch):
        pending.append(claim)
        if len(pending) >= batch:
            yield from _batch_items(store, pending)
            pending = []
    yield from _batch_items(store, pending)


def _batch_items(store: Store, claims: list[Claim]) -> Iterator[ReportItem]:
    if not claims:
        return
    ids = [c.id for c in claims]
    evidence = store.evidence_for(ids)
    histories = store.histories_for(ids)
    findings = store.findings_for(ids)
    restatements = store.restatements_of(ids)
    originals = store.claim_briefs(sorted({c.duplicate_of for c in claims if c.duplicate_of}))
    for claim in claims:
        yield ReportItem(
            claim=claim,
            evidence=evidence[claim.id],
            history=histories[claim.id],
            findings=findings[claim.id],
            original=originals.get(claim.duplicate_of) if claim.duplicate_of else None,
            restatements=restatements[claim.id],
        )


def quantity_spans(claim: Claim) -> list[tuple[int, int]]:
    """Where the claim's numbers are in claim.text, as sorted, non-overlapping spans.

    Quantity offsets point into the document; the claim text starts at the
    claim's start or at its sentence's, depending on the extractor, so both are
    tried before falling back to searching for the number's text.
    """
    text = claim.text
    spans: list[tuple[int, int]] = []
    for quantity in claim.quantities:
        length = quantity.end - quantity.start
        found = None
        for base in (claim.start, claim.sentence_start):
            offset = quantity.start - base
            if 0 <= offset and text[offset : offset + length] == quantity.text:
                found = (offset, offset + length)
                break
        if found is None and quantity.text:
            offset = text.find(quantity.text)
            if offset >= 0:
                found = (offset, offset + len(quantity.text))
        if found is not None and found[1] > found[0]:
            spans.append(found)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def segments(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[str, bool]]:
    """`text` cut into (piece, marked) pieces along sorted, non-overlapping spans."""
    position = 0
    for start, end in spans:
        if start > position:
            yield text[position:start], False
        yield text[start:end], True
        position = end
    if position < len(text):
        yield text[position:], False


def match_spans(match: dict[str, Any]) -> tuple[str, list[tuple[int, int]]]:
    """An evidence match's passage and where the number is in it (none if the span is off)."""
    passage = str(match.get("passage") or "")
    start, end = match.get("start"), match.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(passage):
        return passage, [(start, end)]
    found = str(match.get("found_text") or "")
    offset = passage.find(found) if found else -1
    return passage, ([(offset, offset + len(found))] if offset >= 0 else [])


def day(timestamp: str) -> str:
    """An ISO timestamp shortened to 'YYYY-MM-DD HH:MM' (UTC), for reading."""
    if len(timestamp) >= 16 and timestamp[10] == "T":
        return f"{timestamp[:10]} {timestamp[11:16]}"
    return timestamp


def single_line(text: str) -> str:
    """Text with its line breaks and runs of space folded into single spaces."""
    return " ".join(text.split())
