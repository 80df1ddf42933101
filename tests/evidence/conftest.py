"""A real HTTP server on 127.0.0.1 serving well-behaved and hostile sources; claims to attach to.

No mocks of httpx: every fetch in these tests goes over a socket to this server.
"""

from __future__ import annotations

import io
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from workbench.models import Claim, Document, Kind, Quantity, claim_id_for, document_id_for
from workbench.store import Store

ENGLISH_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Grid report 2024</title>
<meta name="author" content="Ann Lee"><meta property="og:site_name" content="Energy Agency">
<meta name="date" content="2024-05-01"></head>
<body><nav>Home | About | Contact</nav>
<article><h1>Electricity demand from data centres</h1>
<p>Data centres consumed about 1,200 TWh of electricity in 2024, according to the agency.
That is roughly 4% of global electricity demand, up from 3% five years earlier.</p>
<p>A survey of 800 firms found that 95 per cent of firms saw no return on their AI spending,
while the average salary of engineers reached US$82K.</p>
<p>Regulators counted 120,000 cases of fraud last year.</p>
</article><footer>Copyright 2024 Energy Agency. All rights reserved.</footer></body></html>
"""

CHINESE_PAGE = """<html><head>{meta}<title>数据中心用电报告</title></head><body><article>
<h1>数据中心用电</h1>
<p>据能源局统计，2024年全国数据中心用电量约为1.2万亿千瓦时，同比增长约15%。</p>
<p>调查显示，约95%的企业尚未从人工智能投资中获得回报，工程师平均年薪达到8.2万美元。</p>
<p>去年全国共查处电信诈骗案件12万起，涉及金额超过500亿元。</p>
</article></body></html>
"""


def minimal_pdf(
    lines: list[str], *, title: str = "Grid report", author: str = "Energy Agency"
) -> bytes:
    """A one-page PDF with a real text layer (Helvetica, ASCII), written by hand."""

    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content = (
        "BT /F1 12 Tf 72 720 Td 16 TL "
        + " ".join(f"({escape(line)}) Tj T*" for line in lines)
        + " ET"
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        " /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        f"<< /Title ({escape(title)}) /Author ({escape(author)}) /CreationDate (D:20240501120000Z) >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return out


def blank_pdf() -> bytes:
    """A PDF whose only page has no text layer (what a scan without OCR looks like)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


PDF_LINES = [
    "Annual grid report",
    "Data centres used 1.2 trillion kWh of electricity in 2024.",
    "About 95 per cent of operators expect demand to grow.",
]


class SourceServer(ThreadingHTTPServer):
    """The test server; `hits` counts requests per path, `versions` lets a page change."""

    daemon_threads = True
    request_queue_size = 128

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.hits: dict[str, int] = {}
        self.versions: dict[str, str] = {}
        self.routes: dict[str, Callable[[Handler], None]] = {}

    @property
    def base(self) -> str:
        """http://127.0.0.1:PORT"""
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        """The full URL of a path on this server."""
        return self.base + path


