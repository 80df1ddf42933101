"""Report fixtures: a copy of the bundled claims.db with some review work, a hostile document."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.models import Evidence, Stance, Status
from workbench.store import Store

BUNDLED = Path(__file__).resolve().parents[2] / "claims.db"

HOSTILE = """# <script>alert(1)</script> Report

<script>alert(1)</script> claims 50% of <b>firms</b> fail.
-30% of firms lost money [click](javascript:alert(1)) last year.
=HYPERLINK("http://evil.example","x") says 30% pass.
Some *bold* _x_ `code` | pipe 20% here & there <img src=x onerror=alert(2)>
1. # heading 40% > quote
"""


def passage_match(number: str, found: str, relation: str) -> dict[str, object]:
    """A fake evidence match, as the fetcher will make them."""
    passage = f"The audited figures show {found} for the year, as reported."
    start = passage.index(found)
    return {
        "passage": passage,
        "start": start,
        "end": start + len(found),
        "quantity_text": number,
        "found_text": found,
        "relation": relation,
    }


def evidence_for(claim_id: str, number: str, **changes: object) -> Evidence:
    """A fetched piece of evidence with one match for `number`."""
    data: dict[str, object] = {
        "id": f"e-{claim_id}",
        "claim_id": claim_id,
        "url": "https://stats.example.org/annual-2025",
        "title": "Annual statistics 2025",
        "quote": f"The audited figures show {number} for the year.",
        "stance": Stance.SUPPORTS,
        "fetched_at": "2026-01-02T03:04:05+00:00",
        "http_status": 200,
        "sha256": "ab" * 32,
        "matches": [passage_match(number, number, "same")],
    }
    data.update(changes)
    return Evidence(**data)


@pytest.fixture
def bundled(tmp_path: Path) -> Iterator[Store]:
    """A copy of the bundled claims.db (never the file itself)."""
    target = tmp_path / "claims.db"
    shutil.copy(BUNDLED, target)
    with Store(target) as store:
        yield store


@pytest.fixture
def reviewed(bundled: Store) -> Store:
    """The bundled claims with a few verdicts, notes and evidence (claims taken from the store)."""
    claims = bundled.claims(sort="position", descending=False)
    plan = [
        (Status.SUPPORTED, "alice", "Matches the ministry's table."),
        (Status.CONTRADICTED, "bo", "The source says otherwise."),
        (Status.MISLEADING, "alice", "Right number, wrong year."),
        (Status.UNVERIFIABLE, "chen", "No public source."),
        (Status.NOT_A_CLAIM, "chen", ""),
        (Status.IN_PROGRESS, "bo", ""),
    ]
    for claim, (status, reviewer, note) in zip(claims, plan, strict=False):
        number = claim.quantities[0].text if claim.quantities else "1"
        if status in {Status.SUPPORTED, Status.CONTRADICTED, Status.MISLEADING}:
            bundled.add_evidence(evidence_for(claim.id, number), reviewer=reviewer)
        bundled.set_status(claim.id, status, reviewer=reviewer, note=note or None)
    return bundled


@pytest.fixture
def hostile(tmp_path: Path, store: Store) -> Store:
    """A store holding a document full of markup, scripts and formulas, with hostile evidence."""
    from workbench.ingest.pipeline import ingest_paths

    path = tmp_path / "hostile.md"
    path.write_text(HOSTILE, encoding="utf-8")
    summary = ingest_paths(store, [path])
    assert not summary.errors
    claims = store.claims(sort="position", descending=False)
    assert claims, "the hostile document must yield claims"
    first = claims[0]
    store.add_evidence(
        evidence_for(
            first.id,
            "50%",
            url="javascript:alert(document.cookie)",
            title="<script>alert('title')</script>",
            quote="<img src=x onerror=alert(3)> [x](javascript:alert(4))",
            matches=[
                {
                    "passage": "<script>alert(5)</script> 50% **bold**",
                    "start": 27,
                    "end": 30,
                    "quantity_text": "50%",
                    "found_text": "50%",
                    "relation": "same",
                }
            ],
        ),
        reviewer="<b>mallory</b>",
    )
    store.add_evidence(
        evidence_for(first.id, "50%", id="e-second", url="  JavaScript:alert(1)", title="=1+1"),
        reviewer="=cmd|' /C calc'!A0",
    )
    store.set_status(
        first.id, Status.SUPPORTED, reviewer="=cmd|' /C calc'!A0", note="=1+1 <script>x</script>"
    )
    return store
