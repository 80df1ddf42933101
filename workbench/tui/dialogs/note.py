"""The note dialog (a): edit a claim's note."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, TextArea

from workbench.safe import plain


class NoteDialog(ModalScreen[str | None]):
    """Edit a note; dismisses with the new note, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="note-cancel"),
        Binding("ctrl+s", "save", "Save", id="note-save"),
    ]

    def __init__(self, note: str, *, subject: str) -> None:
        super().__init__()
        self.note = note
        self.subject = subject

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="note-dialog"):
            yield Label(Text("Note", style="bold"), classes="dialog-title")
            yield Label(Text(self.subject, style="dim"), classes="dialog-subject")
            yield TextArea(plain(self.note), id="note-text", soft_wrap=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="note-save-button")
                yield Button("Cancel (esc)", id="note-cancel-button")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "note-save-button":
            self.action_save()
        else:
            self.action_cancel()

    def action_save(self) -> None:
        """Dismiss with the note as typed."""
        self.dismiss(self.query_one(TextArea).text.strip())

    def action_cancel(self) -> None:
        """Dismiss without a change."""
        self.dismiss(None)
