"""Reading a source's bytes: charsets in order, HTML main text, PDF text layer, hostile bytes."""

from __future__ import annotations

import pytest

from tests.evidence.conftest import CHINESE_PAGE, ENGLISH_PAGE, blank_pdf, minimal_pdf
from workbench.errors import InputError
from workbench.evidence.readers import decode_text, read_source, source_format

GBK_PAGE = CHINESE_PAGE.format(meta="").encode("gbk")


@pytest.mark.parametrize(
    ("data", "content_type", "charset"),
    [
        (GBK_PAGE, "text/html", "gbk"),  # from the header
        (CHINESE_PAGE.format(meta='<meta charset="gb2312">').encode("gbk"), "text/html", ""),
        (
            CHINESE_PAGE.format(
                meta='<meta http-equiv="Content-Type" content="text/html; charset=GBK">'
            ).encode("gbk"),
            "text/html",
            "",
        ),
        (GBK_PAGE, "text/html", ""),  # detected
        (GBK_PAGE, "text/html", "utf-8"),  # a lying header is passed over
    ],
)
def test_a_gbk_page_reads_right_however_its_charset_is_given(
    data: bytes, content_type: str, charset: str
) -> None:
    source = read_source(data, name="page", content_type=content_type, charset=charset)
    assert "1.2万亿千瓦时" in source.text and "12万起" in source.text
    assert source.title == "数据中心用电" and source.format == "html"


def test_the_header_charset_comes_before_the_meta_tag() -> None:
    # Valid in both encodings, different text: the header decides.
    data = '<meta charset="big5"><p>中文</p>'.encode("gbk")
    assert decode_text(data, name="x", charset="gbk", document=True) == (
        data.decode("gb18030"),
        "gb18030",
    )


def test_html_main_text_and_metadata_come_from_trafilatura() -> None:
    source = read_source(ENGLISH_PAGE.encode(), name="page", content_type="text/html")
    assert "1,200 TWh" in source.text and "US$82K" in source.text
    assert "Home | About" not in source.text and "All rights reserved" not in source.text
    assert (source.author, source.publisher, source.published) == (
        "Ann Lee",
        "Energy Agency",
        "2024-05-01",
    )


def test_page_text_is_kept_as_text_never_interpreted() -> None:
    page = b"<html><body><article><p>Growth was 95%. <script>alert(1)</script>\x1b[31m[bold]red[/bold]</p></article></body></html>"
    source = read_source(page, name="page", content_type="text/html")
    assert "alert(1)" not in source.text and "[bold]red[/bold]" in source.text


def test_a_pdf_text_layer_and_metadata_are_read() -> None:
    source = read_source(minimal_pdf(["It used 1.2 trillion kWh."]), name="r.pdf")
    assert source.format == "pdf" and "1.2 trillion kWh" in source.text
    assert (source.title, source.author, source.published) == (
        "Grid report",
        "Energy Agency",
        "2024-05-01",
    )


@pytest.mark.parametrize(
    ("data", "content_type", "message"),
    [
        (blank_pdf(), "application/pdf", "the PDF has no text layer"),
        (b"%PDF-1.4\ngarbage", "application/pdf", "not a readable PDF"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "text/html", "claims text/html but is a PNG image"),
        (b"<html>\x00\x00\x00" + bytes(100), "text/html", "binary data"),
        (b"", "text/html", "empty"),
        (b"GIF89a" + bytes(50), "image/gif", "is a GIF image"),
        (b"{}", "application/json", "is application/json, not HTML, PDF or text"),
        (b"<html><body></body></html>", "text/html", "no readable text"),
    ],
)
def test_unreadable_bytes_give_a_one_line_reason(
    data: bytes, content_type: str, message: str
) -> None:
    with pytest.raises(InputError, match=message) as raised:
        read_source(data, name="src", content_type=content_type)
    assert "\n" not in str(raised.value)


def test_the_bytes_decide_before_a_vague_content_type() -> None:
    assert source_format(minimal_pdf(["x"]), content_type="application/octet-stream") == "pdf"
    assert source_format(b"<!DOCTYPE html><p>x", content_type="") == "html"
    assert source_format(b"# Title\n95%", suffix=".md") == "md"
