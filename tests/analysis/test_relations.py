"""Each relation on hand-annotated sentences: consistent and not, Chinese and English, rounding."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import analyse, none_of, only

USD = "USD"
CNY = "CNY"


# -- share -------------------------------------------------------------------------


@pytest.mark.parametrize(("share", "consistent"), [("40%", True), ("45%", False)])
def test_share_whole_named_by_its_words_zh(share: str, consistent: bool) -> None:
    text = (
        "2025年全球机器人行业投资总额达到5000亿美元。"
        f"其中，物流机器人领域的投资达到2000亿美元，占全球机器人行业投资总额的{share}。"
    )
    findings = analyse(
        text,
        [
            ("5000亿美元", 5e11, USD, "currency"),
            ("2000亿美元", 2e11, USD, "currency"),
            (share, float(share[:-1]), "percent", "percent"),
        ],
    )
    finding = only(findings, "share")
    assert finding.consistent is consistent
    assert finding.computed == pytest.approx(40)
    assert finding.stated == float(share[:-1])


@pytest.mark.parametrize(("share", "consistent"), [("7%", True), ("6.7%", True), ("6.8%", False)])
def test_share_tolerance_follows_the_stated_precision(share: str, consistent: bool) -> None:
    text = f"该市去年财政收入1500亿元，其中，文旅收入为100亿元，占比{share}。"
    findings = analyse(
        text,
        [
            ("1500亿元", 1.5e11, CNY, "currency"),
            ("100亿元", 1e10, CNY, "currency"),
            (share, float(share[:-1]), "percent", "percent"),
        ],
    )
    finding = only(findings, "share")
    assert finding.consistent is consistent
    assert finding.computed == pytest.approx(6.6667, abs=1e-3)


@pytest.mark.parametrize(("share", "consistent"), [("40%", True), ("36%", False)])
def test_share_of_which_en(share: str, consistent: bool) -> None:
    text = (
        "Total venture investment reached $500 billion in 2025, of which consumer apps "
        f"took $200 billion, or {share}."
    )
    findings = analyse(
        text,
        [
            ("$500 billion", 5e11, USD, "currency"),
            ("$200 billion", 2e11, USD, "currency"),
            (share, float(share[:-1]), "percent", "percent"),
        ],
    )
    assert only(findings, "share").consistent is consistent


def test_share_whole_inside_the_phrase_en() -> None:
    text = "Chip start-ups raised $60 billion, 10% of the $500 billion total."
    findings = analyse(
        text,
        [
            ("$60 billion", 6e10, USD, "currency"),
            ("10%", 10, "percent", "percent"),
            ("$500 billion", 5e11, USD, "currency"),
        ],
    )
    finding = only(findings, "share")
    assert not finding.consistent
    assert finding.computed == pytest.approx(12)


def test_share_without_a_stated_whole_says_nothing() -> None:
    text = "2025年，该公司云业务收入达到2000亿元，占比40%，同比增长20%。"
    findings = analyse(
        text,
        [
            ("2000亿元", 2e11, CNY, "currency"),
            ("40%", 40, "percent", "percent"),
            ("20%", 20, "percent", "percent"),
        ],
    )
    none_of(findings, "share")


def test_share_whole_of_another_scope_is_not_taken() -> None:
    text = (
        "全球人工智能投资总额达到5000亿美元。"
        "中国消费领域投资达到600亿美元，占中国人工智能投资总额的40%。"
    )
    findings = analyse(
        text,
        [
            ("5000亿美元", 5e11, USD, "currency"),
            ("600亿美元", 6e10, USD, "currency"),
            ("40%", 40, "percent", "percent"),
        ],
    )
    none_of(findings, "share")


# -- gap -----------------------------------------------------------------------------


@pytest.mark.parametrize(("gap", "consistent"), [("40%", True), ("50%", False)])
def test_gap_zh(gap: str, consistent: bool) -> None:
    text = f"2025年全国电力需求达到1000亿千瓦时，而供给仅为600亿千瓦时，缺口达到{gap}。"
    findings = analyse(
        text,
        [
            ("1000亿千瓦时", 1e11, "kWh", "measure"),
            ("600亿千瓦时", 6e10, "kWh", "measure"),
            (gap, float(gap[:-1]), "percent", "percent"),
        ],
    )
    assert only(findings, "gap").consistent is consistent


@pytest.mark.parametrize(("gap", "consistent"), [("400", True), ("300", False)])
def test_gap_as_an_amount_en(gap: str, consistent: bool) -> None:
    text = f"Demand reached 1,000 EFlops while supply was only 600 EFlops, a shortfall of {gap} EFlops."
    findings = analyse(
        text,
        [
            ("1,000 EFlops", 1000, "EFlops", "measure"),
            ("600 EFlops", 600, "EFlops", "measure"),
            (f"{gap} EFlops", float(gap), "EFlops", "measure"),
        ],
    )
    assert only(findings, "gap").consistent is consistent


def test_gap_relative_to_supply_is_accepted() -> None:
    text = "需求为150万吨，供给为100万吨，缺口达50%。"
    findings = analyse(
        text,
        [
            ("150万吨", 1.5e6, "tonnes", "measure"),
            ("100万吨", 1e6, "tonnes", "measure"),
            ("50%", 50, "percent", "percent"),
        ],
    )
    finding = only(findings, "gap")
    assert finding.consistent
    assert finding.details["basis"] == "of supply"


# -- change (from … to) ------------------------------------------------------------------


@pytest.mark.parametrize(("stated", "consistent"), [("40个百分点", True), ("30个百分点", False)])
def test_change_in_points_zh(stated: str, consistent: bool) -> None:
    text = f"采用新系统后，误诊率从原来的60%下降至20%，下降了{stated}。"
    findings = analyse(
        text,
        [
            ("60%", 60, "percent", "percent"),
            ("20%", 20, "percent", "percent"),
            (stated, float(stated[:2]), "percentage points", "percentage_points"),
        ],
    )
    assert only(findings, "change").consistent is consistent


def test_change_points_stated_as_percent_is_flagged() -> None:
    text = "误诊率从60%下降至20%，下降了40%。"
    findings = analyse(
        text,
        [
            ("60%", 60, "percent", "percent"),
            ("20%", 20, "percent", "percent"),
            ("40%", 40, "percent", "percent"),
        ],
    )
    finding = only(findings, "change")
    assert not finding.consistent
    assert "percentage points" in finding.explanation


def test_change_relative_percent_en() -> None:
    text = "The error rate fell from 60% to 20%, a drop of 66.7%."
    findings = analyse(
        text,
        [
            ("60%", 60, "percent", "percent"),
            ("20%", 20, "percent", "percent"),
            ("66.7%", 66.7, "percent", "percent"),
        ],
    )
    assert only(findings, "change").consistent


def test_change_of_counts_with_a_multiple() -> None:
    text = "员工人数从2000人增加到4000人，翻了一番。"
    findings = analyse(
        text,
        [
            ("2000人", 2000, "people", "count"),
            ("4000人", 4000, "people", "count"),
            ("翻了一番", 2, "times", "ratio"),
        ],
    )
    assert only(findings, "change").consistent


def test_change_the_other_way_is_inconsistent() -> None:
    text = "The share of remote workers rose from 30% to 25%, up 5 percentage points."
    findings = analyse(
        text,
        [
            ("30%", 30, "percent", "percent"),
            ("25%", 25, "percent", "percent"),
            ("5 percentage points", 5, "percentage points", "percentage_points"),
        ],
    )
    assert not only(findings, "change").consistent


def test_before_after_pair_without_a_stated_change_says_nothing() -> None:
    text = "误诊率从原来的60%下降至20%，漏诊率从原来的50%下降至15%。"
    findings = analyse(
        text,
        [
            ("60%", 60, "percent", "percent"),
            ("20%", 20, "percent", "percent"),
            ("50%", 50, "percent", "percent"),
            ("15%", 15, "percent", "percent"),
        ],
    )
    assert findings == []


# -- growth --------------------------------------------------------------------------------


@pytest.mark.parametrize(("rate", "consistent"), [("50%", True), ("40%", False)])
def test_growth_compared_with_the_old_value_zh(rate: str, consistent: bool) -> None:
    text = f"2025年公司营收达到150亿元，比2024年的100亿元增长{rate}。"
    findings = analyse(
        text,
        [
            ("150亿元", 1.5e10, CNY, "currency"),
            ("100亿元", 1e10, CNY, "currency"),
            (rate, float(rate[:-1]), "percent", "percent"),
        ],
    )
    finding = only(findings, "growth")
    assert finding.consistent is consistent
    assert finding.computed == pytest.approx(50)


@pytest.mark.parametrize(("rate", "consistent"), [("30%", True), ("13%", False)])
def test_growth_two_dated_values_zh(rate: str, consistent: bool) -> None:
    text = f"2024年销量为100万台，2025年销量为130万台，同比增长{rate}。"
    findings = analyse(
        text,
        [
            ("100万台", 1e6, "units", "count"),
            ("130万台", 1.3e6, "units", "count"),
            (rate, float(rate[:-1]), "percent", "percent"),
        ],
    )
    assert only(findings, "growth").consistent is consistent


@pytest.mark.parametrize(("rate", "consistent"), [("50%", True), ("25%", False)])
def test_growth_up_from_en(rate: str, consistent: bool) -> None:
    text = f"Revenue was $150 million in 2025, up {rate} from $100 million a year earlier."
    findings = analyse(
        text,
        [
            ("$150 million", 1.5e8, USD, "currency"),
            (rate, float(rate[:-1]), "percent", "percent"),
            ("$100 million", 1e8, USD, "currency"),
        ],
    )
    assert only(findings, "growth").consistent is consistent


def test_growth_rose_to_from_en() -> None:
    text = "Sales rose 20% to 1.2 million units from 1 million units."
    findings = analyse(
        text,
        [
            ("20%", 20, "percent", "percent"),
            ("1.2 million units", 1.2e6, "units", "count"),
            ("1 million units", 1e6, "units", "count"),
        ],
    )
    assert only(findings, "growth").consistent


def test_a_growth_rate_alone_says_nothing() -> None:
    text = "2025年中国相关案件达到12万起，涉案金额超过500亿元，同比增长80%；纠纷达到8万起，同比增长65%。"
    findings = analyse(
        text,
        [
            ("12万起", 1.2e5, "cases", "count"),
            ("超过500亿元", 5e10, CNY, "currency", True, "lower"),
            ("80%", 80, "percent", "percent"),
            ("8万起", 8e4, "cases", "count"),
            ("65%", 65, "percent", "percent"),
        ],
    )
    assert findings == []


# -- complement -----------------------------------------------------------------------------


@pytest.mark.parametrize(("other", "consistent"), [("5%", True), ("8%", False)])
def test_complement_zh(other: str, consistent: bool) -> None:
    text = (
        "调查显示，全球约95%的企业尚未从生成式AI获得可衡量的商业回报。"
        f"全球仅有{other}的企业从生成式AI获得了可衡量的商业回报。"
    )
    findings = analyse(
        text,
        [
            ("约95%", 95, "percent", "percent", True),
            (other, float(other[:-1]), "percent", "percent"),
        ],
    )
    assert only(findings, "complement").consistent is consistent


@pytest.mark.parametrize(("other", "consistent"), [("8%", True), ("12%", False)])
def test_complement_en(other: str, consistent: bool) -> None:
    text = (
        "In China, 92% of companies have not seen a measurable return on their AI spending. "
        f"Only {other} of companies in China see a measurable return on AI spending."
    )
    findings = analyse(
        text,
        [
            ("92%", 92, "percent", "percent"),
            (other, float(other[:-1]), "percent", "percent"),
        ],
    )
    assert only(findings, "complement").consistent is consistent


def test_complement_the_rest() -> None:
    text = "受访者中72%的用户来自东部地区，其余28%来自其他地区。"
    findings = analyse(text, [("72%", 72, "percent", "percent"), ("28%", 28, "percent", "percent")])
    assert only(findings, "complement").consistent


def test_complement_needs_the_same_scope() -> None:
    text = "全球约95%的企业尚未获得商业回报。中国仅有8%的企业获得了商业回报。"
    findings = analyse(
        text,
        [("约95%", 95, "percent", "percent", True), ("8%", 8, "percent", "percent")],
    )
    none_of(findings, "complement")


# -- sum -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("china", "consistent"), [("300万人", True), ("500万人", False)])
def test_sum_of_which_parts_may_not_exceed_the_total(china: str, consistent: bool) -> None:
    text = f"2025年全球工程师缺口达到800万人，其中，中国{china}，美国200万人，欧盟150万人。"
    findings = analyse(
        text,
        [
            ("800万人", 8e6, "people", "count"),
            (china, float(china[:3]) * 1e4, "people", "count"),
            ("200万人", 2e6, "people", "count"),
            ("150万人", 1.5e6, "people", "count"),
        ],
    )
    assert only(findings, "sum").consistent is consistent


@pytest.mark.parametrize(("total", "consistent"), [("$65 million", True), ("$60 million", False)])
def test_sum_listed_parts_and_their_total_en(total: str, consistent: bool) -> None:
    text = (
        f"The three divisions earned $30 million, $20 million and $15 million, a total of {total}."
    )
    findings = analyse(
        text,
        [
            ("$30 million", 3e7, USD, "currency"),
            ("$20 million", 2e7, USD, "currency"),
            ("$15 million", 1.5e7, USD, "currency"),
            (total, float(total[1:3]) * 1e6, USD, "currency"),
        ],
    )
    assert only(findings, "sum").consistent is consistent


def test_sum_parts_joined_by_plus_exceed_the_stated_whole() -> None:
    text = (
        "该模型的训练成本仅约560万美元（若仅计算最终训练成本，约为8.2万美元，"
        "加上前期基础模型训练成本约600万美元，总金额仍远低于同类模型）。"
    )
    findings = analyse(
        text,
        [
            ("约560万美元", 5.6e6, USD, "currency", True),
            ("约为8.2万美元", 8.2e4, USD, "currency", True),
            ("约600万美元", 6e6, USD, "currency", True),
        ],
    )
    finding = only(findings, "sum")
    assert not finding.consistent
    assert finding.computed == pytest.approx(6.082e6)


# -- product ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cost", "value", "consistent"), [("约8.2万美元", 8.2e4, True), ("约12万美元", 1.2e5, False)]
)
def test_product_gpus_hours_price_zh(cost: str, value: float, consistent: bool) -> None:
    text = f"训练使用了512块GPU，耗时约80小时，按每小时2美元计算，训练成本{cost}。"
    findings = analyse(
        text,
        [
            ("512块", 512, "GPU", "count"),
            ("约80小时", 80, "hours", "duration", True),
            ("每小时2美元", 2, "USD/hour", "currency"),
            (cost, value, USD, "currency", True),
        ],
    )
    finding = only(findings, "product")
    assert finding.consistent is consistent
    assert finding.computed == pytest.approx(81920)


def test_product_gpu_hours_en() -> None:
    text = "Building the dataset took 5,000 GPU-hours; at $2/hr it cost $10,000."
    findings = analyse(
        text,
        [
            ("5,000 GPU-hours", 5000, "hours", "duration"),
            ("$2/hr", 2, "USD/hour", "currency"),
            ("$10,000", 1e4, USD, "currency"),
        ],
    )
    assert only(findings, "product").consistent


# -- repeat ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("again", "consistent"), [("300万人", True), ("350万人", False)])
def test_repeat_zh(again: str, consistent: bool) -> None:
    text = (
        "据联盟数据，2025年中国人工智能专业人才缺口达到300万人。\n其他内容。\n"
        f"另据统计，2025年中国人工智能专业人才缺口达到{again}。"
    )
    findings = analyse(
        text,
        [("300万人", 3e6, "people", "count"), (again, float(again[:3]) * 1e4, "people", "count")],
    )
    assert only(findings, "repeat").consistent is consistent


def test_repeat_en_different_years_are_different_figures() -> None:
    text = (
        "Global data-centre electricity use reached 415 TWh in 2024. "
        "Global data-centre electricity use reached 460 TWh in 2025."
    )
    findings = analyse(
        text, [("415 TWh", 415, "TWh", "measure"), ("460 TWh", 460, "TWh", "measure")]
    )
    none_of(findings, "repeat")


def test_repeat_en_same_year_disagreeing() -> None:
    text = (
        "Global data-centre electricity use reached 415 TWh in 2024. Later on, we note that "
        "global data-centre electricity use reached 460 TWh in 2024."
    )
    findings = analyse(
        text, [("415 TWh", 415, "TWh", "measure"), ("460 TWh", 460, "TWh", "measure")]
    )
    assert not only(findings, "repeat").consistent


@pytest.mark.parametrize(("hours", "consistent"), [("约96小时", True), ("约80小时", False)])
def test_repeat_in_parentheses_converts_units(hours: str, consistent: bool) -> None:
    text = f"训练耗时约4天（{hours}）。"
    findings = analyse(
        text,
        [
            ("约4天", 4, "days", "duration", True),
            (hours, float(hours[1:3]), "hours", "duration", True),
        ],
    )
    assert only(findings, "repeat").consistent is consistent


def test_generic_words_do_not_make_a_repeat() -> None:
    text = "甲产品销量同比增长20%。\n乙产品利润同比增长35%。"
    findings = analyse(text, [("20%", 20, "percent", "percent"), ("35%", 35, "percent", "percent")])
    assert findings == []


# -- precision guards: look-alikes that are not relations ----------------------------------


def test_a_breakdown_in_parentheses_is_not_more_parts() -> None:
    text = (
        "全国投资总额1000亿元，其中，东部地区600亿元（上海200亿元、江苏300亿元），西部地区300亿元。"
    )
    findings = analyse(
        text,
        [
            ("1000亿元", 1e11, CNY, "currency"),
            ("600亿元", 6e10, CNY, "currency"),
            ("200亿元", 2e10, CNY, "currency"),
            ("300亿元", 3e10, CNY, "currency"),
            ("300亿元", 3e10, CNY, "currency"),
        ],
    )
    assert only(findings, "sum").consistent


def test_named_parts_less_than_an_all_in_total_say_nothing() -> None:
    text = "甲公司收入30亿元，乙公司收入20亿元，行业合计500亿元。"
    findings = analyse(
        text,
        [
            ("30亿元", 3e9, CNY, "currency"),
            ("20亿元", 2e9, CNY, "currency"),
            ("500亿元", 5e10, CNY, "currency"),
        ],
    )
    assert findings == []


def test_the_same_words_for_different_products_are_not_a_repeat() -> None:
    text = (
        "甲产品：2024年销量达到50万辆，同比增长20%。\n"
        "乙产品：2024年销量达到30万辆，同比增长25%。\n"
        "该公司2024年营业收入达到100亿元。\n另一家：该公司2024年营业收入达到80亿元。"
    )
    findings = analyse(
        text,
        [
            ("50万辆", 5e5, "vehicles", "count"),
            ("20%", 20, "percent", "percent"),
            ("30万辆", 3e5, "vehicles", "count"),
            ("25%", 25, "percent", "percent"),
            ("100亿元", 1e10, CNY, "currency"),
            ("80亿元", 8e9, CNY, "currency"),
        ],
    )
    assert [f for f in findings if not f.consistent] == []


def test_a_survey_split_in_three_is_not_a_complement() -> None:
    text = "Nearly 60% of respondents said they trust AI tools, while 35% said they do not."
    findings = analyse(
        text,
        [("Nearly 60%", 60, "percent", "percent", True), ("35%", 35, "percent", "percent")],
    )
    assert [f for f in findings if not f.consistent] == []


@pytest.mark.parametrize(("share", "consistent"), [("40%", True), ("45%", False)])
def test_share_past_a_growth_rate_whole_stated_after(share: str, consistent: bool) -> None:
    text = (
        f"2024年新能源汽车销量达到1200万辆，同比增长35%，占全国汽车总销量的{share}。"
        "其中，纯电动汽车800万辆，插电混动汽车400万辆。\n全国汽车总销量为3000万辆。"
    )
    findings = analyse(
        text,
        [
            ("1200万辆", 1.2e7, "vehicles", "count"),
            ("35%", 35, "percent", "percent"),
            (share, float(share[:-1]), "percent", "percent"),
            ("800万辆", 8e6, "vehicles", "count"),
            ("400万辆", 4e6, "vehicles", "count"),
            ("3000万辆", 3e7, "vehicles", "count"),
        ],
    )
    assert only(findings, "share").consistent is consistent
    assert only(findings, "sum").consistent  # 其中 opening the next sentence: 800 + 400 = 1200
