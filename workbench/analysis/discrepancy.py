"""The discrepancy meter: a claim's number against a number found in a source.

`measure_discrepancy(quantity, claim, found)` takes one evidence match (a dict
with quantity_text, found_text, value — in the claim's unit —, unit, passage,
relation) and says how far apart the two are (absolute and relative), whether
the source's number falls within what the claim allows (its rounding, its hedge
约/about, its bound 超过/more than), and what may make the comparison unfair:
percent against percentage points, a different base (global vs China), a
different period (the claim's year vs the source's). The suggestion (supports,
refutes, misleading) is for the reviewer to accept; it never sets a status.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from workbench.analysis.finding import finding_id
from workbench.analysis.numbers import Interval, fmt, interval
from workbench.analysis.text import fold, scopes
from workbench.models import Bound, Claim, ClaimFilter, Finding, Kind, Quantity

_POINTS = re.compile(r"个?百分点|percentage\s+points?|\bpp\b|\bppts?\b|\bpoints?\b", re.I)
_PERCENT = re.compile(r"%|％|百分之|per\s*cent|percent", re.I)
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?:\s*年|(?![\d%亿万]))")


def measure_discrepancy(quantity: Quantity, claim: Claim, found: dict[str, Any]) -> Finding:
    """How a number found in a source stands to the claim's quantity (a `discrepancy` finding).

    `consistent` is True when the source's number lies within what the claim
    allows; `details` carries the absolute and relative difference, the flags
    (percent_vs_points, different_base, different_period) and a `suggestion`.
    """
    stated_range = interval(quantity)
    found_value = float(found.get("value") if found.get("value") is not None else float("nan"))
    claim_value = quantity.value or 0.0
    absolute = found_value - claim_value
    relative = absolute / claim_value if claim_value else None
    within = stated_range.overlaps(Interval(found_value, found_value))
    passage = str(found.get("passage") or "")
    found_text = str(found.get("found_text") or "")
    claim_text = claim.sentence or claim.text
    flags: dict[str, str] = {}
    points = _percent_vs_points(quantity, found_text, passage, found)
    if points:
        flags["percent_vs_points"] = points
    base = _different_base(claim_text, passage)
    if base:
        flags["different_base"] = base
    period = _different_period(claim, claim_text, passage)
    if period:
        flags["different_period"] = period
    if flags:
        suggestion = "misleading" if within else "unclear"
    else:
        suggestion = "supports" if within else "refutes"
    hedge = _hedge_words(quantity)
    explanation = _explain(
        quantity, found_text, found_value, absolute, relative, within, hedge, flags
    )
    details = {
        "quantity": {"text": quantity.text, "start": quantity.start, "end": quantity.end},
        "found_text": found_text,
        "passage": passage,
        "absolute_difference": _num(absolute),
        "relative_difference": _num(relative),
        "within_claim": within,
        "allowed_range": [_num(stated_range.lo), _num(stated_range.hi)],
        "flags": flags,
        "suggestion": suggestion,
        "matcher_relation": found.get("relation"),
    }
    for key in ("evidence_id", "url", "position"):
        if key in found:
            details[key] = found[key]
    parts = [
        claim.id,
        quantity.text,
        found_text,
        str(found.get("position", "")),
        str(found.get("evidence_id", "")),
    ]
    half = max(claim_value - stated_range.lo, 0.0)
    return Finding(
        id=finding_id("discrepancy", parts),
        kind="discrepancy",
        document_id=claim.document_id,
        claims=[claim.id],
        stated=_num(claim_value),
        computed=_num(found_value),
        consistent=within and not flags,
        tolerance=round(half, 6),
        explanation=explanation,
        details=details,
    )


def _num(value: float | None) -> float | None:
    if value is None or value != value or value in (float("inf"), float("-inf")):
        return None
    return float(f"{value:.10g}")


def _hedge_words(quantity: Quantity) -> str:
    if quantity.bound == Bound.LOWER:
        return "at least"
    if quantity.bound == Bound.UPPER:
        return "at most"
    return "about" if quantity.approx else ""


def _percent_vs_points(
    quantity: Quantity, found_text: str, passage: str, found: dict[str, Any]
) -> str:
    unit = f"{found.get('unit', '')} {found.get('source_unit', '')}"
    found_points = bool(_POINTS.search(found_text) or _POINTS.search(unit))
    found_percent = bool(_PERCENT.search(found_text)) and not found_points
    if quantity.kind == Kind.PERCENT and found_points:
        return "the claim says percent, the source percentage points"
    if quantity.kind == Kind.PERCENTAGE_POINTS and found_percent:
        return "the claim says percentage points, the source percent"
    return ""


def _different_base(claim_text: str, passage: str) -> str:
    ours, theirs = scopes(claim_text), scopes(passage)
    if ours and theirs and not ours & theirs:
        return f"the claim speaks of {'/'.join(sorted(ours))}, the source of {'/'.join(sorted(theirs))}"
    return ""


def _different_period(claim: Claim, claim_text: str, passage: str) -> str:
    ours = set(_YEAR.findall(fold(claim.period))) or set(_YEAR.findall(fold(claim_text)))
    theirs = set(_YEAR.findall(fold(passage)))
    if ours and theirs and not ours & theirs:
        return f"the claim is about {', '.join(sorted(ours))}, the source about {', '.join(sorted(theirs))}"
    return ""


def _explain(
    quantity: Quantity,
    found_text: str,
    found_value: float,
    absolute: float,
    relative: float | None,
    within: bool,
    hedge: str,
    flags: dict[str, str],
) -> str:
    rel = f" ({relative:+.1%})" if relative is not None else ""
    claim = f"{hedge} {fmt(quantity.value)}".strip()
    head = (
        f"the source's {found_text or fmt(found_value)} is within the claim's {claim}"
        if within
        else f"the source's {found_text or fmt(found_value)} differs from the claim's {claim} by {fmt(absolute)}{rel}"
    )
    if flags:
        head += "; but " + "; ".join(flags.values())
    return head


def iter_evidence_findings(store: Any, claims: list[Claim]) -> Iterator[Finding]:
    """The discrepancy findings of these claims' attached evidence matches."""
    evidence = store.evidence_for([c.id for c in claims])
    for claim in claims:
        by_text = {q.text: q for q in claim.quantities}
        for item in evidence.get(claim.id, []):
            for match in item.matches:
                quantity = by_text.get(str(match.get("quantity_text", "")))
                if quantity is None or quantity.value is None or match.get("value") is None:
                    continue
                found = dict(match)
                found.setdefault("evidence_id", item.id)
                found.setdefault("url", item.url)
                yield measure_discrepancy(quantity, claim, found)


def discrepancy_findings(store: Any, document_id: str | None = None) -> list[Finding]:
    """Every stored evidence match measured against its claim (one document's, or all)."""
    claims = list(store.iter_claims(ClaimFilter(document_id=document_id, has_evidence=True)))
    return list(iter_evidence_findings(store, claims))
