"""workbench.evaluate scores exactly like the official scorer, and its main() reports."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import cn2an
import pytest

from workbench.evaluate import evaluate, export_json, main
from workbench.extract.numbers import parse_chinese

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "workbench" / "samples").glob("*.txt"))
GOLD = ROOT / "tests" / "gold"


def _official():
    spec = importlib.util.spec_from_file_location("score_extraction", GOLD / "score_extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_matches_the_official_scorer(tmp_path: Path, capsys) -> None:
    export = tmp_path / "export.json"
    export.write_text(json.dumps(export_json(SAMPLES), ensure_ascii=False), encoding="utf-8")
    official = _official().main(str(export), str(GOLD), str(SAMPLES[0].parent))
    ours = evaluate(SAMPLES, GOLD)
    assert (ours.precision, ours.recall, ours.f1, ours.value_accuracy) == pytest.approx(official)


def test_main_prints_the_report_and_returns_zero(capsys) -> None:
    assert main(SAMPLES, GOLD, show=5) == 0
    out = capsys.readouterr().out
    assert out.strip().splitlines()[-1].startswith("P=")
    assert "000_60de0902ac9ca62a.txt" in out


def test_main_without_gold_returns_one(tmp_path: Path) -> None:
    assert main(SAMPLES, tmp_path, show=0) == 1


@pytest.mark.parametrize(
    "n",
    [
        0,
        1,
        2,
        7,
        10,
        11,
        20,
        99,
        101,
        110,
        1001,
        10010,
        20000,
        305000,
        12345678,
        100000000,
        120000000,
        3000000000,
    ],
)
def test_chinese_numerals_agree_with_cn2an(n: int) -> None:
    # cn2an is the oracle: its an2cn writes the numeral, our reader must read it back.
    assert parse_chinese(cn2an.an2cn(n)) == n
