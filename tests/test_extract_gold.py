"""The extractor against the hand-checked gold mentions of the sample reports."""

from __future__ import annotations

from pathlib import Path

from workbench.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "workbench" / "samples").glob("*.txt"))
GOLD = ROOT / "tests" / "gold"


def test_samples_reach_the_targets() -> None:
    result = evaluate(SAMPLES, GOLD)
    assert len(result.documents) == 2
    assert result.f1 >= 0.95, f"F1 {result.f1:.3f}"
    assert result.value_accuracy >= 0.97, f"value accuracy {result.value_accuracy:.3f}"
    for document in result.documents:
        assert not document.error
        assert document.precision >= 0.9 and document.recall >= 0.9, document.name
