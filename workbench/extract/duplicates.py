"""Duplicates: a claim that states again a figure an earlier claim of the document stated."""

from __future__ import annotations

import re

from workbench.models import Claim, Kind

#: How alike two clauses must be (share of character bigrams) to be the same claim.
SIMILARITY = 0.25
_NOISE = re.compile(r"[\s0-9.,，、;；:：()（）%]+")


def link_duplicates(claims: list[Claim]) -> None:
    """Set `duplicate_of` on every claim restating an earlier one (same value and unit, similar words)."""
    seen: dict[tuple, list[tuple[Claim, frozenset[str]]]] = {}
    for claim in claims:
        key = _key(claim)
        if not key:
            continue
        grams = _bigrams(claim.text)
        earlier = seen.setdefault(key, [])
        for other, other_grams in earlier:
            if _similar(grams, other_grams):
                claim.duplicate_of = other.duplicate_of or other.id
                break
        if len(earlier) < 20:
            earlier.append((claim, grams))


def _key(claim: Claim) -> tuple:
    parts = sorted(
        (q.kind.value, q.unit, round(q.value, 4))
        for q in claim.quantities
        if q.kind != Kind.DATE and q.value is not None
    )
    return tuple(parts)


def _bigrams(text: str) -> frozenset[str]:
    text = _NOISE.sub(" ", text.lower())
    return frozenset(text[i : i + 2] for i in range(len(text) - 1) if " " not in text[i : i + 2])


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return True
    return len(a & b) / min(len(a), len(b)) >= SIMILARITY
