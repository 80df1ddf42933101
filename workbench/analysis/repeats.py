"""Repeat: the same figure stated twice in a document, with the same value or not.

Two mentions state the same figure when they name the same measure with the
same words (the clause before the number, fillers and numbers dropped, at least
`MIN_KEY` characters), in the same scope and year, in the same dimension, in
different sentences. A figure restated in parentheses in another unit
(约4天（约80小时）, 3 miles (5 km)) is a repeat too, compared after conversion.
"""

from __future__ import annotations

import re
from collections import defaultdict

from workbench.analysis.finding import make_finding
from workbench.analysis.numbers import Interval, fmt, interval
from workbench.analysis.text import DocumentView, Mention, scopes
from workbench.models import Finding, Kind

#: A measure's name shorter than this is too generic to say two figures are one.
MIN_KEY = 6
_PAREN = re.compile(r"^\s*[（(]\s*(?:约|即|合|约合|相当于|about|around|i\.e\.,?|or)?\s*$", re.I)
_CONVERTIBLE = ("duration", "energy", "compute", "mass", "length")


def find_repeats(doc: DocumentView) -> list[Finding]:
    """Figures stated more than once, each restatement checked against the first."""
    findings: list[Finding] = []
    groups: dict[tuple[str, str, frozenset[str]], list[Mention]] = defaultdict(list)
    for mention in doc.mentions:
        if mention.dim is None or mention.kind in (Kind.RANK, Kind.DATE):
            continue
        key = doc.key(mention, min_length=MIN_KEY)
        if len(key) < MIN_KEY:
            continue
        groups[(mention.dim.name, key, frozenset(doc.years(mention)))].append(mention)
    for (_, key, _), mentions in groups.items():
        first = mentions[0]
        for later in mentions[1:]:
            if later.sentence == first.sentence:
                continue
            if (
                scopes(doc.sentence_text(first)[: first.start - first.sentence_start])
                != scopes(doc.sentence_text(later)[: later.start - later.sentence_start])
                and scopes(key) == frozenset()
            ):
                continue
            findings.append(_check(doc, first, later, f"stated twice as {key!r}"))
    findings.extend(_parenthetical(doc))
    return findings


def _parenthetical(doc: DocumentView) -> list[Finding]:
    found = []
    for a, b in zip(doc.mentions, doc.mentions[1:], strict=False):
        if a.dim is None or b.dim is None or a.dim.name != b.dim.name:
            continue
        if a.dim.name not in _CONVERTIBLE or a.dim.factor == b.dim.factor:
            continue
        if not _PAREN.match(doc.between(a, b)):
            continue
        found.append(_check(doc, a, b, "restated in parentheses"))
    return found


def _check(doc: DocumentView, first: Mention, later: Mention, how: str) -> Finding:
    fa = first.dim.factor if first.dim else 1.0
    fb = later.dim.factor if later.dim else 1.0
    ra = interval(first.quantity).scale(fa)
    rb = interval(later.quantity).scale(fb)
    consistent = ra.overlaps(rb)
    converted = later.value * fb / fa
    if fa != fb:
        sentence = f"{later.text} is {fmt(converted)} in the unit of {first.text}, " + (
            "which agrees" if consistent else "which does not agree"
        )
    else:
        sentence = f"{first.text} and {later.text} " + ("agree" if consistent else "disagree")
    return make_finding(
        "repeat",
        doc.document_id,
        [first, later],
        stated=first.value,
        computed=converted,
        consistent=consistent,
        explanation=f"the same figure {how}: {sentence}",
        stated_range=Interval(ra.lo / fa, ra.hi / fa),
        computed_range=Interval(rb.lo / fa, rb.hi / fa),
        roles=["first", "again"],
    )
