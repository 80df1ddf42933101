"""The filter dialog (f): status, document, section, attribution, tag, assignee, evidence,
duplicates, inconsistent findings."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Label, Select, SelectionList

from workbench.models import ClaimFilter, Status
from workbench.tui.text import STATUS_LABELS, safe_line

#: Filter field → its label; the values come from the store (FilterOptionsLoaded).
CHOICE_FIELDS = {
    "document_id": "Document",
    "section": "Section",
    "attribution": "Attribution",
    "tag": "Tag",
    "assignee": "Assignee",
}


class FilterDialog(ModalScreen[ClaimFilter | None]):
    """Edit the table's filter; dismisses with the new one (search kept), or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="filter-cancel"),
        Binding("ctrl+s", "apply", "Apply", id="filter-apply"),
    ]

    def __init__(self, current: ClaimFilter, options: dict[str, list[tuple[str, str]]]) -> None:
        super().__init__()
        self.current = current
        self.options = options

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="filter-dialog"):
            yield Label(Text("Filter claims", style="bold"), classes="dialog-title")
            yield Label("Status (none ticked: all)")
            yield SelectionList[str](
                *[(STATUS_LABELS[s], s.value, s in self.current.statuses) for s in Status],
                id="filter-statuses",
            )
            for name, label in CHOICE_FIELDS.items():
                yield Label(label)
                choices = [
                    (safe_line(shown, 60), value) for value, shown in self.options.get(name, [])
                ]
                current = getattr(self.current, name)
                yield Select[str](
                    choices,
                    prompt=f"any {label.lower()}",
                    value=current if current in {v for _, v in choices} else Select.NULL,
                    id=f"filter-{name}",
                )
            yield Label("Evidence")
            evidence = {True: "with", False: "without"}.get(self.current.has_evidence)  # type: ignore[call-overload]
            yield Select[str](
                [("with evidence", "with"), ("without evidence", "without")],
                prompt="with or without evidence",
                value=evidence or Select.NULL,
                id="filter-evidence",
            )
            yield Checkbox("Hide duplicates", self.current.hide_duplicates, id="filter-duplicates")
            yield Checkbox(
                "Only claims in an inconsistent finding (✗ consistency check)",
                bool(self.current.inconsistent),
                id="filter-inconsistent",
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Apply (ctrl+s)", variant="primary", id="filter-apply-button")
                yield Button("Clear all", id="filter-clear-button")
                yield Button("Cancel (esc)", id="filter-cancel-button")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "filter-apply-button":
            self.action_apply()
        elif event.button.id == "filter-clear-button":
            self.dismiss(ClaimFilter(search=self.current.search))
        else:
            self.action_cancel()

    def action_apply(self) -> None:
        """Dismiss with the filter as set in the form."""
        values: dict[str, Any] = {"search": self.current.search}
        values["statuses"] = [
            Status(v) for v in self.query_one("#filter-statuses", SelectionList).selected
        ]
        for name in CHOICE_FIELDS:
            value = self.query_one(f"#filter-{name}", Select).value
            values[name] = None if value is Select.NULL else value
        evidence = self.query_one("#filter-evidence", Select).value
        values["has_evidence"] = {"with": True, "without": False}.get(evidence)  # type: ignore[call-overload]
        values["hide_duplicates"] = self.query_one("#filter-duplicates", Checkbox).value
        values["inconsistent"] = self.query_one("#filter-inconsistent", Checkbox).value or None
        self.dismiss(ClaimFilter(**values))

    def action_cancel(self) -> None:
        """Dismiss without a change."""
        self.dismiss(None)
