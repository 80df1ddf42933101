"""WorkbenchApp: the review TUI over one claims.db (opened by `workbench` / `workbench review`)."""

from __future__ import annotations

import asyncio
from typing import ClassVar

from textual import on
from textual.app import App
from textual.binding import Binding, BindingType
from textual.worker import Worker, WorkerState

from workbench.errors import WorkbenchError
from workbench.store import Store
from workbench.tui.commands import WorkbenchCommands
from workbench.tui.screens.document import DocumentScreen
from workbench.tui.screens.help import HelpScreen, HelpSections
from workbench.tui.screens.review import ReviewScreen

#: How long quitting waits for decisions still being saved.
QUIT_GRACE_SECONDS = 10.0


class WorkbenchApp(App[None]):
    """Review the claims of a store as `reviewer`."""

    CSS_PATH = "workbench.tcss"
    TITLE = "workbench"
    COMMANDS = App.COMMANDS | {WorkbenchCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="help", tooltip="Every key"),
        Binding("q", "quit", "Quit", id="quit", tooltip="Quit (decisions are already saved)"),
    ]

    def __init__(self, store: Store, *, reviewer: str) -> None:
        super().__init__()
        self.store = store
        self.reviewer = reviewer
        self.review = ReviewScreen(store, reviewer=reviewer)

    def on_mount(self) -> None:
        self.sub_title = f"{store_name(self.store)} · {self.reviewer}"
        self.push_screen(self.review)

    def action_help(self) -> None:
        """Show every key."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(help_sections()))

    async def action_quit(self) -> None:
        """Quit once every decision made is saved."""
        waited = 0.0
        while not self.review.writes.idle and waited < QUIT_GRACE_SECONDS:
            await asyncio.sleep(0.02)
            waited += 0.02
        self.exit()

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        if isinstance(error, WorkbenchError):
            message = error.message + (f"\n{error.hint}" if error.hint else "")
        else:
            message = f"{type(error).__name__}: {error}"
        self.notify(message, title="Error", severity="error", markup=False, timeout=10)


def store_name(store: Store) -> str:
    """The database file's name, for the title bar."""
    return store.path.name


def help_sections() -> HelpSections:
    """The keys of each screen, for the help screen."""

    def bindings(owner: type) -> list[Binding]:
        return [b for b in owner.BINDINGS if isinstance(b, Binding) and b.description]

    return [
        ("Claims", bindings(ReviewScreen)),
        ("Document view", bindings(DocumentScreen)),
        ("Everywhere", bindings(WorkbenchApp)),
    ]
