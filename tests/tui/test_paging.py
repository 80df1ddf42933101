"""The table holds a window of keyset pages, never the whole database."""

from __future__ import annotations

from pathlib import Path

from tests.tui.conftest import settle
from workbench.models import Claim, Document, Kind, Quantity
from workbench.store import Store
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.review import PAGE_SIZE
from workbench.tui.widgets.document_text import wrap_offsets


def build_many(path: Path, count: int) -> None:
    """One document with `count` one-number claims."""
    sentences = [f"Item {i} grew by {i % 97}% last year." for i in range(count)]
    text = " ".join(sentences)
    document = Document(id="dmany", title="many", source="many.txt", sha256="2" * 64, text=text)
    claims = []
    position = 0
    for i, sentence in enumerate(sentences):
        number = f"{i % 97}%"
        start = position + sentence.index(number)
        claims.append(
            Claim(
                id=f"c{i:011d}",
                document_id="dmany",
                text=sentence,
                sentence=sentence,
                sentence_start=position,
                start=start,
                end=start + len(number),
                priority=round((i % 100) / 100, 2),
                quantities=[
                    Quantity(
                        text=number,
                        value=i % 97,
                        kind=Kind.PERCENT,
                        unit="percent",
                        start=start,
                        end=start + len(number),
                    )
                ],
            )
        )
        position += len(sentence) + 1
    with Store(path) as store:
        store.save_document(document, claims)


async def test_pages_load_as_the_cursor_nears_the_end(tmp_path: Path) -> None:
    path = tmp_path / "many.db"
    build_many(path, 2 * PAGE_SIZE + 50)
    with Store(path) as store:
        app = WorkbenchApp(store, reviewer="tester")
        async with app.run_test(size=(140, 40)) as pilot:
            await settle(pilot)
            table = app.review.table
            assert table.row_count == PAGE_SIZE
            await pilot.press("G")  # last loaded row: the next page comes
            await settle(pilot)
            assert table.row_count == 2 * PAGE_SIZE
            await pilot.press("G")
            await settle(pilot)
            assert table.row_count == 2 * PAGE_SIZE + 50
            assert not table.has_more
            priorities = [c.priority for c in table.claims.values()]
            assert priorities == sorted(priorities, reverse=True)
            assert len(set(table.claims)) == table.row_count


def test_wrap_offsets_cover_the_text() -> None:
    text = "短" * 30 + "\nhello world, this is a line\n\nend"
    lines = wrap_offsets(text, 10)
    assert lines[0] == (0, 5)  # five double-width characters fill ten cells
    assert "".join(text[s:e] for s, e in lines).replace("\n", "") == text.replace("\n", "")
    assert all(s <= e for s, e in lines)
