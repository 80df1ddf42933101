"""Claims: grouping, context (sentence, section, attribution, period), priority, duplicates, ids."""

from __future__ import annotations

from workbench.extract import extract_claims
from workbench.models import Document, Kind, claim_id_for


def doc(text: str) -> Document:
    return Document(id="dtest", source="test.txt", sha256="0" * 64, text=text)


def values(claim) -> list[float | None]:
    return [q.value for q in claim.quantities if q.kind != Kind.DATE]


def test_text_without_numbers_gives_no_claims() -> None:
    assert extract_claims(doc("人工智能正在改变世界。AI is changing the world.")) == []
    assert extract_claims(doc("")) == []


def test_one_claim_per_independent_number_and_pairs_stay_together() -> None:
    claims = extract_claims(
        doc(
            "Demand reached 1000 EFlops, supply only 600 EFlops, a 40% gap. 误诊率从原来的60%下降至20%。"
        )
    )
    assert [values(c) for c in claims] == [[1000], [600], [40], [60, 20]]


def test_count_with_rank_is_one_claim_but_score_and_rank_are_two() -> None:
    claims = extract_claims(doc("2024年,美国以77.97的总分居全球第一。中国5个一级指标均排名第二。"))
    assert [values(c) for c in claims] == [[77.97], [1], [5, 2]]


def test_claim_fields_point_into_the_document() -> None:
    text = "3.3 市场\n\n据中国人工智能产业发展联盟发布的数据显示,2025年中国企业采纳率达到88%,其中大型企业达到98%。该比例持续提升,达到75%。\n\n另一段落,增长5%。"
    claims = extract_claims(doc(text))
    assert [values(c) for c in claims] == [[88], [98], [75], [5]]
    first = claims[0]
    assert text[first.start : first.end] == first.text
    assert text[first.sentence_start :].startswith(first.sentence)
    assert first.section == "3.3 市场"
    assert first.attribution == "中国人工智能产业发展联盟"
    assert first.period == "2025年"
    assert claims[2].attribution == "中国人工智能产业发展联盟"  # carried to the next sentence
    assert claims[3].attribution == ""  # a new paragraph ends it
    for claim in claims:
        for q in claim.quantities:
            assert text[q.start : q.end] == q.text


def test_english_attribution_period_and_section() -> None:
    text = "# Market outlook\n\nAccording to IDC, the market grew 20% in 2024. It reached $184 billion.\n"
    claims = extract_claims(doc(text))
    assert [c.attribution for c in claims] == ["IDC", "IDC"]
    assert claims[0].period == "2024"
    assert claims[0].section == "Market outlook"
    assert any(q.kind == Kind.DATE for q in claims[0].quantities)


def test_ids_are_stable_and_count_occurrences() -> None:
    text = "增长5%。增长5%。"
    claims = extract_claims(doc(text))
    assert claims[0].id == claim_id_for("dtest", "增长5%", 0)
    assert claims[1].id == claim_id_for("dtest", "增长5%", 1)
    assert [c.id for c in extract_claims(doc(text))] == [c.id for c in claims]


def test_restated_figure_is_a_duplicate_of_the_first() -> None:
    text = "R1模型训练成本约为8.2万美元。另外,仅R1模型训练成本约8.2万美元。SFT花费1万美元。"
    claims = extract_claims(doc(text))
    assert claims[0].duplicate_of is None
    assert claims[1].duplicate_of == claims[0].id
    assert claims[2].duplicate_of is None


def test_priority_factors_explain_the_score() -> None:
    claims = extract_claims(
        doc(
            "据公安部发布的数据显示,涉案金额超过500亿元,同比增长80%。\n\n"
            "例如,某制造企业投入500万元部署系统。\n\nChina ranked second in the index."
        )
    )
    by_value = {values(c)[0]: c for c in claims}
    growth, anecdote, rank = by_value[80], by_value[5e6], by_value[2]
    assert "attributed statistic" in growth.priority_factors
    assert "growth rate" in growth.priority_factors
    assert "anecdote about an unnamed party" in anecdote.priority_factors
    assert "superlative or rank" in rank.priority_factors
    assert anecdote.priority < growth.priority
    for claim in claims:
        assert 0 <= claim.priority <= 1
        assert abs(
            sum(claim.priority_factors.values()) - claim.priority
        ) < 1e-6 or claim.priority in (0, 1)
