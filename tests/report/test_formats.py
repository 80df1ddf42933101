"""The dispatcher, the CLI's export for every format, the JSON round trip, the screenshot script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.report.helpers import render
from workbench import report
from workbench.cli import cli
from workbench.errors import InputError
from workbench.models import ClaimFilter
from workbench.store import Store

ROOT = Path(__file__).resolve().parents[2]


def test_every_format_is_registered_with_a_suffix() -> None:
    assert {"json", "html", "md", "markdown", "csv", "claimreview"} <= set(report.WRITERS)
    assert set(report.SUFFIXES) == set(report.WRITERS)
    assert report.WRITERS["md"] is report.WRITERS["markdown"]


def test_unknown_format() -> None:
    with pytest.raises(InputError, match="unknown export format"):
        report.write(None, "pdf", None)  # type: ignore[arg-type]


def test_json_round_trip(reviewed: Store) -> None:
    data = json.loads(render(reviewed, "json", ClaimFilter(include_retired=True)))
    assert data["schema"] == "workbench.export/1"
    stored = {c.id: c for c in reviewed.iter_claims(ClaimFilter(include_retired=True))}
    assert {c["id"] for c in data["claims"]} == set(stored)
    for record in data["claims"]:
        claim = stored[record["id"]]
        assert record["status"] == claim.status.value
        assert record["text"] == claim.text
        assert record["note"] == claim.note
        assert [q["text"] for q in record["quantities"]] == [q.text for q in claim.quantities]
        assert len(record["evidence"]) == claim.evidence_count
    assert {d["sha256"] for d in data["documents"]} == {
        d["sha256"] for d in reviewed.document_summaries()
    }


def test_json_ignores_report_options(reviewed: Store) -> None:
    data = json.loads(render(reviewed, "json", organisation="Desk", title="T"))
    assert "organisation" not in data and "title" not in data


@pytest.mark.parametrize("fmt", sorted(report.WRITERS))
def test_cli_export(fmt: str, reviewed: Store, tmp_path: Path) -> None:
    target = tmp_path / f"out{report.SUFFIXES[fmt]}"
    result = CliRunner().invoke(
        cli, ["export", "--format", fmt, "-o", str(target), "--db", str(reviewed.path)]
    )
    assert result.exit_code == 0, result.output
    assert target.stat().st_size > 0
    assert "wrote" in result.output


@pytest.mark.skipif(
    not any(shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")),
    reason="needs a Chromium binary (apt-get install -y chromium)",
)
def test_render_script_makes_both_screenshots(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "render_report.py"), "--out", str(tmp_path)],
        check=True,
        timeout=300,
    )
    for name in ("report.png", "report-phone.png"):
        assert (tmp_path / name).read_bytes().startswith(b"\x89PNG")
