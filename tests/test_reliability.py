"""Reliability: migrations, locked and full databases, hostile files, concurrent reviewers."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest
import sqlite_utils

from tests.conftest import SAMPLES
from workbench.errors import InputError, StoreError
from workbench.ingest import load_document
from workbench.ingest.pipeline import ingest_paths
from workbench.store import SCHEMA_VERSION, Store, migrations

ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False


def test_an_older_database_is_backed_up_then_migrated_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m002_findings")
    db.execute(
        "INSERT INTO documents (id, title, source, sha256, text) VALUES ('d1', 'old', 's', 'x', 't')"
    )
    db.conn.commit()
    db.close()

    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert "findings" in store.db.table_names()
        assert store.get_document("d1").title == "old"
    backups = list(tmp_path.glob("old.db.v1-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old:
        tables = {r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "findings" not in tables and "documents" in tables


def test_a_locked_database_gives_a_clear_error_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("workbench.store.BUSY_TIMEOUT_SECONDS", 0.2)
    path = tmp_path / "claims.db"
    with Store(path) as store:
        ingest_paths(store, [SAMPLES / "004_a5958f943bf81190.txt"])
        claim = store.claims(limit=1)[0]
        holder = sqlite3.connect(path)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            with Store(path) as other, pytest.raises(StoreError, match="locked by another process"):
                other.set_status(claim.id, "supported", reviewer="ann")
        finally:
            holder.rollback()
            holder.close()
        assert store.get_claim(claim.id).status.value == "unreviewed"
        assert store.history(claim.id) == []


def test_a_full_disk_gives_a_clear_error_and_keeps_what_was_stored(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with Store(path) as store:
        ingest_paths(store, [SAMPLES / "004_a5958f943bf81190.txt"])
        before = store.count_claims()
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages}")
        summary = ingest_paths(store, [SAMPLES / "000_60de0902ac9ca62a.txt"])
        assert summary.outcomes == [] and len(summary.errors) == 1
        assert "full" in summary.errors[0]
        assert store.count_claims() == before and len(store.documents()) == 1
        assert store.integrity_check() == "ok"


def test_a_file_too_large_for_one_document_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as out:
        out.truncate(50 * 1024 * 1024)  # a 50 MB file (sparse: cheap to make)
    with pytest.raises(InputError, match="50.0 MB.*limit"):
        load_document(big)


def test_a_symlink_loop_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    with Store(tmp_path / "claims.db") as store:
        summary = ingest_paths(store, [tmp_path / "a.txt"])
    assert summary.errors and "a.txt" in summary.errors[0]
    assert "symbolic link" in summary.errors[0]


def test_a_folder_with_a_symlink_loop_still_ingests_its_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "sub" / "r.txt").write_text("全球约95%的企业尚未获得回报。", encoding="utf-8")
    with Store(tmp_path / "claims.db") as store:
        summary = ingest_paths(store, [tmp_path])
    assert summary.count("new") == 1


@pytest.mark.skipif(ROOT, reason="root reads files whatever their permissions")
def test_a_file_without_permission_is_named(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("95%")
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        load_document(path)


@pytest.mark.skipif(ROOT, reason="root writes files whatever their permissions")
def test_a_read_only_database_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with Store(path) as store:
        ingest_paths(store, [SAMPLES / "004_a5958f943bf81190.txt"])
        claim = store.claims(limit=1)[0]
    path.chmod(0o444)
    with Store(path) as store, pytest.raises(StoreError, match="read-only"):
        store.set_status(claim.id, "supported", reviewer="ann")


def test_python_is_new_enough() -> None:
    assert sys.version_info >= (3, 11)


def test_a_file_that_disappears_mid_run_is_named_and_the_rest_ingested(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(f"{name}: 全球约95%的企业尚未获得回报。", encoding="utf-8")

    def remove_the_next(done: int, total: int, label: str) -> None:
        if done == 1:
            (folder / "b.txt").unlink()

    with Store(tmp_path / "claims.db") as store:
        summary = ingest_paths(store, [folder], on_progress=remove_the_next)
        assert summary.count("new") == 2
        assert summary.errors == [f"{folder / 'b.txt'}: no such file"]
        assert {Path(d.source).name for d in store.documents()} == {"a.txt", "c.txt"}
