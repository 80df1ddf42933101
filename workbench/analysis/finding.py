"""Building a Finding from the mentions a check compared: stable id, claims, one-line explanation."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from typing import Any

from workbench.analysis.numbers import Interval
from workbench.analysis.text import Mention
from workbench.models import Finding

#: Every kind of finding the analysis writes (the JSON export and TUI show these names).
KINDS = (
    "share",
    "gap",
    "change",
    "growth",
    "complement",
    "sum",
    "product",
    "repeat",
    "cross_document",
    "discrepancy",
)


def finding_id(kind: str, parts: Sequence[str]) -> str:
    """A stable id: the same check over the same figures keeps its id across runs."""
    digest = hashlib.sha1("\x1f".join([kind, *parts]).encode("utf-8")).hexdigest()
    return "f" + digest[:15]


def make_finding(
    kind: str,
    document_id: str | None,
    mentions: Sequence[Mention],
    *,
    stated: float | None,
    computed: float | None,
    consistent: bool,
    explanation: str,
    stated_range: Interval | None = None,
    computed_range: Interval | None = None,
    roles: Sequence[str] = (),
    extra: dict[str, Any] | None = None,
) -> Finding:
    """A finding over these mentions (in role order: e.g. part, whole, share)."""
    claims: list[str] = []
    for mention in mentions:
        for claim_id in mention.claims:
            if claim_id not in claims:
                claims.append(claim_id)
    quantities = []
    for i, mention in enumerate(mentions):
        entry = mention.brief()
        if i < len(roles):
            entry["role"] = roles[i]
        quantities.append(entry)
    details: dict[str, Any] = {"quantities": quantities}
    tolerance = 0.0
    if stated_range is not None:
        details["stated_range"] = [_plain(stated_range.lo), _plain(stated_range.hi)]
    if computed_range is not None:
        details["computed_range"] = [_plain(computed_range.lo), _plain(computed_range.hi)]
    if stated_range is not None and stated is not None:
        half_stated = max(stated - stated_range.lo, 0.0)
        if math.isfinite(stated_range.hi):
            half_stated = max(half_stated, stated_range.hi - stated)
        half_computed = 0.0
        if computed_range is not None and math.isfinite(computed_range.width):
            half_computed = computed_range.width / 2
        tolerance = round(half_stated + half_computed, 6)
    if extra:
        details.update(extra)
    spans = [f"{m.start}:{m.end}:{','.join(m.claims)}" for m in mentions]
    return Finding(
        id=finding_id(kind, [document_id or "", *spans]),
        kind=kind,
        document_id=document_id,
        claims=claims,
        stated=_round(stated),
        computed=_round(computed),
        consistent=consistent,
        tolerance=tolerance,
        explanation=explanation,
        details=details,
    )


def _round(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return float(f"{value:.10g}")


def _plain(value: float) -> float | None:
    return _round(value)
