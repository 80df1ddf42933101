"""The CSV report: one row per claim, for spreadsheets.

Encoding: UTF-8 with a byte-order mark, which is how Excel knows the file is
UTF-8 (without it Chinese text turns into mojibake). `workbench export -o FILE`
opens the file with the utf-8-sig codec, which writes the BOM. When the writer
is handed another stream it decides by where the bytes go (`bom=None`, the
default): a regular file (`workbench export --format csv > claims.csv`) gets a
BOM, since it is headed for a spreadsheet; a pipe or a terminal does not, since
programs reading CSV from a pipe (csvkit, pandas, awk) would see the BOM as
part of the first column's name. `bom=True`/`False` forces either.

Formulas are neutralised (CSV injection): a text cell that starts with = + - @,
a tab, a carriage return or a line feed (or their full-width forms, which some
spreadsheet locales also read as formulas) gets a leading apostrophe, so a
spreadsheet shows it as text instead of evaluating it.
"""

from __future__ import annotations

import csv
import os
import stat
from typing import Any, TextIO

from workbench.models import ClaimFilter
from workbench.report.common import VERDICTS, ReportItem, iter_items, report_filter, single_line
from workbench.store import Store

BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")

COLUMNS = [
    "claim_id",
    "document_id",
    "document_title",
    "document_sha256",
    "start",
    "end",
    "claim",
    "numbers",
    "attribution",
    "period",
    "section",
    "status",
    "verdict",
    "verdict_from",
    "note",
    "reviewed_by",
    "reviewed_at",
    "last_changed_by",
    "last_changed_at",
    "assignee",
    "tags",
    "priority",
    "duplicate_of",
    "restatements",
    "evidence_count",
    "evidence_urls",
    "evidence_titles",
    "evidence_stances",
    "numbers_found",
    "findings",
]


def neutralise(value: Any) -> Any:
    """A cell value a spreadsheet will not evaluate as a formula (numbers pass through)."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def wants_bom(out: TextIO) -> bool:
    """Whether to write a BOM ourselves: only to a regular file not already encoding one."""
    encoding = (getattr(out, "encoding", None) or "").lower().replace("_", "-")
    if encoding == "utf-8-sig":
        return False
    try:
        mode = os.fstat(out.fileno()).st_mode
        at_start = out.tell() == 0
    except (AttributeError, OSError, ValueError):
        return False
    return stat.S_ISREG(mode) and at_start


def write_csv(
    store: Store,
    out: TextIO,
    claim_filter: ClaimFilter | None = None,
    *,
    bom: bool | None = None,
    **_options: Any,
) -> int:
    """Write one row per claim to `out`; returns the number of claims written."""
    claim_filter = report_filter(claim_filter)
    if bom is True or (bom is None and wants_bom(out)):
        out.write(BOM)
    documents = {row["id"]: row for row in store.document_summaries()}
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    for item in iter_items(store, claim_filter):
        writer.writerow([neutralise(v) for v in _row(item, documents)])
        count += 1
    return count


def _row(item: ReportItem, documents: dict[str, dict[str, Any]]) -> list[Any]:
    claim = item.claim
    document = documents.get(claim.document_id, {})
    who, when = item.decided_by
    last_who, last_when = item.last_change
    matches = [
        f"{m.get('quantity_text', '')} → {m.get('found_text', '')} ({m.get('relation', '')})"
        for e in item.evidence
        for m in e.matches
    ]
    return [
        claim.id,
        claim.document_id,
        document.get("title") or "",
        document.get("sha256") or "",
        claim.start,
        claim.end,
        single_line(claim.text),
        "; ".join(q.text for q in claim.quantities),
        claim.attribution,
        claim.period,
        claim.section,
        claim.status.value,
        VERDICTS[item.verdict].label,
        (item.original or {}).get("id", "") if item.inherited else "",
        claim.note,
        who,
        when,
        last_who,
        last_when,
        claim.assignee,
        "; ".join(claim.tags),
        claim.priority,
        claim.duplicate_of or "",
        "; ".join(b["id"] for b in item.restatements),
        len(item.evidence),
        "\n".join(e.url for e in item.evidence),
        "\n".join(single_line(e.title) for e in item.evidence),
        "; ".join(e.stance.value for e in item.evidence),
        "\n".join(matches),
        "\n".join(
            f"{'consistent' if f.consistent else 'inconsistent'}: {single_line(f.explanation)}"
            for f in item.findings
        ),
    ]
