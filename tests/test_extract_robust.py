"""Bad and pathological input: no crash, no error, time linear in the length of the text."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.extract import extract_claims
from workbench.models import Document

ALPHABET = st.sampled_from(
    list("0123456789０１２.,，。、%％-~×x$€¥ \n\t()（）《》@:/")
    + list("一二两十百千万亿零〇第前约超过余多以上不足年月日个家人倍分之半成番")
    + list("abcdefghijklmnopqrstuvwxyzABCDEFGHMKB")
    + [
        "million",
        " per cent",
        "percent",
        "between ",
        " and ",
        "top ",
        "ranked ",
        "half",
        "\x00",
        "\x1b",
        "\u200b",
        "😀",
        "٣",
    ]
)


def doc(text: str) -> Document:
    return Document(id="drobust", source="robust.txt", sha256="0" * 64, text=text)


def check(text: str) -> None:
    claims = extract_claims(doc(text))
    for claim in claims:
        assert 0 <= claim.start <= claim.end <= len(text)
        for q in claim.quantities:
            assert text[q.start : q.end] == q.text


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=80).map("".join))
def test_random_text_never_crashes(text: str) -> None:
    check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_random_unicode_never_crashes(text: str) -> None:
    check(text)


def _seconds(text: str) -> float:
    started = time.perf_counter()
    check(text)
    return time.perf_counter() - started


def test_pathological_inputs_take_linear_time() -> None:
    cases = {
        "digits": "1" * 100_000,
        "letters": "a" * 200_000,
        "at signs": "a@" * 50_000,
        "dots": "1." * 50_000,
        "commas": "1,000" * 20_000,
        "chinese numerals": "一二三四五六七八九十" * 10_000,
        "one long line": ("增长5%,达到300亿元," * 20_000),
        "ranges": "1-2-3-4-" * 20_000,
        "titles": "《" * 100_000,
        "mixed": "H100约95%的GPT-4在2025年第二名 between 5 and " * 5_000,
    }
    for name, text in cases.items():
        small = _seconds(text[: len(text) // 10])
        large = _seconds(text)
        # linear time: ten times the text costs about ten times as much (quadratic: 100x)
        assert large < 30 * small + 1.0, (name, small, large)


def test_a_huge_number_is_not_a_claim_and_does_not_overflow() -> None:
    claims = extract_claims(doc("增长" + "9" * 5000 + "%。"))
    assert all(q.value is None or q.value < 1e40 for c in claims for q in c.quantities)
