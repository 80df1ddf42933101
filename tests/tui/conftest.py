"""TUI fixtures: real SQLite databases in temp folders, built through the store's API."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea
from textual.worker import WorkerCancelled

from tests.tui.builders import build_hostile_db, build_small_db
from workbench.store import Store
from workbench.tui.app import WorkbenchApp

BUNDLED_DB = Path(__file__).resolve().parents[2] / "claims.db"


@pytest.fixture(autouse=True)
def no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor would make screenshots depend on timing."""
    monkeypatch.setattr(Input, "_default_cursor_blink", False, raising=False)
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
    monkeypatch.setattr(TextArea, "_default_cursor_blink", False, raising=False)
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    """The small deterministic database (see builders.build_small_db)."""
    path = tmp_path / "small.db"
    build_small_db(path)
    return path


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    """A database whose document and evidence carry markup, actions and escape codes."""
    path = tmp_path / "hostile.db"
    build_hostile_db(path)
    return path


@pytest.fixture
def bundled_copy(tmp_path: Path) -> Path:
    """A copy of the bundled claims.db (the sample reports)."""
    path = tmp_path / "claims.db"
    shutil.copy(BUNDLED_DB, path)
    return path


@pytest.fixture
def small_store(small_db: Path) -> Iterator[Store]:
    """A store on the small database, closed after the test."""
    with Store(small_db) as store:
        yield store


@pytest.fixture
def app(small_store: Store) -> WorkbenchApp:
    """The app on the small database, as reviewer "tester"."""
    return WorkbenchApp(small_store, reviewer="tester")


async def settle(pilot: Pilot[None], rounds: int = 3) -> None:
    """Let messages and workers finish (handlers may start more workers)."""
    for _ in range(rounds):
        await pilot.pause()
        try:
            await pilot.app.workers.wait_for_complete()
        except WorkerCancelled:  # superseded by a newer one of its exclusive group
            pass
    await pilot.pause()
