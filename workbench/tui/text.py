"""The only way outside text reaches a widget: rich Text built from `workbench.safe`.

Claim text, document text, evidence titles and quotes come from outside. A
`str` handed to a DataTable cell, a Static or a notification is parsed as
markup (and `[@click=...]` as an action); a `Text` never is. Control
characters (ESC included) are removed by `safe.plain`, or, where offsets into
the text must stay valid, replaced one for one by U+FFFD.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rich.text import Text

from workbench.models import Status
from workbench.safe import one_line, plain

#: Short human names for the statuses.
STATUS_LABELS: dict[Status, str] = {
    Status.UNREVIEWED: "unreviewed",
    Status.IN_PROGRESS: "in progress",
    Status.SUPPORTED: "supported",
    Status.CONTRADICTED: "contradicted",
    Status.MISLEADING: "misleading",
    Status.UNVERIFIABLE: "unverifiable",
    Status.NOT_A_CLAIM: "not a claim",
}

#: The badge style of each status (table, detail, counts).
STATUS_BADGES: dict[Status, str] = {
    Status.UNREVIEWED: "black on grey70",
    Status.IN_PROGRESS: "black on gold1",
    Status.SUPPORTED: "bold white on dark_green",
    Status.CONTRADICTED: "bold white on red3",
    Status.MISLEADING: "bold black on dark_orange",
    Status.UNVERIFIABLE: "bold white on medium_purple4",
    Status.NOT_A_CLAIM: "white on grey35",
}

#: How a claim of each status is marked inside running text (document view).
STATUS_MARKS: dict[Status, str] = {
    Status.UNREVIEWED: "underline on grey23",
    Status.IN_PROGRESS: "on dark_goldenrod",
    Status.SUPPORTED: "on dark_green",
    Status.CONTRADICTED: "on red3",
    Status.MISLEADING: "on dark_orange3",
    Status.UNVERIFIABLE: "on medium_purple4",
    Status.NOT_A_CLAIM: "strike on grey30",
}

NUMBER_STYLE = "bold bright_cyan"
QUANTITY_STYLE = "bold black on bright_cyan"
CLAIM_SPAN_STYLE = "underline bold"

_DIGITS = re.compile(r"\d[\d,.]*")


def safe(value: object, style: str = "") -> Text:
    """`value` as a Text shown literally: no markup, no terminal control."""
    return Text(plain(value), style=style)


def safe_line(value: object, width: int | None = None, style: str = "") -> Text:
    """`value` on one line, cut to `width` cells' worth of characters, as a literal Text."""
    return Text(one_line(value, width), style=style, no_wrap=True, overflow="ellipsis")


def same_length(value: str) -> str:
    """`value` with each unsafe character replaced by U+FFFD, so offsets into it stay valid."""
    if plain(value) == value:
        return value
    return "".join(ch if plain(ch) else "\ufffd" for ch in value)


def status_badge(status: Status) -> Text:
    """A coloured badge naming a status."""
    return Text(f" {STATUS_LABELS[status]} ", style=STATUS_BADGES[status])


def emphasise_numbers(value: str, quantities: Iterable[str] = (), width: int | None = None) -> Text:
    """One line of claim text with its quantities (else any digits) emphasised."""
    text = safe_line(value, width)
    found = False
    for quantity in quantities:
        clean = one_line(quantity)
        if clean and text.highlight_words([clean], NUMBER_STYLE):
            found = True
    if not found:
        text.highlight_regex(_DIGITS, NUMBER_STYLE)
    return text


def highlighted(value: str, spans: Sequence[tuple[int, int, str]]) -> Text:
    """`value` (offsets kept) with each (start, end, style) span styled; bad spans are skipped."""
    text = Text(same_length(value))
    for start, end, style in spans:
        start, end = max(start, 0), min(end, len(value))
        if start < end:
            text.stylize(style, start, end)
    return text
