"""Share: a part, its whole and the stated share (其中…2000亿美元，占40%; $200bn, or 40% of the total).

The part is the figure just before the share; the whole is named inside the
share phrase (占5000亿美元总额的40%, 40% of the $500bn total), or by the words of
the phrase (占全球风险投资总额的40% → the figure stated as 全球风险投资总额), or is
the figure before 其中 / of which. Without a whole found that way, nothing is said.
"""

from __future__ import annotations

import re

from workbench.analysis.finding import make_finding
from workbench.analysis.growth import COMPARED_BASE, RATE_CUE
from workbench.analysis.numbers import fmt, interval, same_measure
from workbench.analysis.text import DocumentView, Mention, normalise_key, scopes
from workbench.models import Finding, Kind

#: How far back (characters) a whole named by its words may have been stated.
WHOLE_WINDOW = 3000

_ZH_SHARE = re.compile(
    r"占(?:据|到)?(?P<phrase>[^，,。；;：:！？!?]{0,40}?)(?:的)?(?:比例|比重|份额|比)?"
    r"(?:已?达到?|高达|约为|约|仅为|仅|只有|为|超过|不足|近|接近|在)?\s*$"
)
_ZH_SHARE_BARE = re.compile(
    r"(?:占比|比例|比重|份额)(?:已?达到?|高达|约为|约|仅为|仅|只有|为|超过|不足|近|接近)?\s*$"
)
_EN_BEFORE = re.compile(
    r"(?:account(?:s|ed|ing)?\s+for|represent(?:s|ed|ing)?|mak(?:es|ing)\s+up|made\s+up|"
    r"compris(?:es|ed|ing)|constitut(?:es|ed|ing)|equal(?:s|led|ling)?\s+to|or|"
    r"(?:a\s+)?share\s+of)\s*(?:about|around|roughly|nearly|almost|some|just|only|over)?\s*$",
    re.I,
)
# The phrase runs to the clause's end; a point or comma inside a number ($60.9 billion) is no end.
_EN_AFTER = re.compile(r"^\s*of\s+(?P<phrase>(?:[^,.;:!?()]|(?<=\d)[.,](?=\d)){1,60})", re.I)
_OF_WHICH = re.compile(r"其中|当中|of\s+which|among\s+(?:them|which)|including|包括", re.I)
_WHOLE_WORDS = re.compile(r"^(?:the|all|its|their|total|整个|全部)\s*", re.I)
# "the global total", 全球总量: the word for a total names no measure, only the whole of a scope.
_TOTAL_SUFFIX = re.compile(r"(?:total|sum|总额|总量|总数|总和|总计)$", re.I)


def find_shares(doc: DocumentView) -> list[Finding]:
    """Every share whose part and whole the text states, checked: part ÷ whole vs the share."""
    findings: list[Finding] = []
    last_whole: dict[int, Mention] = {}
    for share in doc.mentions:
        if share.kind != Kind.PERCENT:
            continue
        cue = _share_cue(doc, share)
        if cue is None:
            continue
        phrase, phrase_span = cue
        part = _part_before(doc, share)
        if part is None:
            continue
        whole = _whole(doc, share, part, phrase, phrase_span, last_whole.get(share.sentence))
        if whole is None or whole.value <= part.value or whole.value <= 0:
            continue
        last_whole[share.sentence] = whole
        findings.append(_check(doc, part, whole, share))
    return findings


def _share_cue(doc: DocumentView, share: Mention) -> tuple[str, tuple[int, int]] | None:
    """The share's phrase naming its whole ('' if it names none) and where it stands."""
    left = doc.left(share)
    match = _ZH_SHARE.search(left)
    if match:
        start = share.clause_start + match.start("phrase")
        return match.group("phrase"), (start, start + len(match.group("phrase")))
    if _ZH_SHARE_BARE.search(left):
        return "", (share.start, share.start)
    before = _EN_BEFORE.search(left)
    after = _EN_AFTER.match(doc.folded[share.end : share.end + 80])
    if after and (before or not left.strip(" (")):
        start = share.end + after.start("phrase")
        return after.group("phrase"), (start, start + len(after.group("phrase")))
    if before:
        return "", (share.start, share.start)
    return None


