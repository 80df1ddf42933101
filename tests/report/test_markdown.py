"""The Markdown report: content, and untrusted text that stays text when rendered."""

from __future__ import annotations

from markdown_it import MarkdownIt

from tests.report.helpers import add_restated_document, render
from workbench.models import ClaimFilter, Status
from workbench.report.markdown import md_escape, md_link, md_marked
from workbench.store import Store


def to_html(markdown: str) -> str:
    """Render as GitHub-like CommonMark with raw HTML allowed (the worst case)."""
    return MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)


def test_content(reviewed: Store) -> None:
    text = render(reviewed, "md")
    for summary in reviewed.document_summaries():
        assert summary["sha256"] in text
    for claim in reviewed.iter_claims():
        assert f'<a id="claim-{claim.id}"></a>' in text
        assert f"](#claim-{claim.id})" in text  # linked from the annotated text
    supported = reviewed.claims(ClaimFilter(statuses=[Status.SUPPORTED]))[0]
    entry = text[text.index(f'<a id="claim-{supported.id}">') :]
    entry = entry[: entry.index('<a id="claim-', 10)]
    assert "✅ Supported" in entry
    assert "Verdict by **alice**" in entry
    assert "Matches the ministry's table." in entry
    assert "[Annual statistics 2025](<https://stats.example.org/annual-2025>)" in entry
    assert "same number" in entry
    assert "| ✅ Supported |" in text


def test_numbers_are_bold_even_inside_chinese_text() -> None:
    rendered = to_html(md_marked([("全球约", False), ("95%", True), ("的企业", False)]))
    assert "<strong>95%</strong>" in rendered
    rendered = to_html(md_marked([("rose ", False), ("95%", True), (" in", False)]))
    assert "<strong>95%</strong>" in rendered


def test_escape_renders_as_the_characters() -> None:
    for text in [
        "<script>alert(1)</script>",
        "*a* _b_ `c` [d](javascript:alert(1)) ![e](x.png) | f | ~~g~~ &amp; $x$",
        "# heading",
        "- item",
        "+ item",
        "> quote",
        "1990. a year",
        "3) three",
        "===",
        "a\\*b",
    ]:
        rendered = to_html(md_escape(text))
        assert rendered.startswith("<p>"), (text, rendered)
        plain = (
            rendered.removeprefix("<p>")
            .removesuffix("</p>\n")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", '"')
            .replace("&amp;", "&")
        )
        assert plain == text, (text, rendered)


def test_links_only_for_http() -> None:
    assert md_link("javascript:alert(1)", "x") == "x (javascript:alert\\(1\\))".replace(
        "\\(", "("
    ).replace("\\)", ")")
    assert "](" not in md_link("data:text/html,<script>", "x")
    assert md_link("https://a.example/<x>", "t") == "[t](<https://a.example/%3Cx%3E>)"


def test_hostile_document_stays_text(hostile: Store) -> None:
    rendered = to_html(render(hostile, "md"))
    assert "<script" not in rendered
    assert "<img" not in rendered
    assert "<b>firms</b>" not in rendered
    assert 'href="javascript' not in rendered.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "javascript:alert(document.cookie)" in rendered  # shown, not linked


def test_restatements_grouped(bundled: Store) -> None:
    original, restatement = add_restated_document(bundled)
    bundled.set_status(original, Status.SUPPORTED, reviewer="alice")
    text = render(bundled, "md")
    first = text[text.index(f'<a id="claim-{original}">') :]
    assert f"(#claim-{restatement})" in first[: first.index('<a id="claim-', 10)]
    again = text[text.index(f'<a id="claim-{restatement}">') :]
    again = again[: again.index("<a id=", 10)]
    assert "✅ Supported *(from its first statement)*" in again
