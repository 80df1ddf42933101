"""Complement: two shares of one population that split it in two (95% without returns, only 5% with).

Two percentages are complements when they describe the same subject (…的企业,
of firms) in the same scope (全球, China), one negated (尚未/没有/not/without) and
one not, or when the second is "the rest" (其余/the remaining). They must add up
to 100%. A mismatch is reported only when the two also share the words of what
they describe; a pairing found on subject and scope alone is only ever confirmed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.analysis.finding import make_finding
from workbench.analysis.numbers import Interval, fmt, interval
from workbench.analysis.text import DocumentView, Mention, bigrams, fold, nearest_scope, scopes
from workbench.models import Bound, Finding, Kind

#: Complements further apart than this (characters) are not paired.
WINDOW = 2500

_NOT_NEGATION = re.compile(
    r"不足|不到|不断|不少|不仅|不同|不超过|不低于|无论|毫无疑问|not\s+only|no\s+less|no\s+more",
    re.I,
)
_NEGATION_ZH = re.compile(r"尚未|未能|从未|未|没有|没|无法|不能|不会|不愿|不是|并非|难以|无")
_NEGATION_EN = re.compile(
    r"\b(?:not|no|never|without|none|yet\s+to|fail(?:ed|s)?\s+to)\b|n't\b|\bnon-", re.I
)
_REFERS_BACK = re.compile(
    r"这一比例|该比例|这一数字|这一比率|此比例|the\s+(?:same\s+)?(?:figure|share|proportion|rate)|this\s+(?:figure|share|proportion|rate)",
    re.I,
)
_REST = re.compile(
    r"(?:其余|剩余|其他的?|另外|\bthe\s+rest(?:\s+of)?|\bremaining|\bthe\s+other)\s*(?:的)?\s*"
    r"(?:约|近|about|around|roughly|nearly|some)?\s*$",
    re.I,
)
_SUBJECT_ZH = re.compile(r"^\s*(?:以上|左右|多)?的\s*([\u4e00-\u9fff]{2})")
_SUBJECT_EN = re.compile(
    r"^\s*of\s+(?:the\s+|all\s+|these\s+|those\s+|its\s+|their\s+)?([a-z]{3,})", re.I
)
_GROWTH = re.compile(
    r"增长|下降|提升|降低|增加|减少|up|down|rose|fell|grew|increase|decrease|growth", re.I
)


@dataclass
class _Profile:
    mention: Mention
    subject: str
    scope: frozenset[str]
    negated: bool
    content: set[str]
    rest: bool


def find_complements(doc: DocumentView) -> list[Finding]:
    """Pairs of percentages that should add up to 100%, checked."""
    profiles: list[_Profile] = []
    for mention in doc.mentions:
        if mention.kind != Kind.PERCENT or _GROWTH.search(doc.left(mention)[-6:]):
            continue
        profile = _profile(doc, mention, profiles) or _before_rest(doc, mention)
        if profile is not None:
            profiles.append(profile)
    findings: list[Finding] = []
    used: set[int] = set()
    for i, b in enumerate(profiles):
        for a in reversed(profiles[:i]):
            if b.mention.start - a.mention.start > WINDOW:
                break
            strength = _strength(doc, a, b)
            if strength is None or a.mention.index in used or b.mention.index in used:
                continue
            finding = _check(doc, a, b, strong=strength)
            if finding is not None:
                findings.append(finding)
                used.update({a.mention.index, b.mention.index})
            break
    return findings


def _profile(doc: DocumentView, mention: Mention, earlier: list[_Profile]) -> _Profile | None:
    clause = doc.clause_text(mention)
    left, right = doc.left(mention), doc.right(mention)
    scope = scopes(clause) or nearest_scope(doc.folded[mention.sentence_start : mention.start])
    if _REFERS_BACK.search(left) and earlier:
        base = earlier[-1]
        if mention.start - base.mention.start > 400:
            return None
        return _Profile(
            mention, base.subject, scope or base.scope, base.negated, base.content, False
        )
    subject = ""
    match = _SUBJECT_ZH.match(right)
    if match:
        subject = match.group(1)
    else:
        match = _SUBJECT_EN.match(right)
        if match:
            word = match.group(1).lower()
            subject = word[:-1] if word.endswith("s") and len(word) > 4 else word
    rest = _is_rest(doc, mention)
    if not subject and not rest:
        return None
    cleaned = _NOT_NEGATION.sub(" ", fold(clause).replace(mention.text, " "))
    negated = bool(
        _NEGATION_ZH.search(_NOT_NEGATION.sub(" ", right)) or _NEGATION_EN.search(cleaned)
    )
    content = bigrams(cleaned) - bigrams(subject) - {w for s in scope for w in bigrams(s)}
    return _Profile(mention, subject, scope, negated, content, rest)


def _is_rest(doc: DocumentView, mention: Mention) -> bool:
    """Whether the figure is 'the rest' (其余65%, the remaining 40%)."""
    return bool(_REST.search(doc.near_left(mention)[-24:]))


def _before_rest(doc: DocumentView, mention: Mention) -> _Profile | None:
    """A share that names no subject (约35%表示…) but is followed by 'the rest' (其余65%):
    the one group of a split in two, when it is the sentence's only other share."""
    nxt = doc.mentions[mention.index + 1] if mention.index + 1 < len(doc.mentions) else None
    if nxt is None or nxt.kind != Kind.PERCENT or nxt.sentence != mention.sentence:
        return None
    if not _is_rest(doc, nxt) or _other_shares_before(doc, mention):
        return None
    return _Profile(mention, "", frozenset(), False, set(), False)


def _other_shares_before(doc: DocumentView, mention: Mention) -> bool:
    """Whether the sentence states another share before this one (A占35%，B占40%，其余25%:
    the rest is then what both leave, not the complement of the last)."""
    return any(
        m.kind == Kind.PERCENT
        and m.sentence == mention.sentence
        and not _GROWTH.search(doc.left(m)[-6:])
        for m in doc.mentions[: mention.index]
    )


def _strength(doc: DocumentView, a: _Profile, b: _Profile) -> bool | None:
    """True: surely complements; False: probably (confirm only); None: not a pair."""
    if (
        b.rest
        and a.mention.sentence == b.mention.sentence
        and a.mention.index + 1 == b.mention.index
    ):
        return None if _other_shares_before(doc, a.mention) else True
    if not a.subject or a.subject != b.subject or a.scope != b.scope:
        return None
    if a.negated == b.negated:
        return None
    shared = a.content & b.content
    return len(shared) >= 2


def _check(doc: DocumentView, a: _Profile, b: _Profile, *, strong: bool) -> Finding | None:
    ra, rb = interval(a.mention.quantity), interval(b.mention.quantity)
    total = ra + rb
    computed = a.mention.value + b.mention.value
    consistent = total.overlaps(Interval(100, 100))
    if not consistent and not strong:
        return None
    bounded = a.mention.quantity.bound or b.mention.quantity.bound
    verdict = "adds up to" if consistent else "does not add up to"
    explanation = f"{a.mention.text} + {b.mention.text} = {fmt(computed)}%, which {verdict} 100%"
    if consistent and bounded in (Bound.LOWER, Bound.UPPER):
        explanation += " (within the stated bounds)"
    return make_finding(
        "complement",
        doc.document_id,
        [a.mention, b.mention],
        stated=100.0,
        computed=computed,
        consistent=consistent,
        explanation=explanation,
        stated_range=Interval(100, 100),
        computed_range=total,
        roles=["one group", "the other group"],
        extra={"paired_by": "words" if strong else "subject and scope"},
    )
