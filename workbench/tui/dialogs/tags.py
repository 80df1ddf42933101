"""The tags dialog (t): set one claim's tags, or add tags to the selected claims."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from workbench.safe import one_line


def parse_tags(value: str) -> list[str]:
    """Tags typed as "a, b c" → ["a", "b c"] (commas separate; blanks dropped)."""
    return sorted({tag.strip() for tag in value.replace("，", ",").split(",") if tag.strip()})


class TagsDialog(ModalScreen[list[str] | None]):
    """Comma-separated tags; dismisses with the list, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="tags-cancel"),
    ]

    def __init__(self, tags: list[str], *, subject: str, known: list[str], adding: bool) -> None:
        super().__init__()
        self.tags = tags
        self.subject = subject
        self.known = known
        self.adding = adding

    def compose(self) -> ComposeResult:
        title = "Add tags to the selected claims" if self.adding else "Tags"
        with Vertical(classes="dialog", id="tags-dialog"):
            yield Label(Text(title, style="bold"), classes="dialog-title")
            yield Label(Text(self.subject, style="dim"), classes="dialog-subject")
            yield Input(
                ", ".join(one_line(t) for t in self.tags),
                placeholder="tag, another tag",
                id="tags-input",
            )
            if self.known:
                known = ", ".join(one_line(t, 30) for t in self.known[:30])
                yield Label(Text(f"in use: {known}", style="dim"), classes="dialog-hint")
            yield Label(Text("enter to save · esc to cancel", style="dim"), classes="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(parse_tags(event.value))

    def action_cancel(self) -> None:
        """Dismiss without a change."""
        self.dismiss(None)
