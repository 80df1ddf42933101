"""Where numbers are not claims: titles, names, addresses, list and section numbering.

`excluded_mask(folded)` marks every character whose digits must never become a
quantity; the scanner also asks `is_name_glued` about each number it reads.
"""

from __future__ import annotations

import re

# 《report titles》 and 〈chapter titles〉, bounded so an unclosed bracket costs nothing.
_TITLE = re.compile(r"《[^《》\n]{0,200}》|〈[^〈〉\n]{0,200}〉")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'，。、）)]{1,500}", re.IGNORECASE)
# Phone numbers: an international prefix, or area code groups joined by hyphens.
_PHONE = re.compile(
    r"\+[0-9]{1,3}[ -]?(?:\([0-9]{1,4}\)[ -]?)?[0-9]{2,4}(?:[ -][0-9]{2,4}){1,4}"
    r"|\([0-9]{3}\) ?[0-9]{3}-[0-9]{4}"
    r"|(?<![0-9.,-])[0-9]{3,4}-[0-9]{3,4}-[0-9]{4}(?![0-9])"
    r"|(?<![0-9.,-])0[0-9]{2,3}-[0-9]{7,8}(?![0-9])"
)
_PHONE_WORD = re.compile(
    r"(?:电话|传真|热线|手机|联系方式|tel\.?|phone|fax|hotline|call)[:： ]{0,3}[0-9+(][0-9 ()+-]{5,24}[0-9]",
    re.IGNORECASE,
)
# Numbering at the head of a line: "3.3.1 Title", "5.2 Title", "1. item", "2、item", "(3) item", "四、".
_LINE_NUMBERING = re.compile(
    r"^[ \t•·*#>-]{0,8}(?:"
    r"[0-9]{1,3}(?:\.[0-9]{1,3})+\.?(?=[ \t]+[^a-z%\s])"
    r"|[0-9]{1,3}(?:[、)]|\.(?![0-9]))"
    r"|[0-9]{1,3}(?=[ \t]+[A-Z\u4e00-\u9fff])(?=[^\n]{0,80}$)"
    r"|[(（][0-9一二三四五六七八九十]{1,3}[)）]"
    r"|[一二三四五六七八九十]{1,3}[、.]"
    r"|第[一二三四五六七八九十0-9]{1,3}[章节部篇条]"
    r"|(?:chapter|section|part|appendix|annex)[ \t]+[0-9]{1,3}(?:\.[0-9]{1,3})*"
    r")",
    re.MULTILINE | re.IGNORECASE,
)
# "(1)" or "[12]" in running text: list numbering and citation markers.
_INLINE_NUMBERING = re.compile(
    r"[(（][0-9]{1,2}[)）](?=\s*[^\s%])|\[[0-9]{1,3}(?:[,–-][0-9]{1,3})*\]"
)
# A list run into one paragraph after a colon or a full stop: "注：1. 本公报… 2. 部分数据…".
_RUN_IN_NUMBERING = re.compile(
    r"(?:(?<=[：:。；;])|(?<=[：:。；;.] ))(?<![0-9][:：])[0-9]{1,2}(?:\.(?= ?[\u4e00-\u9fffA-Z])|[、)）])"
)
# The length of the document itself, not a fact about the world: "the full 64-page report".
_SELF_LENGTH = re.compile(
    r"(?<![0-9.,])[0-9]{1,4}-(?:page|slide|chapter|minute-read)s?\b", re.IGNORECASE
)
# 一是 二是 … and 其一: enumerators of a list written inside a paragraph.
_ENUMERATOR = re.compile(
    r"(?:^|(?<=[。；;，,：:\s]))(?:[一二三四五六七八九十]{1,2}是|其[一二三四五六七八九十])"
)
# Legal boilerplate: copyright notices and disclaimers assert nothing about the world.
_BOILERPLATE = re.compile(
    r"版权|版權|著作权|转载|轉載|免责声明|免責聲明|copyright|all rights reserved|disclaimer",
    re.IGNORECASE,
)


def excluded_mask(folded: str) -> bytearray:
    """A byte per character of `folded`: 1 where a number must not be read as a quantity."""
    mask = bytearray(len(folded))
    for pattern in (
        _TITLE,
        _URL,
        _PHONE,
        _PHONE_WORD,
        _LINE_NUMBERING,
        _INLINE_NUMBERING,
        _ENUMERATOR,
        _RUN_IN_NUMBERING,
        _SELF_LENGTH,
    ):
        for match in pattern.finditer(folded):
            start, end = match.span()
            mask[start:end] = b"\x01" * (end - start)
    for start, end in _email_and_handle_spans(folded):
        mask[start:end] = b"\x01" * (end - start)
    for start, end in _boilerplate_paragraphs(folded):
        mask[start:end] = b"\x01" * (end - start)
    return mask


def _email_and_handle_spans(folded: str) -> list[tuple[int, int]]:
    """Spans of e-mail addresses and @handles, found from each '@' outwards (linear time)."""
    spans: list[tuple[int, int]] = []
    at = folded.find("@")
    n = len(folded)
    while at != -1:
        start = at
        while start > 0 and at - start < 64 and _is_address_char(folded[start - 1]):
            start -= 1
        end = at + 1
        while end < n and end - at < 255 and _is_address_char(folded[end]):
            end += 1
        spans.append((start, end))
        at = folded.find("@", end)
    return spans


def _is_address_char(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char in "._%+-")


def _boilerplate_paragraphs(folded: str) -> list[tuple[int, int]]:
    """Lines that are copyright notices or disclaimers."""
    spans = []
    for match in _BOILERPLATE.finditer(folded):
        start = folded.rfind("\n", 0, match.start()) + 1
        end = folded.find("\n", match.end())
        spans.append((start, len(folded) if end == -1 else end))
    return spans


def is_name_glued(folded: str, start: int, end: int) -> bool:
    """True when the digits at [start, end) belong to a name such as H100, GPT-4, R1 or COVID-19."""
    before = folded[start - 1] if start > 0 else ""
    if before.isascii() and before.isalpha():
        return True
    if before in "-_" and start > 1:
        prev = folded[start - 2]
        if prev.isascii() and prev.isalpha():
            return True
    if (
        before in "/\\"
        and start > 1
        and folded[start - 2].isascii()
        and folded[start - 2].isalnum()
    ):
        return True  # paths and fractions of identifiers: v1/2, a/b/3
    return False
