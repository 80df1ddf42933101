"""The assignee dialog (A): who should check a claim."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from workbench.safe import one_line


class AssigneeDialog(ModalScreen[str | None]):
    """A reviewer's name (empty: nobody); dismisses with it, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="assignee-cancel"),
    ]

    def __init__(self, assignee: str, *, subject: str, me: str) -> None:
        super().__init__()
        self.assignee = assignee
        self.subject = subject
        self.me = me

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="assignee-dialog"):
            yield Label(Text("Assign to", style="bold"), classes="dialog-title")
            yield Label(Text(self.subject, style="dim"), classes="dialog-subject")
            yield Input(one_line(self.assignee), placeholder=one_line(self.me), id="assignee-input")
            yield Label(
                Text("enter to save (empty: unassigned) · esc to cancel", style="dim"),
                classes="dialog-hint",
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        """Dismiss without a change."""
        self.dismiss(None)
