"""The HTML report: content, escaping, self-containment, duplicates, streaming."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from tests.report.helpers import add_restated_document, render
from workbench.models import ClaimFilter, Finding, Status
from workbench.report.html import _annotated_pieces
from workbench.store import Store


class _Collector(HTMLParser):
    """Tags, attributes and text of a page, as a browser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    return collector


def test_every_claim_has_an_entry_and_a_place_in_the_annotated_text(reviewed: Store) -> None:
    page = render(reviewed, "html")
    ids = [c.id for c in reviewed.iter_claims()]
    assert ids
    for claim_id in ids:
        assert f'id="claim-{claim_id}"' in page
        assert f'id="at-{claim_id}"' in page
        assert f'href="#claim-{claim_id}"' in page
    assert page.count('<article class="claim ') == len(ids)


def test_summary_names_versions_counts_and_chart(reviewed: Store) -> None:
    page = render(reviewed, "html")
    for summary in reviewed.document_summaries():
        assert summary["sha256"] in page
    counts = reviewed.status_counts()
    checked = sum(counts[s] for s in Status if s not in {Status.UNREVIEWED, Status.IN_PROGRESS})
    assert f'<span class="n">{checked}</span><span class="l">checked</span>' in page or (
        len(reviewed.document_summaries()) > 1
    )
    assert "<svg" in page and "<rect" in page
    assert re.search(r'<span class="n">\d+%</span><span class="l">reviewed</span>', page)


def test_claim_shows_verdict_note_reviewer_evidence_and_passage(reviewed: Store) -> None:
    page = render(reviewed, "html")
    supported = reviewed.claims(ClaimFilter(statuses=[Status.SUPPORTED]))[0]
    entry = page[page.index(f'id="claim-{supported.id}"') :]
    entry = entry[: entry.index("</article>")]
    assert 'class="verdict s-supported">Supported' in entry
    assert "Matches the ministry&#x27;s table." in entry
    assert "Verdict by <b>alice</b>" in entry
    assert '<a href="https://stats.example.org/annual-2025"' in entry
    assert "Annual statistics 2025" in entry
    assert "fetched 2026-01-02 03:04 UTC" in entry
    number = supported.quantities[0].text
    assert f'<mark class="n">{number}</mark>' in entry  # in the claim text and the passage
    assert entry.count(f'<mark class="n">{number}</mark>') >= 2
    assert "same number" in entry
    assert "History" in entry


def test_status_filter_lists_only_those_claims(reviewed: Store) -> None:
    page = render(reviewed, "html", ClaimFilter(statuses=[Status.CONTRADICTED]))
    contradicted = reviewed.claims(ClaimFilter(statuses=[Status.CONTRADICTED]))
    assert page.count('<article class="claim ') == len(contradicted)
    assert "status Contradicted" in page


def test_hostile_text_is_shown_not_run(hostile: Store) -> None:
    page = render(hostile, "html")
    parsed = parse(page)
    tags = {tag for tag, _ in parsed.tags}
    assert "script" not in tags and "img" not in tags
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(3)&gt;" in page
    for tag, attrs in parsed.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in {"href", "src"}:
                assert value is not None
                assert value.startswith(("#", "https://", "http://")), value
    text = "".join(parsed.text)
    assert "javascript:alert(document.cookie)" in text  # shown, as inert text
    assert "<script>alert('title')</script>" in text


def test_only_b_tags_we_made(hostile: Store) -> None:
    page = render(hostile, "html")
    assert "<b>firms</b>" not in page
    assert "&lt;b&gt;mallory&lt;/b&gt;" in page


def test_page_needs_no_network(reviewed: Store) -> None:
    page = render(reviewed, "html")
    parsed = parse(page)
    tags = {tag for tag, _ in parsed.tags}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed"}
    assert "@import" not in page and "url(" not in page
    assert "Content-Security-Policy" in page
    assert '<meta name="viewport"' in page
    assert "@media print" in page and "@media (max-width" in page


def test_restatement_shows_the_first_statements_verdict(bundled: Store) -> None:
    original, restatement = add_restated_document(bundled)
    bundled.set_status(original, Status.CONTRADICTED, reviewer="alice", note="Wrong.")
    page = render(bundled, "html")
    first = page[page.index(f'id="claim-{original}"') :]
    first = first[: first.index("</article>")]
    assert "Stated again (1)" in first and f'href="#claim-{restatement}"' in first
    again = page[page.index(f'id="claim-{restatement}"') :]
    again = again[: again.index("</article>")]
    assert 'class="verdict s-contradicted">Contradicted' in again
    assert "from its first statement" in again
    assert f'href="#claim-{original}"' in again
    # In the annotated text the restatement carries the verdict colour too.
    assert re.search(rf'class="hl s-contradicted" id="at-{restatement}"', page)
    # The document's URL source is a link, escaped.
    assert 'href="https://news.example.com/a?b=1&amp;c=&lt;2&gt;"' in page


def test_findings_appear_when_the_store_has_them(reviewed: Store) -> None:
    claim = reviewed.claims(sort="position", descending=False)[0]
    reviewed.replace_findings(
        claim.document_id,
        [
            Finding(
                id="f1",
                kind="sum",
                document_id=claim.document_id,
                claims=[claim.id],
                stated=100,
                computed=97,
                consistent=False,
                explanation="Parts add up to <97>",
            )
        ],
    )
    page = render(reviewed, "html")
    entry = page[page.index(f'id="claim-{claim.id}"') :]
    entry = entry[: entry.index("</article>")]
    assert "Consistency checks" in entry and "Parts add up to &lt;97&gt;" in entry


def test_annotated_pieces_keep_every_anchor_when_spans_overlap() -> None:
    spans = [
        {"id": "a", "start": 0, "end": 5, "status": "supported", "original_status": None},
        {"id": "b", "start": 2, "end": 4, "status": "contradicted", "original_status": None},
        {"id": "c", "start": 4, "end": 8, "status": "unreviewed", "original_status": None},
    ]
    html = "".join(_annotated_pieces("0123456789<", iter(spans)))
    for claim_id in "abc":
        assert f'id="at-{claim_id}"' in html
    assert html.endswith("89&lt;")
    assert ">01234</a>" in html and ">567</a>" in html


def test_writes_in_pieces_not_one_string(reviewed: Store) -> None:
    writes: list[int] = []

    class Recorder:
        def write(self, text: str) -> int:
            writes.append(len(text))
            return len(text)

    from workbench import report

    count = report.write(reviewed, "html", Recorder())  # type: ignore[arg-type]
    assert count == reviewed.count_claims()
    assert len(writes) > 3
    assert max(writes) < sum(writes)
