"""The discrepancy meter: a claim's number against a number found in a source."""

from __future__ import annotations

import pytest

from workbench.analysis import measure_discrepancy
from workbench.models import Bound, Claim, Kind, Quantity


def _claim(
    sentence: str, written: str, value: float, kind: str, unit: str, **hedge: object
) -> tuple[Quantity, Claim]:
    start = sentence.index(written)
    quantity = Quantity(
        text=written,
        value=value,
        unit=unit,
        kind=Kind(kind),
        start=start,
        end=start + len(written),
        **hedge,
    )
    claim = Claim(
        id="c1", document_id="d1", text=sentence, sentence=sentence, start=start,
        end=start + len(written), quantities=[quantity],
    )  # fmt: skip
    return quantity, claim


def _found(value: float, found_text: str, passage: str, unit: str = "percent") -> dict[str, object]:
    return {
        "quantity_text": "", "found_text": found_text, "value": value, "unit": unit,
        "passage": passage, "relation": "same",
    }  # fmt: skip


def test_within_the_rounding_supports() -> None:
    quantity, claim = _claim(
        "2025年全球约95%的企业尚未获得回报。", "约95%", 95, "percent", "percent", approx=True
    )
    finding = measure_discrepancy(
        quantity, claim, _found(94.2, "94.2%", "2025年全球94.2%的企业尚未获得回报")
    )
    assert finding.kind == "discrepancy" and finding.consistent
    assert finding.details["suggestion"] == "supports"
    assert finding.details["absolute_difference"] == pytest.approx(-0.8)


def test_outside_refutes_with_the_relative_difference() -> None:
    quantity, claim = _claim(
        "Revenue reached $150 million in 2025.", "$150 million", 1.5e8, "currency", "USD"
    )
    finding = measure_discrepancy(
        quantity, claim, _found(1.2e8, "$120 million", "revenue of $120 million in 2025", "USD")
    )
    assert not finding.consistent
    assert finding.details["suggestion"] == "refutes"
    assert finding.details["relative_difference"] == pytest.approx(-0.2)
    assert "-20.0%" in finding.explanation


@pytest.mark.parametrize(("found", "within"), [(620, True), (500, True), (480, False)])
def test_a_lower_bound_claim(found: float, within: bool) -> None:
    quantity, claim = _claim(
        "涉案金额超过500亿元。",
        "超过500亿元",
        500,
        "currency",
        "CNY",
        approx=True,
        bound=Bound.LOWER,
    )
    finding = measure_discrepancy(quantity, claim, _found(found, f"{found}亿元", "涉案金额", "CNY"))
    assert finding.details["within_claim"] is within


def test_an_upper_bound_claim() -> None:
    quantity, claim = _claim(
        "中西部地区的人才占比不足20%。",
        "不足20%",
        20,
        "percent",
        "percent",
        approx=True,
        bound=Bound.UPPER,
    )
    assert measure_discrepancy(quantity, claim, _found(18, "18%", "中西部人才占比18%")).consistent
    assert not measure_discrepancy(
        quantity, claim, _found(23, "23%", "中西部人才占比23%")
    ).consistent


def test_percent_against_percentage_points_is_flagged() -> None:
    quantity, claim = _claim(
        "Accuracy improved by 24% over the previous best.", "24%", 24, "percent", "percent"
    )
    finding = measure_discrepancy(
        quantity,
        claim,
        _found(23.79, "23.79 percentage points", "improved by 23.79 percentage points"),
    )
    assert "percent_vs_points" in finding.details["flags"]
    assert finding.details["suggestion"] == "misleading"
    assert not finding.consistent


def test_a_different_base_is_flagged() -> None:
    quantity, claim = _claim(
        "中国约95%的企业尚未获得回报。", "约95%", 95, "percent", "percent", approx=True
    )
    finding = measure_discrepancy(quantity, claim, _found(95, "95%", "全球95%的企业尚未获得回报"))
    assert "different_base" in finding.details["flags"]
    assert finding.details["suggestion"] == "misleading"


def test_a_different_period_is_flagged() -> None:
    quantity, claim = _claim(
        "Global AI venture investment reached $137 billion in 2024.",
        "$137 billion",
        1.37e11,
        "currency",
        "USD",
    )
    finding = measure_discrepancy(
        quantity,
        claim,
        _found(
            1.37e11, "$137 billion", "in 2023, global AI venture investment was $137 billion", "USD"
        ),
    )
    assert "different_period" in finding.details["flags"]


def test_the_meter_never_sets_a_status() -> None:
    quantity, claim = _claim("x 40% y", "40%", 40, "percent", "percent")
    measure_discrepancy(quantity, claim, _found(10, "10%", "10%"))
    assert claim.status.value == "unreviewed"
