"""The conflict dialog: someone else changed the claim first; show their version, let the reviewer choose."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from workbench.models import Claim
from workbench.safe import one_line
from workbench.tui.text import STATUS_LABELS, safe, status_badge

ConflictChoice = Literal["theirs", "mine"]


class ConflictDialog(ModalScreen[ConflictChoice]):
    """Shows the other version next to the attempted change; dismisses with "theirs" or "mine"."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "keep_theirs", "Keep theirs", id="conflict-keep-theirs"),
    ]

    def __init__(self, message: str, current: Claim | None, changes: dict[str, Any]) -> None:
        super().__init__()
        self.message = message
        self.current = current
        self.changes = changes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="conflict-dialog"):
            yield Label(Text("Changed by someone else", style="bold red"), classes="dialog-title")
            yield Static(safe(self.message), classes="dialog-subject")
            yield Static(self._comparison(), id="conflict-comparison")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Keep theirs (esc)", variant="primary", id="conflict-theirs")
                if self.changes and self.current is not None:
                    yield Button("Apply mine over theirs", variant="warning", id="conflict-mine")

    def _comparison(self) -> Text:
        out = Text()
        current = self.current
        if current is not None:
            out.append_text(safe(f"Their version (v{current.version}, ", "bold"))
            out.append_text(
                safe(f"{current.updated_by or 'someone'} at {current.updated_at}", "bold")
            )
            out.append(")\n", style="bold")
            out.append("  status: ")
            out.append_text(status_badge(current.status))
            out.append("\n")
            out.append_text(safe(f"  note: {one_line(current.note, 80) or '∅'}\n"))
            out.append_text(safe(f"  tags: {', '.join(current.tags) or '∅'}\n"))
            out.append_text(safe(f"  assignee: {current.assignee or '∅'}\n"))
        if self.changes:
            out.append("\nYour change (not saved)\n", style="bold")
            for name, value in self.changes.items():
                shown = STATUS_LABELS.get(value, value) if name == "status" else value
                if isinstance(shown, list):
                    shown = ", ".join(shown)
                out.append_text(safe(f"  {name}: {one_line(shown, 80) or '∅'}\n"))
        return out

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss("mine" if event.button.id == "conflict-mine" else "theirs")

    def action_keep_theirs(self) -> None:
        """Close, keeping the other reviewer's version."""
        self.dismiss("theirs")
