"""Ingest: encodings detected, noise cleaned, bad input reported file by file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from workbench.errors import InputError
from workbench.ingest import detect_language, load_document
from workbench.ingest.clean import clean_text
from workbench.ingest.pipeline import ingest_paths
from workbench.store import Store

SIMPLIFIED = (
    "据统计，2025年全球约95%的企业尚未获得可衡量的商业回报，中国企业的这一比例达到92%。\n" * 3
)
TRADITIONAL = (
    "據中國科學技術信息研究所發布的數據顯示，美國以77.97的總分居全球第一，中國排名第二。\n" * 3
)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (SIMPLIFIED, "utf-8"),
        (SIMPLIFIED, "utf-8-sig"),
        (SIMPLIFIED, "utf-16"),  # with BOM
        (SIMPLIFIED, "utf-16-le"),  # without BOM
        (SIMPLIFIED, "utf-16-be"),
        (SIMPLIFIED, "gbk"),
        (SIMPLIFIED, "gb18030"),
        (TRADITIONAL, "big5"),
        (TRADITIONAL, "gb18030"),
    ],
)
def test_each_encoding_is_detected_and_decoded(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / f"report-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    document = load_document(path)
    assert document.text == text.strip("\n")
    assert document.language == "zh"


def test_a_truncated_utf8_file_keeps_its_whole_characters(tmp_path: Path) -> None:
    data = SIMPLIFIED.encode("utf-8") + "回报".encode()[:-1]
    path = tmp_path / "cut.txt"
    path.write_bytes(data)
    assert load_document(path).text.endswith("回")


def test_pinyin_ruby_annotations_are_removed_and_characters_kept() -> None:
    raw = "據中國科(ke)學技術(shu)信息研究所,美(mei)(mei)(mei)國(guo)(guo)以77.97的(de)總分居全球第一(yi)。"
    assert clean_text(raw) == "據中國科學技術信息研究所,美國以77.97的總分居全球第一。"


def test_cleaning_keeps_parentheses_that_are_not_pinyin() -> None:
    raw = "麻省理工学院(MIT)与 the (a) list, 全球约９５％的企业"
    assert clean_text(raw) == raw


def test_cleaning_removes_terminal_escapes_and_blank_runs() -> None:
    assert clean_text("a\x1b[31mred\x1b[0m  \n\n\n\nb") == "a[31mred[0m\n\nb"


def test_sample_004_has_no_pinyin_noise_after_ingest() -> None:
    document = load_document(SAMPLES / "004_a5958f943bf81190.txt")
    assert "(ke)" not in document.text and "(mei)" not in document.text
    assert "美國" in document.text


def test_language_detection() -> None:
    assert detect_language(SIMPLIFIED) == "zh"
    assert detect_language("About 95% of firms see no return on AI, MIT says.") == "en"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (bytes(range(256)) * 20, "not a text file"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 400, "not a text file"),
    ],
)
def test_bad_files_give_a_message_naming_the_file(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        load_document(path)
    assert str(path) in str(info.value)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_document(tmp_path / "nope.txt")


def test_one_bad_file_does_not_stop_the_others(store: Store, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.md").write_bytes(bytes(range(256)) * 8)
    summary = ingest_paths(store, [tmp_path, tmp_path / "missing.txt"])
    assert summary.count("new") == 1
    assert len(summary.errors) == 3
    assert any("empty.txt" in e for e in summary.errors)
    assert any("missing.txt" in e for e in summary.errors)
    assert len(store.documents()) == 1


def test_a_folder_without_text_files_is_an_error(store: Store, tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    summary = ingest_paths(store, [tmp_path])
    assert summary.errors == [f"{tmp_path}: no documents (.txt, .md, .html, .pdf) in this folder"]


def test_reingesting_unchanged_documents_changes_nothing(store: Store) -> None:
    first = ingest_paths(store, [SAMPLES])
    claims_before = store.count_claims()
    second = ingest_paths(store, [SAMPLES])
    assert first.count("new") == 2
    assert second.count("unchanged") == 2 and second.claims_added == 0
    assert store.count_claims() == claims_before > 0


def test_a_changed_document_keeps_the_review_work_of_unchanged_claims(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "全球约95%的企业尚未获得回报。\n\n中国企业的这一比例达到92%。\n", encoding="utf-8"
    )
    ingest_paths(store, [path])
    kept = next(c for c in store.claims() if "95%" in c.text)
    dropped = next(c for c in store.claims() if "92%" in c.text)
    store.set_status(kept.id, "supported", reviewer="ann", note="checked")
    path.write_text(
        "前言。\n\n全球约95%的企业尚未获得回报。\n\n新增：另有30%的企业正在试点。\n",
        encoding="utf-8",
    )
    summary = ingest_paths(store, [path])
    assert summary.count("updated") == 1
    after = store.get_claim(kept.id)
    assert after.status.value == "supported" and after.note == "checked"
    assert after.start > kept.start  # offsets follow the new text
    assert [e.field for e in store.history(kept.id)] == ["status", "note"]
    assert not any("92%" in c.text for c in store.claims())
    assert any("30%" in c.text for c in store.claims())
    assert dropped.id not in {c.id for c in store.claims()}


def test_a_failure_inside_one_document_leaves_the_database_as_it_was(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "report.txt"
    path.write_text(SIMPLIFIED, encoding="utf-8")

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("crash halfway")

    monkeypatch.setattr(store, "_insert_quantities", explode)
    with pytest.raises(RuntimeError):
        ingest_paths(store, [path])
    assert store.documents() == [] and store.count_claims() == 0


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# Grid Outlook 2025\n\nDemand rose 4%.", "Grid Outlook 2025"),
        ("• 邮箱 a@b.cn\n\n统计公报（2024年）\n\n全年增长5%。", "统计公报（2024年）"),
        ("Photo\n\nThe survey of 800 firms found that 95% saw no return, it said.", "file.txt"),
        (
            "据报道,在会议上,《全球创新指数报告2025》正式发布,已连续五年发布。\n图片",
            "全球创新指数报告2025",
        ),
    ],
)
def test_titles_are_guessed_from_headings_lines_or_a_named_report(text: str, title: str) -> None:
    from workbench.ingest import guess_title

    assert guess_title(text, "file.txt") == title
