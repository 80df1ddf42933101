"""Product: a rate times a quantity (times a time) against a stated cost.

A price per unit of time (每小时2美元, $2/hr, $2 per GPU-hour) in a sentence that
also states durations, counts (GPUs, servers) and costs in the same currency:
each cost is checked against the products the sentence's figures can make
(count × hours × price, or GPU-hours × price). A cost that one product matches
is confirmed with it; a mismatch is reported only when the sentence leaves no
choice of factors (one duration, at most one count, one cost).
"""

from __future__ import annotations

import re
from itertools import chain

from workbench.analysis.finding import make_finding
from workbench.analysis.numbers import Interval, fmt, interval
from workbench.analysis.text import DocumentView, Mention
from workbench.models import Finding, Kind

_COST = re.compile(
    r"成本|花费|费用|开支|支出|投入|耗资|花了|花销|总价|\bcost|\bspen[dt]|\bexpense|\bbill\b|\bpaid\b|price\s+tag",
    re.I,
)
_PER_TIME_TEXT = re.compile(
    r"每(?:个)?(?:GPU|卡)?(?P<zh>小时|天|日|月|年)|/\s*(?:GPU[- ]?)?(?P<en1>hr|hour|h|day|month|year)\b|"
    r"\bper\s+(?:GPU[- ]?)?(?P<en2>hour|day|month|year)\b|\ban\s+(?P<en3>hour)\b",
    re.I,
)
_HOURS_PER = {"小时": 1, "天": 24, "日": 24, "月": 730.5, "年": 8766, "hr": 1, "hour": 1, "h": 1,
              "day": 24, "month": 730.5, "year": 8766}  # fmt: skip


def find_products(doc: DocumentView) -> list[Finding]:
    """Costs checked against price × quantity × time in the same sentence."""
    findings: list[Finding] = []
    for price in doc.mentions:
        per_hour = _price_per_hour(doc, price)
        if per_hour is None:
            continue
        currency = price.dim.name.split("/")[0] if price.dim else ""
        sentence = doc.mentions_in_sentence(price)
        durations = [m for m in sentence if m.dim is not None and m.dim.name == "duration"]
        counts = [m for m in sentence if m.kind == Kind.COUNT and m.value >= 2]
        costs = [
            m
            for m in sentence
            if m.start > price.end
            and m.dim is not None
            and m.dim.name == currency
            and _COST.search(doc.left(m) or doc.previous_clause(m))
        ]
        if not durations or not costs:
            continue
        candidates = _candidates(durations, counts)
        for cost in costs:
            finding = _check_cost(
                doc, price, per_hour, cost, candidates, len(costs), durations, counts
            )
            if finding is not None:
                findings.append(finding)
    return findings


def _price_per_hour(doc: DocumentView, price: Mention) -> float | None:
    """How many hours the price's unit of time holds (None: not a price per time)."""
    if price.kind != Kind.CURRENCY or price.dim is None:
        return None
    if "/" in price.dim.name:
        if not price.dim.name.endswith("/duration"):
            return None
        return 1 / price.dim.factor if price.dim.factor else None
    around = doc.folded[max(price.clause_start, price.start - 8) : price.end + 16]
    match = _PER_TIME_TEXT.search(around)
    if not match:
        return None
    word = next(g for g in match.groups() if g)
    return float(_HOURS_PER[word.lower()])


def _candidates(durations: list[Mention], counts: list[Mention]) -> list[list[Mention]]:
    """Every way the sentence's figures may multiply into the priced quantity."""
    found: list[list[Mention]] = [[d] for d in durations]
    found += [[c, d] for d in durations for c in counts if c.start != d.start]
    return found


def _product(factors: list[Mention], per_hour: float) -> tuple[float, Interval]:
    value = 1.0
    rng = Interval(1.0, 1.0)
    for mention in factors:
        factor = mention.dim.factor if mention.dim and mention.dim.name == "duration" else 1.0
        value *= mention.value * factor
        rng = rng * interval(mention.quantity, stated=False).scale(factor)
    return value / per_hour, rng.scale(1 / per_hour)


def _check_cost(
    doc: DocumentView,
    price: Mention,
    per_hour: float,
    cost: Mention,
    candidates: list[list[Mention]],
    n_costs: int,
    durations: list[Mention],
    counts: list[Mention],
) -> Finding | None:
    stated = interval(cost.quantity)
    p = interval(price.quantity, stated=False)
    scored = []
    for factors in candidates:
        value, rng = _product(factors, per_hour)
        scored.append((factors, value * price.value, rng * p))
    matching = [s for s in scored if stated.overlaps(s[2])]
    if matching:
        most = max(len(s[0]) for s in matching)
        best = [s for s in matching if len(s[0]) == most]
        if len(best) != 1:
            return None
        factors, computed, rng = best[0]
        consistent = True
    else:
        if n_costs != 1 or len(durations) != 1 or len(counts) > 1:
            return None
        factors, computed, rng = max(scored, key=lambda s: len(s[0]))
        consistent = False
    names = " × ".join(m.text for m in chain(factors, [price]))
    verdict = "agrees with" if consistent else "does not match"
    explanation = f"{names} = {fmt(computed)}, which {verdict} the stated {cost.text}"
    return make_finding(
        "product",
        doc.document_id,
        [*factors, price, cost],
        stated=cost.value,
        computed=computed,
        consistent=consistent,
        explanation=explanation,
        stated_range=stated,
        computed_range=rng,
        roles=[*("factor" for _ in factors), "rate", "total"],
    )
