"""Extraction throughput: chars/s on the sample report and on a 10 MB corpus of repeated samples.

Run: .venv/bin/python bench/bench_extract.py
Each line compares extract_claims with a bare re.finditer(r"\\d+") scan of the same text.
The corpus is extracted document by document (as ingest does), so memory stays that of one document.
"""

from __future__ import annotations

import re
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.extract import extract_claims  # noqa: E402
from workbench.ingest import load_document  # noqa: E402
from workbench.models import Document  # noqa: E402

SAMPLES = sorted((ROOT / "workbench" / "samples").glob("*.txt"))
DIGITS = re.compile(r"\d+")


def _time(func, *args) -> float:
    started = time.perf_counter()
    func(*args)
    return time.perf_counter() - started


def _scan(texts: list[str]) -> None:
    for text in texts:
        for _ in DIGITS.finditer(text):
            pass


def _extract(documents: list[Document]) -> None:
    for document in documents:
        extract_claims(document)


def line(name: str, documents: list[Document]) -> None:
    chars = sum(len(d.text) for d in documents)
    megabytes = sum(len(d.text.encode("utf-8")) for d in documents) / 1e6
    extract_s = min(_time(_extract, documents) for _ in range(2))
    scan_s = min(_time(_scan, [d.text for d in documents]) for _ in range(3))
    print(
        f"{name:<26} {chars / 1e6:6.2f} Mchars  extract {chars / extract_s / 1e6:5.2f} Mchars/s"
        f" ({megabytes / extract_s:5.2f} MB/s UTF-8)"
        f"  re.finditer(\\d+) {chars / scan_s / 1e6:8.1f} Mchars/s  ratio {extract_s / scan_s:6.1f}x"
    )


def main() -> None:
    docs = [load_document(p) for p in SAMPLES]
    report = max(docs, key=lambda d: len(d.text))
    line("sample report (Chinese)", [report])
    corpus: list[Document] = []
    total = 0
    while total < 10_000_000:
        for d in docs:
            corpus.append(d.model_copy(update={"id": f"{d.id}-{len(corpus)}"}))
            total += len(d.text)
    line(f"corpus of {len(corpus)} documents", corpus)
    tracemalloc.start()
    extract_claims(report)
    one = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    _extract(corpus[:200])
    many = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(
        f"peak memory: one document {one / 1e6:.1f} MB, 200 documents in a row {many / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    main()
