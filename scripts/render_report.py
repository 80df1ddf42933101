"""Render the HTML report in headless Chromium: docs/report.png and docs/report-phone.png.

Builds a demo database (the sample reports plus a short English article, with
some reviews, notes, evidence and the passages where the numbers were found),
exports it as HTML and screenshots it at desktop and phone width.

    .venv/bin/python scripts/render_report.py [--out docs] [--keep DIR]

Needs a Chromium binary (`apt-get install -y chromium` on Debian; set
$CHROMIUM to use another). The test suite never needs it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench import report  # noqa: E402
from workbench.extract import extract_claims  # noqa: E402
from workbench.ingest.pipeline import ingest_paths  # noqa: E402
from workbench.models import Document, Evidence, Stance, Status, document_id_for  # noqa: E402
from workbench.store import Store  # noqa: E402

ARTICLE = """Cloud spending keeps climbing

Analysts at Northwind Research say 95% of firms saw no measurable return from their AI pilots in 2025.
Rental prices for H800 servers fell 40% over the year, the company said.
Only 12% of the surveyed firms had moved a pilot into production.

In a later interview the chief analyst repeated that 95% of firms saw no return.
"""

MATCH_PASSAGE = (
    "Our survey of 1,200 companies found that 95% reported no measurable return on"
    " their generative AI pilots."
)


def build_demo(db_path: Path) -> Store:
    """A database with the samples, a short English article and some review work."""
    store = Store(db_path)
    ingest_paths(store, [ROOT / "workbench" / "samples"])
    source = "https://news.example.com/2025/cloud-spending"
    text = ARTICLE
    document = Document(
        id=document_id_for(source),
        title="Cloud spending keeps climbing",
        source=source,
        format="html",
        language="en",
        sha256="5e1f" * 16,
        text=text,
    )
    claims = extract_claims(document)
    repeated = [c for c in claims if c.quantities and c.quantities[0].text == "95%"]
    if len(repeated) >= 2:
        repeated[1].duplicate_of = repeated[0].id
    for claim in claims:
        if "Northwind" in claim.text:
            claim.attribution = "Northwind Research"
    store.save_document(document, claims)

    english = store.claims(store_filter(document.id), sort="position", descending=False)
    reviews = [
        (Status.SUPPORTED, "alice", "The survey report says exactly this; sample of 1,200 firms."),
        (Status.MISLEADING, "bo", "Prices fell 40% for spot rentals only; contracts fell 15%."),
        (Status.CONTRADICTED, "alice", "The survey says 21%, not 12%."),
    ]
    for claim, (status, reviewer, note) in zip(english, reviews, strict=False):
        store.add_evidence(_evidence(claim.id, claim.quantities[0].text, status), reviewer=reviewer)
        store.set_status(claim.id, status, reviewer=reviewer, note=note)

    others = [
        c for c in store.claims(sort="position", descending=False) if c.document_id != document.id
    ]
    plan = [
        Status.SUPPORTED,
        Status.SUPPORTED,
        Status.CONTRADICTED,
        Status.MISLEADING,
        Status.UNVERIFIABLE,
        Status.IN_PROGRESS,
        Status.SUPPORTED,
        Status.NOT_A_CLAIM,
    ]
    for claim, status in zip(others[::3], plan, strict=False):
        if status in {Status.SUPPORTED, Status.CONTRADICTED, Status.MISLEADING}:
            store.add_evidence(
                _evidence(claim.id, claim.quantities[0].text if claim.quantities else "", status),
                reviewer="chen",
            )
        store.set_status(
            claim.id,
            status,
            reviewer="chen",
            note="与原始数据核对。" if status in {Status.SUPPORTED} else None,
        )
    return store


def store_filter(document_id: str):  # noqa: ANN201 - a ClaimFilter, imported lazily
    """Only this document's claims."""
    from workbench.models import ClaimFilter

    return ClaimFilter(document_id=document_id)


def _evidence(claim_id: str, number: str, status: Status) -> Evidence:
    relation = {Status.SUPPORTED: "same", Status.MISLEADING: "close"}.get(status, "different")
    found = number if relation == "same" else ("15%" if relation == "close" else "21%")
    chinese = any("\u4e00" <= ch <= "\u9fff" for ch in number)
    if relation != "same" and chinese:
        found = "三年" if relation == "close" else "十年"
    passage = (
        f"据该机构公布的年度统计，相关指标为{found}，数据口径与报告一致。"
        if chinese or not number.isascii()
        else MATCH_PASSAGE.replace("95%", found)
    )
    start = passage.index(found)
    return Evidence(
        id=f"e-{claim_id}",
        claim_id=claim_id,
        url="https://research.example.org/reports/ai-return-2025",
        title="The state of AI returns 2025 — full survey report",
        quote=passage,
        stance={"same": Stance.SUPPORTS, "close": Stance.CONTEXT}.get(relation, Stance.REFUTES),
        fetched_at="2026-11-20T10:04:00+00:00",
        http_status=200,
        content_type="text/html",
        sha256="9c2d" * 16,
        publisher="Example Research",
        published="2025-08-18",
        matches=[
            {
                "passage": passage,
                "start": start,
                "end": start + len(found),
                "quantity_text": number,
                "found_text": found,
                "relation": relation,
            }
        ],
    )


def chromium() -> str:
    """The Chromium binary to use."""
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name) or name
    raise SystemExit("no chromium found: apt-get install -y chromium (or set $CHROMIUM)")


def screenshot(html: Path, png: Path, width: int, height: int, scale: float = 1.0) -> None:
    """Render `html` headless to `png` at this window size."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                f"--force-device-scale-factor={scale}",
                f"--user-data-dir={profile}",
                f"--screenshot={png}",
                f"--window-size={width},{height}",
                html.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def main() -> None:
    """Build the demo, export HTML, take both screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--keep", type=Path, help="Keep the demo db and report.html here.")
    args = parser.parse_args()
    work = Path(args.keep or tempfile.mkdtemp(prefix="workbench-render-"))
    work.mkdir(parents=True, exist_ok=True)
    (work / "demo.db").unlink(missing_ok=True)
    store = build_demo(work / "demo.db")
    html = work / "report.html"
    with html.open("w", encoding="utf-8") as out:
        count = report.write(store, "html", out, organisation="Example Desk")
    store.close()
    args.out.mkdir(parents=True, exist_ok=True)
    screenshot(html, args.out / "report.png", 1280, 2000)
    screenshot(html, args.out / "report-phone.png", 390, 1600, scale=2)
    print(f"{count} claims → {html}; screenshots in {args.out}/report.png, report-phone.png")
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