class Handler(BaseHTTPRequestHandler):
    server: SourceServer

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def send(
        self,
        status: int,
        body: bytes,
        content_type: str | None,
        extra: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        if content_type is not None:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
        path = self.path.split("?")[0]
        self.server.hits[path] = self.server.hits.get(path, 0) + 1
        if path in self.server.routes:
            self.server.routes[path](self)
            return
        gbk = CHINESE_PAGE.format(meta="").encode("gbk")
        pages: dict[str, tuple[int, bytes, str | None]] = {
            "/en.html": (200, ENGLISH_PAGE.encode("utf-8"), "text/html; charset=utf-8"),
            "/gbk-header.html": (200, gbk, "text/html; charset=GBK"),
            "/gbk-meta.html": (
                200,
                CHINESE_PAGE.format(meta='<meta charset="gb2312">').encode("gbk"),
                "text/html",
            ),
            "/gbk-bare.html": (200, gbk, "text/html"),
            "/gbk-lying.html": (200, gbk, "text/html; charset=utf-8"),
            "/report.pdf": (200, minimal_pdf(PDF_LINES), "application/pdf"),
            "/download": (200, minimal_pdf(PDF_LINES), "application/octet-stream"),
            "/scan.pdf": (200, blank_pdf(), "application/pdf"),
            "/notes.txt": (200, b"The survey covered 95% of firms.\n", "text/plain"),
            "/binary.html": (200, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "text/html"),
            "/nul.html": (200, b"<html>\x00\x01\x02\x03" + bytes(4000), "text/html; charset=utf-8"),
            "/empty": (200, b"", "text/html"),
            "/404": (404, b"<h1>Not here</h1>", "text/html"),
            "/500": (500, b"oops", "text/plain"),
        }
        if path in pages:
            status, body, content_type = pages[path]
            self.send(status, body, content_type)
        elif path == "/redirect":
            self.send(302, b"", None, {"Location": "/en.html"})
        elif path == "/loop":
            self.send(302, b"", None, {"Location": "/loop"})
        elif path == "/slow":
            time.sleep(3)
            self.send(200, b"late", "text/plain")
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path in ("/endless", "/huge-declared"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            if path == "/huge-declared":
                self.send_header("Content-Length", str(2 * 1024**3))
            self.end_headers()
            chunk = b"<p>" + b"a" * 65536 + b"</p>"
            try:
                for _ in range(100_000):  # about 6 GB if nobody stops reading
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/changing":
            version = self.server.versions.get(path, "95")
            body = f"<html><body><article><p>The survey found that {version}% of firms saw no return on their AI spending this year.</p></article></body></html>"
            self.send(200, body.encode(), "text/html; charset=utf-8")
        elif path == "/stamped":
            # Different bytes on every request, the same text: a build stamp in a comment.
            body = f"<!-- built {time.time_ns()} --><html><body><article><p>The survey found that 95% of firms saw no return on their AI spending this year.</p></article></body></html>"
            self.send(200, body.encode(), "text/html; charset=utf-8")
        else:
            self.send(404, b"not found", "text/plain")


@pytest.fixture(scope="session")
def server() -> Iterator[SourceServer]:
    """The source server, for the whole test session."""
    httpd = SourceServer()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def refused_url() -> str:
    """A URL on a local port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


def make_claim(document: Document, text: str, quantities: list[Quantity]) -> Claim:
    """A claim of `document` whose text is found in it."""
    start = document.text.index(text)
    return Claim(
        id=claim_id_for(document.id, text, 0),
        document_id=document.id,
        text=text,
        sentence=text,
        start=start,
        end=start + len(text),
        quantities=quantities,
    )


REPORT_TEXT = (
    "调查显示，约95%的企业尚未从人工智能投资中获得回报。\n"
    "2024年全国数据中心用电量约为1.2万亿千瓦时。\n"
    "去年全国共查处电信诈骗案件12万起。\n"
    "工程师平均年薪达到8.2万美元。\n"
    "Data centres used 1,200 TWh in 2024.\n"
)


@pytest.fixture
def claims(store: Store) -> dict[str, Claim]:
    """A stored report with four Chinese claims and one English one, by a short name."""
    document = Document(
        id=document_id_for("report.txt"),
        title="report",
        source="report.txt",
        sha256="0" * 64,
        text=REPORT_TEXT,
    )

    def q(text: str, value: float, unit: str, kind: Kind, approx: bool = False) -> Quantity:
        start = REPORT_TEXT.index(text)
        return Quantity(
            text=text,
            value=value,
            unit=unit,
            kind=kind,
            approx=approx,
            start=start,
            end=start + len(text),
        )

    made = {
        "percent": make_claim(
            document,
            "调查显示，约95%的企业尚未从人工智能投资中获得回报。",
            [q("约95%", 95, "percent", Kind.PERCENT, approx=True)],
        ),
        "energy": make_claim(
            document,
            "2024年全国数据中心用电量约为1.2万亿千瓦时。",
            [q("1.2万亿千瓦时", 1.2e12, "kWh", Kind.MEASURE, approx=True)],
        ),
        "cases": make_claim(
            document,
            "去年全国共查处电信诈骗案件12万起。",
            [q("12万起", 120000, "cases", Kind.COUNT)],
        ),
        "salary": make_claim(
            document, "工程师平均年薪达到8.2万美元。", [q("8.2万美元", 82000, "USD", Kind.CURRENCY)]
        ),
        "english": make_claim(
            document,
            "Data centres used 1,200 TWh in 2024.",
            [q("1,200 TWh", 1200, "TWh", Kind.MEASURE)],
        ),
    }
    store.save_document(document, list(made.values()))
    return made


@pytest.fixture
def pdf_file(tmp_path: Path) -> Path:
    """A PDF the reviewer downloaded."""
    path = tmp_path / "grid report.pdf"
    path.write_bytes(minimal_pdf(PDF_LINES))
    return path
