"""The evidence dialog (e): a URL or local file, its stance, an optional quote and note."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

from workbench.models import Stance


@dataclass(frozen=True)
class EvidenceRequest:
    """What the reviewer asked to attach."""

    url_or_path: str
    stance: Stance
    quote: str = ""
    note: str = ""


class EvidenceDialog(ModalScreen[EvidenceRequest | None]):
    """Ask for a source; dismisses with an EvidenceRequest, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="evidence-cancel"),
        Binding("ctrl+s", "attach", "Attach", id="evidence-attach"),
    ]

    def __init__(self, *, subject: str) -> None:
        super().__init__()
        self.subject = subject

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="evidence-dialog"):
            yield Label(Text("Add evidence", style="bold"), classes="dialog-title")
            yield Label(Text(self.subject, style="dim"), classes="dialog-subject")
            yield Label("URL or local file path")
            yield Input(placeholder="https://… or /path/to/source.pdf", id="evidence-url")
            yield Label("Stance")
            with RadioSet(id="evidence-stance"):
                yield RadioButton("supports", value=True, id="stance-supports")
                yield RadioButton("refutes", id="stance-refutes")
                yield RadioButton("context", id="stance-context")
            yield Label("Quote (optional)")
            yield Input(placeholder="the passage that matters", id="evidence-quote")
            yield Label("Note (optional)")
            yield Input(placeholder="why this source", id="evidence-note")
            yield Label("", id="evidence-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Attach (ctrl+s)", variant="primary", id="evidence-attach-button")
                yield Button("Cancel (esc)", id="evidence-cancel-button")

    def on_mount(self) -> None:
        self.query_one("#evidence-url", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_attach()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "evidence-attach-button":
            self.action_attach()
        else:
            self.action_cancel()

    def action_attach(self) -> None:
        """Dismiss with the request, unless the URL or path is missing."""
        url = self.query_one("#evidence-url", Input).value.strip()
        if not url:
            self.query_one("#evidence-error", Label).update(
                Text("Give a URL or a file path.", style="bold red")
            )
            self.query_one("#evidence-url", Input).focus()
            return
        pressed = self.query_one("#evidence-stance", RadioSet).pressed_button
        stance = (
            Stance((pressed.id or "stance-context").removeprefix("stance-"))
            if pressed
            else Stance.CONTEXT
        )
        self.dismiss(
            EvidenceRequest(
                url_or_path=url,
                stance=stance,
                quote=self.query_one("#evidence-quote", Input).value.strip(),
                note=self.query_one("#evidence-note", Input).value.strip(),
            )
        )

    def action_cancel(self) -> None:
        """Dismiss without attaching anything."""
        self.dismiss(None)
