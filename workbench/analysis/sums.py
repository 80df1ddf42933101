"""Sum: stated parts against a stated total.

- A total, then 其中/of which/including and two or more parts of the same measure
  (全球缺口800万，其中中国300万，美国200万…): the parts may not add up to more.
- Parts, then 合计/共/in total and the total: the parts should make the total.
- Parts joined by 加上/plus, against the total stated after them (…, a total of X)
  or, failing that, the figure of the same measure that the sentence gives for
  the whole (训练成本约560万美元 … 8.2万美元，加上…600万美元).

Parts that add up to less than a total are not an error unless the text says
the parts are all of it (合计, in total); parts that add up to more always are.
"""

from __future__ import annotations

import re

from workbench.analysis.finding import make_finding
from workbench.analysis.numbers import Interval, fmt, interval, same_measure
from workbench.analysis.text import DocumentView, Mention, bigrams, normalise_key, scopes
from workbench.models import Finding, Kind

_OF_WHICH = re.compile(
    r"其中|当中|包括|of\s+which|among\s+(?:them|which)|including|includ(?:es|ed)", re.I
)
_OPENS_WITH_OF_WHICH = re.compile(r"\s*(?:其中|of\s+(?:these|this|which|them)|among\s+them)", re.I)
_TOTAL = re.compile(
    r"(?:合计|总计|共计|总共|一共|总和|共|总额|总量|总数|总投入|总金额)(?:为|达到?|约)?\s*$|"
    r"\b(?:in\s+total|a\s+total\s+of|total(?:l?ing)?|combined|altogether|together|sum\s+of)\s*(?:of\s+)?(?:about\s+|around\s+)?$",
    re.I,
)
_TOTAL_WORD = re.compile(r"总|合计|共计|total|overall|combined", re.I)
_PLUS = re.compile(
    r"加上|再加上|外加|连同|\bplus\b|together\s+with|combined\s+with|added\s+to|on\s+top\s+of", re.I
)
_STOP = re.compile(r"[;；]")
_AVERAGE = re.compile(
    r"人均|平均|均价|均值|中位数|每人|每户|\baverage|\bmean\b|\bmedian|per\s*capita|per\s+(?:person|head|household)",
    re.I,
)
_AMOUNT = (Kind.CURRENCY, Kind.COUNT, Kind.MEASURE, Kind.DURATION)


def find_sums(doc: DocumentView) -> list[Finding]:
    """Totals checked against their parts."""
    findings: list[Finding] = []
    seen: set[tuple[int, ...]] = set()
    for mention in doc.mentions:
        if mention.kind not in _AMOUNT:
            continue
        for found in (_of_which(doc, mention), _listed_total(doc, mention), _plus(doc, mention)):
            if found is None:
                continue
            total, parts, exhaustive = found
            if any(_AVERAGE.search(doc.key(m)) for m in [total, *parts]):
                continue  # averages of a whole and of its groups do not add up
            key = tuple(sorted(m.index for m in [total, *parts]))
            if key in seen:
                continue
            finding = _check(doc, total, parts, exhaustive)
            if finding is not None:
                seen.add(key)
                findings.append(finding)
    return findings


def _same_sentence_after(doc: DocumentView, mention: Mention) -> list[Mention]:
    return [m for m in doc.mentions[mention.index + 1 :] if m.sentence == mention.sentence]


def _of_which(doc: DocumentView, total: Mention) -> tuple[Mention, list[Mention], bool] | None:
    after = _same_sentence_after(doc, total)
    if not (after and _OF_WHICH.search(doc.between(total, after[0]))):
        # 其中 / Of these opening the next sentence of the paragraph: the total is the
        # last figure of its measure in the sentence before.
        if any(same_measure(m.dim, total.dim) for m in after):
            return None
        following = [m for m in doc.mentions[total.index + 1 :] if m.sentence > total.sentence]
        if not following or following[0].paragraph != total.paragraph:
            return None
        first = following[0]
        opening = doc.folded[first.sentence_start : first.start]
        if not _OPENS_WITH_OF_WHICH.match(opening):
            return None
        after = [m for m in following if m.sentence == first.sentence]
    parts: list[Mention] = []
    previous = total
    for mention in after:
        between = doc.between(previous, mention)
        if _depth(doc.folded[total.end : mention.start]) > 0:
            continue  # a breakdown of a part, in parentheses: not another part
        if _STOP.search(between) or _OF_WHICH.search(between) and previous is not total:
            break
        if not same_measure(mention.dim, total.dim):
            if mention.kind == Kind.PERCENT:
                previous = mention
                continue
            break
        if _TOTAL_WORD.search(doc.left(mention)):
            break
        parts.append(mention)
        previous = mention
    if len(parts) < 2:
        return None
    return total, parts, False


