"""The evidence commands as a user runs them, and HTML/PDF/URL ingest through the same readers."""

from __future__ import annotations

from pathlib import Path

import click
from click.testing import CliRunner

from tests.evidence.conftest import CHINESE_PAGE, ENGLISH_PAGE, SourceServer, blank_pdf, minimal_pdf
from workbench.cli import cli
from workbench.ingest import load_document
from workbench.ingest.pipeline import ingest_paths
from workbench.models import Claim
from workbench.store import Store


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_evidence_add_prints_the_fetch_and_the_matches(
    db_path: Path, store: Store, claims: dict[str, Claim], server: SourceServer
) -> None:
    claim = claims["cases"]
    code, out, err = run(
        "evidence", "add", claim.id[:8], server.url("/en.html"), "--stance", "supports",
        "--note", "agency figure", "--reviewer", "ann", "--db", str(db_path),
    )  # fmt: skip
    assert code == 0, err
    assert "[supports] (numbers suggest: supports)  HTTP 200  text/html" in out
    assert "Electricity demand from data centres" in out and "Ann Lee" in out
    assert "same      12万起 ≈ 120,000 cases" in out
    code, out, _ = run("evidence", "list", claim.id, "--db", str(db_path))
    assert code == 0 and "120,000 cases" in out and "agency figure" in out


def test_a_failed_fetch_is_attached_with_a_warning(
    db_path: Path, store: Store, claims: dict[str, Claim], server: SourceServer
) -> None:
    code, out, err = run(
        "evidence", "add", claims["cases"].id, server.url("/404"), "--db", str(db_path)
    )
    assert code == 0
    assert "HTTP 404, failed" in out
    assert err.startswith("warning: attached as e") and "HTTP 404 Not Found" in err


def test_a_bad_argument_is_one_line_and_exit_1(
    db_path: Path, store: Store, claims: dict[str, Claim]
) -> None:
    code, _, err = run("evidence", "add", claims["cases"].id, "ftp://x.org/a", "--db", str(db_path))
    assert (
        code == 1
        and err == "error: ftp://x.org/a: unsupported URL scheme 'ftp'; use http or https\n"
    )
    code, _, err = run("evidence", "add", claims["cases"].id, "/nope.pdf", "--db", str(db_path))
    assert code == 1 and err == "error: /nope.pdf: no such file\n"


def test_recheck_reports_dead_links_and_a_summary(
    db_path: Path, store: Store, claims: dict[str, Claim], server: SourceServer
) -> None:
    run("evidence", "add", claims["cases"].id, server.url("/en.html"), "--db", str(db_path))
    run("evidence", "add", claims["cases"].id, server.url("/500"), "--db", str(db_path))
    code, out, _ = run("recheck", "--concurrency", "4", "--db", str(db_path))
    assert code == 0
    assert "dead" in out and "/500" in out and "HTTP 500 Internal Server Error" in out
    assert out.strip().endswith("rechecked 2 link(s): 1 unchanged, 1 dead")
    code, out, _ = run("evidence", "list", claims["cases"].id, "--db", str(db_path))
    assert "rechecked:" in out


def test_every_evidence_subcommand_has_an_example() -> None:
    group = cli.commands["evidence"]
    assert isinstance(group, click.Group)
    for name in group.commands:
        result = CliRunner().invoke(cli, ["evidence", name, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output, name


def test_html_and_pdf_files_ingest_through_the_same_readers(tmp_path: Path, store: Store) -> None:
    html = tmp_path / "page.htm"
    html.write_bytes(CHINESE_PAGE.format(meta="").encode("gbk"))
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(minimal_pdf(["About 95% of firms saw no return."]))
    page = load_document(html)
    assert page.format == "html" and page.title == "数据中心用电" and "12万起" in page.text
    assert "<p>" not in page.text
    document = load_document(pdf)
    assert document.format == "pdf" and "95%" in document.text and document.title == "Grid report"
    (tmp_path / "scan.pdf").write_bytes(blank_pdf())
    summary = ingest_paths(store, [tmp_path])
    assert summary.count("new") == 2
    assert summary.errors == [
        f"{tmp_path / 'scan.pdf'}: the PDF has no text layer (a scanned image?); OCR it to read its numbers"
    ]


def test_a_url_ingests_with_the_url_as_its_source(
    db_path: Path, server: SourceServer, refused_url: str
) -> None:
    code, out, err = run(
        "ingest", server.url("/en.html"), server.url("/404"), refused_url, "--db", str(db_path)
    )
    assert code == 0
    assert f"new        {server.url('/en.html')}:" in out
    assert f"{server.url('/404')}: HTTP 404 Not Found" in err
    assert f"{refused_url}: connection refused" in err
    with Store(db_path) as opened:
        [document] = opened.documents()
        assert document.source == server.url("/en.html") and document.format == "html"
        assert "1,200 TWh" in document.text and ENGLISH_PAGE not in document.text
