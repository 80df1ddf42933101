"""Every key of the review TUI, driven by Pilot against a real temporary database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input, Select, SelectionList

from tests.tui.conftest import settle
from workbench.models import Status
from workbench.store import Store
from workbench.tui.app import WorkbenchApp
from workbench.tui.dialogs.conflict import ConflictDialog
from workbench.tui.dialogs.evidence import EvidenceDialog
from workbench.tui.dialogs.export import ExportDialog
from workbench.tui.dialogs.filter import FilterDialog
from workbench.tui.screens.document import DocumentScreen
from workbench.tui.screens.help import HelpScreen
from workbench.tui.screens.review import STATUS_KEYS, ReviewScreen
from workbench.tui.widgets.claim_table import ClaimTable
from workbench.tui.widgets.document_text import DocumentText

SIZE = (140, 40)
# Highest priority first: a1 (0.9), a2, a3, a4, a5.
TOP = "c000000000a1"


def review(app: WorkbenchApp) -> ReviewScreen:
    assert isinstance(app.screen, ReviewScreen)
    return app.screen


async def test_first_rows_sorted_by_priority(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = review(app).table
        assert list(table.claims) == [f"c000000000a{i}" for i in range(1, 6)]
        assert table.current_claim_id == TOP
        assert app.review.detail.details is not None
        assert app.review.detail.details.claim.id == TOP


@pytest.mark.parametrize("down,up", [("j", "k"), ("down", "up")])
async def test_move_keys(app: WorkbenchApp, down: str, up: str) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(down, down)
        await settle(pilot)
        assert app.review.table.current_claim_id == "c000000000a3"
        assert app.review.detail.details is not None
        assert app.review.detail.details.claim.id == "c000000000a3"
        await pilot.press(up)
        assert app.review.table.current_claim_id == "c000000000a2"


async def test_enter_opens_detail_and_escape_returns(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.review.has_class("-detail-open")
        assert app.focused is app.review.detail
        await pilot.press("escape")
        assert not app.review.has_class("-detail-open")
        assert isinstance(app.focused, ClaimTable)


@pytest.mark.parametrize("key,status", list(STATUS_KEYS.items()))
async def test_status_keys_save_at_once(
    app: WorkbenchApp, small_store: Store, key: str, status: Status
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "j")  # a4: contradicted, so every key changes something
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        claim = small_store.get_claim("c000000000a4")
        expected = status
        assert claim.status == expected
        assert app.review.table.claims["c000000000a4"].status == expected
        if status != Status.CONTRADICTED:
            assert small_store.history("c000000000a4")[-1].reviewer == "tester"


async def test_two_quick_decisions_keep_the_last(app: WorkbenchApp, small_store: Store) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s", "x", "m")
        await settle(pilot)
        assert small_store.get_claim(TOP).status == Status.MISLEADING


async def test_search_as_you_type(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"95%")
        await pilot.pause(0.4)  # the debounce
        await settle(pilot)
        assert set(app.review.table.claims) == {"c000000000a1", "c000000000a5"}
        await pilot.press("escape")
        assert isinstance(app.focused, ClaimTable)
        # typing a status key in the search box types it, it does not decide
        assert app.review.table.claims[TOP].status == Status.UNREVIEWED


async def test_filter_dialog(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, FilterDialog)
        app.screen.query_one(SelectionList).select(Status.SUPPORTED.value)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert list(app.review.table.claims) == ["c000000000a2"]
        assert app.review.claim_filter.statuses == [Status.SUPPORTED]


async def test_space_selects_for_bulk_status(app: WorkbenchApp, small_store: Store) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("space", "j", "j", "space")
        assert app.review.table.selected == {"c000000000a1", "c000000000a3"}
        await pilot.press("u")
        await settle(pilot)
        assert small_store.get_claim("c000000000a1").status == Status.UNVERIFIABLE
        assert small_store.get_claim("c000000000a3").status == Status.UNVERIFIABLE
        assert small_store.get_claim("c000000000a2").status == Status.SUPPORTED
        assert small_store.history("c000000000a3")[-1].action == "bulk"
        assert not app.review.table.selected


async def test_bulk_tags_are_added(app: WorkbenchApp, small_store: Store) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "space", "j", "space", "t")
        await settle(pilot)
        await pilot.press(*"checked", "enter")
        await settle(pilot)
        assert small_store.get_claim("c000000000a2").tags == ["checked", "money"]
        assert small_store.get_claim("c000000000a3").tags == ["checked"]


async def test_undo(app: WorkbenchApp, small_store: Store) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s", "ctrl+z")
        await settle(pilot)
        assert small_store.get_claim(TOP).status == Status.UNREVIEWED
        assert small_store.history(TOP)[-1].action == "undo"
        assert app.review.table.claims[TOP].status == Status.UNREVIEWED


async def test_note_tag_and_assignee(app: WorkbenchApp, small_store: Store) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*"see p. 4", "ctrl+s")
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        await pilot.press(*"survey, key", "enter")
        await settle(pilot)
        await pilot.press("A")
        await settle(pilot)
        await pilot.press(*"bob", "enter")
        await settle(pilot)
        claim = small_store.get_claim(TOP)
        assert claim.note == "see p. 4"
        assert claim.tags == ["key", "survey"]
        assert claim.assignee == "bob"
        assert [e.field for e in small_store.history(TOP)] == ["note", "tags", "assignee"]


async def test_sort_key_and_header_click(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert app.review.sort_column == "status"
        assert not app.review.descending
        await pilot.press("O")
        await settle(pilot)
        assert app.review.descending
        app.review.set_sort("priority", descending=False)
        await settle(pilot)
        assert list(app.review.table.claims)[0] == "c000000000a5"


async def test_document_view(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, DocumentScreen)
        view = app.screen.query_one(DocumentText)
        assert view.current is not None and view.current.id == TOP
        await pilot.press("n")
        assert view.current.id == "c000000000a2"
        await pilot.press("n", "n", "p")
        assert view.current.id == "c000000000a3"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert app.review.table.current_claim_id == "c000000000a3"


async def test_evidence_from_a_local_file(
    app: WorkbenchApp, small_store: Store, tmp_path: Path
) -> None:
    source = tmp_path / "source.txt"
    source.write_text("MIT found that 95% of firms saw no return.", encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, EvidenceDialog)
        await pilot.press(*str(source), "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        evidence = small_store.evidence_for([TOP])[TOP]
        assert [e.url for e in evidence] == [str(source)]
        assert evidence[0].stance.value == "supports"
        assert app.review.table.claims[TOP].evidence_count == 1
        assert app.review.detail.details is not None
        assert len(app.review.detail.details.evidence) == 1


async def test_export_writes_the_filtered_claims(app: WorkbenchApp, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)
        app.screen.query_one("#export-format", Select).value = "json"
        path_input = app.screen.query_one("#export-path", Input)
        path_input.value = str(out)
        path_input.focus()
        await pilot.press("enter")
        await settle(pilot)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "workbench.export/1"
    assert len(data["claims"]) == 5


async def test_help_and_quit(app: WorkbenchApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_decision_survives_quit_and_reopen(small_db: Path) -> None:
    with Store(small_db) as store:
        app = WorkbenchApp(store, reviewer="tester")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("s", "q")
            await pilot.pause()
    with Store(small_db) as reopened:
        assert reopened.get_claim(TOP).status == Status.SUPPORTED


async def test_conflict_is_shown_and_nothing_overwritten(
    app: WorkbenchApp, small_store: Store
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # Another reviewer decides while we look at the old version.
        small_store.set_status(TOP, "contradicted", reviewer="alice")
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, ConflictDialog)
        assert app.screen.current is not None
        assert app.screen.current.updated_by == "alice"
        assert small_store.get_claim(TOP).status == Status.CONTRADICTED
        await pilot.click("#conflict-mine")
        await settle(pilot)
        assert small_store.get_claim(TOP).status == Status.SUPPORTED


async def test_others_changes_are_refreshed_and_named(
    app: WorkbenchApp, small_store: Store
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        small_store.set_status("c000000000a3", "misleading", reviewer="alice")
        app.review.poll_events()
        await settle(pilot)
        assert app.review.table.claims["c000000000a3"].status == Status.MISLEADING
        messages = [n.message for n in app._notifications]
        assert any("alice changed 1 claim" in m for m in messages)


async def test_search_on_the_sample_reports(bundled_copy: Path) -> None:
    with Store(bundled_copy) as store:
        app = WorkbenchApp(store, reviewer="tester")
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("slash", *"95%", "enter")
            await settle(pilot)
            claims = list(app.review.table.claims.values())
            assert claims and all("95%" in c.text or "95%" in c.sentence for c in claims)


async def test_command_palette_lists_actions(app: WorkbenchApp) -> None:
    from workbench.tui.commands import WorkbenchCommands

    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        provider = WorkbenchCommands(app.screen)
        names = [str(hit.display) async for hit in provider.discover()]
        for expected in ("Supported (s)", "Undo (ctrl+z)", "Export (E)", "Help (question_mark)"):
            assert expected in names


async def test_findings_show_in_the_detail_and_filter_the_table(
    app: WorkbenchApp, small_store: Store
) -> None:
    from textual.widgets import Checkbox

    from workbench.models import Finding
    from workbench.tui.widgets.claim_detail import ClaimDetail

    top = small_store.get_claim(TOP)
    small_store.replace_findings(
        top.document_id,
        [
            Finding(
                id="f1",
                kind="share",
                document_id=top.document_id,
                claims=[TOP, "c000000000a3"],
                stated=40,
                computed=33.3,
                consistent=False,
                tolerance=0.5,
                explanation="600 ÷ 1800 = 33.3%, not the stated 40%",
            ),
        ],
    )
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        shown = app.review.query_one(ClaimDetail).details
        assert shown is not None and [f.id for f in shown.findings] == ["f1"]
        await pilot.press("escape", "f")
        await settle(pilot)
        app.screen.query_one("#filter-inconsistent", Checkbox).value = True
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert set(app.review.table.claims) == {TOP, "c000000000a3"}
        assert app.review.claim_filter.inconsistent is True
