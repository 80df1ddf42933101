"""Claim assembly: quantity mentions grouped into claims with their sentence, section, source and time scope."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.extract.attribution import find_attribution
from workbench.extract.fold import fold
from workbench.extract.quantities import Mention, find_mentions
from workbench.extract.segment import clauses, paragraphs, sentences
from workbench.models import Kind, Quantity


@dataclass(slots=True)
class Draft:
    """A claim before it gets its id, priority and duplicate link."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int
    section: str
    attribution: str
    period: str
    mentions: list[Mention] = field(default_factory=list)
    dates: list[Mention] = field(default_factory=list)


_PAIR_BETWEEN = re.compile(
    r"^[^,，;；。]{0,12}?(?:降至|降到|增至|增到|升至|升到|提高到|提高至|提升到|提升至|下降到|下降至|减少到|减少至|增加到|增加至|缩短到|缩短至|扩大到|扩大至|至|到|to|→|->)\s*$",
    re.IGNORECASE,
)
_PAIR_START = re.compile(r"(?:从|由|from)\S{0,12}$", re.IGNORECASE)


def draft_claims(text: str) -> list[Draft]:
    """The claims of `text` as drafts, in document order."""
    folded = fold(text)
    mentions = find_mentions(text)
    drafts: list[Draft] = []
    if not mentions:
        return drafts
    index = 0
    section = ""
    for para in paragraphs(folded):
        if para.heading:
            section = _heading_text(text[para.start : para.end])
        # Skip paragraphs without mentions quickly.
        while index < len(mentions) and mentions[index].end <= para.start:
            index += 1
        if index >= len(mentions) or mentions[index].start >= para.end:
            continue
        attribution = ""
        period = ""
        for s_start, s_end in sentences(folded, para.start, para.end):
            found = find_attribution(folded[s_start:s_end])
            if found is not None:
                a, b = found
                attribution = text[s_start + a : s_start + b]
            sentence_dates: list[Mention] = []
            for c_start, c_end in clauses(folded, s_start, s_end):
                in_clause: list[Mention] = []
                while index < len(mentions) and mentions[index].start < c_end:
                    mention = mentions[index]
                    if mention.start >= c_start:
                        in_clause.append(mention)
                    index += 1
                dates = [m for m in in_clause if m.kind == Kind.DATE]
                sentence_dates.extend(dates)
                if dates:
                    period = text[dates[0].start : dates[0].end]
                quantities = [m for m in in_clause if m.kind != Kind.DATE]
                for group in _group(folded, c_start, quantities):
                    drafts.append(
                        Draft(
                            start=c_start,
                            end=c_end,
                            sentence_start=s_start,
                            sentence_end=s_end,
                            section=section,
                            attribution=attribution,
                            period=period,
                            mentions=group,
                            dates=dates,
                        )
                    )
            # Mentions that straddle a clause boundary end up here.
            while index < len(mentions) and mentions[index].start < s_end:
                index += 1
    return drafts


def _group(folded: str, clause_start: int, quantities: list[Mention]) -> list[list[Mention]]:
    """Quantities of one clause split into independently checkable claims."""
    groups: list[list[Mention]] = []
    for mention in quantities:
        if groups and _belongs_with(folded, clause_start, groups[-1], mention):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups


def _belongs_with(folded: str, clause_start: int, group: list[Mention], mention: Mention) -> bool:
    prev = group[-1]
    between = folded[prev.end : mention.start]
    if between.strip() in ("(", "（", "["):
        return True  # a restatement: 约4天(约80小时)
    if prev.kind == Kind.COUNT and mention.kind == Kind.RANK and len(between) <= 20:
        return True  # 5个一级指标均排名第二: the count means something only with its rank
    if _PAIR_BETWEEN.search(between) and _PAIR_START.search(
        folded[max(clause_start, prev.start - 16) : prev.start]
    ):
        return True  # 从60%下降至20%, from X to Y
    return False


def _heading_text(line: str) -> str:
    return line.strip().lstrip("#").strip()


def to_quantity(text: str, mention: Mention) -> Quantity:
    """A Quantity record for a mention of `text`."""
    return Quantity(
        text=text[mention.start : mention.end],
        value=mention.value,
        unit=mention.unit,
        kind=mention.kind,
        approx=mention.approx,
        bound=mention.bound,
        start=mention.start,
        end=mention.end,
    )
