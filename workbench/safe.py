"""Untrusted text (documents, web pages, notes) made safe to show in a terminal.

Rich and Textual strip only a few control characters (ESC passes through)
and parse "[bold]" as markup when given a str. Every outside string shown in
the CLI or the TUI goes through `plain` and then into a `rich.text.Text`,
which is never parsed as markup.
"""

from __future__ import annotations

import re

from rich.text import Text

# C0 and C1 control characters (ESC included), DEL, and bidi overrides that can
# disguise text; tab and newline stay.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def plain(value: object) -> str:
    """`value` as a string with every terminal-control character removed."""
    return _UNSAFE.sub("", "" if value is None else str(value))


def one_line(value: object, width: int | None = None) -> str:
    """`plain(value)` on one line (newlines and tabs as spaces), cut to `width` with an ellipsis."""
    text = " ".join(plain(value).split())
    if width is not None and len(text) > width:
        return text[: max(width - 1, 0)] + "…"
    return text


def safe_text(value: object, style: str = "") -> Text:
    """A rich Text showing `value` literally: no markup, no escapes."""
    return Text(plain(value), style=style)
