"""The store on a real SQLite file: history, stale writes, undo, search, paging."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workbench.errors import ConflictError, InputError, NotFoundError, StoreError
from workbench.models import ClaimFilter, Evidence, Stance, Status
from workbench.store import SCHEMA_VERSION, Store


def first_claim(store: Store):
    return store.claims(limit=1)[0]


def test_a_new_database_has_the_schema_wal_and_foreign_keys(store: Store, db_path: Path) -> None:
    assert store.schema_version == SCHEMA_VERSION
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {"documents", "claims", "quantities", "evidence", "events", "claims_fts"} <= set(
        store.db.table_names()
    )
    # an ordinary SQLite file other tools can read
    assert sqlite3.connect(db_path).execute("SELECT count(*) FROM claims").fetchone() == (0,)


def test_a_status_change_is_recorded_with_who_when_before_and_after(sample_store: Store) -> None:
    claim = first_claim(sample_store)
    updated = sample_store.set_status(claim.id, "supported", reviewer="ann", note="per MIT")
    assert updated.status is Status.SUPPORTED and updated.version == claim.version + 1
    assert updated.updated_by == "ann"
    events = sample_store.history(claim.id)
    assert [(e.field, e.before, e.after, e.reviewer) for e in events] == [
        ("status", "unreviewed", "supported", "ann"),
        ("note", "", "per MIT", "ann"),
    ]
    assert all(e.at for e in events)


def test_a_write_based_on_a_stale_read_is_refused(sample_store: Store) -> None:
    claim = first_claim(sample_store)
    sample_store.set_status(claim.id, "supported", reviewer="ann", expected_version=claim.version)
    with pytest.raises(ConflictError, match="changed by ann") as info:
        sample_store.set_status(
            claim.id, "contradicted", reviewer="bob", expected_version=claim.version
        )
    assert info.value.current.status is Status.SUPPORTED
    assert sample_store.get_claim(claim.id).status is Status.SUPPORTED
    assert len(sample_store.history(claim.id)) == 1


def test_an_unknown_status_is_refused_with_the_allowed_ones(sample_store: Store) -> None:
    claim = first_claim(sample_store)
    with pytest.raises(InputError, match="unknown status 'true'.*supported"):
        sample_store.set_status(claim.id, "true", reviewer="ann")
    assert sample_store.history(claim.id) == []


def test_only_reviewer_fields_can_be_changed(sample_store: Store) -> None:
    with pytest.raises(InputError, match="cannot change text"):
        sample_store.update_claim(first_claim(sample_store).id, {"text": "x"}, reviewer="ann")


def test_undo_is_a_new_event_and_restores_the_value(sample_store: Store) -> None:
    claim = first_claim(sample_store)
    sample_store.update_claim(claim.id, {"tags": ["check", "money"]}, reviewer="ann")
    event = sample_store.last_undoable_event(reviewer="ann")
    assert event is not None and event.after == ["check", "money"]
    restored = sample_store.undo(event.id, reviewer="ann")
    assert restored.tags == []
    history = sample_store.history(claim.id)
    assert [e.action for e in history] == ["edit", "undo"]
    assert history[1].undoes == event.id
    assert sample_store.last_undoable_event(reviewer="ann") is None


def test_undo_is_refused_when_someone_changed_the_field_since(sample_store: Store) -> None:
    claim = first_claim(sample_store)
    sample_store.set_status(claim.id, "supported", reviewer="ann")
    event = sample_store.last_undoable_event(reviewer="ann")
    sample_store.set_status(claim.id, "misleading", reviewer="bob")
    with pytest.raises(ConflictError, match="changed again"):
        sample_store.undo(event.id, reviewer="ann")
    assert sample_store.get_claim(claim.id).status is Status.MISLEADING


def test_events_are_append_only_in_the_database_itself(sample_store: Store) -> None:
    claim = first_claim(sample_store)
    sample_store.set_status(claim.id, "supported", reviewer="ann")
    for sql in ("UPDATE events SET reviewer = 'eve'", "DELETE FROM events"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            sample_store.db.execute(sql)


def test_bulk_update_changes_every_claim_in_one_go(sample_store: Store) -> None:
    ids = [c.id for c in sample_store.claims(limit=3)]
    sample_store.bulk_update(ids, {"status": "in_progress"}, reviewer="ann")
    assert {sample_store.get_claim(i).status for i in ids} == {Status.IN_PROGRESS}
    assert sample_store.count_claims(ClaimFilter(statuses=[Status.IN_PROGRESS])) == 3


def test_evidence_is_attached_counted_and_recorded(sample_store: Store) -> None:
    claim = first_claim(sample_store)
    evidence = Evidence(
        id="e1",
        claim_id=claim.id,
        url="https://example.org/report",
        stance=Stance.SUPPORTS,
        snapshot="x" * 100_000,
        fetched_at="2026-11-23T10:00:00+00:00",
        sha256="ab",
    )
    stored = sample_store.add_evidence(evidence, reviewer="ann")
    assert stored.snapshot == "x" * 100_000  # compressed on disk, whole when read
    assert sample_store.get_claim(claim.id).evidence_count == 1
    assert sample_store.count_claims(ClaimFilter(has_evidence=True)) == 1
    assert sample_store.history(claim.id)[-1].action == "evidence_add"
    assert len(sample_store.snapshots("e1")) == 1
    sample_store.remove_evidence("e1", reviewer="ann")
    assert sample_store.get_claim(claim.id).evidence_count == 0
    assert sample_store.evidence_for([claim.id])[claim.id] == []


def test_full_text_search_finds_chinese_substrings_and_short_terms(sample_store: Store) -> None:
    hits = sample_store.claims(ClaimFilter(search="企业"))
    assert hits and all("企业" in c.text or "企业" in c.sentence for c in hits)
    hits = sample_store.claims(ClaimFilter(search="95%"))
    assert hits and all("95%" in c.text + c.sentence for c in hits)
    # FTS syntax in user input is taken literally, never as a query
    assert sample_store.claims(ClaimFilter(search='"AND OR NEAR(')) == []


def test_keyset_pages_cover_every_claim_once_in_order(sample_store: Store) -> None:
    total = sample_store.count_claims()
    seen: list[str] = []
    after = None
    while True:
        page = sample_store.claim_page(limit=7, after=after)
        seen += [c.id for c in page.claims]
        if page.next_after is None:
            break
        after = page.next_after
    assert len(seen) == len(set(seen)) == total
    priorities = [sample_store.get_claim(i).priority for i in seen]
    assert priorities == sorted(priorities, reverse=True)


def test_status_counts_cover_all_statuses(sample_store: Store) -> None:
    claim = first_claim(sample_store)
    sample_store.set_status(claim.id, "contradicted", reviewer="ann")
    counts = sample_store.status_counts()
    assert counts[Status.CONTRADICTED] == 1
    assert sum(counts.values()) == sample_store.count_claims()


def test_missing_records_raise_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.get_claim("nope")
    with pytest.raises(NotFoundError):
        store.resolve_claim_id("zzz")


def test_a_file_that_is_not_sqlite_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("just some notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not a workbench database"):
        Store(path)
    assert path.read_text().startswith("just some notes")


def test_backup_copies_a_readable_database(sample_store: Store, tmp_path: Path) -> None:
    target = sample_store.backup(tmp_path / "copy.db")
    with Store(target) as copy:
        assert copy.count_claims() == sample_store.count_claims()
    with pytest.raises(InputError, match="already exists"):
        sample_store.backup(target)


def test_findings_are_stored_per_document_and_filter_claims(sample_store: Store) -> None:
    from workbench.models import Finding

    for document in sample_store.documents():  # start from no findings at all
        sample_store.replace_findings(document.id, [])
    sample_store.replace_findings(None, [])
    one, two, three = sample_store.claims(limit=3)
    findings = [
        Finding(
            id="f1",
            kind="share",
            document_id=one.document_id,
            claims=[one.id, two.id],
            stated=40,
            computed=38.2,
            consistent=False,
            tolerance=0.5,
            explanation="x",
        ),
        Finding(
            id="f2",
            kind="complement",
            document_id=one.document_id,
            claims=[three.id],
            stated=5,
            computed=5,
            consistent=True,
        ),
    ]
    sample_store.replace_findings(one.document_id, findings)
    assert {f.id for f in sample_store.findings([two.id])} == {"f1"}
    flagged = sample_store.claims(ClaimFilter(inconsistent=True))
    assert {c.id for c in flagged} == {one.id, two.id}
    assert (
        sample_store.count_claims(ClaimFilter(inconsistent=False))
        == sample_store.count_claims() - 2
    )
    sample_store.replace_findings(one.document_id, [])
    assert sample_store.findings() == []


def test_attaching_evidence_can_be_undone(sample_store: Store) -> None:
    claim = first_claim(sample_store)
    sample_store.add_evidence(
        Evidence(id="e9", claim_id=claim.id, url="https://example.org/a"), reviewer="ann"
    )
    event = sample_store.last_undoable_event(reviewer="ann")
    assert event is not None and event.action == "evidence_add"
    after = sample_store.undo(event.id, reviewer="ann")
    assert after.evidence_count == 0
    assert sample_store.evidence_for([claim.id])[claim.id] == []
    assert sample_store.history(claim.id)[-1].undoes == event.id
    assert sample_store.last_undoable_event(reviewer="ann") is None


def test_a_bulk_change_over_a_stale_read_touches_no_claim(sample_store: Store) -> None:
    one, two = sample_store.claims(limit=2)
    sample_store.set_status(two.id, "misleading", reviewer="bob")
    with pytest.raises(ConflictError, match="changed by bob"):
        sample_store.bulk_update(
            [one.id, two.id],
            {"status": "supported"},
            reviewer="ann",
            expected_versions={one.id: one.version, two.id: two.version},
        )
    assert sample_store.get_claim(one.id).status is Status.UNREVIEWED
    assert sample_store.get_claim(two.id).status is Status.MISLEADING
