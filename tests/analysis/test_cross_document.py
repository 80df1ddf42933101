"""The same figure in two documents is linked; different figures for one measure clash."""

from __future__ import annotations

from tests.analysis.helpers import claims, document
from workbench.analysis.cross_document import find_cross_document
from workbench.analysis.text import view


def _view(text: str, written: str, value: float, doc_id: str):  # type: ignore[no-untyped-def]
    return view(document(text, doc_id), claims(text, [(written, value, "USD", "currency")], doc_id))


def test_same_figure_is_linked() -> None:
    a = _view("2024年全球人工智能风险投资额回升至1370亿美元。", "1370亿美元", 1.37e11, "da")
    b = _view("报告指出，2024年全球人工智能风险投资额达到1370亿美元。", "1370亿美元", 1.37e11, "db")
    [finding] = find_cross_document([a, b])
    assert finding.kind == "cross_document" and finding.consistent
    assert finding.document_id is None
    assert set(finding.details["documents"]) == {"da", "db"}


def test_contradicting_figures_clash() -> None:
    a = _view("2024年全球人工智能风险投资额回升至1370亿美元。", "1370亿美元", 1.37e11, "da")
    b = _view("2024年全球人工智能风险投资额回升至1500亿美元。", "1500亿美元", 1.5e11, "db")
    [finding] = find_cross_document([a, b])
    assert not finding.consistent


def test_other_scope_or_year_is_not_the_same_figure() -> None:
    a = _view("2024年全球人工智能风险投资额回升至1370亿美元。", "1370亿美元", 1.37e11, "da")
    b = _view("2024年中国人工智能风险投资额回升至1500亿美元。", "1500亿美元", 1.5e11, "db")
    c = _view("2023年全球人工智能风险投资额回升至1100亿美元。", "1100亿美元", 1.1e11, "dc")
    assert find_cross_document([a, b, c]) == []