def _part_before(doc: DocumentView, share: Mention) -> Mention | None:
    """The amount just before the share, in its clause or the one before, nothing between."""
    i = share.index - 1
    # A growth rate between the amount and its share (1200万辆，同比增长35%，占…40%) is
    # skipped, and so is the base it was measured from (…, up 36% from 9.5 million, or 41%):
    # the part is the figure the rate and base describe.
    while i >= 0 and (
        doc.mentions[i].kind == Kind.PERCENT
        and RATE_CUE.search(doc.left(doc.mentions[i]))
        or COMPARED_BASE.search(doc.near_left(doc.mentions[i]))
    ):
        i -= 1
    if i < 0:
        return None
    part = doc.mentions[i]
    if part.sentence != share.sentence or share.clause - part.clause > 2:
        return None
    if share.index - i == 1 and share.clause - part.clause > 1:
        return None
    if part.kind not in (Kind.CURRENCY, Kind.COUNT, Kind.MEASURE) or part.value <= 0:
        return None
    if _OF_WHICH.search(doc.between(part, share)):
        return None
    return part


def _whole(
    doc: DocumentView,
    share: Mention,
    part: Mention,
    phrase: str,
    span: tuple[int, int],
    previous: Mention | None,
) -> Mention | None:
    same = [m for m in doc.mentions if same_measure(m.dim, part.dim) and m is not part]
    inside = [m for m in same if span[0] <= m.start and m.end <= span[1]]
    if inside:
        return inside[0]
    name = _WHOLE_WORDS.sub("", normalise_key(phrase)) if phrase else ""
    if scopes(phrase) and _TOTAL_SUFFIX.search(name):
        name = _TOTAL_SUFFIX.sub("", name)
    if name:
        return _named_whole(doc, share, part, name, scopes(phrase), same)
    # 其中 / of which: the whole is the figure before the cue, in the same sentence.
    before = doc.folded[part.sentence_start : part.start]
    cues = list(_OF_WHICH.finditer(before))
    if cues:
        cue = cues[-1]
        cue_at = part.sentence_start + cue.start()
        candidates = [m for m in same if m.sentence == part.sentence and m.end <= cue_at]
        if candidates:
            return candidates[-1]
    if previous is not None and same_measure(previous.dim, part.dim):
        return previous
    return None


def _named_whole(
    doc: DocumentView,
    share: Mention,
    part: Mention,
    name: str,
    wanted_scope: frozenset[str],
    same: list[Mention],
) -> Mention | None:
    """The figure stated under the name the share phrase uses (same scope): the nearest one
    before the share, else the first after it (…占总销量的40%。总销量为3000万辆), those of the
    share's year first."""
    share_years = doc.years(share)
    tiers: dict[int, list[Mention]] = {0: [], 1: []}
    for mention in same:
        if abs(share.start - mention.start) > WHOLE_WINDOW or mention.value <= part.value:
            continue
        # The whole's own clause names it: a name borrowed from the clause before (…占总销量的
        # 20%；燃油车销量为700万辆) belongs to another figure.
        key, key_start = doc.key_span(mention, min_length=0)
        if not key or name not in key and not (len(key) >= 4 and key in name):
            continue
        # Scope words are read from the text: a normalised key runs English words together.
        if scopes(doc.folded[key_start : mention.start]) != wanted_scope:
            continue
        # A whole of another year is another whole (2023年汽车总产量 for this year's share);
        # one whose year is unsaid on one side ranks after those that agree.
        years = doc.years(mention)
        if years and share_years and not years & share_years:
            continue
        tiers[0 if years == share_years or years & share_years else 1].append(mention)
    for candidates in tiers.values():
        before = [m for m in candidates if m.start < share.start]
        if before:
            return before[-1]
        if candidates:
            return candidates[0]
    return None


def _check(doc: DocumentView, part: Mention, whole: Mention, share: Mention) -> Finding:
    stated = interval(share.quantity)
    computed_range = (
        interval(part.quantity, stated=False) / interval(whole.quantity, stated=False)
    ).scale(100)
    computed = part.value / whole.value * 100
    consistent = stated.overlaps(computed_range)
    verdict = "agrees with" if consistent else "does not match"
    explanation = (
        f"{part.text} ÷ {whole.text} = {fmt(computed)}%, which {verdict} the stated {share.text}"
    )
    return make_finding(
        "share",
        doc.document_id,
        [part, whole, share],
        stated=share.value,
        computed=computed,
        consistent=consistent,
        explanation=explanation,
        stated_range=stated,
        computed_range=computed_range,
        roles=["part", "whole", "share"],
    )
