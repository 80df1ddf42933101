"""Quantity mentions, construction by construction, in English and Chinese."""

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


def one(text: str) -> tuple[str, float | None, Kind, bool, Bound | None]:
    found = mentions(text)
    assert len(found) == 1, found
    return found[0]


ENGLISH = [
    ("GPU rental costs $2/hr on average.", "$2/hr", 2, Kind.CURRENCY, False, None),
    (
        "The company raised US$5.6 million last year.",
        "US$5.6 million",
        5.6e6,
        Kind.CURRENCY,
        False,
        None,
    ),
    ("About 95 per cent of firms use AI.", "About 95 per cent", 95, Kind.PERCENT, True, None),
    (
        "More than 300 companies signed.",
        "More than 300 companies",
        300,
        Kind.COUNT,
        True,
        Bound.LOWER,
    ),
    ("China ranked second in the index.", "second", 2, Kind.RANK, False, None),
    ("The US is among the top 3 markets.", "top 3", 3, Kind.RANK, False, Bound.UPPER),
    ("Training takes between 5 and 7 days.", "5 and 7 days", 5, Kind.DURATION, False, None),
    ("A third of respondents said no.", "A third", 0.3333, Kind.RATIO, False, None),
    ("Sales doubled.", "doubled", 2, Kind.RATIO, False, None),
    ("Costs grew 3x.", "3x", 3, Kind.RATIO, False, None),
    ("The fund manages €3bn.", "€3bn", 3e9, Kind.CURRENCY, False, None),
    ("Data centres used 1,200 TWh of power.", "1,200 TWh", 1200, Kind.MEASURE, False, None),
    (
        "Margins rose 2.5 percentage points.",
        "2.5 percentage points",
        2.5,
        Kind.PERCENTAGE_POINTS,
        False,
        None,
    ),
    ("Up to 40% of jobs are exposed.", "Up to 40%", 40, Kind.PERCENT, True, Bound.UPPER),
    (
        "Nearly two-thirds of CEOs plan to hire.",
        "Nearly two-thirds",
        0.6667,
        Kind.RATIO,
        True,
        None,
    ),
    ("One in five adults uses it daily.", "One in five", 0.2, Kind.RATIO, False, None),
    ("Investment of £250m was announced.", "£250m", 2.5e8, Kind.CURRENCY, False, None),
    ("Three countries signed.", "Three countries", 3, Kind.COUNT, False, None),
    ("The model scored 77.97 points.", "77.97 points", 77.97, Kind.SCORE, False, None),
    ("Fewer than 10 firms replied.", "Fewer than 10 firms", 10, Kind.COUNT, True, Bound.UPPER),
    ("The plant has 5 GW of capacity.", "5 GW", 5, Kind.MEASURE, False, None),
    ("It is the second-largest market.", "second", 2, Kind.RANK, False, None),
    ("Compute demand will quadruple.", "quadruple", 4, Kind.RATIO, False, None),
    ("It took 80 hours.", "80 hours", 80, Kind.DURATION, False, None),
    ("Prices rose 12 percent.", "12 percent", 12, Kind.PERCENT, False, None),
    ("The model has 70B parameters.", "70B parameters", 7e10, Kind.COUNT, False, None),
    (
        "Shipments reached 3.76 million units.",
        "3.76 million units",
        3.76e6,
        Kind.COUNT,
        False,
        None,
    ),
    ("It holds 1,000 or more patents.", "1,000 or more", 1000, Kind.COUNT, True, Bound.LOWER),
    ("Half of all firms use it.", "Half", 0.5, Kind.RATIO, False, None),
    ("Revenue was cut by half.", "half", 0.5, Kind.RATIO, False, None),
    ("Rates fell 25 basis points.", "25 basis points", 25, Kind.PERCENTAGE_POINTS, False, None),
    ("It costs $20 per month.", "$20 per month", 20, Kind.CURRENCY, False, None),
    ("Output is 5-7 million tonnes.", "5-7 million tonnes", 5e6, Kind.MEASURE, False, None),
]


@pytest.mark.parametrize(("sentence", "text", "value", "kind", "approx", "bound"), ENGLISH)
def test_english_constructions(sentence, text, value, kind, approx, bound) -> None:
    found = one(sentence)
    assert found[0] == text
    assert found[1] == pytest.approx(value, rel=1e-3)
    assert found[2:] == (kind, approx, bound)


