"""The CSV report: one row per claim, formulas neutralised, a BOM where Excel needs it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from click.testing import CliRunner

from tests.report.helpers import render
from workbench.cli import cli
from workbench.models import ClaimFilter, Status
from workbench.report.csv_export import BOM, COLUMNS, neutralise, write_csv
from workbench.store import Store


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix(BOM))))


def test_one_row_per_claim_with_review(reviewed: Store) -> None:
    text = render(reviewed, "csv")
    assert not text.startswith(BOM)  # a StringIO is not a file headed for Excel
    table = rows(text)
    assert [r["claim_id"] for r in table] == [
        c.id for c in reviewed.iter_claims_by_position(ClaimFilter())
    ]
    assert list(table[0]) == COLUMNS
    supported = reviewed.claims(ClaimFilter(statuses=[Status.SUPPORTED]))[0]
    row = next(r for r in table if r["claim_id"] == supported.id)
    assert row["status"] == "supported" and row["verdict"] == "Supported"
    assert row["reviewed_by"] == "alice" and row["reviewed_at"]
    assert row["evidence_urls"] == "https://stats.example.org/annual-2025"
    assert "same" in row["numbers_found"]
    assert row["document_sha256"] in {d["sha256"] for d in reviewed.document_summaries()}
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text)  # Chinese survives


def test_formulas_are_neutralised(hostile: Store) -> None:
    table = rows(render(hostile, "csv"))
    for row in table:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    first = next(r for r in table if r["status"] == "supported")
    assert first["note"].startswith("'=1+1")
    assert first["reviewed_by"].startswith("'=cmd")
    claims = {c.id: c for c in hostile.iter_claims()}
    for row in table:
        original = " ".join(claims[row["claim_id"]].text.split())
        if original.startswith(("-", "=", "+", "@")):
            assert row["claim"] == "'" + original


def test_neutralise() -> None:
    for value in ["=SUM(A1)", "+1", "-1+2", "@x", "\tx", "\rx", "＝1"]:
        assert neutralise(value) == "'" + value
    assert neutralise("a=b") == "a=b"
    assert neutralise(-3) == -3


def test_bom_for_regular_files_only(reviewed: Store, tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        write_csv(reviewed, out)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    path = tmp_path / "sig.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        write_csv(reviewed, out)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and not data[3:].startswith(b"\xef\xbb\xbf")
    forced = io.StringIO()
    write_csv(reviewed, forced, bom=True)
    assert forced.getvalue().startswith(BOM)


def test_cli_writes_a_bom_to_a_file_and_not_to_a_pipe(reviewed: Store, tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    runner = CliRunner()
    result = runner.invoke(
        cli, ["export", "--format", "csv", "-o", str(target), "--db", str(reviewed.path)]
    )
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and not data[3:].startswith(b"\xef\xbb\xbf")
    result = runner.invoke(cli, ["export", "--format", "csv", "--db", str(reviewed.path)])
    assert result.exit_code == 0
    assert result.output.startswith("claim_id,")
