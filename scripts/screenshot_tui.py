"""Screenshots of the review TUI for the README: docs/tui-review.svg and docs/tui-document.svg.

Runs the app headless on a database of an English report (CJK text does not
line up in SVG renderers, though it does in a terminal), with a few decisions
made, and saves what the terminal shows as SVG (Textual's own screenshot).

    .venv/bin/python scripts/screenshot_tui.py [--out docs] [--document FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.ingest.pipeline import ingest_paths  # noqa: E402
from workbench.store import Store  # noqa: E402
from workbench.tui.app import WorkbenchApp  # noqa: E402


async def shoot(db: Path, out: Path) -> None:
    """Open the app, search, decide, and save two screenshots."""
    with Store(db) as store:
        app = WorkbenchApp(store, reviewer="chen")
        async with app.run_test(size=(150, 44)) as pilot:
            await pilot.pause(0.5)
            await app.workers.wait_for_complete()
            await pilot.press("s", "j", "x", "j", "m", "j", "j", "space", "j", "space", "p")
            await pilot.pause(0.8)
            await app.workers.wait_for_complete()
            await pilot.pause(0.3)
            app.save_screenshot(filename="tui-review.svg", path=str(out))
            await pilot.press("d")
            await pilot.pause(0.8)
            await app.workers.wait_for_complete()
            await pilot.pause(0.3)
            app.save_screenshot(filename="tui-document.svg", path=str(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument(
        "--document", type=Path, default=ROOT / "tests" / "gold_extra" / "en_report.txt"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "claims.db"
        with Store(db) as store:
            summary = ingest_paths(store, [args.document])
            if summary.errors:
                raise SystemExit(summary.errors[0])
        asyncio.run(shoot(db, args.out))
    print(f"wrote {args.out / 'tui-review.svg'} and {args.out / 'tui-document.svg'}")


if __name__ == "__main__":
    main()
