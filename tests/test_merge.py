"""export → import: the identity into an empty database, a merge into another copy."""

from __future__ import annotations

import io
import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SAMPLES
from workbench.errors import InputError
from workbench.ingest.pipeline import ingest_paths
from workbench.merge import import_export, read_export
from workbench.models import Evidence, Stance, Status
from workbench.report.json_export import write_json
from workbench.store import Store


def export(store: Store) -> dict:
    out = io.StringIO()
    write_json(store, out)
    return json.loads(out.getvalue())


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "claims.db"
    with Store(path) as store:
        ingest_paths(store, [SAMPLES])
    return path


def copy_of(template: Path, folder: Path, name: str) -> Store:
    target = folder / name
    shutil.copy(template, target)
    return Store(target)


operations = st.lists(
    st.tuples(
        st.sampled_from(["status", "note", "tags", "assignee", "evidence", "undo", "remove"]),
        st.integers(min_value=0, max_value=20),
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12),
        st.sampled_from(list(Status)),
    ),
    max_size=12,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=operations)
def test_export_import_export_is_the_identity(template_db: Path, tmp_path: Path, ops: list) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    with copy_of(template_db, folder, "a.db") as store:
        claims = store.claims(limit=21, sort="position", descending=False)
        for n, (op, index, text, status) in enumerate(ops):
            claim = claims[index % len(claims)]
            if op == "status":
                store.set_status(claim.id, status, reviewer=text or "ann")
            elif op == "note":
                store.update_claim(claim.id, {"note": text}, reviewer="bob")
            elif op == "tags":
                store.update_claim(claim.id, {"tags": [text, "x"]}, reviewer="bob")
            elif op == "assignee":
                store.update_claim(claim.id, {"assignee": text}, reviewer="ann")
            elif op == "evidence":
                store.add_evidence(
                    Evidence(
                        id=f"e{n}",
                        claim_id=claim.id,
                        url="https://example.org/" + str(n),
                        title=text,
                        stance=Stance.SUPPORTS,
                        snapshot=text * 50,
                        fetched_at="2026-11-23T10:00:00+00:00",
                        sha256="abc",
                        matches=[{"found_text": text}],
                    ),
                    reviewer="ann",
                )
            elif op == "remove":
                evidence = store.all_evidence()
                if evidence:
                    store.remove_evidence(evidence[index % len(evidence)].id, reviewer="ann")
            else:
                event = store.last_undoable_event(reviewer="ann")
                if event is not None:
                    try:
                        store.undo(event.id, reviewer="ann")
                    except Exception:
                        pass
        first = export(store)
    with Store(folder / "empty.db") as empty:
        report = import_export(empty, first)
        assert not report.conflicts
        assert export(empty) == first


def test_two_offline_copies_are_merged_and_conflicts_reported(
    template_db: Path, tmp_path: Path
) -> None:
    ann = copy_of(template_db, tmp_path, "ann.db")
    bob = copy_of(template_db, tmp_path, "bob.db")
    one, two, three = [c.id for c in ann.claims(limit=3)]
    ann.set_status(one, "supported", reviewer="ann")
    bob.set_status(two, "contradicted", reviewer="bob", note="the source says 85%")
    ann.set_status(three, "supported", reviewer="ann")
    bob.set_status(three, "misleading", reviewer="bob")

    report = import_export(ann, export(bob))

    assert ann.get_claim(one).status is Status.SUPPORTED  # ann's own work stays
    merged = ann.get_claim(two)
    assert merged.status is Status.CONTRADICTED and merged.note == "the source says 85%"
    assert ann.get_claim(three).status is Status.SUPPORTED  # conflict: local kept
    assert len(report.conflicts) == 1 and three in report.conflicts[0]
    history = ann.history(three)
    assert {e.reviewer for e in history} == {"ann", "bob"}  # nothing lost
    # importing the same export again changes nothing
    again = import_export(ann, export(bob))
    assert again.events_added == 0 and again.claims_updated == 0
    ann.close()
    bob.close()


def test_a_file_that_is_not_an_export_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text('{"hello": 1}')
    with pytest.raises(InputError, match="not a workbench export"):
        read_export(bad)
    bad.write_text("{not json")
    with pytest.raises(InputError, match="not JSON"):
        read_export(bad)


def test_an_invalid_record_changes_nothing(template_db: Path, tmp_path: Path) -> None:
    with copy_of(template_db, tmp_path, "a.db") as store:
        data = export(store)
    data["documents"][0]["sha256"] = "other"
    data["documents"][0]["id"] = "dnew"
    for claim in data["claims"]:
        claim["document_id"] = "dnew"
    data["claims"][-1]["status"] = "perhaps"
    with Store(tmp_path / "empty.db") as empty:
        with pytest.raises(InputError, match="invalid record"):
            import_export(empty, data)
        assert empty.documents() == [] and empty.count_claims() == 0


def test_a_document_ingested_from_another_path_merges_by_sha256(tmp_path: Path) -> None:
    moved = tmp_path / "elsewhere" / "report.txt"
    moved.parent.mkdir()
    shutil.copy(SAMPLES / "004_a5958f943bf81190.txt", moved)
    with Store(tmp_path / "ann.db") as ann, Store(tmp_path / "bob.db") as bob:
        ingest_paths(ann, [SAMPLES / "004_a5958f943bf81190.txt"])
        ingest_paths(bob, [moved])
        theirs = bob.claims(limit=1)[0]
        bob.set_status(theirs.id, "supported", reviewer="bob")
        report = import_export(ann, export(bob))
        assert report.documents_added == 0 and report.claims_updated == 1
        ours = next(c for c in ann.claims() if c.status is Status.SUPPORTED)
        assert ours.text == theirs.text and ours.id != theirs.id
        assert [e.reviewer for e in ann.history(ours.id)] == ["bob"]