def _depth(text: str) -> int:
    """How many parentheses are open at the end of the text."""
    return max(0, text.count("（") + text.count("(") - text.count("）") - text.count(")"))


def _listed_total(doc: DocumentView, total: Mention) -> tuple[Mention, list[Mention], bool] | None:
    if not _TOTAL.search(doc.folded[total.clause_start : total.start]):
        return None
    parts: list[Mention] = []
    for mention in reversed(doc.mentions[: total.index]):
        if mention.sentence != total.sentence or not same_measure(mention.dim, total.dim):
            break
        if _STOP.search(doc.folded[mention.end : (parts[-1] if parts else total).start]):
            break
        parts.insert(0, mention)
    if len(parts) < 2:
        return None
    return total, parts, True


def _plus(doc: DocumentView, second: Mention) -> tuple[Mention, list[Mention], bool] | None:
    if second.index == 0:
        return None
    first = doc.mentions[second.index - 1]
    if first.sentence != second.sentence or not same_measure(first.dim, second.dim):
        return None
    if not _PLUS.search(doc.between(first, second)):
        return None
    after = _same_sentence_after(doc, second)
    if (
        after
        and same_measure(after[0].dim, second.dim)
        and _TOTAL.search(doc.between(second, after[0]))
    ):
        return after[0], [first, second], True
    # The whole, stated before the parts: the same measure, named by the parts' words.
    words = (bigrams(doc.key(first)) & bigrams(doc.key(second))) - _SCOPE_BIGRAMS
    if not words:
        return None
    candidates = [
        m
        for m in doc.mentions[: first.index]
        if m.sentence == second.sentence
        and same_measure(m.dim, second.dim)
        # A whole exceeds its smaller part; that it may fall short of the larger one is
        # exactly the error this looks for.
        and m.value > min(first.value, second.value)
        and m.value >= 0.5 * max(first.value, second.value)
        and words & bigrams(doc.key(m))
        and scopes(doc.key(m)) == scopes(doc.key(first)) | scopes(doc.key(second))
    ]
    if len(candidates) != 1:
        return None
    return candidates[0], [first, second], True


_SCOPE_BIGRAMS = {"全球", "中国", "美国", "世界", "国际"}
_TOTAL_WORDS = re.compile(
    r"合计|总计|共计|总共|一共|共|\ba\s+total\s+of|\bin\s+total|\btotal(?:l?ing|l?ed)?|"
    r"\bcombined|\baltogether|\btogether|\bsum\s+of",
    re.I,
)


def _closes_the_list(doc: DocumentView, total: Mention) -> bool:
    """Whether the total only sums the list before it (…, a total of $92 billion; ，合计90亿元),
    naming nothing of its own (行业合计500亿元 is the industry's total, of which the list
    may be a part)."""
    left = doc.folded[total.clause_start : total.start]
    return not normalise_key(_TOTAL_WORDS.sub(" ", left))


def _check(
    doc: DocumentView, total: Mention, parts: list[Mention], exhaustive: bool
) -> Finding | None:
    summed = Interval(0.0, 0.0)
    for part in parts:
        # Each part keeps its full rounding: parts rounded one by one need not add up to the
        # rounded total (34 + 34 + 34 + 34 for a total of 134 is 33.5 × 4).
        summed = summed + interval(part.quantity)
    stated = interval(total.quantity)
    computed = sum(p.value for p in parts)
    if summed.lo > stated.hi + 1e-9 * abs(stated.hi):
        consistent = False
        verdict = f"more than the total {total.text}"
    elif stated.overlaps(summed):
        consistent = True
        verdict = f"consistent with the total {total.text}"
    elif not exhaustive:
        consistent = True
        verdict = f"within the total {total.text} (the parts named are not all of it)"
    elif _closes_the_list(doc, total):
        consistent = False
        verdict = f"less than the total {total.text} that sums them"
    else:
        return None  # fewer than a total named on its own (行业合计): perhaps a part goes unnamed
    names = " + ".join(p.text for p in parts)
    explanation = f"{names} = {fmt(computed)}, {verdict}"
    return make_finding(
        "sum",
        doc.document_id,
        [*parts, total],
        stated=total.value,
        computed=computed,
        consistent=consistent,
        explanation=explanation,
        stated_range=stated,
        computed_range=summed,
        roles=[*("part" for _ in parts), "total"],
        extra={"exhaustive": exhaustive},
    )
