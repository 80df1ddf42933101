"""Constructions met outside the sample reports: signs, ratios, multiples, partitives, run-in lists."""

from __future__ import annotations

import pytest

from workbench.extract.quantities import find_mentions
from workbench.models import Bound, Kind


def mentions(text: str) -> list[tuple[str, float | None, Kind, bool, Bound | None]]:
    """(text, value, kind, approx, bound) of every non-date mention."""
    return [
        (text[m.start : m.end], m.value, m.kind, m.approx, m.bound)
        for m in find_mentions(text)
        if m.kind != Kind.DATE
    ]


CASES = [
    # A minus sign is part of the number; a dash between numbers is a range.
    ("Retail sales changed by −2.3% in the quarter.", "−2.3%", -2.3, Kind.PERCENT, False, None),
    ("| Korea | -8% |", "-8%", -8, Kind.PERCENT, False, None),
    ("自然增长率为-2.49‰。", "-2.49‰", -2.49, Kind.PERCENT, False, None),
    # Ratios written with a colon; times of day are not.
    ("Applicants outnumber homes by 3:1.", "3:1", 3, Kind.RATIO, False, None),
    ("男女比例为1：2。", "1：2", 0.5, Kind.RATIO, False, None),
    # Multiples in words, hedged or not.
    ("Use will more than double by 2030.", "more than double", 2, Kind.RATIO, True, Bound.LOWER),
    ("It costs nearly twice as much.", "nearly twice", 2, Kind.RATIO, True, None),
    ("Interest costs twice the defence budget.", "twice", 2, Kind.RATIO, False, None),
    ("约为目前的两倍半。", "两倍半", 2.5, Kind.RATIO, False, None),
    # A scale written once after a range applies to both ends, and only once.
    ("Sales of €30–35 billion are expected.", "€30–35 billion", 3e10, Kind.CURRENCY, False, None),
    (
        "營收介於２６１億至２６９億美元之間。",
        "２６１億至２６９億美元",
        2.61e10,
        Kind.CURRENCY,
        False,
        None,
    ),
    ("零售額介於1.23兆至1.27兆元。", "1.23兆至1.27兆元", 1.23e12, Kind.CURRENCY, False, None),
    # Scales of other markets.
    ("The market will reach $1.8T.", "$1.8T", 1.8e12, Kind.CURRENCY, False, None),
    ("Sales hit Rs 1,200 crore.", "Rs 1,200 crore", 1.2e10, Kind.CURRENCY, False, None),
    # Quarters: a period unless it is a share of something.
    ("Orders fall within two quarters.", "two quarters", 2, Kind.DURATION, False, None),
    ("Three quarters of firms agree.", "Three quarters", 0.75, Kind.RATIO, False, None),
    # Verbs of exceeding bound the figure from below, like 超过.
    ("Revenue exceeded $5 billion.", "exceeded $5 billion", 5e9, Kind.CURRENCY, True, Bound.LOWER),
    ("Users surpassed 300 million.", "surpassed 300 million", 3e8, Kind.COUNT, True, Bound.LOWER),
]


@pytest.mark.parametrize(("sentence", "text", "value", "kind", "approx", "bound"), CASES)
def test_construction(sentence, text, value, kind, approx, bound) -> None:
    found = mentions(sentence)
    assert len(found) == 1, found
    assert found[0][0] == text
    assert found[0][1] == pytest.approx(value, rel=1e-3)
    assert found[0][2:] == (kind, approx, bound)


def test_partitive_counts_in_words() -> None:
    found = mentions("Two of the nine members voted; Europe hosts three of the top 10 systems.")
    assert [(t, v) for t, v, *_ in found] == [
        ("Two", 2),
        ("nine members", 9),
        ("three", 3),
        ("top 10", 10),
    ]
    assert mentions("One of the largest firms left.") == []


def test_a_change_then_a_level_is_not_a_range() -> None:
    found = mentions("Vacancies fell by 26,000 to 761,000.")
    assert [(t, v) for t, v, *_ in found] == [("26,000", 26000), ("761,000", 761000)]
    assert mentions("It takes 5 to 7 days.")[0][:2] == ("5 to 7 days", 5)


@pytest.mark.parametrize(
    "sentence",
    [
        "注：1. 本公报中数据均为初步统计数。2. 部分数据因四舍五入。",
        "注：1、数据为初步统计；2、部分数据有调整。",
        "Note: 1. Figures are provisional. 2. Totals may not add up.",
        "Call us for the full 64-page report.",
        "The board meets twice a year.",
        "The meeting starts at 10:30.",
        "The 2T model is a name.",
        "One of the largest firms left.",
    ],
)
def test_not_quantities(sentence: str) -> None:
    assert mentions(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "date"), [("1-11月份，利润增长5%。", "1-11月份"), ("1—9月，增长3.3%。", "1—9月")]
)
def test_month_ranges_are_time_scope(sentence: str, date: str) -> None:
    found = find_mentions(sentence)
    assert date in [sentence[m.start : m.end] for m in found if m.kind == Kind.DATE]
    assert len(mentions(sentence)) == 1


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fossil fuel supply 1 120\n", 1120),
        ("Power generation 1 050\n", 1050),
        ("Capacity reached 1 000 GW in 2024.", 1000),
        ("Capacity of 12\u202f345 MW.", 12345),
        ("A staff of 2\u00a0100 people.", 2100),
    ],
)
def test_digit_groups_separated_by_spaces(text: str, value: float) -> None:
    assert [v for _, v, *_ in mentions(text)] == [value]


def test_plain_space_between_table_cells_keeps_them_apart() -> None:
    assert [v for _, v, *_ in mentions("Korea 3 120 15%")] == [3, 120, 15]


def test_capitalised_label_of_a_table_row_is_not_a_name() -> None:
    assert [v for _, v, *_ in mentions("Grids 450\nStorage 66 12%\n")] == [450, 66, 12]
    assert mentions("Phase 2\nWindows 11\n") == []


def test_ranges_in_words_take_the_low_end() -> None:
    assert mentions("Costs are two to three times higher.")[0][:2] == ("two to three times", 2)
    assert mentions("It lasts five-six years.")[0][:2] == ("five-six years", 5)
    assert mentions("Twenty-five firms signed.")[0][:2] == ("Twenty-five firms", 25)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("H1 2024 margins were 31.5%.", "2024"),
        ("Q3 2025 sales rose 8%.", "2025"),
        ("3季度营收增长12%。", "3季度"),
    ],
)
def test_periods_named_with_half_quarter_or_fiscal_year(sentence: str, date: str) -> None:
    found = find_mentions(sentence)
    assert date in [sentence[m.start : m.end] for m in found if m.kind == Kind.DATE]
    assert len(mentions(sentence)) == 1


def test_form_names_are_not_quantities() -> None:
    assert mentions("See page 12 of the 10-K and the 20-F.") == []
