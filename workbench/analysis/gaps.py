"""Gap: demand, supply and the stated gap (需求1000，供给600，缺口40%; demand … supply … a gap of 40%).

The gap may be stated as a share of demand (the usual reading), of supply, or
as an amount; a gap that matches any of these readings is consistent.
"""

from __future__ import annotations

import re

from workbench.analysis.finding import make_finding
from workbench.analysis.numbers import Interval, fmt, interval, same_measure
from workbench.analysis.text import DocumentView, Mention
from workbench.models import Finding, Kind

_GAP = re.compile(r"缺口|短缺|缺额|差额|\bgap\b|shortfall|deficit|shortage", re.I)
_DEMAND = re.compile(r"需求|需要|需求量|所需|\bdemand|\bneed(?:ed|s)?\b|\brequire", re.I)
# What is produced is what is supplied when a gap to a demand is stated (发电量 vs 电力需求).
_SUPPLY = re.compile(
    r"供给|供应|产能|发电量|产量|\bsuppl(?:y|ied)|\bcapacity\b|\bavailable\b|\bproduction\b|"
    r"\boutput\b|\bgeneration\b",
    re.I,
)


def find_gaps(doc: DocumentView) -> list[Finding]:
    """Every stated gap with its demand and supply in the same sentence, checked."""
    findings: list[Finding] = []
    floor: dict[int, int] = {}  # per sentence: mentions before this index belong to an earlier gap
    for gap in doc.mentions:
        if gap.kind not in (Kind.PERCENT, Kind.CURRENCY, Kind.COUNT, Kind.MEASURE):
            continue
        if not _GAP.search(doc.near_left(gap)):
            continue
        start = floor.get(gap.sentence, 0)
        earlier = [
            m
            for m in doc.mentions[start : gap.index]
            if m.sentence == gap.sentence and m.kind != Kind.PERCENT
        ]
        demand = _last(doc, earlier, _DEMAND)
        supply = _last(doc, earlier, _SUPPLY)
        floor[gap.sentence] = gap.index + 1
        if (
            demand is None
            or supply is None
            or demand is supply
            or not same_measure(demand.dim, supply.dim)
        ):
            continue
        if demand.value <= supply.value:
            continue
        if gap.kind != Kind.PERCENT and not same_measure(gap.dim, demand.dim):
            continue
        findings.append(_check(doc, demand, supply, gap))
    return findings


def _last(doc: DocumentView, mentions: list[Mention], cue: re.Pattern[str]) -> Mention | None:
    for mention in reversed(mentions):
        left = doc.near_left(mention)
        if cue.search(left) and not _GAP.search(left):
            return mention
    return None


def _check(doc: DocumentView, demand: Mention, supply: Mention, gap: Mention) -> Finding:
    d = interval(demand.quantity, stated=False)
    s = interval(supply.quantity, stated=False)
    stated = interval(gap.quantity)
    shortfall = d - s
    if gap.kind == Kind.PERCENT:
        readings = {
            "of demand": (
                (shortfall / d).scale(100),
                (demand.value - supply.value) / demand.value * 100,
            ),
            "of supply": (
                (shortfall / s).scale(100),
                (demand.value - supply.value) / supply.value * 100,
            ),
        }
        unit = "%"
    else:
        readings = {"amount": (shortfall, demand.value - supply.value)}
        unit = ""
    matched = [name for name, (rng, _) in readings.items() if stated.overlaps(rng)]
    name = matched[0] if matched else next(iter(readings))
    computed_range, computed = readings[name]
    consistent = bool(matched)
    basis = f" ({name})" if gap.kind == Kind.PERCENT else ""
    explanation = (
        f"demand {demand.text} − supply {supply.text} = a gap of {fmt(computed)}{unit}{basis}; "
        f"stated {gap.text}" + ("" if consistent else ", which does not match")
    )
    return make_finding(
        "gap",
        doc.document_id,
        [demand, supply, gap],
        stated=gap.value,
        computed=computed,
        consistent=consistent,
        explanation=explanation,
        stated_range=stated,
        computed_range=computed_range if isinstance(computed_range, Interval) else None,
        roles=["demand", "supply", "gap"],
        extra={"basis": name},
    )
