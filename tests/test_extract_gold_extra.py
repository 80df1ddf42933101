"""The extractor against held-out documents it was not tuned on (tests/gold_extra)."""

from __future__ import annotations

from pathlib import Path

from workbench.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold_extra"
DOCS = sorted(GOLD.glob("*.txt"))


def test_every_held_out_document_has_gold() -> None:
    result = evaluate(DOCS, GOLD)
    assert [d.name for d in result.documents] == [p.name for p in DOCS]


def test_held_out_documents_reach_the_targets() -> None:
    result = evaluate(DOCS, GOLD)
    assert result.f1 >= 0.93, f"F1 {result.f1:.3f}"
    assert result.value_accuracy >= 0.95, f"value accuracy {result.value_accuracy:.3f}"
    for document in result.documents:
        assert not document.error, document.name
        assert document.precision >= 0.85 and document.recall >= 0.85, (
            f"{document.name}: P={document.precision:.3f} R={document.recall:.3f}"
        )


def test_gold_spans_match_their_text() -> None:
    import json

    for path in GOLD.glob("*.jsonl"):
        raw = (GOLD / (path.stem + ".txt")).read_text(encoding="utf-8")
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert raw[row["start"] : row["end"]] == row["text"], (path.name, row)
