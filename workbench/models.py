"""The records of the workbench: documents, claims, quantities, evidence, events.

Every stage (ingest, extract, store, evidence, report, TUI) passes these
pydantic models around; validation here is what keeps nonsense (a span that
ends before it starts, a NaN value, an unknown status) out of claims.db.
"""

from __future__ import annotations

import hashlib
import math
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


def utc_now() -> str:
    """The current time as an ISO 8601 string in UTC, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Status(StrEnum):
    """A reviewer's verdict on a claim."""

    UNREVIEWED = "unreviewed"
    IN_PROGRESS = "in_progress"
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    MISLEADING = "misleading"
    UNVERIFIABLE = "unverifiable"
    NOT_A_CLAIM = "not_a_claim"


#: Statuses that are a decision (the claim has been checked).
DECIDED = frozenset(
    {
        Status.SUPPORTED,
        Status.CONTRADICTED,
        Status.MISLEADING,
        Status.UNVERIFIABLE,
        Status.NOT_A_CLAIM,
    }
)


class Stance(StrEnum):
    """What a piece of evidence says about a claim."""

    SUPPORTS = "supports"
    REFUTES = "refutes"
    CONTEXT = "context"


class Kind(StrEnum):
    """What a quantity measures (CLAIMS-SPEC.md)."""

    PERCENT = "percent"
    PERCENTAGE_POINTS = "percentage_points"
    CURRENCY = "currency"
    COUNT = "count"
    RANK = "rank"
    RATIO = "ratio"
    DURATION = "duration"
    MEASURE = "measure"
    SCORE = "score"
    DATE = "date"


class Bound(StrEnum):
    """Which side of the stated number the true one lies on."""

    LOWER = "lower"
    UPPER = "upper"


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, use_enum_values=False)


class _Span(_Record):
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _span_in_order(self) -> _Span:
        if self.start > self.end:
            raise ValueError(f"span start {self.start} is after its end {self.end}")
        return self


class Quantity(_Span):
    """One number inside a claim, as written and as read."""

    text: str
    value: float | None = None
    unit: str = ""
    kind: Kind
    approx: bool = False
    bound: Bound | None = None

    @field_validator("value")
    @classmethod
    def _finite(cls, value: float | None) -> float | None:
        if value is not None and not math.isfinite(value):
            raise ValueError(f"a quantity's value must be a finite number, not {value}")
        return value


class Document(_Record):
    """A report or article as ingested; claim offsets point into `text`."""

    id: str
    title: str = ""
    source: str
    format: str = "txt"
    language: str = ""
    encoding: str = ""
    sha256: str
    text: str
    ingested_at: str = Field(default_factory=utc_now)


class Claim(_Span):
    """One independently checkable quantitative assertion of a document."""

    id: str
    document_id: str
    text: str
    sentence: str = ""
    sentence_start: int = Field(default=0, ge=0)
    section: str = ""
    attribution: str = ""
    period: str = ""
    status: Status = Status.UNREVIEWED
    priority: float = Field(default=0.5, ge=0.0, le=1.0)
    priority_factors: dict[str, float] = Field(default_factory=dict)
    assignee: str = ""
    tags: list[str] = Field(default_factory=list)
    note: str = ""
    duplicate_of: str | None = None
    retired: bool = False
    evidence_count: int = Field(default=0, ge=0)
    updated_by: str = ""
    version: int = Field(default=1, ge=1)
    created_at: str = Field(default_factory=utc_now)
    updated_at: str = Field(default_factory=utc_now)
    quantities: list[Quantity] = Field(default_factory=list)

    @field_validator("priority")
    @classmethod
    def _finite_priority(cls, value: float) -> float:
        if not math.isfinite(value):
            raise ValueError("priority must be a finite number")
        return value


class Evidence(_Record):
    """An outside source attached to a claim, with what its fetch saw."""

    id: str
    claim_id: str
    url: str
    title: str = ""
    quote: str = ""
    stance: Stance = Stance.CONTEXT
    note: str = ""
    added_by: str = ""
    added_at: str = Field(default_factory=utc_now)
    final_url: str = ""
    http_status: int | None = None
    content_type: str = ""
    fetched_at: str = ""
    sha256: str = ""
    snapshot: str = ""
    author: str = ""
    publisher: str = ""
    published: str = ""
    error: str = ""
    matches: list[dict[str, Any]] = Field(default_factory=list)
    suggested_stance: Stance | None = None
    removed: bool = False


class Finding(_Record):
    """A check of claims' numbers against each other or a source (consistent or not)."""

    id: str
    kind: str
    document_id: str | None = None
    claims: list[str] = Field(default_factory=list)
    stated: float | None = None
    computed: float | None = None
    consistent: bool
    tolerance: float = 0.0
    explanation: str = ""
    details: dict[str, Any] = Field(default_factory=dict)


class Event(_Record):
    """One entry of a claim's append-only history."""

    id: int | None = None
    claim_id: str
    reviewer: str
    at: str = Field(default_factory=utc_now)
    action: str
    field: str = ""
    before: Any = None
    after: Any = None
    undoes: int | None = None


#: Claim fields a reviewer may change through the store.
EDITABLE_FIELDS = frozenset({"status", "note", "assignee", "tags"})


def document_id_for(source: str) -> str:
    """A stable id for a document, from where it was read (path or URL)."""
    return "d" + hashlib.sha1(source.encode("utf-8")).hexdigest()[:11]


def claim_id_for(document_id: str, text: str, occurrence: int) -> str:
    """A stable id for a claim: the same text at the same rank keeps its id."""
    digest = hashlib.sha1(f"{document_id}\x1f{text}\x1f{occurrence}".encode()).hexdigest()
    return "c" + digest[:11]


class ClaimFilter(_Record):
    """Which claims a table, a CLI listing or a report shows; the store turns it into SQL."""

    statuses: list[Status] = Field(default_factory=list)
    document_id: str | None = None
    section: str | None = None
    attribution: str | None = None
    tag: str | None = None
    assignee: str | None = None
    has_evidence: bool | None = None
    hide_duplicates: bool = False
    inconsistent: bool | None = None
    include_retired: bool = False
    search: str = ""


#: Columns the claims can be sorted by (the store's keyset pagination knows each).
SORT_COLUMNS = (
    "priority",
    "status",
    "text",
    "attribution",
    "evidence_count",
    "document_id",
    "updated_at",
    "position",
)
