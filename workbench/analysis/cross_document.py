"""Claims across documents: the same figure cited by several documents, and figures that clash.

Two figures from different documents are about the same thing when they name
the same measure (their words, as a set of character pairs / English words,
overlap by at least `LINK_SIMILARITY`), in the same scope and year, in the
same dimension. Same value (within both roundings): a `cross_document` finding
with consistent=True, so a verdict reached on one can be offered for the other.
Different values for a measure named near-identically (`CLASH_SIMILARITY`): a
finding with consistent=False.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from workbench.analysis.finding import make_finding
from workbench.analysis.numbers import fmt, interval
from workbench.analysis.text import DocumentView, Mention, bigrams, scopes
from workbench.models import Finding, Kind

LINK_SIMILARITY = 0.5
CLASH_SIMILARITY = 0.7
#: Names shorter than this (in content units) say too little to link figures.
MIN_UNITS = 3


def find_cross_document(views: Sequence[DocumentView]) -> list[Finding]:
    """Links and clashes between figures of different documents."""
    entries: list[tuple[DocumentView, Mention, set[str], frozenset[str], frozenset[str]]] = []
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for doc in views:
        for mention in doc.mentions:
            if mention.dim is None or mention.kind in (Kind.RANK, Kind.DATE):
                continue
            key = doc.key(mention)
            units = bigrams(key)
            if len(units) < MIN_UNITS:
                continue
            n = len(entries)
            entries.append(
                (
                    doc,
                    mention,
                    units,
                    scopes(doc.sentence_text(mention)),
                    frozenset(doc.years(mention)),
                )
            )
            for unit in units:
                index[(mention.dim.name, unit)].append(n)
    findings: list[Finding] = []
    done: set[tuple[int, int]] = set()
    for i, (doc_a, a, units_a, scope_a, years_a) in enumerate(entries):
        candidates: set[int] = set()
        for unit in units_a:
            candidates.update(j for j in index[(a.dim.name, unit)] if j > i)  # type: ignore[union-attr]
        for j in sorted(candidates):
            doc_b, b, units_b, scope_b, years_b = entries[j]
            if doc_b.document_id == doc_a.document_id or (i, j) in done:
                continue
            if scope_a != scope_b or (years_a and years_b and not years_a & years_b):
                continue
            similarity = len(units_a & units_b) / len(units_a | units_b)
            same = interval(a.quantity).overlaps(interval(b.quantity))
            if same and similarity >= LINK_SIMILARITY:
                done.add((i, j))
                findings.append(_finding(a, b, doc_a, doc_b, True, similarity))
            elif not same and similarity >= CLASH_SIMILARITY and _tight(a) and _tight(b):
                done.add((i, j))
                findings.append(_finding(a, b, doc_a, doc_b, False, similarity))
    return findings


def _tight(mention: Mention) -> bool:
    """A bound (超过, less than) cannot clash with a number on its open side; keep exact ones."""
    return mention.quantity.bound is None


def _finding(
    a: Mention, b: Mention, doc_a: DocumentView, doc_b: DocumentView, same: bool, similarity: float
) -> Finding:
    if same:
        explanation = (
            f"the same figure in two documents: {a.text} and {b.text}; "
            "a verdict on one applies to the other"
        )
    else:
        explanation = (
            f"two documents give different figures for the same measure: {a.text} and {b.text}"
        )
    return make_finding(
        "cross_document",
        None,
        [a, b],
        stated=a.value,
        computed=b.value,
        consistent=same,
        explanation=explanation,
        stated_range=interval(a.quantity),
        computed_range=interval(b.quantity),
        roles=["one document", "another document"],
        extra={
            "documents": [doc_a.document_id, doc_b.document_id],
            "similarity": round(similarity, 2),
            "difference": fmt(b.value - a.value),
        },
    )
