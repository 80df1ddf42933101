"""A long document with its claims marked, drawn line by line (Textual's Line API).

A 25,000-character report would be slow as one big Static. This widget wraps
the text itself (keeping each line's character offsets, so a claim's offset
maps straight to a line), and renders only the lines on screen, with a cache.
"""

from __future__ import annotations

from functools import lru_cache

from rich.cells import cell_len
from rich.segment import Segment
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from workbench.models import Claim
from workbench.tui.text import STATUS_MARKS, highlighted

CURRENT_STYLE = "bold reverse"


@lru_cache(maxsize=4096)
def _char_width(char: str) -> int:
    return cell_len(char)


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """(start, end) of each screen line: paragraphs split at newlines, then wrapped to `width` cells.

    Latin text breaks after a space when it can; CJK text (no spaces) breaks anywhere.
    """
    width = max(width, 8)
    lines: list[tuple[int, int]] = []
    position = 0
    for paragraph in text.split("\n"):
        start = position
        end = position + len(paragraph)
        line_start = start
        cells = 0
        last_space = -1
        index = start
        while index < end:
            char = text[index]
            size = _char_width(char)
            if cells + size > width and index > line_start:
                if last_space > line_start:
                    lines.append((line_start, last_space + 1))
                    line_start = last_space + 1
                else:
                    lines.append((line_start, index))
                    line_start = index
                cells = sum(_char_width(c) for c in text[line_start:index])
                last_space = -1
            if char == " ":
                last_space = index
            cells += size
            index += 1
        lines.append((line_start, end))
        position = end + 1
    return lines


class DocumentText(ScrollView, can_focus=True):
    """The text of one document with each claim marked in its status colour."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 (Textual's name)
        super().__init__(id=id)
        self.text = Text()
        self.claims: list[Claim] = []
        #: The claim the reviewer is on (drawn in reverse).
        self.current: Claim | None = None
        self._raw = ""
        self._lines: list[tuple[int, int]] = []
        self._wrapped_width = 0
        self._strips: dict[int, Strip] = {}

    def show(self, text: str, claims: list[Claim]) -> None:
        """Show a document's text and mark its claims."""
        self._raw = text
        self.claims = sorted(claims, key=lambda c: (c.start, c.end))
        self.text = highlighted(
            text, [(c.start, c.end, STATUS_MARKS[c.status]) for c in self.claims]
        )
        self._wrapped_width = 0
        self._rewrap()

    def set_current(self, claim: Claim | None) -> None:
        """Mark one claim as current and scroll it into view."""
        self.current = claim
        self._strips.clear()
        self.refresh()
        # After a refresh, so that a just-set virtual size allows the scroll.
        self.call_after_refresh(self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        if self.current is None:
            return
        line = self.line_of(self.current.start)
        if not (self.scroll_y + 2 <= line < self.scroll_y + self.size.height - 2):
            self.scroll_to(y=max(line - self.size.height // 3, 0), animate=False)

    def update_claim(self, claim: Claim) -> None:
        """Redraw a claim whose status changed."""
        self.claims = [claim if c.id == claim.id else c for c in self.claims]
        self.text.stylize(STATUS_MARKS[claim.status], claim.start, claim.end)
        if self.current is not None and self.current.id == claim.id:
            self.current = claim
        self._strips.clear()
        self.refresh()

    def line_of(self, offset: int) -> int:
        """The screen line showing a character offset."""
        self._rewrap()
        low, high = 0, len(self._lines) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self._lines[middle][0] <= offset:
                low = middle
            else:
                high = middle - 1
        return max(low, 0)

    def on_resize(self) -> None:
        self._rewrap()

    def _rewrap(self) -> None:
        width = max(self.scrollable_content_region.width - 1, 8) if self.size.width else 80
        if width == self._wrapped_width:
            return
        self._wrapped_width = width
        self._lines = wrap_offsets(self._raw, width)
        self._strips.clear()
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = y + scroll_y
        width = self.scrollable_content_region.width
        if index >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        strip = self._strips.get(index)
        if strip is None:
            start, end = self._lines[index]
            line = self.text[start:end]
            current = self.current
            if current is not None and current.start < end and current.end > start:
                line.stylize(CURRENT_STYLE, max(current.start - start, 0), current.end - start)
            segments = list(line.render(self.app.console))
            strip = Strip(Segment.apply_style(segments, self.rich_style), line.cell_len)
            self._strips[index] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, self.rich_style)
