"""Reports: one module per format, all fed by the same store query.

`write(store, fmt, out, claim_filter)` is the one way in, for the CLI's
`workbench export` and the TUI's export dialog alike. Every writer has the
signature `writer(store, out, claim_filter, **options) -> int` (claims written).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TextIO

from workbench.errors import InputError
from workbench.models import ClaimFilter
from workbench.report.claimreview import write_claimreview
from workbench.report.csv_export import write_csv
from workbench.report.html import write_html
from workbench.report.json_export import write_json
from workbench.report.markdown import write_markdown
from workbench.store import Store

Writer = Callable[..., int]

#: Format name → writer(store, out, claim_filter, **options) returning the claims written.
WRITERS: dict[str, Writer] = {
    "json": write_json,
    "html": write_html,
    "md": write_markdown,
    "markdown": write_markdown,
    "csv": write_csv,
    "claimreview": write_claimreview,
}

#: Default file suffix for each format.
SUFFIXES: dict[str, str] = {
    "json": ".json",
    "html": ".html",
    "md": ".md",
    "markdown": ".md",
    "csv": ".csv",
    "claimreview": ".jsonld",
}

#: Options a readable report understands; the JSON export would write them into its
#: output as extra keys, so they are not passed to it.
REPORT_OPTIONS = frozenset({"title", "organisation", "organisation_url", "base_url", "bom"})


def write(
    store: Store, fmt: str, out: TextIO, claim_filter: ClaimFilter | None = None, **options: Any
) -> int:
    """Write a report in format `fmt` to `out`; returns how many claims it covers."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise InputError(
            f"unknown export format {fmt!r}; use one of: {', '.join(sorted(WRITERS))}"
        ) from None
    if writer is write_json:
        options = {k: v for k, v in options.items() if k not in REPORT_OPTIONS}
    return writer(store, out, claim_filter, **options)
