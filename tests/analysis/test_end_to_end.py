"""Through the real extractor: a few plain sentences whose relations the checks must find.

These depend on the extractor reading the numbers (amounts, units, percentages);
they are kept few and plain so that they hold while the extractor improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.analysis import analyse_document
from workbench.extract import extract_claims
from workbench.ingest import load_document
from workbench.models import Finding

ZH = (
    "据行业协会统计，2025年全球储能市场投资总额达到800亿美元，其中，电池储能领域的投资达到"
    "320亿美元，占全球储能市场投资总额的40%。\n\n"
    "2025年全国电力需求达到500亿千瓦时，而供给仅为400亿千瓦时，缺口达到30%。\n\n"
    "调查显示，约90%的受访企业尚未部署AI质检系统；仅有15%的受访企业已部署AI质检系统。\n"
)
EN = (
    "Total venture investment in robotics reached $80 billion in 2025, of which warehouse robots "
    "took $32 billion, or 40%.\n\n"
    "Demand reached 500 TWh in 2025, while supply was only 400 TWh, a gap of 20%.\n\n"
    "The defect rate fell from 12% to 4%, a drop of 6 percentage points.\n"
)


def _findings(tmp_path: Path, text: str) -> dict[str, Finding]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    document = load_document(path)
    findings = analyse_document(document, extract_claims(document))
    return {f.kind: f for f in findings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ZH, {"share": True, "gap": False, "complement": False}),
        (EN, {"share": True, "gap": True, "change": False}),
    ],
    ids=["zh", "en"],
)
def test_relations_found_through_the_extractor(
    tmp_path: Path, text: str, expected: dict[str, bool]
) -> None:
    found = _findings(tmp_path, text)
    assert {kind: f.consistent for kind, f in found.items()} == expected
