"""The claims table: a window of rows over the store's keyset pages.

The table never holds the whole database: the screen loads one page (a few
hundred rows) and appends the next when the cursor comes near the end of
what is loaded. Rows are keyed by claim id, so a changed claim updates in place.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable

from workbench.models import Claim
from workbench.safe import one_line
from workbench.tui.text import emphasise_numbers, safe_line, status_badge

#: Column key → (label, width, the store's sort column or None).
COLUMNS: dict[str, tuple[str, int, str | None]] = {
    "mark": ("", 1, None),
    "status": ("status", 14, "status"),
    "priority": ("prio", 4, "priority"),
    "text": ("claim", 60, "text"),
    "quantity": ("quantity", 12, None),
    "attribution": ("attribution", 16, "attribution"),
    "evidence": ("ev", 3, "evidence_count"),
    "document": ("document", 18, "document_id"),
}

#: Load the next page when the cursor is this close to the last loaded row.
PREFETCH_MARGIN = 30

SELECTED_MARK = Text("●", style="bold bright_magenta")


class ClaimTable(DataTable[Any]):
    """Claims, one per row, fed page by page; remembers which claims are selected."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="cursor-down"),
        Binding("k", "cursor_up", "Up", show=False, id="cursor-up"),
        Binding("g", "scroll_top", "First row", show=False, id="first-row"),
        Binding("G", "scroll_bottom", "Last loaded row", show=False, id="last-row"),
    ]

    class NeedMore(Message):
        """The cursor is near the end of the loaded rows: load the next page."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 (Textual's name)
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        #: The loaded claims by id, in table order.
        self.claims: dict[str, Claim] = {}
        #: Ids of the rows selected with space (kept across reloads while still loaded).
        self.selected: set[str] = set()
        #: Document id → short title, for the document column.
        self.titles: dict[str, str] = {}
        #: Whether the store has rows past the last loaded one.
        self.has_more = False
        self._asked_for_more = False

    def on_mount(self) -> None:
        for key, (label, width, _sort) in COLUMNS.items():
            self.add_column(Text(label, style="bold"), width=width, key=key)

    # -- filling ----------------------------------------------------------------

    def show_first_page(self, claims: list[Claim], *, has_more: bool) -> None:
        """Replace every row with a fresh first page, keeping the cursor on the same claim if loaded."""
        previous = self.current_claim_id
        self.clear()
        self.claims = {}
        self.selected &= {claim.id for claim in claims}
        self.append_page(claims, has_more=has_more)
        if previous in self.claims:
            self.move_cursor(row=self.get_row_index(previous), scroll=True)

    def append_page(self, claims: list[Claim], *, has_more: bool) -> None:
        """Add the next page's rows at the end."""
        for claim in claims:
            if claim.id in self.claims:
                continue
            self.claims[claim.id] = claim
            self.add_row(*self._cells(claim), key=claim.id)
        self.has_more = has_more
        self._asked_for_more = False

    def update_claim(self, claim: Claim) -> None:
        """Show a changed claim in place (if it is among the loaded rows)."""
        if claim.id not in self.claims:
            return
        self.claims[claim.id] = claim
        for key, value in zip(COLUMNS, self._cells(claim), strict=True):
            self.update_cell(claim.id, key, value)

    def _cells(self, claim: Claim) -> list[Text]:
        first = claim.quantities[0].text if claim.quantities else ""
        return [
            SELECTED_MARK if claim.id in self.selected else Text(" "),
            status_badge(claim.status),
            Text(f"{claim.priority:.2f}", style="bold" if claim.priority >= 0.7 else ""),
            emphasise_numbers(claim.text, [q.text for q in claim.quantities], COLUMNS["text"][1]),
            safe_line(first, COLUMNS["quantity"][1], style="bright_cyan"),
            safe_line(claim.attribution, COLUMNS["attribution"][1]),
            Text(str(claim.evidence_count), justify="right"),
            safe_line(
                self.titles.get(claim.document_id, claim.document_id), COLUMNS["document"][1]
            ),
        ]

    # -- cursor and selection -----------------------------------------------------

    @property
    def current_claim_id(self) -> str | None:
        """The id of the claim under the cursor, if any."""
        if not self.row_count:
            return None
        try:
            key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
        except Exception:  # the cursor is outside the rows (table being rebuilt)
            return None
        return key.value

    @property
    def current_claim(self) -> Claim | None:
        """The claim under the cursor, if any."""
        claim_id = self.current_claim_id
        return self.claims.get(claim_id) if claim_id else None

    def toggle_selected(self) -> None:
        """Select or unselect the claim under the cursor."""
        claim_id = self.current_claim_id
        if claim_id is None:
            return
        self.selected.symmetric_difference_update({claim_id})
        self.update_cell(
            claim_id, "mark", SELECTED_MARK if claim_id in self.selected else Text(" ")
        )

    def unselect_all(self) -> None:
        """Unselect every claim."""
        for claim_id in list(self.selected):
            self.selected.discard(claim_id)
            if claim_id in self.claims:
                self.update_cell(claim_id, "mark", Text(" "))

    def go_to(self, claim_id: str) -> bool:
        """Move the cursor to a claim if it is loaded; whether it was."""
        if claim_id not in self.claims:
            return False
        self.move_cursor(row=self.get_row_index(claim_id), scroll=True)
        return True

    def watch_cursor_coordinate(self, old: Any, new: Any) -> None:
        super().watch_cursor_coordinate(old, new)
        if (
            self.has_more
            and not self._asked_for_more
            and new.row >= self.row_count - PREFETCH_MARGIN
        ):
            self._asked_for_more = True
            self.post_message(self.NeedMore())


def sort_column_for(column_key: str) -> str | None:
    """The store's sort column behind a table column, if it can be sorted."""
    entry = COLUMNS.get(column_key)
    return entry[2] if entry else None


def describe(claim: Claim) -> str:
    """A short one-line name for a claim, for notifications."""
    return one_line(claim.text, 40)
