import math

import pytest
from pydantic import ValidationError

from workbench.models import Claim, Kind, Quantity, Status, claim_id_for, document_id_for


def test_quantity_rejects_a_span_that_ends_before_it_starts() -> None:
    with pytest.raises(ValidationError, match="after its end"):
        Quantity(text="95%", value=95, kind=Kind.PERCENT, start=10, end=5)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_quantity_rejects_values_that_are_not_finite(value: float) -> None:
    with pytest.raises(ValidationError, match="finite"):
        Quantity(text="x", value=value, kind=Kind.COUNT, start=0, end=1)


def test_claim_rejects_an_unknown_status() -> None:
    with pytest.raises(ValidationError, match="status"):
        Claim(id="c1", document_id="d1", text="t", start=0, end=1, status="maybe")


def test_claim_rejects_a_priority_outside_zero_to_one() -> None:
    with pytest.raises(ValidationError):
        Claim(id="c1", document_id="d1", text="t", start=0, end=1, priority=1.5)


def test_statuses_are_the_seven_of_the_design() -> None:
    assert {s.value for s in Status} == {
        "unreviewed",
        "in_progress",
        "supported",
        "contradicted",
        "misleading",
        "unverifiable",
        "not_a_claim",
    }


def test_ids_are_stable_and_distinguish_occurrences() -> None:
    doc = document_id_for("reports/a.txt")
    assert doc == document_id_for("reports/a.txt")
    assert doc != document_id_for("reports/b.txt")
    assert claim_id_for(doc, "约95%", 0) == claim_id_for(doc, "约95%", 0)
    assert claim_id_for(doc, "约95%", 0) != claim_id_for(doc, "约95%", 1)
