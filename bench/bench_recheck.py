"""Benchmark: `recheck` of 1,000 evidence links on a local server that answers each after 50 ms.

Stores 1,000 pieces of evidence (one claim, 1,000 distinct URLs, each with a
snapshot as attached), then rechecks them all at the default concurrency and
prints the total time and links per second; then rechecks a subset at
concurrency 1 and prints the speed-up. Every recheck goes through the real
path: httpx over a socket, trafilatura on the page, a snapshot row and an
event per link in a real SQLite file. Target: 1,000 links in under 5 s.

    .venv/bin/python bench/bench_recheck.py [--links 1000] [--delay 0.05] [--concurrency 20]
        [--changed]  (every page changed, so each is extracted and matched again)
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.evidence import recheck_sync  # noqa: E402
from workbench.evidence.recheck import DEFAULT_CONCURRENCY  # noqa: E402
from workbench.models import (  # noqa: E402
    Claim,
    Document,
    Evidence,
    Kind,
    Quantity,
    claim_id_for,
    document_id_for,
)
from workbench.store import Store  # noqa: E402

PAGE = (
    "<html><head><title>Survey {n}</title></head><body><article>"
    "<p>Survey {n}: about 95% of firms saw no return on their AI spending in 2024.</p>"
    "</article></body></html>"
)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024
    delay = 0.05
    page = PAGE


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers do
    disable_nagle_algorithm = True  # else headers and body wait on a delayed ACK (40 ms)
    server: Server

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        time.sleep(self.server.delay)
        body = self.server.page.format(n=self.path.rsplit("/", 1)[-1]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def serve(delay: float, ports: multiprocessing.Queue[int], changed: bool = False) -> None:
    """Run the delayed server until the process is ended."""
    server = Server(("127.0.0.1", 0), Handler)
    server.delay = delay
    if changed:
        server.page = PAGE.replace("95%", "96%")
    ports.put(server.server_address[1])
    server.serve_forever()


def build(store: Store, base: str, links: int) -> list[Evidence]:
    """One claim with `links` pieces of evidence, as if attached earlier."""
    text = "About 95% of firms saw no return on their AI spending."
    document = Document(
        id=document_id_for("bench.txt"), source="bench.txt", sha256="0" * 64, text=text
    )
    claim = Claim(
        id=claim_id_for(document.id, text, 0),
        document_id=document.id,
        text=text,
        start=0,
        end=len(text),
        quantities=[
            Quantity(text="95%", value=95, unit="percent", kind=Kind.PERCENT, start=6, end=9)
        ],
    )
    store.save_document(document, [claim])
    items = []
    for n in range(links):
        body = PAGE.format(n=n).encode()
        items.append(
            store.add_evidence(
                Evidence(
                    id=f"e{n:011d}",
                    claim_id=claim.id,
                    url=f"{base}/page/{n}",
                    final_url=f"{base}/page/{n}",
                    http_status=200,
                    content_type="text/html",
                    fetched_at="2026-01-01T00:00:00+00:00",
                    sha256=hashlib.sha256(body).hexdigest(),
                    snapshot=f"Survey {n}: about 95% of firms saw no return on their AI spending in 2024.",
                ),
                reviewer="bench",
            )
        )
    return items


def timed(
    store: Store,
    concurrency: int,
    evidence: list[Evidence] | None = None,
    expect: str = "unchanged",
) -> tuple[float, int]:
    from workbench.evidence import recheck
    from workbench.evidence.fetch import run_sync

    began = time.perf_counter()
    if evidence is None:
        results = recheck_sync(store, reviewer="bench", concurrency=concurrency)
    else:
        results = run_sync(
            lambda: recheck(store, reviewer="bench", concurrency=concurrency, evidence=evidence)
        )
    elapsed = time.perf_counter() - began
    outcomes = {r.outcome for r in results}
    assert outcomes == {expect}, outcomes
    return elapsed, len(results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--links", type=int, default=1000)
    parser.add_argument("--delay", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY)
    parser.add_argument("--subset", type=int, default=50, help="links rechecked at concurrency 1")
    parser.add_argument(
        "--changed", action="store_true", help="every page changed: each is extracted and matched"
    )
    args = parser.parse_args()

    # The server runs in its own process, so that it does not share the client's GIL.
    ports: multiprocessing.Queue[int] = multiprocessing.Queue()
    process = multiprocessing.Process(
        target=serve, args=(args.delay, ports, args.changed), daemon=True
    )
    process.start()
    base = f"http://127.0.0.1:{ports.get(timeout=10)}"
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "claims.db") as store:
        evidence = build(store, base, args.links)
        expect = "changed" if args.changed else "unchanged"
        elapsed, count = timed(store, args.concurrency, expect=expect)
        print(
            f"recheck {count} {expect} links, {args.delay * 1000:.0f} ms each,"
            f" concurrency {args.concurrency}:"
            f" {elapsed:.2f} s, {count / elapsed:.0f} links/s"
            f" ({'within' if elapsed < 5 else 'OVER'} the 5 s target)"
        )
        subset = evidence[: args.subset]
        serial, _ = timed(store, 1, subset, expect)
        parallel, _ = timed(store, args.concurrency, subset, expect)
        print(
            f"subset of {len(subset)}: concurrency 1 {serial:.2f} s ({len(subset) / serial:.1f}/s),"
            f" concurrency {args.concurrency} {parallel:.2f} s: {serial / parallel:.1f}x faster;"
            f" 1,000 links at concurrency 1 would take about {serial / len(subset) * args.links:.0f} s"
        )
    process.terminate()


if __name__ == "__main__":
    main()
