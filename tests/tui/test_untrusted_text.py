"""Outside text (documents, claims, evidence) is shown literally: no markup, no actions, no escapes."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.widgets import Static

from tests.tui.conftest import settle
from workbench.store import Store
from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.document import DocumentScreen
from workbench.tui.text import emphasise_numbers, highlighted, safe, same_length
from workbench.tui.widgets.document_text import DocumentText

SIZE = (140, 40)


def test_text_helpers_are_literal() -> None:
    assert safe("[bold red]x[/]").plain == "[bold red]x[/]"
    assert safe("a\x1b[31mb").plain == "a[31mb"
    assert "\x1b" not in emphasise_numbers("\x1b[2J 42%", ["42%"]).plain
    assert same_length("a\x1bb") == "a\ufffdb"
    marked = highlighted("x\x1by 42%", [(4, 7, "bold")])
    assert marked.plain == "x\ufffdy 42%"
    assert marked.spans[0].start == 4


async def test_hostile_document_is_shown_literally(hostile_db: Path) -> None:
    with Store(hostile_db) as store:
        app = WorkbenchApp(store, reviewer="tester")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            table = app.review.table
            row = table.get_row("c00000000bad")
            cells = [c.plain if isinstance(c, Text) else c for c in row]
            assert all(isinstance(c, Text) for c in row)
            assert any(c.startswith("[@click=app.") for c in cells)  # attribution, cut to width
            assert any(c.startswith("[bold magenta]") for c in cells)  # document title
            assert not any("\x1b" in c for c in cells)

            body = app.review.detail.query_one("#detail-body", Static)
            shown = str(body.render())
            assert "[link=file:///etc/passwd]users[/link]" in shown
            assert "[blink]Title[/]" in shown
            assert "[red]quoted[/red]" in shown
            assert "\x1b" not in shown

            # Clicking where the [@click=app.quit] text is drawn must not quit.
            await pilot.click("#detail-body", offset=(5, 5))
            await pilot.click("#claims", offset=(70, 1))
            await settle(pilot)
            assert app.is_running

            await pilot.press("d")
            await settle(pilot)
            assert isinstance(app.screen, DocumentScreen)
            view = app.screen.query_one(DocumentText)
            assert "[@click=app.quit]click me[/]" in view.text.plain
            assert "\x1b" not in view.text.plain
            rendered = "".join(view.render_line(y).text for y in range(5))
            assert "[bold red]Injected[/]" in rendered
            assert "\x1b" not in rendered
            await pilot.click("#document-text", offset=(30, 0))
            await settle(pilot)
            assert app.is_running
