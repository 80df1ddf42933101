"""Shared fixtures: a real SQLite file in a temp folder, the sample documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.store import Store

SAMPLES = Path(__file__).resolve().parent.parent / "workbench" / "samples"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No user's database or reviewer name leaks into a test."""
    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    monkeypatch.setenv("WORKBENCH_REVIEWER", "tester")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's claims.db lives."""
    return tmp_path / "claims.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """An empty store on a real file, closed after the test."""
    with Store(db_path) as opened:
        yield opened


@pytest.fixture
def sample_store(store: Store) -> Store:
    """A store holding the two sample reports, extracted."""
    from workbench.ingest.pipeline import ingest_paths

    summary = ingest_paths(store, [SAMPLES])
    assert not summary.errors
    return store
