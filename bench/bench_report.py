"""Benchmark: HTML export of 10,000 and 100,000 claims — time, rate and peak memory.

Builds synthetic databases (a few documents, generated Claim models stored with
store.save_document, some reviewed with evidence), then exports HTML to a file
and prints seconds, claims/s and the peak of Python allocations (tracemalloc,
a separate run so that tracing does not slow the timed one). JSON export is
timed too, as the baseline. The target: 100,000 claims in HTML under 10 s, and
peak memory about the same at 10k and 100k claims.

    .venv/bin/python bench/bench_report.py [--sizes 10000 100000]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench import report  # noqa: E402
from workbench.models import (  # noqa: E402
    Claim,
    Document,
    Evidence,
    Kind,
    Quantity,
    Stance,
    Status,
    claim_id_for,
)
from workbench.store import Store  # noqa: E402

DOCUMENTS = 4
SENTENCES = [
    "Revenue rose {n}% in the third quarter, the company said.",
    "据统计，{n}%的企业尚未获得可衡量的商业回报。",
    "Unemployment fell to {n}% last year, according to the ministry.",
    "全球AI算力缺口达到{n}%，其中中国缺口更大。",
]
DECIDED = [Status.SUPPORTED, Status.CONTRADICTED, Status.MISLEADING, Status.UNVERIFIABLE]


def build(path: Path, claims: int) -> Store:
    """A database with `claims` claims over a few documents; every tenth one reviewed."""
    store = Store(path)
    rng = random.Random(7)
    per_document = claims // DOCUMENTS
    for d in range(DOCUMENTS):
        document_id = f"dbench{d:07d}"
        parts: list[str] = []
        records: list[Claim] = []
        position = 0
        for i in range(per_document):
            number = f"{rng.randint(1, 99)}"
            sentence = SENTENCES[(d + i) % len(SENTENCES)].format(n=number)
            offset = sentence.index(number)
            start = position + offset
            end = start + len(number) + 1
            reviewed = i % 10 == 0
            records.append(
                Claim(
                    id=claim_id_for(document_id, sentence, i),
                    document_id=document_id,
                    text=sentence,
                    sentence=sentence,
                    sentence_start=position,
                    start=start,
                    end=end,
                    status=DECIDED[i % 4] if reviewed else Status.UNREVIEWED,
                    note="Checked against the annual report." if reviewed else "",
                    updated_by="bench" if reviewed else "",
                    evidence_count=1 if i % 20 == 0 else 0,
                    quantities=[
                        Quantity(
                            text=number + "%",
                            value=float(number),
                            unit="percent",
                            kind=Kind.PERCENT,
                            start=start,
                            end=end,
                        )
                    ],
                )
            )
            parts.append(sentence + ("\n" if i % 5 == 4 else " "))
            position += len(parts[-1])
        text = "".join(parts)
        store.save_document(
            Document(
                id=document_id,
                title=f"Synthetic report {d + 1}",
                source=f"https://example.org/report-{d + 1}",
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                text=text,
            ),
            records,
        )
        for claim in records[::20]:
            passage = "In the filing: " + claim.text
            store.insert_evidence(
                Evidence(
                    id="e" + claim.id,
                    claim_id=claim.id,
                    url="https://example.org/source",
                    title="Annual report",
                    quote=claim.text,
                    stance=Stance.SUPPORTS,
                    fetched_at="2026-01-01T00:00:00+00:00",
                    http_status=200,
                    matches=[
                        {
                            "passage": passage,
                            "start": passage.index(claim.quantities[0].text),
                            "end": passage.index(claim.quantities[0].text)
                            + len(claim.quantities[0].text),
                            "quantity_text": claim.quantities[0].text,
                            "found_text": claim.quantities[0].text,
                            "relation": "same",
                        }
                    ],
                )
            )
    return store


def export(store: Store, fmt: str, target: Path) -> tuple[int, float]:
    """Export to a file; (claims, seconds)."""
    started = time.perf_counter()
    with target.open("w", encoding="utf-8") as out:
        count = report.write(store, fmt, out)
    return count, time.perf_counter() - started


def peak_memory(store: Store, fmt: str, target: Path) -> float:
    """Peak MiB of Python allocations during one export."""
    tracemalloc.start()
    with target.open("w", encoding="utf-8") as out:
        report.write(store, fmt, out)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    """Build, export, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    print(
        f"{'claims':>8} {'format':>6} {'seconds':>8} {'claims/s':>9} {'peak MiB':>9} {'MB out':>7}"
    )
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            started = time.perf_counter()
            store = build(Path(folder) / f"bench{size}.db", size)
            built = time.perf_counter() - started
            for fmt in ("json", "html"):
                target = Path(folder) / f"out{size}.{fmt}"
                count, seconds = export(store, fmt, target)
                peak = peak_memory(store, fmt, target)
                print(
                    f"{count:>8} {fmt:>6} {seconds:>8.2f} {count / seconds:>9.0f}"
                    f" {peak:>9.1f} {target.stat().st_size / 1e6:>7.1f}"
                )
            print(f"  (built the {size}-claim database in {built:.1f} s)")
            store.close()


if __name__ == "__main__":
    main()
