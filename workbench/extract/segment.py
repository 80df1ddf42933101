"""Segmentation: paragraphs, sentences, clauses and section headings, as spans of the text.

Works on folded text (fold.py) so offsets are offsets into the original text.
Every span is bounded in length, so one 10 MB line costs no more than many short ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Longest sentence or clause kept as one span; longer ones are cut.
MAX_SPAN = 600

_HEADING_NUMBER = re.compile(
    r"[ \t#]*(?:[0-9]{1,3}(?:\.[0-9]{1,3})*\.?[ \t]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]"
    r"|第[一二三四五六七八九十0-9]{1,3}[章节部分篇]|#{1,6}[ \t]|(?:chapter|section|part)[ \t])",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[。！？!?]+[”’\"')）]*|\.(?=\s+[A-Z0-9\"“(\u4e00-\u9fff])|\.$|\n")
_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
_CLAUSE_TRAILER = frozenset("。！？!?.;；,， \n")
_ABBREVIATIONS = frozenset(
    "e.g i.e etc vs no fig figs approx inc ltd co corp dr mr mrs ms st jan feb mar apr jun jul "
    "aug sep sept oct nov dec u.s u.k u.n est al p pp vol art".split()
)


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    heading: bool


def paragraphs(folded: str) -> list[Paragraph]:
    """Lines of the text as paragraphs (a wrapped English paragraph joins its lines)."""
    out: list[Paragraph] = []
    pos = 0
    n = len(folded)
    while pos < n:
        nl = folded.find("\n", pos)
        end = n if nl == -1 else nl
        line = folded[pos:end]
        if line.strip():
            heading = is_heading(line)
            prev = out[-1] if out else None
            joinable = (
                prev is not None
                and not prev.heading
                and not heading
                and prev.end == pos - 1  # no blank line between
                and not _ends_sentence(folded[prev.start : prev.end])
                and not _HEADING_NUMBER.match(line)
            )
            if joinable:
                prev.end = end
            else:
                out.append(Paragraph(pos, end, heading))
        pos = end + 1
    return out


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip()
    return not stripped or stripped[-1] in "。！？!?.;；:：”\"')）" or _has_cjk(stripped[-1:])


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def is_heading(line: str) -> bool:
    """True for a line that reads like a heading: numbered, Markdown, or short without a full stop."""
    stripped = line.strip()
    if not stripped:
        return False
    if stripped.startswith("#"):
        return True
    limit = 40 if _has_cjk(stripped) else 90
    if len(stripped) > limit:
        return False
    if stripped[-1] in "。！？!?.;；,，、":
        return False
    if _HEADING_NUMBER.match(stripped):
        return True
    return stripped.count("。") == 0 and stripped.count(". ") == 0


def sentences(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within [start, end)."""
    out: list[tuple[int, int]] = []
    pos = start
    for match in _SENTENCE_END.finditer(folded, start, end):
        if match.group() == "." or match.group().startswith("."):
            word_start = match.start()
            while (
                word_start > pos
                and folded[word_start - 1].isalpha()
                or (word_start > pos and folded[word_start - 1] == ".")
            ):
                word_start -= 1
            word = folded[word_start : match.start()].lower()
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        stop = match.end()
        _add_bounded(out, folded, pos, stop)
        pos = stop
    _add_bounded(out, folded, pos, end)
    return out


def _add_bounded(out: list[tuple[int, int]], folded: str, start: int, end: int) -> None:
    while start < end and folded[start] in " \t\n":
        start += 1
    while end > start and folded[end - 1] in " \t\n":
        end -= 1
    while end - start > MAX_SPAN:
        cut = _soft_cut(folded, start, start + MAX_SPAN)
        out.append((start, cut))
        start = cut
    if end > start:
        out.append((start, end))


def _soft_cut(folded: str, start: int, limit: int) -> int:
    for j in range(limit, max(start + MAX_SPAN // 2, start + 1), -1):
        if folded[j - 1] in "，,；; 、":
            return j
    return limit


def clauses(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans within a sentence [start, end): split at commas, semicolons and colons."""
    out: list[tuple[int, int]] = []
    pos = start
    for match in _CLAUSE_BREAK.finditer(folded, start, end):
        at = match.start()
        if (
            folded[at] == ","
            and at > 0
            and folded[at - 1].isdigit()
            and folded[at + 1 : at + 2].isdigit()
        ):
            continue
        if (
            folded[at] == ":"
            and folded[at - 1 : at].isdigit()
            and folded[at + 1 : at + 2].isdigit()
        ):
            continue
        _add_bounded(out, folded, pos, at)
        pos = at + 1
    while end > pos and folded[end - 1] in _CLAUSE_TRAILER:
        end -= 1  # the full stop belongs to the sentence, not to its last clause
    _add_bounded(out, folded, pos, end)
    return out
