"""The review screen: the claims table, the status counts, search, and the detail pane.

Every store call runs in a thread worker; workers only post messages
(messages.py) which the handlers here apply to the widgets. Decisions go
through a DecisionQueue (writes.py) drained by a single writer thread, so
they are saved in the order they were made.
"""

from __future__ import annotations

import asyncio
import importlib
import uuid
from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Input, ProgressBar, Static
from textual.worker import get_current_worker

from workbench.analysis.run import findings_for_claim
from workbench.errors import ConflictError, NotFoundError, WorkbenchError
from workbench.models import SORT_COLUMNS, Claim, ClaimFilter, Document, Evidence, Status
from workbench.safe import one_line
from workbench.store import Store
from workbench.tui.messages import (
    ClaimDetails,
    ClaimsChanged,
    ConflictDetected,
    CountsLoaded,
    DetailLoaded,
    EvidenceAttached,
    FilterOptionsLoaded,
    Notice,
    PageLoaded,
)
from workbench.tui.text import STATUS_LABELS, safe
from workbench.tui.widgets.claim_detail import ClaimDetail
from workbench.tui.widgets.claim_table import ClaimTable, describe, sort_column_for
from workbench.tui.widgets.status_counts import StatusCounts
from workbench.tui.writes import DecisionQueue, WriteJob, run_job

#: Rows per keyset page.
PAGE_SIZE = 100
#: Seconds between looks at the event log for other reviewers' changes.
POLL_SECONDS = 3.0
#: Seconds of quiet typing before a search runs.
SEARCH_DEBOUNCE = 0.25
#: Sort columns whose natural order is largest first.
DESCENDING_BY_DEFAULT = {"priority", "evidence_count", "updated_at"}

#: Status key → status.
STATUS_KEYS: dict[str, Status] = {
    "s": Status.SUPPORTED,
    "x": Status.CONTRADICTED,
    "m": Status.MISLEADING,
    "u": Status.UNVERIFIABLE,
    "n": Status.NOT_A_CLAIM,
    "p": Status.IN_PROGRESS,
    "r": Status.UNREVIEWED,
}


