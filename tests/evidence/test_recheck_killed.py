"""A recheck killed at a random moment: the file stays sound and each result is whole."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.evidence.conftest import Handler, SourceServer
from workbench.ingest.pipeline import ingest_paths
from workbench.models import Evidence
from workbench.store import Store

ROOT = Path(__file__).resolve().parents[2]
LINKS = 120


def slow_page(handler: Handler) -> None:
    time.sleep(0.02)
    body = b"<html><body><article><p>About 95 per cent of firms saw no return.</p></article></body></html>"
    handler.send(200, body, "text/html; charset=utf-8")


@pytest.mark.parametrize("round_", range(3))
def test_a_killed_recheck_leaves_whole_results(
    tmp_path: Path, server: SourceServer, round_: int
) -> None:
    server.routes["/kill-recheck"] = slow_page
    source = tmp_path / "report.txt"
    source.write_text("据调查，全球约95%的企业尚未获得回报。", encoding="utf-8")
    db_path = tmp_path / "claims.db"
    with Store(db_path) as store:
        ingest_paths(store, [source])
        claim = store.claims(limit=1)[0]
        for n in range(LINKS):
            store.add_evidence(
                Evidence(id=f"e{n:03}", claim_id=claim.id, url=server.url(f"/kill-recheck?n={n}")),
                reviewer="ann",
            )
    process = subprocess.Popen(
        [sys.executable, "-m", "workbench", "recheck", "--db", str(db_path), "--concurrency", "4"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    rng = random.Random(round_)
    wanted = rng.randint(1, 40)
    with Store(db_path) as watcher:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            done = watcher.db.execute("SELECT count(*) FROM snapshots").fetchone()[0]
            if done >= wanted:
                break
            time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()

    with Store(db_path) as store:
        assert store.integrity_check() == "ok"
        assert store.get_claim(claim.id).evidence_count == LINKS
        snapshots = store.db.execute("SELECT count(*) FROM snapshots").fetchone()[0]
        rechecks = [e for e in store.history(claim.id) if e.action != "evidence_add"]
        assert wanted <= snapshots < LINKS  # killed part way
        # each result is a snapshot and its history event, written together
        assert len(rechecks) == snapshots
