"""Change: a before/after pair (从60%下降至20%, from 60% to 20%) against the stated change.

The pair is two neighbouring figures of one measure joined by 从/由/from … 到/至/to;
the stated change is the figure right after it (，下降了40个百分点; , a drop of 40
points) or right before it (下降了40个百分点，从…; fell 40 points from … to …).
"""

from __future__ import annotations

import re

from workbench.analysis.growth import (
    DECREASE,
    INCREASE,
    change_finding,
    compare_change,
    direction_of,
)
from workbench.analysis.numbers import same_measure
from workbench.analysis.text import DocumentView, Mention
from workbench.models import Finding, Kind

_FROM = re.compile(
    r"(?:从|由)[^，,。；;从由]{0,16}$|\bfrom\s+(?:about\s+|around\s+|an?\s+)?$", re.I
)
_TO = re.compile(
    r"^\s*(?:的)?\s*(?:[\u4e00-\u9fff]{0,4}?)(?:到|至|为|成)\s*(?:了)?\s*$|"
    r"^\s*(?:(?:in|by)\s+\S+\s+)?(?:down\s+|up\s+)?to\s+(?:about\s+|around\s+|just\s+|only\s+)?$",
    re.I,
)
_RATE_BEFORE = re.compile(
    r"(?:下降|降低|减少|增长|增加|上升|提升|提高|缩短|扩大|下滑|回落)(?:了|约|近)?\s*$|"
    r"\b(?:fell|dropped|declined|rose|grew|increased|decreased|climbed|jumped|down|up)\s+(?:by\s+)?$",
    re.I,
)
_LEADS_TO_PAIR = re.compile(r"^[^\d，,。；;]{0,6}[，,]?\s*(?:从|由|\bfrom\b)", re.I)
_CHANGE_WORDS = re.compile(
    DECREASE.pattern + "|" + INCREASE.pattern + r"|变化|变动|差距|change", re.I
)


def find_changes(doc: DocumentView) -> list[Finding]:
    """Every from…to pair with a stated change next to it, checked."""
    findings: list[Finding] = []
    mentions = doc.mentions
    for i in range(len(mentions) - 1):
        old, new = mentions[i], mentions[i + 1]
        if old.sentence != new.sentence or not same_measure(old.dim, new.dim):
            continue
        if old.kind in (Kind.RANK, Kind.DATE):
            continue
        before_old = doc.folded[old.sentence_start : old.start]
        if not _FROM.search(before_old) or not _TO.match(doc.between(old, new)):
            continue
        rate = _stated_change(doc, old, new)
        if rate is None:
            continue
        words = doc.between(old, new) + _rate_words(doc, old, new, rate)
        direction = direction_of(words)
        check = compare_change(old, new, rate, direction)
        if check is None:
            continue
        findings.append(change_finding("change", doc, old, new, rate, check))
    return findings


def _stated_change(doc: DocumentView, old: Mention, new: Mention) -> Mention | None:
    """The change stated right after the pair (，下降了40个百分点) or right before it."""
    mentions = doc.mentions
    if new.index + 1 < len(mentions):
        after = mentions[new.index + 1]
        between = doc.between(new, after)
        if (
            after.sentence == new.sentence
            and after.clause - new.clause <= 1
            and len(between) <= 30
            and _CHANGE_WORDS.search(between + after.text)
            and not _FROM.search(between)
            and _is_rate(after, old)
        ):
            return after
    if old.index > 0:
        before = mentions[old.index - 1]
        if (
            before.sentence == old.sentence
            and old.clause - before.clause <= 1
            and _RATE_BEFORE.search(doc.left(before))
            and _LEADS_TO_PAIR.match(doc.between(before, old))
            and _is_rate(before, old)
        ):
            return before
    return None


def _is_rate(rate: Mention, value: Mention) -> bool:
    if rate.kind in (Kind.PERCENT, Kind.PERCENTAGE_POINTS):
        return True
    if rate.dim is not None and rate.dim.name == "times":
        return True
    return same_measure(rate.dim, value.dim)


def _rate_words(doc: DocumentView, old: Mention, new: Mention, rate: Mention) -> str:
    if rate.start > new.start:
        return doc.between(new, rate)
    return doc.left(rate)