class ReviewScreen(Screen[None]):
    """Triage claims: move, search, filter, decide, annotate, attach evidence, export."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_detail", "Open", id="open-detail", tooltip="Read the claim in full"),
        Binding("escape", "back_to_table", "Table", id="back-to-table", show=False),
        Binding("/", "search", "Search", id="search", tooltip="Full-text search as you type"),
        Binding("f", "filters", "Filter", id="filters", tooltip="Filter by status, document, …"),
        *[
            Binding(
                key,
                f"set_status('{status.value}')",
                STATUS_LABELS[status].capitalize(),
                id=f"status-{status.value.replace('_', '-')}",
                tooltip=f"Mark the claim (or the selected claims) {STATUS_LABELS[status]}",
            )
            for key, status in STATUS_KEYS.items()
        ],
        Binding("space", "toggle_select", "Select", id="select", tooltip="Select for bulk changes"),
        Binding("e", "add_evidence", "Evidence", id="add-evidence", tooltip="Attach a source"),
        Binding("a", "annotate", "Note", id="annotate", tooltip="Edit the claim's note"),
        Binding("t", "tag", "Tag", id="tag", tooltip="Tags (added to all selected claims)"),
        Binding("A", "assign", "Assign", id="assign", tooltip="Set who checks the claim"),
        Binding("o", "cycle_sort", "Sort", id="sort", tooltip="Sort by the next column"),
        Binding("O", "reverse_sort", "Reverse", id="reverse-sort", show=False),
        Binding("d", "document", "Document", id="document", tooltip="The whole document"),
        Binding("ctrl+z", "undo", "Undo", id="undo", tooltip="Undo your last change"),
        Binding("E", "export", "Export", id="export", tooltip="Export under the current filter"),
    ]

    def __init__(self, store: Store, *, reviewer: str) -> None:
        super().__init__()
        self.store = store
        self.reviewer = reviewer
        #: Which claims the table shows (search included).
        self.claim_filter = ClaimFilter()
        #: The store column the table is sorted by, and its direction.
        self.sort_column = "priority"
        self.descending = True
        #: Document id → title (loaded with the first page).
        self.titles: dict[str, str] = {}
        #: How many claims match the filter.
        self.total = 0
        #: The generation (filter/sort/search change count) whose first page the table shows.
        self.shown_generation = 0
        self.writes = DecisionQueue()
        self._generation = 0
        self._next_after: tuple[Any, str] | None = None
        self._last_event_id: int | None = None
        self._search_timer: Timer | None = None
        self._documents: dict[str, Document] = {}
        self._fetches = 0
        self._filter_options: dict[str, list[tuple[str, str]]] | None = None

    # -- layout ------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield StatusCounts(id="status-counts")
        with Horizontal(id="search-bar"):
            yield Input(placeholder="/ search claims — text, numbers, 中文", id="search")
            yield Static(id="view-summary")
        yield ClaimTable(id="claims")
        yield ClaimDetail(id="detail")
        with Horizontal(id="activity"):
            yield Static(id="activity-label")
            yield ProgressBar(total=None, show_eta=False, show_percentage=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ClaimTable).focus()
        self.reload()
        self.set_interval(POLL_SECONDS, self.poll_events)

    @property
    def table(self) -> ClaimTable:
        """The claims table."""
        return self.query_one(ClaimTable)

    @property
    def detail(self) -> ClaimDetail:
        """The detail pane."""
        return self.query_one(ClaimDetail)

    # -- loading pages ---------------------------------------------------------------

    def reload(self) -> None:
        """Load the first page again (after a filter, search or sort change)."""
        self._generation += 1
        self._update_summary()
        self.load_first_page(self._generation, self.claim_filter, self.sort_column, self.descending)
        self.load_counts(self.claim_filter)

    @work(thread=True, exclusive=True, group="page", exit_on_error=False, description="load claims")
    def load_first_page(
        self, generation: int, claim_filter: ClaimFilter, sort: str, descending: bool
    ) -> None:
        """Read the first page of claims (and, the first time, document titles)."""
        page = self.store.claim_page(
            claim_filter, sort=sort, descending=descending, limit=PAGE_SIZE
        )
        if get_current_worker().is_cancelled:
            return
        titles = None
        if not self.titles:
            titles = {d["id"]: d["title"] or d["source"] for d in self.store.document_summaries()}
        self.post_message(
            PageLoaded(generation, page.claims, page.next_after, first=True, titles=titles)
        )
        if self._last_event_id is None:
            self._last_event_id = self.store.last_event_id()

    @work(
        thread=True, exclusive=True, group="next-page", exit_on_error=False, description="load more"
    )
    def load_next_page(
        self,
        generation: int,
        claim_filter: ClaimFilter,
        sort: str,
        descending: bool,
        after: tuple[Any, str],
    ) -> None:
        """Read the page after the last loaded row."""
        page = self.store.claim_page(
            claim_filter, sort=sort, descending=descending, limit=PAGE_SIZE, after=after
        )
        if not get_current_worker().is_cancelled:
            self.post_message(PageLoaded(generation, page.claims, page.next_after, first=False))

    @work(thread=True, exclusive=True, group="counts", exit_on_error=False, description="count")
    def load_counts(self, claim_filter: ClaimFilter) -> None:
        """Count the claims per status under the filter."""
        counts = self.store.status_counts(claim_filter)
        total = self.store.count_claims(claim_filter)
        if not get_current_worker().is_cancelled:
            self.post_message(CountsLoaded(counts, total))

    @on(PageLoaded)
    def show_page(self, message: PageLoaded) -> None:
        if message.generation != self._generation:
            return  # an answer to a filter or sort that has since changed
        table = self.table
        if message.titles:
            self.titles = message.titles
            table.titles = message.titles
        self._next_after = message.next_after
        has_more = message.next_after is not None
        if message.first:
            table.show_first_page(message.claims, has_more=has_more)
            self.shown_generation = message.generation
            self._show_current()
        else:
            table.append_page(message.claims, has_more=has_more)
        self._update_summary()

    @on(CountsLoaded)
    def show_counts(self, message: CountsLoaded) -> None:
        self.query_one(StatusCounts).show_counts(message.counts, message.total)
        self.total = sum(
            n
            for status, n in message.counts.items()
            if not self.claim_filter.statuses or status in self.claim_filter.statuses
        )
        self._update_summary()

    @on(ClaimTable.NeedMore)
    def load_more(self) -> None:
        if self._next_after is not None:
            self.load_next_page(
                self._generation,
                self.claim_filter,
                self.sort_column,
                self.descending,
                self._next_after,
            )

    def _update_summary(self) -> None:
        arrow = "↓" if self.descending else "↑"
        parts = [
            f"sort {self.sort_column} {arrow}",
            f"{self.table.row_count} of {self.total} loaded",
        ]
        active = describe_filter(self.claim_filter, self.titles)
        if active:
            parts.append("filter: " + active)
        if self.table.selected:
            parts.append(f"{len(self.table.selected)} selected")
        self.query_one("#view-summary", Static).update(safe(" · ".join(parts), "dim"))

    # -- the detail pane -----------------------------------------------------------------

    @on(DataTable.RowHighlighted, "#claims")
    def _row_highlighted(self) -> None:
        self._show_current()

    def _show_current(self) -> None:
        claim = self.table.current_claim
        if claim is None:
            self.detail.show(None)
            return
        self.load_detail(claim.id)

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False, description="details")
    def load_detail(self, claim_id: str) -> None:
        """Read what the detail pane shows about one claim."""
        worker = get_current_worker()
        claim = self.store.get_claim(claim_id)
        document = self._documents.get(claim.document_id)
        if document is None:
            try:
                document = self.store.get_document(claim.document_id)
                self._documents[claim.document_id] = document
            except NotFoundError:
                document = None
        if worker.is_cancelled:
            return
        details = ClaimDetails(
            claim=claim,
            document=document,
            duplicates=self.store.duplicates_of(claim_id),
            evidence=self.store.evidence_for([claim_id])[claim_id],
            history=self.store.history(claim_id),
            findings=findings_for_claim(self.store, claim_id),
        )
        if not worker.is_cancelled:
            self.post_message(DetailLoaded(details))

    @on(DetailLoaded)
    def show_detail(self, message: DetailLoaded) -> None:
        shown = self.table.current_claim_id
        if shown is not None and shown != message.details.claim.id and not self._detail_pinned:
            return  # the cursor moved on meanwhile
        self.detail.show(message.details)
        self.table.update_claim(message.details.claim)

    @property
    def _detail_pinned(self) -> bool:
        """Whether the detail shows a claim opened from elsewhere (not the cursor row)."""
        return self.has_class("-pinned")

    def action_open_detail(self) -> None:
        """Give the detail pane the room and the focus (esc returns to the table)."""
        self.add_class("-detail-open")
        self.detail.focus()

    @on(DataTable.RowSelected, "#claims")
    def _row_selected(self) -> None:
        self.action_open_detail()

    def action_back_to_table(self) -> None:
        """Return to the table (from the search box or the detail pane)."""
        self.remove_class("-detail-open")
        self.remove_class("-pinned")
        self.table.focus()

    def open_claim(self, claim_id: str) -> None:
        """Show a claim in the detail pane, moving the cursor to it if it is loaded."""
        if self.table.go_to(claim_id):
            self.remove_class("-pinned")
        else:
            self.add_class("-pinned")
        self.load_detail(claim_id)

    # -- search and filters ------------------------------------------------------------

    def action_search(self) -> None:
        """Focus the search box."""
        self.query_one("#search", Input).focus()

    @on(Input.Changed, "#search")
    def _search_typed(self, event: Input.Changed) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(SEARCH_DEBOUNCE, self._run_search)

    def _run_search(self) -> None:
        text = self.query_one("#search", Input).value.strip()
        if text != self.claim_filter.search:
            self.claim_filter = self.claim_filter.model_copy(update={"search": text})
            self.reload()

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self._run_search()
        self.table.focus()

    def action_filters(self) -> None:
        """Open the filter dialog (its choices are read from the store first)."""
        self.load_filter_options()

    @work(thread=True, exclusive=True, group="filter-options", exit_on_error=False)
    def load_filter_options(self) -> None:
        """Read the values each filter can take."""
        documents = [(d["id"], d["title"] or d["source"]) for d in self.store.document_summaries()]
        options: dict[str, list[tuple[str, str]]] = {"document_id": documents}
        for name, column in (
            ("section", "section"),
            ("attribution", "attribution"),
            ("tag", "tag"),
            ("assignee", "assignee"),
        ):
            options[name] = [(v, v) for v in self.store.distinct_values(column)]
        self.post_message(FilterOptionsLoaded(options))

    @on(FilterOptionsLoaded)
    def _open_filter_dialog(self, message: FilterOptionsLoaded) -> None:
        from workbench.tui.dialogs.filter import FilterDialog

        self._filter_options = message.options

        def apply(result: ClaimFilter | None) -> None:
            if result is not None:
                self.claim_filter = result.model_copy(update={"search": self.claim_filter.search})
                self.reload()

        self.app.push_screen(FilterDialog(self.claim_filter, message.options), apply)

    # -- sorting --------------------------------------------------------------------

    def set_sort(self, column: str, descending: bool | None = None) -> None:
        """Sort by a store column (its natural direction unless given)."""
        self.sort_column = column
        self.descending = column in DESCENDING_BY_DEFAULT if descending is None else descending
        self.reload()

    def action_cycle_sort(self) -> None:
        """Sort by the next sortable column."""
        position = SORT_COLUMNS.index(self.sort_column) if self.sort_column in SORT_COLUMNS else -1
        self.set_sort(SORT_COLUMNS[(position + 1) % len(SORT_COLUMNS)])

    def action_reverse_sort(self) -> None:
        """Reverse the sort direction."""
        self.set_sort(self.sort_column, not self.descending)

    @on(DataTable.HeaderSelected, "#claims")
    def _header_clicked(self, event: DataTable.HeaderSelected) -> None:
        column = sort_column_for(str(event.column_key.value))
        if column is None:
            return
        if column == self.sort_column:
            self.action_reverse_sort()
        else:
            self.set_sort(column)

    # -- decisions ----------------------------------------------------------------------

    def _target_claim(self) -> Claim | None:
        """The claim an action applies to: the detail's pinned claim, else the cursor row."""
        details = self.detail.details
        if self._detail_pinned and details is not None:
            return details.claim
        return self.table.current_claim

    def _save(self, job: WriteJob) -> None:
        if self.writes.push(job):
            self.drain_writes()

    @work(thread=True, group="writer", exit_on_error=False, description="save decisions")
    def drain_writes(self) -> None:
        """Save the queued decisions one by one, in order, until none is left."""
        while (job := self.writes.pop()) is not None:
            try:
                result = run_job(self.store, self.writes, job, reviewer=self.reviewer)
            except ConflictError as error:
                claim_id = job.claim_ids[0] if job.claim_ids else ""
                self.post_message(ConflictDetected(error, job.changes, claim_id))
                continue
            except WorkbenchError as error:
                self.post_message(Notice(error.message, severity="error", title="Not saved"))
                continue
            except Exception as error:  # never let one bad job stop the decisions behind it
                self.post_message(Notice(f"{error}", severity="error", title="Not saved"))
                continue
            self.writes.saved(job)
            self.post_message(ClaimsChanged(result.claims))
            if result.message:
                self.post_message(Notice(result.message))

    def action_set_status(self, status: str) -> None:
        """Set the status of the selected claims, else of the claim under the cursor."""
        self._change({"status": Status(status)})

    def _change(self, changes: dict[str, Any]) -> None:
        selected = self._selected_ids()
        if selected:
            seen = {c: self.table.claims[c].version for c in selected if c in self.table.claims}
            self._save(WriteJob("bulk", selected, changes, seen_versions=seen))
            self.table.unselect_all()
            self._update_summary()
            return
        claim = self._target_claim()
        if claim is None:
            self.app.bell()
            return
        self._save(WriteJob("update", [claim.id], changes, seen_version=claim.version))

    def _selected_ids(self) -> list[str]:
        return [claim_id for claim_id in self.table.claims if claim_id in self.table.selected]

    def action_toggle_select(self) -> None:
        """Select or unselect the claim under the cursor (for bulk changes)."""
        self.table.toggle_selected()
        self._update_summary()

    def action_undo(self) -> None:
        """Undo your own most recent change (recorded as a new event)."""
        self._save(WriteJob("undo"))

    @on(ClaimsChanged)
    def claims_changed(self, message: ClaimsChanged) -> None:
        for claim in message.claims:
            self.table.update_claim(claim)
        details = self.detail.details
        if details is not None and any(c.id == details.claim.id for c in message.claims):
            self.detail.show_claim(next(c for c in message.claims if c.id == details.claim.id))
            self.load_detail(details.claim.id)
        if message.claims:
            self.load_counts(self.claim_filter)
        for reviewer, claim_ids in message.others.items():
            changed = [self.table.claims.get(i) for i in claim_ids]
            named = ", ".join(describe(c) for c in changed if c is not None)
            self.app.notify(
                f"{one_line(reviewer, 30)} changed {len(claim_ids)} claim(s)"
                + (f": {named}" if named else ""),
                title="Changed by someone else",
                markup=False,
            )

    @on(ConflictDetected)
    def _conflict(self, message: ConflictDetected) -> None:
        from workbench.tui.dialogs.conflict import ConflictDialog

        current = message.error.current if isinstance(message.error.current, Claim) else None
        if current is not None:
            self.table.update_claim(current)
            self.detail.show_claim(current)

        def resolve(choice: str | None) -> None:
            if choice == "mine" and current is not None:
                self._save(
                    WriteJob("update", [current.id], message.changes, seen_version=current.version)
                )
            elif current is not None:
                self.load_detail(current.id)

        self.app.push_screen(
            ConflictDialog(message.error.message, current, message.changes), resolve
        )

    @on(Notice)
    def _notice(self, message: Notice) -> None:
        self.app.notify(
            message.text,
            title=message.title,
            severity=message.severity,  # type: ignore[arg-type]
            markup=False,
        )

    # -- note, tags, assignee ----------------------------------------------------------------

    def action_annotate(self) -> None:
        """Edit the note of the claim under the cursor."""
        from workbench.tui.dialogs.note import NoteDialog

        claim = self._target_claim()
        if claim is None:
            self.app.bell()
            return

        def save(note: str | None) -> None:
            if note is not None:
                self._save(WriteJob("update", [claim.id], {"note": note}, claim.version))

        self.app.push_screen(NoteDialog(claim.note, subject=one_line(claim.text, 70)), save)

    def action_tag(self) -> None:
        """Set the claim's tags, or add tags to every selected claim."""
        from workbench.tui.dialogs.tags import TagsDialog

        selected = self._selected_ids()
        claim = self._target_claim()
        if not selected and claim is None:
            self.app.bell()
            return
        known = sorted({t for c in self.table.claims.values() for t in c.tags})

        def save(tags: list[str] | None) -> None:
            if tags is None:
                return
            if selected:
                self._save(WriteJob("add_tags", selected, {"tags": tags}))
                self.table.unselect_all()
                self._update_summary()
            elif claim is not None:
                self._save(WriteJob("update", [claim.id], {"tags": tags}, claim.version))

        if selected:
            dialog = TagsDialog(
                [], subject=f"{len(selected)} selected claim(s)", known=known, adding=True
            )
        else:
            assert claim is not None
            dialog = TagsDialog(
                claim.tags, subject=one_line(claim.text, 70), known=known, adding=False
            )
        self.app.push_screen(dialog, save)

    def action_assign(self) -> None:
        """Set who checks the claim (or the selected claims)."""
        from workbench.tui.dialogs.assignee import AssigneeDialog

        claim = self._target_claim()
        selected = self._selected_ids()
        if claim is None and not selected:
            self.app.bell()
            return
        subject = (
            f"{len(selected)} selected claim(s)" if selected else one_line(claim.text, 70)  # type: ignore[union-attr]
        )
        current = "" if selected or claim is None else claim.assignee

        def save(assignee: str | None) -> None:
            if assignee is not None:
                self._change({"assignee": assignee})

        self.app.push_screen(AssigneeDialog(current, subject=subject, me=self.reviewer), save)

    # -- evidence ---------------------------------------------------------------------

    def action_add_evidence(self) -> None:
        """Ask for a source and attach it to the claim in the background."""
        from workbench.tui.dialogs.evidence import EvidenceDialog, EvidenceRequest

        claim = self._target_claim()
        if claim is None:
            self.app.bell()
            return

        def attach(request: EvidenceRequest | None) -> None:
            if request is not None:
                self.attach_evidence(claim.id, request)

        self.app.push_screen(EvidenceDialog(subject=one_line(claim.text, 70)), attach)

    @work(exclusive=False, group="evidence", exit_on_error=False, description="attach evidence")
    async def attach_evidence(self, claim_id: str, request: Any) -> None:
        """Fetch and attach a source (an async worker: the UI stays usable meanwhile)."""
        self._fetch_started(request.url_or_path)
        try:
            evidence = await self._fetch_and_store(claim_id, request)
            claim = await asyncio.to_thread(self.store.get_claim, claim_id)
        except WorkbenchError as error:
            self.app.notify(
                error.message + (f"\n{error.hint}" if error.hint else ""),
                title="Evidence not attached",
                severity="error",
                markup=False,
            )
            return
        finally:
            self._fetch_finished()
        self.post_message(EvidenceAttached(evidence, claim))

    async def _fetch_and_store(self, claim_id: str, request: Any) -> Evidence:
        fetcher = importlib.import_module("workbench.evidence")
        if hasattr(fetcher, "attach_evidence"):
            return await fetcher.attach_evidence(
                self.store,
                claim_id,
                request.url_or_path,
                stance=request.stance,
                quote=request.quote,
                note=request.note,
                reviewer=self.reviewer,
            )
        # No fetcher installed yet: keep the link as given.
        evidence = Evidence(
            id="e" + uuid.uuid4().hex[:11],
            claim_id=claim_id,
            url=request.url_or_path,
            stance=request.stance,
            quote=request.quote,
            note=request.note,
            added_by=self.reviewer,
        )
        return await asyncio.to_thread(self.store.add_evidence, evidence, reviewer=self.reviewer)

    def _fetch_started(self, url: str) -> None:
        self._fetches += 1
        self.query_one("#activity-label", Static).update(
            safe(f"fetching {one_line(url, 60)} …", "bold")
        )
        self.query_one("#activity").add_class("-active")

    def _fetch_finished(self) -> None:
        self._fetches -= 1
        if self._fetches <= 0:
            self._fetches = 0
            self.query_one("#activity").remove_class("-active")

    @on(EvidenceAttached)
    def _evidence_attached(self, message: EvidenceAttached) -> None:
        evidence = message.evidence
        matches = evidence.matches
        summary = ", ".join(
            f"{m.get('relation', '?')} {m.get('found_text', '')}" for m in matches[:5]
        )
        text = f"{evidence.stance.value}: {one_line(evidence.title or evidence.url, 60)}"
        if evidence.error:
            text += f"\nfetch failed: {one_line(evidence.error, 80)}"
        elif matches:
            text += f"\nnumbers found: {summary}"
        elif evidence.fetched_at:
            text += "\nnone of the claim's numbers found in the source"
        self.app.notify(text, title="Evidence attached", markup=False)
        self.table.update_claim(message.claim)
        details = self.detail.details
        if details is not None and details.claim.id == message.claim.id:
            self.load_detail(message.claim.id)
        self.load_counts(self.claim_filter)

    # -- document view, export, refresh ---------------------------------------------

    def action_document(self) -> None:
        """Open the claim's whole document with every claim marked."""
        from workbench.tui.screens.document import DocumentScreen

        claim = self._target_claim()
        if claim is None:
            self.app.bell()
            return

        def opened(claim_id: str | None) -> None:
            if claim_id:
                self.open_claim(claim_id)

        self.app.push_screen(
            DocumentScreen(self.store, claim.document_id, focus_claim_id=claim.id), opened
        )

    def action_export(self) -> None:
        """Export the claims under the current filter (format and file from a dialog)."""
        from workbench import report
        from workbench.tui.dialogs.export import ExportDialog, ExportRequest

        def export(request: ExportRequest | None) -> None:
            if request is not None:
                self.write_export(request.fmt, request.path, self.claim_filter)

        suffixes = dict(getattr(report, "SUFFIXES", {}))
        self.app.push_screen(
            ExportDialog(
                sorted(report.WRITERS, key=lambda fmt: (fmt != "json", fmt)),
                suffixes,
                matching=self.total,
            ),
            export,
        )

    @work(thread=True, group="export", exit_on_error=False, description="export")
    def write_export(self, fmt: str, path: Any, claim_filter: ClaimFilter) -> None:
        """Write the report to a temporary file, then move it into place."""
        from workbench import report

        temporary = path.with_name(path.name + ".part")
        try:
            with temporary.open(
                "w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline=""
            ) as out:
                count = report.write(self.store, fmt, out, claim_filter)
            temporary.replace(path)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            raise WorkbenchError(f"{path}: cannot write ({error.strerror or error})") from None
        self.post_message(Notice(f"wrote {count} claim(s) to {path}", title="Exported"))

    @work(thread=True, exclusive=True, group="poll", exit_on_error=False, description="refresh")
    def poll_events(self) -> None:
        """Look for changes since the last look and refresh the claims they touched."""
        since = self._last_event_id
        if since is None:
            return
        events = self.store.events_since(since)
        if not events or get_current_worker().is_cancelled:
            return
        self._last_event_id = max(int(e.id or 0) for e in events)
        others: dict[str, list[str]] = {}
        for event in events:
            if event.reviewer != self.reviewer:
                ids = others.setdefault(event.reviewer, [])
                if event.claim_id not in ids:
                    ids.append(event.claim_id)
        claims: list[Claim] = []
        for claim_id in dict.fromkeys(e.claim_id for e in events):
            try:
                claims.append(self.store.get_claim(claim_id))
            except NotFoundError:
                continue
        self.post_message(ClaimsChanged(claims, others=others))


def describe_filter(claim_filter: ClaimFilter, titles: dict[str, str]) -> str:
    """The active parts of a filter, in a short line."""
    parts: list[str] = []
    if claim_filter.statuses:
        parts.append("/".join(STATUS_LABELS[s] for s in claim_filter.statuses))
    if claim_filter.document_id:
        parts.append(
            "doc " + one_line(titles.get(claim_filter.document_id, claim_filter.document_id), 20)
        )
    for name in ("section", "attribution", "tag", "assignee"):
        value = getattr(claim_filter, name)
        if value is not None:
            parts.append(f"{name} {one_line(value, 20)}")
    if claim_filter.has_evidence is True:
        parts.append("with evidence")
    elif claim_filter.has_evidence is False:
        parts.append("no evidence")
    if claim_filter.hide_duplicates:
        parts.append("no duplicates")
    if claim_filter.search:
        parts.append(f"“{one_line(claim_filter.search, 20)}”")
    return ", ".join(parts)
