"""Several reviewers at once, and processes killed at any moment: nothing lost, nothing corrupt."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from workbench.extract import extract_claims
from workbench.ingest import load_document
from workbench.ingest.pipeline import ingest_paths
from workbench.store import Store

ROOT = Path(__file__).resolve().parent.parent


def spawn(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def test_two_reviewers_on_overlapping_claims_lose_nothing(db_path: Path) -> None:
    with Store(db_path) as store:
        ingest_paths(store, [SAMPLES])
        claim_ids = [c.id for c in store.claims(limit=4)]
    runs = [
        spawn("-m", "tests.processes.reviewer", str(db_path), name, "300", *claim_ids)
        for name in ("ann", "bob")
    ]
    outputs = {}
    for name, process in zip(("ann", "bob"), runs, strict=True):
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        outputs[name] = out.splitlines()

    with Store(db_path) as store:
        assert store.integrity_check() == "ok"
        for name, lines in outputs.items():
            assert len(lines) == 300
            accepted = [line.split() for line in lines if line.startswith("ok ")]
            refused = [line for line in lines if line.startswith("refused ")]
            assert len(accepted) + len(refused) == 300
            assert all("changed by" in line or "locked" in line for line in refused)
            events = [
                e for claim_id in claim_ids for e in store.history(claim_id) if e.reviewer == name
            ]
            # every accepted change is in the history, and nothing else of this reviewer is
            assert len(events) == len(accepted)
            recorded = {(e.claim_id, e.after) for e in events}
            assert {(claim_id, status) for _, claim_id, status, _ in accepted} <= recorded
        for claim_id in claim_ids:
            history = store.history(claim_id)
            claim = store.get_claim(claim_id)
            # the versions form one unbroken chain: no write was lost or merged
            assert claim.version == 1 + len(history)
            if history:
                assert claim.status.value == history[-1].after
            for earlier, later in zip(history, history[1:], strict=False):
                assert later.before == earlier.after


@pytest.mark.parametrize("round_", range(4))
def test_an_ingest_killed_at_a_random_moment_leaves_whole_documents(
    tmp_path: Path, round_: int
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    source = (SAMPLES / "000_60de0902ac9ca62a.txt").read_text(encoding="utf-8")
    total = 60
    for n in range(total):
        (folder / f"report{n:02}.txt").write_text(f"第{n}版。\n\n" + source, encoding="utf-8")
    db_path = tmp_path / "claims.db"
    Store(db_path).close()
    process = spawn("-m", "workbench", "ingest", str(folder), "--db", str(db_path))
    # Kill it once a random number of documents is in, at a random moment after.
    rng = random.Random(round_)
    wanted = rng.randint(1, 6)
    with Store(db_path) as watcher:
        deadline = time.monotonic() + 120
        while len(watcher.document_summaries()) < wanted and time.monotonic() < deadline:
            time.sleep(0.01)
    time.sleep(rng.uniform(0, 0.05))
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL

    with Store(db_path) as store:
        assert store.integrity_check() == "ok"
        assert wanted <= len(store.documents()) < total
        for document in store.documents():
            expected = len(extract_claims(load_document(Path(document.source))))
            assert store.count_claims(_only(document.id)) == expected


def _only(document_id: str):
    from workbench.models import ClaimFilter

    return ClaimFilter(document_id=document_id)


@pytest.mark.parametrize("round_", range(3))
def test_a_reviewer_killed_at_a_random_moment_keeps_every_committed_change(
    tmp_path: Path, round_: int
) -> None:
    db_path = tmp_path / "claims.db"
    with Store(db_path) as store:
        ingest_paths(store, [SAMPLES])
        claim_ids = [c.id for c in store.claims(limit=6)]
    process = spawn("-m", "tests.processes.reviewer", str(db_path), "kim", "100000", *claim_ids)
    time.sleep(random.Random(round_).uniform(1.0, 2.5))
    process.send_signal(signal.SIGKILL)
    out, _ = process.communicate()
    reported = [line.split() for line in out.splitlines() if line.startswith("ok ")]
    assert reported, "the reviewer made no change before it was killed"

    with Store(db_path) as store:
        assert store.integrity_check() == "ok"
        events = [e for claim_id in claim_ids for e in store.history(claim_id)]
        # every change it reported as committed is there (one more may have
        # committed between the commit and the print)
        assert len(reported) <= len(events) <= len(reported) + 1
        by_version = {(e.claim_id, e.after) for e in events}
        assert {(c, s) for _, c, s, _ in reported} <= by_version


def test_a_database_copy_during_writes_is_consistent(db_path: Path, tmp_path: Path) -> None:
    with Store(db_path) as store:
        ingest_paths(store, [SAMPLES])
        claim_ids = [c.id for c in store.claims(limit=4)]
    writer = spawn("-m", "tests.processes.reviewer", str(db_path), "ann", "400", *claim_ids)
    time.sleep(0.5)
    with Store(db_path) as store:
        copy = store.backup(tmp_path / "backup.db")
    writer.communicate(timeout=300)
    with Store(copy) as backup:
        assert backup.integrity_check() == "ok"
        assert backup.count_claims() > 0
    shutil.rmtree(tmp_path / "docs", ignore_errors=True)
