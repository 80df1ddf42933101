"""Growth: two values of one measure and the stated growth rate or multiple between them.

Recognised: `V2，比/较(…的)V1增长R` and `V2, up R from V1` (the comparison names
the old value), and two values each tied to its own year followed by a rate
(2024年为100亿元，2025年为150亿元，同比增长50%). A rate alone (同比增长80% with no
earlier value stated) says nothing checkable and is left alone.

`compare_change` is shared with the from…to check (changes.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.analysis.finding import make_finding
from workbench.analysis.numbers import Interval, fmt, interval, same_measure
from workbench.analysis.text import DocumentView, Mention, normalise_key
from workbench.models import Finding, Kind

DECREASE = re.compile(
    r"下降|降低|减少|下滑|回落|缩短|缩小|缩减|降至|减至|跌|降幅|跌幅|减幅|"
    r"\b(?:fell|fall(?:s|ing)?|declin\w*|drop\w*|down|decreas\w*|reduc\w*|cut|shr[iu]nk\w*|lower\w*|slump\w*|plung\w*)\b",
    re.I,
)
INCREASE = re.compile(
    r"增长|增加|上升|提升|提高|上涨|增至|升至|增幅|涨幅|扩大|翻|攀升|"
    r"\b(?:gr[eo]w\w*|rose|ris(?:e|es|ing)|increas\w*|up|jump\w*|surg\w*|climb\w*|gain\w*|higher|doubl\w*|tripl\w*|soar\w*)\b",
    re.I,
)
RATE_CUE = re.compile(
    r"(?:(?:同比|环比|较上年|比上年|较去年|比去年)?(?:增长|增加|上升|提升|提高|上涨|下降|减少|下滑|降低|回落|"
    r"增幅|降幅|涨幅|跌幅|缩减|缩短|扩大)(?:了|为|达到?|约|近|超过|高达)?\s*)$|"
    r"(?:\b(?:up|down|rose|grew|grown|increased|fell|declined|dropped|jumped|surged|climbed|gained|"
    r"rising|falling|growing|(?:a|an)\s+(?:rise|increase|growth|decline|drop|fall|gain|jump|reduction|cut)\s+of|"
    r"growth\s+of)\s*(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+)?)$",
    re.I,
)
# The amount a comparison starts from (比上年的1750亿元, up 36% from 9.5 million): never the
# part of a share nor the new value of another change.
COMPARED_BASE = re.compile(
    r"(?:比|较|相比|相较于?|同比)[^，,。；;]{0,12}$|\b(?:from|compared\s+(?:with|to)|versus|vs\.?|than)\s+"
    r"(?:the\s+|a\s+)?(?:about\s+|around\s+)?$",
    re.I,
)
_COMPARED_ZH = re.compile(r"(?:比|较|相比|相较于?|与)[^，,。；;]*$")
_FROM_EN = re.compile(
    r"^\s*(?:year[- ]on[- ]year\s*|y/y\s*)?,?\s*(?:from|over|compared\s+(?:with|to)|versus|vs\.?)\s*"
    r"(?:the\s+|a\s+)?(?:about\s+|around\s+)?$",
    re.I,
)
_TO_EN = re.compile(r"^\s*to\s*(?:about\s+|around\s+)?$", re.I)
_YEAR_IN = re.compile(
    r"((?:19|20)\d{2})\s*年|\b(?:in|for|of|FY)\s*((?:19|20)\d{2})\b|上年|去年|上一年|last\s+year|前一年",
    re.I,
)
_CN_COUNT = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5}


@dataclass
class ChangeCheck:
    """What a stated change says against two values."""

    consistent: bool
    computed: float
    computed_range: Interval | None
    stated_range: Interval
    note: str
    unit: str


def compare_change(old: Mention, new: Mention, rate: Mention, direction: int) -> ChangeCheck | None:
    """Check a stated change (percent, percentage points, multiple or amount) from old to new.

    `direction` is +1 for a stated rise, −1 for a fall, 0 when the words do not say.
    Returns None when the rate cannot be read against these values.
    """
    o = interval(old.quantity, stated=False)
    n = interval(new.quantity, stated=False)
    stated = interval(rate.quantity)
    if old.value <= 0:
        return None
    actual_sign = (new.value > old.value) - (new.value < old.value)
    wrong_way = direction != 0 and actual_sign != 0 and actual_sign != direction
    sign = direction or actual_sign or 1
    if rate.kind == Kind.PERCENTAGE_POINTS:
        if old.kind != Kind.PERCENT or new.kind != Kind.PERCENT:
            return None
        rng = (n - o).scale(sign)
        computed = (new.value - old.value) * sign
        note, unit = "", " percentage points"
        consistent = stated.overlaps(rng)
    elif rate.kind == Kind.PERCENT:
        rng = ((n - o) / o).scale(100 * sign)
        computed = (new.value - old.value) / old.value * 100 * sign
        unit, note = "%", ""
        consistent = stated.overlaps(rng)
        if not consistent and old.kind == Kind.PERCENT and new.kind == Kind.PERCENT:
            if stated.overlaps((n - o).scale(sign)):
                note = (
                    f"; {fmt(abs(new.value - old.value))} is the change in percentage points, "
                    f"stated as a percent"
                )
    elif rate.dim is not None and rate.dim.name == "times":
        factor = _multiple(rate)
        if factor is None or new.value <= old.value:
            return None
        rng = n / o
        computed = new.value / old.value
        accepted = [factor]
        # 增长两倍 / "increased threefold" is read both ways in practice: ×N or ×(N+1).
        if not re.search(r"番|是|为|到|至|times\s+(?:as|larger|bigger|more)|fold", rate.text):
            accepted.append(factor + 1)
        consistent = any(Interval(f * 0.97, f * 1.03).overlaps(rng) for f in accepted)
        stated = Interval(factor, factor)
        unit, note = "×", ""
    elif same_measure(rate.dim, old.dim):
        rng = (n - o).scale(sign)
        computed = (new.value - old.value) * sign
        unit, note = "", ""
        consistent = stated.overlaps(rng)
    else:
        return None
    if wrong_way:
        consistent = False
        note += "; the values move the other way than the words say"
    return ChangeCheck(consistent, computed, rng, stated, note, unit)


def _multiple(rate: Mention) -> float | None:
    match = re.search(r"翻了?\s*(\d+|[一两二三四五])\s*番", rate.text)
    if match:
        n = match.group(1)
        return 2.0 ** (int(n) if n.isdigit() else _CN_COUNT[n])
    return rate.value or None


def direction_of(text: str) -> int:
    """+1 if the words say a rise, −1 a fall, 0 if they do not say (or say both)."""
    up = bool(INCREASE.search(text))
    down = bool(DECREASE.search(text))
    return up - down if up != down else 0


def find_growth(doc: DocumentView) -> list[Finding]:
    """Every growth rate or multiple stated with both its values, checked."""
    findings: list[Finding] = []
    for rate in doc.mentions:
        if rate.kind not in (Kind.PERCENT, Kind.PERCENTAGE_POINTS, Kind.RATIO):
            continue
        if rate.kind == Kind.RATIO and (rate.dim is None or rate.dim.name != "times"):
            continue
        left = doc.left(rate)
        cue = RATE_CUE.search(left)
        if not cue and not (
            rate.kind == Kind.RATIO and re.search(r"翻|doubl|tripl", rate.text, re.I)
        ):
            continue
        pair = _compared(doc, rate) or _dated(doc, rate)
        if pair is None:
            continue
        old, new = pair
        direction = direction_of(left[-12:] + rate.text)
        check = compare_change(old, new, rate, direction)
        if check is None:
            continue
        findings.append(change_finding("growth", doc, old, new, rate, check))
    return findings


def change_finding(
    kind: str, doc: DocumentView, old: Mention, new: Mention, rate: Mention, check: ChangeCheck
) -> Finding:
    verdict = "agrees with" if check.consistent else "does not match"
    explanation = (
        f"from {old.text} to {new.text} is a change of {fmt(check.computed)}{check.unit}, "
        f"which {verdict} the stated {rate.text}{check.note}"
    )
    return make_finding(
        kind,
        doc.document_id,
        [old, new, rate],
        stated=rate.value,
        computed=check.computed,
        consistent=check.consistent,
        explanation=explanation,
        stated_range=check.stated_range,
        computed_range=check.computed_range,
        roles=["before", "after", "change"],
    )


def _compatible(value: Mention, rate: Mention) -> bool:
    if rate.kind == Kind.PERCENTAGE_POINTS:
        return value.kind == Kind.PERCENT
    return value.kind not in (Kind.RANK, Kind.DATE) and not (
        value.dim is not None and value.dim.name == "times"
    )


def _compared(doc: DocumentView, rate: Mention) -> tuple[Mention, Mention] | None:
    """比/较 V1 … 增长 R (new value before 比), or R from V1 (new value before R or after 'to')."""
    in_sentence = doc.mentions_in_sentence(rate)
    left = doc.left(rate)
    compared = _COMPARED_ZH.search(left)
    if compared:
        cue_at = rate.clause_start + compared.start()
        olds = [
            m
            for m in in_sentence
            if cue_at <= m.start and m.end <= rate.start and _compatible(m, rate)
        ]
        if len(olds) != 1:
            return None
        old = olds[0]
        news = [m for m in in_sentence if m.end <= cue_at and same_measure(m.dim, old.dim)]
        if not news or rate.clause - news[-1].clause > 1:
            return None
        return old, news[-1]
    after = [m for m in in_sentence if m.start >= rate.end]
    if not after:
        return None
    nxt = after[0]
    gap = doc.between(rate, nxt)
    if _FROM_EN.match(gap) and _compatible(nxt, rate):
        # The new value is not the base of an earlier comparison (… from 2.1 million in
        # Q3 2023 and up 5% from 2.3 million in Q2: 2.1 million is no one's new value).
        news = [
            m
            for m in in_sentence
            if m.end <= rate.start
            and same_measure(m.dim, nxt.dim)
            and not COMPARED_BASE.search(doc.near_left(m))
        ]
        if news and rate.clause - news[-1].clause <= 1:
            return nxt, news[-1]
        return None
    if _TO_EN.match(gap) and len(after) > 1 and _compatible(nxt, rate):
        old = after[1]
        if same_measure(old.dim, nxt.dim) and _FROM_EN.match(doc.between(nxt, old)):
            return old, nxt
    return None


def _dated(doc: DocumentView, rate: Mention) -> tuple[Mention, Mention] | None:
    """Two values before the rate in its sentence, each with its own year."""
    earlier = [m for m in doc.mentions_in_sentence(rate) if m.end <= rate.start]
    # Only the values since the previous rate of the sentence belong to this one.
    for i in range(len(earlier) - 1, -1, -1):
        if earlier[i].kind == rate.kind and RATE_CUE.search(doc.left(earlier[i])):
            earlier = earlier[i + 1 :]
            break
    values = [m for m in earlier if _compatible(m, rate)]
    if len(values) < 2:
        return None
    a, b = values[-2], values[-1]
    if not same_measure(a.dim, b.dim):
        return None
    ya, yb = _year(doc, a), _year(doc, b)
    if ya is None or yb is None or ya == yb:
        return None
    ka, kb = _bare_key(doc, a), _bare_key(doc, b)
    if ka and kb and not (ka.endswith(kb) or kb.endswith(ka)):
        return None
    return (a, b) if ya < yb else (b, a)


def _year(doc: DocumentView, mention: Mention) -> int | None:
    clause = doc.folded[mention.clause_start : mention.end]
    dates = [
        d for d in doc.dates if d.clause == mention.clause and d.value and 1900 <= d.value <= 2100
    ]
    if dates:
        return int(dates[-1].value)
    found = _YEAR_IN.findall(clause)
    match = _YEAR_IN.search(clause)
    if not match:
        return None
    years = [int(a or b) for a, b in found if a or b]
    if years:
        return years[-1]
    return -1  # 上年 / last year: earlier than any year stated


def _bare_key(doc: DocumentView, mention: Mention) -> str:
    return normalise_key(re.sub(_YEAR_IN, "", doc.left(mention)))
