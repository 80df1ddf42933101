"""Helpers shared by the report tests: run a writer to a string, a document with a restatement."""

from __future__ import annotations

import io
from typing import Any

from workbench import report
from workbench.extract import extract_claims
from workbench.models import ClaimFilter, Document, document_id_for
from workbench.store import Store

ARTICLE = (
    "Officials say 95% of firms saw no return.\n"
    "Prices fell 40% over the year.\n"
    "Later the minister repeated that 95% of firms saw no return.\n"
)


def render(store: Store, fmt: str, claim_filter: ClaimFilter | None = None, **options: Any) -> str:
    """A report as a string."""
    out = io.StringIO()
    report.write(store, fmt, out, claim_filter, **options)
    return out.getvalue()


def add_restated_document(store: Store) -> tuple[str, str]:
    """A web article whose last claim restates its first; returns (original id, restatement id)."""
    source = "https://news.example.com/a?b=1&c=<2>"
    document = Document(
        id=document_id_for(source),
        title="An article",
        source=source,
        sha256="cd" * 32,
        text=ARTICLE,
    )
    claims = extract_claims(document)
    repeated = [c for c in claims if c.quantities and c.quantities[0].text == "95%"]
    assert len(repeated) >= 2, "the extractor should find both 95% claims"
    repeated[-1].duplicate_of = repeated[0].id
    store.save_document(document, claims)
    return repeated[0].id, repeated[-1].id
