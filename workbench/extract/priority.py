"""Priority: how much a claim deserves a reviewer's time, with the reasons as named factors."""

from __future__ import annotations

import re

from workbench.models import Kind, Quantity

BASE = 0.3
_GROWTH = re.compile(
    r"增长|增速|同比|环比|增幅|下降|降幅|上升|提升|提高|减少|翻番|翻一番|cagr|grow|grew|growth|increase|"
    r"decrease|decline|rose|rise|fell|fall|jump|surge|drop|up |down ",
    re.IGNORECASE,
)
_SUPERLATIVE = re.compile(
    r"最|首位|第一|居首|领先|largest|biggest|highest|lowest|most|leading|top|first|record",
    re.IGNORECASE,
)
_ANECDOTE = re.compile(
    r"某(?:企业|公司|制造|中小|金融|高校|医院|患者|AI|工业|机构|用户|行业|地)|例如|比如|"
    r"for example|for instance|one (?:company|firm|client|customer|patient|user)|a (?:company|firm|client) in",
    re.IGNORECASE,
)


def score(
    clause: str,
    quantities: list[Quantity],
    attribution: str,
    cache: dict[str, tuple[bool, bool, bool]] | None = None,
) -> tuple[float, dict[str, float]]:
    """A priority in [0, 1] and the factors (name → contribution) that make it up.

    `cache` keeps what was learnt about a clause for the other claims of the same clause.
    """
    found = cache.get(clause) if cache is not None else None
    if found is None:
        found = (
            bool(_GROWTH.search(clause)),
            bool(_SUPERLATIVE.search(clause)),
            bool(_ANECDOTE.search(clause)),
        )
        if cache is not None:
            cache[clause] = found
    growth, superlative, anecdote = found
    factors: dict[str, float] = {"base": BASE}
    if attribution:
        factors["attributed statistic"] = 0.2
    values = [q for q in quantities if q.kind != Kind.DATE and q.value is not None]
    if any(_precise(q) for q in values):
        factors["precise figure"] = 0.1
    if any(_very_large(q) for q in values):
        factors["very large figure"] = 0.1
    if any(q.kind in (Kind.PERCENT, Kind.RATIO, Kind.PERCENTAGE_POINTS) for q in values) and growth:
        factors["growth rate"] = 0.15
    if any(q.kind == Kind.RANK for q in values) or superlative:
        factors["superlative or rank"] = 0.15
    if anecdote:
        factors["anecdote about an unnamed party"] = -0.25
    total = min(1.0, max(0.0, sum(factors.values())))
    return round(total, 3), factors


def _precise(quantity: Quantity) -> bool:
    value = quantity.value or 0.0
    if value != int(value):
        return True
    digits = str(int(abs(value))).rstrip("0")
    return len(digits) >= 3


def _very_large(quantity: Quantity) -> bool:
    value = abs(quantity.value or 0.0)
    if quantity.kind == Kind.CURRENCY:
        return value >= 1e9
    return quantity.kind in (Kind.COUNT, Kind.MEASURE) and value >= 1e7
