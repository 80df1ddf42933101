"""The export dialog (E): a format (whatever `workbench.report.WRITERS` offers) and a file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select


@dataclass(frozen=True)
class ExportRequest:
    """Where and how to export the claims under the current filter."""

    fmt: str
    path: Path


class ExportDialog(ModalScreen[ExportRequest | None]):
    """Choose format and file; dismisses with an ExportRequest, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export-cancel"),
    ]

    def __init__(self, formats: list[str], suffixes: dict[str, str], *, matching: int) -> None:
        super().__init__()
        self.formats = formats
        self.suffixes = suffixes
        self.matching = matching

    def compose(self) -> ComposeResult:
        first = self.formats[0]
        with Vertical(classes="dialog", id="export-dialog"):
            yield Label(Text("Export", style="bold"), classes="dialog-title")
            yield Label(
                Text(f"{self.matching} claim(s) under the current filter", style="dim"),
                classes="dialog-subject",
            )
            yield Label("Format")
            yield Select[str](
                [(fmt, fmt) for fmt in self.formats],
                value=first,
                allow_blank=False,
                id="export-format",
            )
            yield Label("File")
            yield Input(self._default_path(first), id="export-path")
            yield Label("", id="export-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", variant="primary", id="export-button")
                yield Button("Cancel (esc)", id="export-cancel-button")

    def _default_path(self, fmt: str) -> str:
        return "claims-export" + self.suffixes.get(fmt, f".{fmt}")

    def on_select_changed(self, event: Select.Changed) -> None:
        path_input = self.query_one("#export-path", Input)
        if path_input.value.startswith("claims-export") and isinstance(event.value, str):
            path_input.value = self._default_path(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._export()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export-button":
            self._export()
        else:
            self.action_cancel()

    def _export(self) -> None:
        fmt = self.query_one("#export-format", Select).value
        path = self.query_one("#export-path", Input).value.strip()
        if not path or not isinstance(fmt, str):
            self.query_one("#export-error", Label).update(
                Text("Give a file to write.", style="bold red")
            )
            return
        self.dismiss(ExportRequest(fmt, Path(path).expanduser()))

    def action_cancel(self) -> None:
        """Dismiss without exporting."""
        self.dismiss(None)
