"""Screenshots of the main screens on the small deterministic database.

Regenerate after an intended change with: pytest tests/tui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from textual.pilot import Pilot

from tests.tui.conftest import settle
from workbench.tui.app import WorkbenchApp

SIZE = (140, 40)


def pressing(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    """A run_before that waits for the first page, presses keys, and waits again."""

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return run_before


def test_review_screen(snap_compare, app: WorkbenchApp) -> None:
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing())


def test_detail_with_evidence_and_duplicates(snap_compare, app: WorkbenchApp) -> None:
    # a2 carries evidence with a match; then open the detail in full
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing("j", "enter"))


def test_detail_of_a_duplicate(snap_compare, app: WorkbenchApp) -> None:
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing("G", "enter"))


def test_document_view(snap_compare, app: WorkbenchApp) -> None:
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing("d", "n"))


def test_help(snap_compare, app: WorkbenchApp) -> None:
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing("question_mark"))


def test_evidence_dialog(snap_compare, app: WorkbenchApp) -> None:
    assert snap_compare(app, terminal_size=SIZE, run_before=pressing("e"))
