"""The document view (d): a whole document with every claim marked in its status colour."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from workbench.models import ClaimFilter, Status
from workbench.safe import one_line
from workbench.store import Store
from workbench.tui.messages import DocumentLoaded
from workbench.tui.text import STATUS_LABELS, STATUS_MARKS, safe, status_badge
from workbench.tui.widgets.document_text import DocumentText


class DocumentScreen(Screen[str | None]):
    """Read a document; n/p jump between its claims; enter opens one (dismisses with its id)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_claim", "Next claim", id="document-next-claim"),
        Binding("p", "previous_claim", "Previous claim", id="document-previous-claim"),
        Binding("enter", "open_claim", "Open claim", id="document-open-claim"),
        Binding("escape", "close", "Back", id="document-close"),
        Binding("d", "close", "Back", id="document-close-d", show=False),
    ]

    def __init__(
        self, store: Store, document_id: str, *, focus_claim_id: str | None = None
    ) -> None:
        super().__init__()
        self.store = store
        self.document_id = document_id
        self.focus_claim_id = focus_claim_id
        self._index = -1

    def compose(self) -> ComposeResult:
        yield Static(Text("loading…", style="dim"), id="document-title")
        yield DocumentText(id="document-text")
        yield Static(id="document-position")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(DocumentText).focus()
        self.load_document()

    @work(
        thread=True, exclusive=True, group="document", exit_on_error=False, description="document"
    )
    def load_document(self) -> None:
        """Read the document and all its claims, in document order."""
        document = self.store.get_document(self.document_id)
        claims = self.store.claims(
            ClaimFilter(document_id=self.document_id), sort="position", descending=False
        )
        if not get_current_worker().is_cancelled:
            self.post_message(DocumentLoaded(document, claims))

    @on(DocumentLoaded)
    def _loaded(self, message: DocumentLoaded) -> None:
        document = message.document
        view = self.query_one(DocumentText)
        view.show(document.text, message.claims)
        title = Text()
        title.append_text(safe(one_line(document.title or document.source, 80), "bold"))
        title.append_text(
            safe(f"  {len(message.claims)} claim(s) · {len(document.text)} characters  ", "dim")
        )
        for status in Status:
            title.append(f" {STATUS_LABELS[status]} ", STATUS_MARKS[status])
        self.query_one("#document-title", Static).update(title)
        ids = [c.id for c in view.claims]
        self._index = ids.index(self.focus_claim_id) if self.focus_claim_id in ids else 0
        self._go(self._index)

    def _go(self, index: int) -> None:
        view = self.query_one(DocumentText)
        if not view.claims:
            self.query_one("#document-position", Static).update(Text("no claims", style="dim"))
            return
        self._index = index % len(view.claims)
        claim = view.claims[self._index]
        view.set_current(claim)
        line = Text(f" claim {self._index + 1} of {len(view.claims)}  ")
        line.append_text(status_badge(claim.status))
        line.append(" ")
        line.append_text(safe(one_line(claim.text, 100)))
        self.query_one("#document-position", Static).update(line)

    def action_next_claim(self) -> None:
        """Jump to the next claim."""
        self._go(self._index + 1)

    def action_previous_claim(self) -> None:
        """Jump to the previous claim."""
        self._go(self._index - 1)

    def action_open_claim(self) -> None:
        """Go back to the review screen with this claim open."""
        view = self.query_one(DocumentText)
        self.dismiss(view.current.id if view.current is not None else None)

    def action_close(self) -> None:
        """Go back to the review screen."""
        self.dismiss(None)
