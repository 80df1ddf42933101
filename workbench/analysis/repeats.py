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
from workbench.analysis.text import DocumentView, Mention, nearest_scope
from workbench.models import Finding, Kind

#: A measure's name shorter than this is too generic to say two figures are one.
MIN_KEY = 6
_PAREN = re.compile(r"^\s*[（(]\s*(?:约|即|合|约合|相当于|about|around|i\.e\.,?|or)?\s*$", re.I)
# A name that points back (该公司, its revenue) is not the same figure in another paragraph.
_DEICTIC = re.compile(r"^(?:该|这|此|其|本|上述|the\s*company|this|its|their|these|it)", re.I)
_CONVERTIBLE = ("duration", "energy", "compute", "mass", "length")
# The part of a year a figure covers: a quarter's revenue is not the year's revenue (a whole
# year, 全年, is what a figure without one covers, so it is no period here).
_PERIOD = re.compile(
    r"[一二三四1-4]\s*季度|第[一二三四1-4]季度|[上下]半年|前[三两二]季度|\d{1,2}\s*月|"
    r"\bQ[1-4]\b|\bH[12]\b|\b(?:first|second|third|fourth)\s+(?:quarter|half)|"
    r"\b(?:nine|six|three)\s+months",
    re.I,
)


def find_repeats(doc: DocumentView) -> list[Finding]:
    """Figures stated more than once, each restatement checked against the first."""
    findings: list[Finding] = []
    groups: dict[
        tuple[str, frozenset[str], tuple[float, ...], frozenset[str]], list[tuple[Mention, str]]
    ] = defaultdict(list)
    for mention in doc.mentions:
        if mention.dim is None or mention.kind in (Kind.RANK, Kind.DATE):
            continue
        key, start = doc.key_span(mention, min_length=MIN_KEY)
        if len(key) < MIN_KEY or _DEICTIC.match(key):
            continue
        # A name borrowed from the clause before (销量达到#万辆，同比增长) only names the same
        # figure if the figures it passes over are the same too.
        passed = tuple(m.value for m in doc.mentions if start <= m.start < mention.clause_start)
        period = frozenset(
            p.lower().replace(" ", "")
            for p in _PERIOD.findall(doc.folded[mention.sentence_start : mention.start])
        )
        groups[(mention.dim.name, frozenset(doc.years(mention)), passed, period)].append(
            (mention, key)
        )
    for entries in groups.values():
        matched: set[int] = set()
        for i, (first, key_a) in enumerate(entries):
            if first.index in matched:
                continue
            for later, key_b in entries[i + 1 :]:
                if later.sentence == first.sentence or later.index in matched:
                    continue
                if not _same_name(key_a, key_b) or _scope(doc, first) != _scope(doc, later):
                    continue
                matched.add(later.index)
                shorter = key_a if len(key_a) <= len(key_b) else key_b
                findings.append(_check(doc, first, later, f"stated twice as {shorter!r}"))
    findings.extend(_parenthetical(doc))
    return findings


def _same_name(a: str, b: str) -> bool:
    """Equal names, or one the other with words in front (据…显示, 'we note that')."""
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= MIN_KEY + 2 and longer.endswith(shorter)


def _scope(doc: DocumentView, mention: Mention) -> frozenset[str]:
    return nearest_scope(doc.folded[mention.sentence_start : mention.start])


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
