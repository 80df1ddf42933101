"""The CLI as scripts use it: exit codes, one-line errors, the JSON contract."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tests.conftest import SAMPLES
from workbench.cli import cli


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_ingest_twice_reports_unchanged_and_keeps_the_count(db_path: Path) -> None:
    code, out, _ = run("ingest", str(SAMPLES), "--db", str(db_path))
    assert code == 0 and "2 new" in out
    code, out, _ = run("claims", "--db", str(db_path), "--json", "--limit", "100000")
    first = len(out.splitlines())
    code, out, _ = run("ingest", str(SAMPLES), "--db", str(db_path))
    assert code == 0 and "2 unchanged" in out and "0 claim(s) added" in out
    _, out, _ = run("claims", "--db", str(db_path), "--json", "--limit", "100000")
    assert len(out.splitlines()) == first > 0


def test_ingest_of_nothing_usable_fails_with_one_line_per_file(
    db_path: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, _, err = run("ingest", str(empty), str(tmp_path / "gone.md"), "--db", str(db_path))
    assert code == 1
    assert f"{empty}: the file is empty" in err
    assert "gone.md: no such file or folder" in err


def test_export_json_follows_the_contract(db_path: Path, tmp_path: Path) -> None:
    run("ingest", str(SAMPLES), "--db", str(db_path))
    out_file = tmp_path / "out.json"
    code, _, err = run("export", "--format", "json", "--db", str(db_path), "-o", str(out_file))
    assert code == 0 and "wrote" in err
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["schema"] == "workbench.export/1"
    texts = {d["id"]: d["text"] for d in data["documents"]}
    assert len(texts) == 2 and not any("(ke)" in t for t in texts.values())
    assert data["claims"]
    for claim in data["claims"]:
        for key in (
            "document_id",
            "text",
            "start",
            "end",
            "status",
            "quantities",
            "evidence",
            "history",
        ):
            assert key in claim
        for q in claim["quantities"]:
            assert texts[claim["document_id"]][q["start"] : q["end"]] == q["text"]
            for key in ("text", "value", "unit", "kind", "approx", "bound"):
                assert key in q


def test_status_sets_and_refuses_stale_versions_and_unknown_statuses(db_path: Path) -> None:
    run("ingest", str(SAMPLES), "--db", str(db_path))
    _, out, _ = run("claims", "--db", str(db_path), "--json", "--limit", "1")
    claim = json.loads(out)
    code, out, _ = run(
        "status",
        claim["id"],
        "supported",
        "--note",
        "ok",
        "--reviewer",
        "ann",
        "--db",
        str(db_path),
    )
    assert code == 0 and "supported (version 2)" in out
    code, _, err = run(
        "status", claim["id"], "misleading", "--expect-version", "1", "--db", str(db_path)
    )
    assert code == 1 and "changed by ann" in err
    code, _, err = run("status", claim["id"], "bogus", "--db", str(db_path))
    assert code == 1 and "unknown status 'bogus'" in err
    code, out, _ = run("history", claim["id"][:8], "--db", str(db_path))
    assert "ann" in out and "supported" in out
    code, out, _ = run("show", claim["id"], "--db", str(db_path))
    assert code == 0 and "supported" in out and "quantities" in out


def test_commands_on_a_missing_database_fail_clearly(tmp_path: Path) -> None:
    code, _, err = run("claims", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "no such database" in err


def test_every_command_has_help_with_an_example() -> None:
    for name in cli.commands:
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example:" in result.output, f"{name} --help has no example"
