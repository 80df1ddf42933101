"""The status bar above the table: claims per status, what is loaded, the sort and the filter."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from workbench.models import Status
from workbench.tui.text import STATUS_BADGES, STATUS_LABELS, safe


class StatusCounts(Static):
    """Claims per status under the current filter, always visible."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 (Textual's name)
        super().__init__(Text("loading…", style="dim"), id=id)
        self.counts: dict[Status, int] = {}
        self.total = 0

    def show_counts(self, counts: dict[Status, int], total: int) -> None:
        """Show fresh counts."""
        self.counts = counts
        self.total = total
        line = Text()
        for status in Status:
            line.append(f" {STATUS_LABELS[status]} {counts.get(status, 0)} ", STATUS_BADGES[status])
            line.append(" ")
        line.append_text(safe(f" {total} claim(s)", "bold"))
        self.update(line)
