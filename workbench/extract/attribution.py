"""Attribution: the source a sentence names for its numbers (据…显示, according to …)."""

from __future__ import annotations

import re

_ZH = re.compile(
    r"据([^，,。；;：:!！?？]{1,50}?)(?:发布的|公布的|披露的|提供的)?(?:最新)?"
    r"(?:数据|统计|报告|调查|测算|估算|研究|监测)?(?:显示|披露|表明|指出|统计|报道|介绍|测算|估计|预测|称|发布|公布)"
)
_ZH_SUBJECT = re.compile(
    r"^[^，,。；;]{0,6}?(《[^》]{1,60}》|[^，,。；;\s]{2,30}?(?:报告|数据|调查|研究|统计))"
    r"(?:数据|统计)?(?:显示|表明|指出)"
)
_EN = re.compile(
    r"\b(?i:according to) (?:the |a |an |new |latest )*([^,.;:()]{2,80})"
    r"|\b(?:data|figures|statistics|estimates|research|analysis|a report|a survey) (?:from|by) (?:the )?([A-Z][^,.;:()]{1,60})"
    r"|\b([A-Z][A-Za-z0-9&'.-]*(?: [A-Z&][A-Za-z0-9&'.-]*){0,5}) (?:said|says|reported|reports|estimated|estimates|found|finds|noted|notes|projects|projected|forecasts)\b",
)
_ZH_STRIP_TAIL = (
    "发布的",
    "公布的",
    "披露的",
    "官方",
    "最新",
    "的",
    "联合",
    "方面",
    "数据",
    "临床测试",
)
_ZH_STRIP_HEAD = ("上述", "该", "此")
_EN_STRIP_TAIL = re.compile(
    r"\s+(?:data|figures|statistics|estimates|report|survey)$", re.IGNORECASE
)


def find_attribution(sentence: str) -> tuple[int, int] | None:
    """Where `sentence` names the source of its numbers, as a span within it.

    An empty span means an unnamed source (据统计); None means no attribution at all.
    `sentence` may be folded text: the span then points at the original characters.
    """
    for pattern in (_ZH, _ZH_SUBJECT):
        match = pattern.search(sentence)
        if match:
            return _locate(match, _clean_zh(match.group(1)))
    match = _EN.search(sentence)
    if match:
        index = next(i for i, g in enumerate(match.groups(), 1) if g)
        source = _EN_STRIP_TAIL.sub("", match.group(index).strip())
        if source.lower() in ("it", "he", "she", "they", "we", "the company", "the report"):
            return (0, 0)
        start = match.start(index) + match.group(index).find(source)
        return start, start + len(source)
    return None


def _locate(match: re.Match[str], source: str) -> tuple[int, int]:
    if not source:
        return (0, 0)
    start = match.start(1) + match.group(1).find(source)
    return start, start + len(source)


def _clean_zh(source: str) -> str:
    source = source.strip()
    if source.startswith("《") and source.endswith("》"):
        return source[1:-1]
    changed = True
    while changed and source:
        changed = False
        for tail in _ZH_STRIP_TAIL:
            if source.endswith(tail) and len(source) > len(tail):
                source = source[: -len(tail)]
                changed = True
        for head in _ZH_STRIP_HEAD:
            if source.startswith(head) and len(source) > len(head) + 1:
                source = source[len(head) :]
                changed = True
    if source in ("统计", "调查", "报告", "数据", "了解", "悉"):
        return ""
    return source
