"""Finding a claim's numbers in a source: forms, languages, units, hedges."""

from __future__ import annotations

import pytest

from workbench.evidence.match import fold, match_claim, scan_numbers, suggest_stance
from workbench.models import Bound, Claim, Kind, Quantity, Stance


def found(text: str) -> list[tuple[str, float, str]]:
    return [(n.text, n.value, n.unit.name if n.unit else n.raw_unit) for n in scan_numbers(text)]


@pytest.mark.parametrize(
    ("text", "value", "dimension"),
    [
        ("12万起", 120_000, "count"),
        ("120,000 cases", 120_000, "count"),
        ("十二万起", 120_000, "count"),
        ("1.2万亿千瓦时", 1.2e12 * 1e3, "energy"),
        ("1,200 TWh", 1.2e15, "energy"),
        ("1.2 trillion kWh", 1.2e15, "energy"),
        ("一点二万亿千瓦时", 1.2e15, "energy"),
        ("1.2萬億度", 1.2e15, "energy"),
        ("95%", 95, "percent"),
        ("９５％", 95, "percent"),
        ("95 per cent", 95, "percent"),
        ("ninety-five percent", 95, "percent"),
        ("百分之九十五", 95, "percent"),
        ("8.2万美元", 82_000, "currency:USD"),
        ("$82,000", 82_000, "currency:USD"),
        ("US$82K", 82_000, "currency:USD"),
        ("RMB 3.5bn", 3.5e9, "currency:CNY"),
        ("500亿元", 5e10, "currency:CNY"),
        ("€40m", 4e7, "currency:EUR"),
        ("23.79个百分点", 23.79, "percentage_points"),
        ("5年", 5 * 365.25, "duration"),
        ("60 months", 60 * 30.4375, "duration"),
        ("三倍", 3, "times"),
        ("two thousand people", 2000, "count"),
    ],
)
def test_forms_are_read_to_one_base_value(text: str, value: float, dimension: str) -> None:
    numbers = scan_numbers(text)
    assert len(numbers) == 1, numbers
    number = numbers[0]
    assert number.unit is not None and number.unit.dimension == dimension
    assert number.base_value == pytest.approx(value)
    assert number.start == 0 and number.end == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "2025年，7月26日举办",  # dates say when, not how much
        "GPT-4 and H800",  # numbers inside names
        "one of the first",  # a word, not a count
        "一些企业",  # a word, not a numeral
        "It is 5m long",  # lower-case m without money is not a million
    ],
)
def test_what_is_not_a_quantity_is_not_found(text: str) -> None:
    assert found(text) == []


def test_spans_point_into_the_text_as_given() -> None:
    text = "全年共１２万起，较上年增长约９５％。"
    numbers = scan_numbers(text)
    assert [text[n.start : n.end] for n in numbers] == ["１２万起", "９５％"]
    assert len(fold(text)) == len(text)


def test_an_unknown_unit_is_matched_by_its_word() -> None:
    assert found("demand reached 1000 EFlops of compute") == [("1000 EFlops", 1000, "eflops")]


def claim(text: str, quantity: Quantity) -> Claim:
    return Claim(
        id="c1",
        document_id="d1",
        text=text,
        sentence=text,
        start=0,
        end=len(text),
        quantities=[quantity],
    )


def q(text: str, value: float, unit: str, kind: Kind, **extra: object) -> Quantity:
    return Quantity(text=text, value=value, unit=unit, kind=kind, start=0, end=len(text), **extra)


ENERGY = claim(
    "2024年全国数据中心用电量约为1.2万亿千瓦时",
    q("1.2万亿千瓦时", 1.2e12, "kWh", Kind.MEASURE, approx=True),
)
CASES = claim("去年共查处电信诈骗案件12万起", q("12万起", 120_000, "cases", Kind.COUNT))
SALARY = claim("工程师平均年薪达到8.2万美元", q("8.2万美元", 82_000, "USD", Kind.CURRENCY))
FIRMS = claim(
    "95% of firms saw no return on their AI spending", q("95%", 95, "percent", Kind.PERCENT)
)


@pytest.mark.parametrize(
    ("subject", "source", "expected"),
    [
        (ENERGY, "Data centres used 1,200 TWh last year.", "1,200 TWh"),
        (ENERGY, "They used 1.2 trillion kWh.", "1.2 trillion kWh"),
        (ENERGY, "用电量达1.2万亿千瓦时。", "1.2万亿千瓦时"),
        (ENERGY, "consumption of 1,215 TWh", "1,215 TWh"),  # within the stated precision
        (CASES, "Police logged 120,000 cases of fraud.", "120,000 cases"),
        (CASES, "全年共12万起。", "12万起"),
        (CASES, "共118,500起", "118,500起"),  # rounds to 12万
        (SALARY, "Engineers earn $82,000 a year.", "$82,000"),
        (SALARY, "a salary of US$82K", "US$82K"),
        (FIRMS, "About 95 per cent of firms saw no return.", "95 per cent"),
        (FIRMS, "ninety-five percent of firms", "ninety-five percent"),
        (FIRMS, "百分之九十五的企业", "百分之九十五"),
        (FIRMS, "95.4% of firms", "95.4%"),
    ],
)
def test_the_same_quantity_is_found_across_forms_and_languages(
    subject: Claim, source: str, expected: str
) -> None:
    matches = match_claim(subject, source)
    same = [m for m in matches if m["relation"] == "same"]
    assert [m["found_text"] for m in same] == [expected]
    match = same[0]
    assert match["passage"][match["start"] : match["end"]] == expected
    assert match["quantity_text"] == subject.quantities[0].text
    assert suggest_stance(matches) == Stance.SUPPORTS


def test_an_exact_claim_allows_only_its_rounding_a_hedged_one_more() -> None:
    exact = claim("95% of firms", q("95%", 95, "percent", Kind.PERCENT))
    hedged = claim("约95%的企业", q("约95%", 95, "percent", Kind.PERCENT, approx=True))
    source = "92% of firms"
    assert match_claim(exact, source)[0]["relation"] == "close"
    assert match_claim(hedged, source)[0]["relation"] == "same"


def test_a_bound_is_met_by_a_number_past_it() -> None:
    over = claim(
        "涉案金额超过500亿元",
        q("超过500亿元", 5e10, "CNY", Kind.CURRENCY, approx=True, bound=Bound.LOWER),
    )
    assert match_claim(over, "涉案金额为520亿元")[0]["relation"] == "same"
    assert match_claim(over, "涉案金额为300亿元")[0]["relation"] == "different"


def test_the_same_measure_with_another_value_suggests_refutes() -> None:
    matches = match_claim(FIRMS, "The survey found that 60% of firms saw no return on AI spending.")
    assert [(m["found_text"], m["relation"]) for m in matches] == [("60%", "different")]
    assert suggest_stance(matches) == Stance.REFUTES


def test_an_unrelated_number_of_the_same_kind_is_not_a_refutation() -> None:
    matches = match_claim(FIRMS, "Inflation was 3% in the euro area, the bank said.")
    assert matches == []
    assert suggest_stance(matches) is None


def test_incommensurable_units_never_match() -> None:
    # Dollars are not yuan, kilowatt-hours are not kilowatts.
    assert match_claim(SALARY, "工程师平均年薪达到8.2万元") == []
    assert match_claim(ENERGY, "全国数据中心装机1.2万亿千瓦") == []


def test_a_claim_without_a_value_or_a_date_matches_nothing() -> None:
    dated = claim("2024年", q("2024年", 2024, "", Kind.DATE))
    assert match_claim(dated, "In 2024 it rained.") == []
