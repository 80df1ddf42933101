"""The help screen (?): every key of every screen, from the bindings themselves."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

#: (section title, bindings) pairs, filled in by the app.
HelpSections = list[tuple[str, list[Binding]]]

EXTRA_KEYS: list[tuple[str, str]] = [
    ("j / k / ↑ / ↓", "move"),
    ("g / G", "first row / last loaded row"),
    ("click a header", "sort by that column (again: reverse)"),
    ("ctrl+p", "command palette: every action by name"),
]


class HelpScreen(ModalScreen[None]):
    """A list of every key; any of esc, ? or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close", id="help-close"),
    ]

    def __init__(self, sections: HelpSections) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="help-dialog"):
            yield Static(self._render_keys(), id="help-text")

    def _render_keys(self) -> Group:
        parts: list[Table | Text] = [Text("Keys", style="bold underline")]
        for title, bindings in self.sections:
            rows = [
                (
                    " / ".join(
                        self.app.get_key_display(Binding(k, "")) for k in binding.key.split(",")
                    ),
                    binding.description,
                    binding.tooltip,
                )
                for binding in bindings
            ]
            parts.append(_key_table(title, rows))
        parts.append(_key_table("Also", [(keys, what, "") for keys, what in EXTRA_KEYS]))
        parts.append(
            Text("Every change is saved at once and recorded in the claim's history.", style="dim")
        )
        return Group(*parts)

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)


def _key_table(title: str, rows: list[tuple[str, str, str]]) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", box=None, expand=True)
    table.add_column("key", style="bold bright_cyan", no_wrap=True, width=14)
    table.add_column("action", no_wrap=True, width=16)
    table.add_column("what it does", style="dim")
    table.show_header = False
    for keys, description, tooltip in rows:
        table.add_row(Text(keys), Text(description), Text(tooltip))
    return table