CHINESE = [
    ("全球约95%的企业尚未获得回报。", "约95%", 95, Kind.PERCENT, True, None),
    ("涉案金额超过500亿元。", "超过500亿元", 5e10, Kind.CURRENCY, True, Bound.LOWER),
    ("查处企业300余家。", "300余家", 300, Kind.COUNT, True, Bound.LOWER),
    ("缺口达到300万人以上。", "300万人以上", 3e6, Kind.COUNT, True, Bound.LOWER),
    ("较此前提升23.79个百分点。", "23.79个百分点", 23.79, Kind.PERCENTAGE_POINTS, False, None),
    ("电力消耗达到1.2万亿千瓦时。", "1.2万亿千瓦时", 1.2e12, Kind.MEASURE, False, None),
    ("训练成本约为8.2万美元。", "约为8.2万美元", 8.2e4, Kind.CURRENCY, True, None),
    ("租赁价格为每小时2美元。", "每小时2美元", 2, Kind.CURRENCY, False, None),
    ("使用了64×8块GPU。", "64×8块", 512, Kind.COUNT, False, None),
    ("回收周期通常需要1-3年。", "1-3年", 1, Kind.DURATION, False, None),
    ("预计5至7年内完成。", "5至7年", 5, Kind.DURATION, False, None),
    ("约三分之二的企业表示满意。", "约三分之二", 0.6667, Kind.RATIO, True, None),
    ("营收增长了两倍。", "两倍", 2, Kind.RATIO, False, None),
    ("利润翻了一番。", "翻了一番", 2, Kind.RATIO, False, None),
    ("占比达到百分之十五点五。", "百分之十五点五", 15.5, Kind.PERCENT, False, None),
    ("中国总分为58.01分。", "58.01分", 58.01, Kind.SCORE, False, None),
    ("位居世界第二。", "第二", 2, Kind.RANK, False, None),
    ("指标排在前2名。", "前2名", 2, Kind.RANK, False, Bound.UPPER),
    ("占比不足20%。", "不足20%", 20, Kind.PERCENT, True, Bound.UPPER),
    ("增速保持在6%左右。", "6%左右", 6, Kind.PERCENT, True, None),
    ("已连续五年发布。", "五年", 5, Kind.DURATION, False, None),
    ("分为四类。", "四类", 4, Kind.COUNT, False, None),
    ("培训了二十多万名工人。", "二十多万名", 2e5, Kind.COUNT, True, Bound.LOWER),
    ("删除不良内容120余万条。", "120余万条", 1.2e6, Kind.COUNT, True, Bound.LOWER),
    ("投入产出比大于1.5。", "大于1.5", 1.5, Kind.RATIO, True, Bound.LOWER),
    ("年末全国总人口140828万人。", "140828万人", 1.40828e9, Kind.COUNT, False, None),
    ("全年有四成企业亏损。", "四成", 0.4, Kind.RATIO, False, None),
    ("近一半企业盈利。", "近一半", 0.5, Kind.RATIO, True, None),
    # Traditional characters and full-width digits read like Simplified and ASCII.
    ("營收達３５億元。", "３５億元", 3.5e9, Kind.CURRENCY, False, None),
    ("員工約１２００人。", "約１２００人", 1200, Kind.COUNT, True, None),
    ("同比增長１５％。", "１５％", 15, Kind.PERCENT, False, None),
    ("開源活躍度增幅最快的5個國家。", "5個", 5, Kind.COUNT, False, None),
]


@pytest.mark.parametrize(("sentence", "text", "value", "kind", "approx", "bound"), CHINESE)
def test_chinese_constructions(sentence, text, value, kind, approx, bound) -> None:
    found = one(sentence)
    assert found[0] == text
    assert found[1] == pytest.approx(value, rel=1e-3)
    assert found[2:] == (kind, approx, bound)


def test_before_after_pair_gives_two_mentions() -> None:
    assert [m[0] for m in mentions("Costs fell from 60% to 20% over five years.")] == [
        "60%",
        "20%",
        "five years",
    ]
    assert [m[0] for m in mentions("误诊率从原来的60%下降至20%。")] == ["60%", "20%"]


@pytest.mark.parametrize(
    "sentence",
    [
        "GPT-4 and H100 chips dominate; Llama 3 follows.",
        "See Section 3.2 and Figure 4 for details.",
        "Contact us at info@example.com or +1 415 555 0100.",
        "Visit https://example.com/report-2025/page3 for more.",
        "The 5G rollout covers 4K streaming and 3D printing.",
        "There are 24/7 support lines and 10:30 meetings.",
        "DeepSeek-R1 and V3 were trained on H800 GPUs.",
        "《全球人工智能创新指数报告2025》正式发布。",
        "国务院出台了《新一代人工智能发展规划(2025-2030年)》。",
        "一是加强监管;二是完善标准。",
        "中美两国的企业持续增长。",
        "This is cited in [12] and (3) below.",
        "服务邮箱 msc@ssjst.cn,微信号码 ssjst-news",
        "新一代人工智能,二次开发,第一产业,第三方,百度,统一,一系列,十分重要。",
    ],
)
def test_names_titles_numbering_and_addresses_are_not_quantities(sentence: str) -> None:
    assert mentions(sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        "3.3.1 悖论核心表现",
        "5.2 场景应用案例",
        "1. Introduction",
        "四、2025年行业挑战",
        "4.1 2025年人工智能行业关键挑战",
    ],
)
def test_section_and_list_numbering_is_not_a_quantity(text: str) -> None:
    assert mentions(text) == []


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("In 2024, the market grew 20%.", "2024"),
        ("2025年,中国采纳率达到88%。", "2025年"),
        ("在7月26日举办的大会上发布了95%的结果。", "7月26日"),
        ("Startups were founded in 2023-24, up 5%.", "2023-24"),
        ("明确了2025-2030年的目标,增长6%。", "2025-2030年"),
        ("Revenue hit $5bn on 5 March 2025.", "5 March"),
    ],
)
def test_dates_are_time_scope_not_quantities(sentence: str, date: str) -> None:
    found = find_mentions(sentence)
    dates = [sentence[m.start : m.end] for m in found if m.kind == Kind.DATE]
    assert date in dates
    assert all(m.kind != Kind.DATE or m.value is None for m in found)
    assert len(mentions(sentence)) == 1


def test_count_year_is_not_a_date() -> None:
    assert mentions("The survey covered 2000 companies.")[0][:2] == ("2000 companies", 2000)
    assert mentions("投入2000亿元。")[0][1] == 2e11


def test_offsets_point_into_the_original_text() -> None:
    text = "據統計，營收達３５億元（約合4.9億美元）。"
    for m in find_mentions(text):
        assert text[m.start : m.end] in ("３５億元", "約合4.9億美元", "4.9億美元")
