"""Benchmark of the review TUI on 100,000 claims (not a test: prints numbers).

Builds (once, cached in the temp folder) a database of 100 synthetic
documents × 1,000 claims through the store's public API, then runs the app
headless and measures what a reviewer feels:

- first rows: from starting the app until the table shows rows (target < 1 s)
- filter: from a filter change until the new first page shows (target < 150 ms)
- search: from a search until its first page shows (target < 150 ms)
- status change: from the key's decision being queued until it is committed (target < 20 ms)

Usage: .venv/bin/python bench/bench_tui.py [--claims N] [--rebuild]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from pathlib import Path

from textual.worker import WorkerCancelled

from workbench.models import Claim, ClaimFilter, Document, Kind, Quantity, Status
from workbench.store import Store
from workbench.tui.app import WorkbenchApp

CLAIMS_PER_DOCUMENT = 1000
WORDS = "revenue market share growth costs firms users adoption compute spending".split()
SOURCES = ["MIT", "IDC", "Gartner", "the ministry", "McKinsey", ""]


def build(path: Path, total: int) -> None:
    """Synthetic documents whose every sentence is one claim with one number."""
    rng = random.Random(7)
    statuses = list(Status)
    with Store(path) as store:
        for doc_index in range(max(total // CLAIMS_PER_DOCUMENT, 1)):
            sentences = []
            for i in range(CLAIMS_PER_DOCUMENT):
                word = rng.choice(WORDS)
                sentences.append(f"Doc {doc_index} item {i}: {word} rose {rng.randint(1, 99)}%.")
            text = " ".join(sentences)
            document = Document(
                id=f"dbench{doc_index:05d}",
                title=f"Synthetic report {doc_index}",
                source=f"bench/{doc_index}.txt",
                sha256=f"{doc_index:064d}",
                text=text,
            )
            claims = []
            position = 0
            for i, sentence in enumerate(sentences):
                number = sentence.rsplit(" ", 1)[1].rstrip(".")
                start = position + sentence.rindex(number)
                claims.append(
                    Claim(
                        id=f"c{doc_index:05d}{i:06d}",
                        document_id=document.id,
                        text=sentence,
                        sentence=sentence,
                        sentence_start=position,
                        start=start,
                        end=start + len(number),
                        status=rng.choices(statuses, weights=[70, 5, 10, 5, 4, 3, 3])[0],
                        priority=round(rng.random(), 3),
                        attribution=rng.choice(SOURCES),
                        quantities=[
                            Quantity(
                                text=number,
                                value=float(number[:-1]),
                                unit="percent",
                                kind=Kind.PERCENT,
                                start=start,
                                end=start + len(number),
                            )
                        ],
                    )
                )
                position += len(sentence) + 1
            store.save_document(document, claims)


async def wait_for(condition, timeout: float = 30.0) -> float:  # type: ignore[no-untyped-def]
    """Seconds until `condition()` holds, polling the event loop every millisecond."""
    started = time.perf_counter()
    while not condition():
        if time.perf_counter() - started > timeout:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.001)
    return time.perf_counter() - started


async def settle(app: WorkbenchApp) -> None:
    """Wait for the app's workers (a superseded, cancelled one is fine)."""
    try:
        await app.workers.wait_for_complete()
    except WorkerCancelled:
        pass


async def one_round(path: Path, results: dict[str, list[float]]) -> None:
    """Start the app once and time each reviewer action."""
    with Store(path) as store:
        app = WorkbenchApp(store, reviewer="bench")
        screen = app.review
        started = time.perf_counter()
        async with app.run_test(size=(160, 45)) as pilot:
            await wait_for(lambda: app.screen is screen and screen.table.row_count > 0)
            results["first rows"].append(time.perf_counter() - started)
            await settle(app)

            async def time_reload(claim_filter: ClaimFilter) -> float:
                await pilot.pause(0.3)  # start from a quiet screen (previous repaint done)
                screen.claim_filter = claim_filter
                screen.reload()
                target = screen._generation
                seconds = await wait_for(lambda: screen.shown_generation == target)
                await settle(app)
                return seconds

            for claim_filter in (
                ClaimFilter(statuses=[Status.CONTRADICTED]),
                ClaimFilter(attribution="MIT", has_evidence=False),
                ClaimFilter(hide_duplicates=True, statuses=[Status.UNREVIEWED]),
            ):
                results["filter"].append(await time_reload(claim_filter))
            for query in ("rose 42%", "market share", "item 999"):
                results["search"].append(await time_reload(ClaimFilter(search=query)))

            await time_reload(ClaimFilter())
            await pilot.pause()
            for key in ("s", "x", "r", "m", "p"):
                await pilot.press(key)
                await wait_for(lambda: screen.writes.idle)
                # from the key's handler queueing the decision to its commit
                results["status"].append(screen.writes.last_latency or 0.0)
                await pilot.press("j")
                await settle(app)


async def measure(path: Path, rounds: int) -> dict[str, list[float]]:
    """Each measurement, `rounds` times."""
    results: dict[str, list[float]] = {"first rows": [], "filter": [], "search": [], "status": []}
    for _ in range(rounds):
        await one_round(path, results)
    return results


def store_timings(path: Path) -> dict[str, float]:
    """The store calls behind each screen action, timed alone (median of 5)."""
    timings: dict[str, float] = {}
    with Store(path) as store:
        claim_id = store.claims(limit=1)[0].id

        def timed(name: str, call) -> None:  # type: ignore[no-untyped-def]
            samples = []
            for _ in range(5):
                started = time.perf_counter()
                call()
                samples.append(time.perf_counter() - started)
            timings[name] = statistics.median(samples)

        timed("claim_page(first 100)", lambda: store.claim_page(limit=100))
        timed("count_claims()", lambda: store.count_claims())
        timed("status_counts()", lambda: store.status_counts())
        timed(
            "claim_page(status filter)",
            lambda: store.claim_page(ClaimFilter(statuses=[Status.CONTRADICTED]), limit=100),
        )
        timed(
            "claim_page(search)",
            lambda: store.claim_page(ClaimFilter(search="rose 42%"), limit=100),
        )
        statuses = iter([Status.SUPPORTED, Status.UNREVIEWED] * 10)
        timed("set_status()", lambda: store.set_status(claim_id, next(statuses), reviewer="bench"))
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    path = Path(tempfile.gettempdir()) / f"workbench-bench-{args.claims}.db"
    if args.rebuild or not path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        started = time.perf_counter()
        build(path, args.claims)
        print(f"built {path} ({args.claims} claims) in {time.perf_counter() - started:.1f} s")
    with Store(path) as store:
        print(f"{store.count_claims()} claims in {path}")

    targets = {"first rows": 1.0, "filter": 0.150, "search": 0.150, "status": 0.020}
    results = asyncio.run(measure(path, args.rounds))
    print("\nin the app (headless), median [max]:")
    for name, samples in results.items():
        median = statistics.median(samples)
        verdict = "ok" if median < targets[name] else "SLOW"
        print(
            f"  {name:<12} {median * 1000:8.1f} ms  [{max(samples) * 1000:7.1f}]"
            f"  target < {targets[name] * 1000:.0f} ms  {verdict}"
        )
    print("\nthe store calls alone, median:")
    for name, seconds in store_timings(path).items():
        print(f"  {name:<28} {seconds * 1000:8.2f} ms")


if __name__ == "__main__":
    main()
