"""Extraction: a document's text in, its quantitative claims out.

`extract_claims(document)` is the one entry point the rest of the workbench uses.
The work is split by job: fold (matching form of the text), segment (paragraphs,
sentences, clauses, headings), numbers (reading numerals), units (the lexicon),
exclude (names, titles, numbering), quantities (mentions with value, unit, kind),
attribution, claims (grouping into claims), priority and duplicates.
"""

from __future__ import annotations

from workbench.extract.claims import draft_claims, to_quantity
from workbench.extract.duplicates import link_duplicates
from workbench.extract.priority import score
from workbench.models import Claim, Document, claim_id_for

__all__ = ["extract_claims"]


def extract_claims(document: Document) -> list[Claim]:
    """Every quantitative claim of `document`, in document order."""
    text = document.text
    claims: list[Claim] = []
    occurrences: dict[str, int] = {}
    cache: dict[str, tuple[bool, bool, bool]] = {}
    for draft in draft_claims(text):
        clause = text[draft.start : draft.end]
        occurrence = occurrences.get(clause, 0)
        occurrences[clause] = occurrence + 1
        quantities = [to_quantity(text, m) for m in draft.mentions]
        quantities += [to_quantity(text, m) for m in draft.dates]
        quantities.sort(key=lambda q: q.start)
        priority, factors = score(clause, quantities, draft.attribution, cache)
        claims.append(
            Claim(
                id=claim_id_for(document.id, clause, occurrence),
                document_id=document.id,
                text=clause,
                start=draft.start,
                end=draft.end,
                sentence=text[draft.sentence_start : draft.sentence_end],
                sentence_start=draft.sentence_start,
                section=draft.section,
                attribution=draft.attribution,
                period=draft.period,
                priority=priority,
                priority_factors=factors,
                quantities=quantities,
            )
        )
    link_duplicates(claims)
    return claims
