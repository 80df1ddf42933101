"""The analysis over claims.db: stored on ingest, re-run by `workbench analyse`, scored on the samples."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tests.conftest import GOLD, SAMPLES
from workbench.analysis import analyse_store, discrepancy_findings, findings_for_claim
from workbench.analysis.evaluate import findings_eval
from workbench.cli import cli
from workbench.ingest import load_document
from workbench.ingest.pipeline import ingest_document
from workbench.models import ClaimFilter, Evidence
from workbench.store import Store

TEXT = (
    "2025年全球机器人行业投资总额达到5000亿美元，其中，物流机器人领域的投资达到2000亿美元，"
    "占比45%。\n"
)


def _ingest(store: Store, tmp_path: Path, text: str = TEXT) -> str:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return ingest_document(store, load_document(path)).document.id


def test_ingest_stores_the_documents_findings(store: Store, tmp_path: Path) -> None:
    document_id = _ingest(store, tmp_path)
    claims = store.claims(ClaimFilter(document_id=document_id))
    findings = store.findings([c.id for c in claims])
    # Whatever the extractor finds, what is stored is what analyse_document says.
    from workbench.analysis import analyse_document

    expected = analyse_document(store.get_document(document_id), claims)
    assert {f.id for f in findings} == {f.id for f in expected}


def test_analyse_store_replaces_and_counts(sample_store: Store) -> None:
    first = analyse_store(sample_store)
    assert first == analyse_store(sample_store) == len(sample_store.findings())
    assert first > 0
    flagged = sample_store.claims(ClaimFilter(inconsistent=True))
    some = flagged[0] if flagged else sample_store.claims(limit=1)[0]
    for finding in findings_for_claim(sample_store, some.id):
        assert some.id in finding.claims


def test_discrepancy_findings_from_stored_evidence(store: Store, tmp_path: Path) -> None:
    document_id = _ingest(store, tmp_path, "据统计，全球约95%的企业尚未获得可衡量的商业回报。\n")
    claim = next(c for c in store.claims(ClaimFilter(document_id=document_id)) if c.quantities)
    quantity = claim.quantities[0]
    match = {
        "quantity_text": quantity.text, "found_text": "80%", "value": 80.0, "unit": "percent",
        "passage": "全球80%的企业尚未获得回报", "relation": "different",
    }  # fmt: skip
    store.add_evidence(
        Evidence(id="e1", claim_id=claim.id, url="https://example.org/r", matches=[match]),
        reviewer="tester",
    )
    [finding] = discrepancy_findings(store)
    assert finding.kind == "discrepancy" and not finding.consistent
    assert finding.details["evidence_id"] == "e1"
    analyse_store(store)
    assert any(f.kind == "discrepancy" for f in store.findings([claim.id]))
    assert store.get_claim(claim.id).status.value == "unreviewed"


def test_cli_analyse_prints_summary_and_inconsistent(sample_store: Store) -> None:
    result = CliRunner().invoke(cli, ["analyse", "--db", str(sample_store.path)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("analysed 2 document(s):")
    for line in result.output.splitlines()[1:]:
        assert line.startswith("✗ ")


def test_cli_analyse_help_has_an_example() -> None:
    result = CliRunner().invoke(cli, ["analyse", "--help"])
    assert "Example: workbench analyse" in result.output


def test_findings_on_the_samples_with_gold_quantities() -> None:
    # The checks alone (claims from the gold quantities): precision first.
    precision, recall, details = findings_eval(
        sorted(SAMPLES.glob("*.txt")), GOLD / "findings", quantities_gold=GOLD
    )
    assert precision >= 0.95, details
    assert recall >= 0.7, details
