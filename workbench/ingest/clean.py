"""Cleaning decoded text: remove noise that breaks extraction, never rewrite characters.

What counts as noise: scraped pinyin ruby annotations after Chinese characters
(科(ke)學, 美(mei)(mei)國), control characters, trailing blanks and runs of
blank lines. Characters of the source (Traditional Chinese, full-width digits)
are kept as they are; normalisation for matching happens elsewhere.
"""

from __future__ import annotations

import re

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# One or more "(pinyin)" groups glued to a Chinese character: 美(mei)(mei)國 → 美國.
_PINYIN_RUBY = re.compile(rf"(?<=[{_CJK}])(?:\([a-zü]{{1,7}}\))+")
# C0/C1 controls except tab and newline, and the escape character in particular.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_TRAILING_BLANKS = re.compile(r"[ \t]+$", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """The text with scraped noise removed and every remaining character kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _PINYIN_RUBY.sub("", text)
    text = _TRAILING_BLANKS.sub("", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip("\n")
