"""Scoring findings against hand-checked gold relations: precision and recall.

Gold files are `<document stem>.jsonl` in a folder, one relation a line:
`{"kind": "share", "quantities": [{"text": "2000亿美元", "start": 6910, "end": 6917}, ...],
"consistent": true, "optional": false, "note": "..."}` with offsets into the
raw file. A finding matches a gold relation when the kinds are equal and every
quantity of each overlaps a quantity of the other; it counts as right only when
its verdict (consistent or not) is the gold's too. Findings matching an
optional relation count neither way. Documents without a gold file are skipped.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from workbench.analysis.document import analyse_document
from workbench.models import Bound, Claim, Document, Finding, Kind, Quantity

_NOISE = re.compile(r"\s+|\([a-z]{1,7}\)")
#: Kinds that come from one document alone (the ones gold relations describe).
INTERNAL_KINDS = frozenset(
    {"share", "gap", "change", "growth", "complement", "sum", "product", "repeat"}
)


def findings_eval(
    doc_paths: Sequence[str | Path],
    gold_dir: str | Path,
    *,
    quantities_gold: str | Path | None = None,
) -> tuple[float, float, dict[str, Any]]:
    """Precision and recall of the findings on these documents, with the details per document.

    Claims come from the extractor, or, with `quantities_gold` (the folder of the
    extractor's gold quantity annotations), from the gold quantities — which
    scores the checks alone, whatever the extractor does.
    """
    from workbench.extract import extract_claims
    from workbench.ingest import load_document

    tp = fp = fn = 0
    details: dict[str, Any] = {"documents": {}}
    for raw_path in doc_paths:
        path = Path(raw_path)
        gold_file = Path(gold_dir) / f"{path.stem}.jsonl"
        if not gold_file.exists():
            continue
        gold = [json.loads(line) for line in gold_file.open(encoding="utf-8") if line.strip()]
        document = load_document(path)
        raw = path.read_text(encoding="utf-8")
        to_stored = offset_map(raw, document.text)
        if quantities_gold is not None:
            claims = gold_claims(Path(quantities_gold) / f"{path.stem}.jsonl", document, to_stored)
        else:
            claims = extract_claims(document)
        findings = [f for f in analyse_document(document, claims) if f.kind in INTERNAL_KINDS]
        result = score_document(findings, gold, to_stored)
        tp += result["tp"]
        fp += result["fp"]
        fn += result["fn"]
        details["documents"][path.name] = result
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    details.update({"tp": tp, "fp": fp, "fn": fn})
    return precision, recall, details


def score_document(
    findings: Sequence[Finding], gold: Sequence[dict[str, Any]], to_stored: Callable[[int], int]
) -> dict[str, Any]:
    """tp/fp/fn of one document's findings against its gold relations, with each listed."""
    spans = [[(to_stored(q["start"]), to_stored(q["end"])) for q in g["quantities"]] for g in gold]
    found_gold: set[int] = set()
    rows: list[dict[str, Any]] = []
    tp = fp = 0
    for finding in findings:
        mine = [(q["start"], q["end"]) for q in finding.details.get("quantities", [])]
        match = next(
            (
                i
                for i, g in enumerate(gold)
                if g["kind"] == finding.kind and _covers(mine, spans[i]) and _covers(spans[i], mine)
            ),
            None,
        )
        row = {
            "kind": finding.kind,
            "consistent": finding.consistent,
            "explanation": finding.explanation,
        }
        if match is None:
            row["status"] = "spurious"
            fp += 1
        elif gold[match].get("optional"):
            row["status"] = "optional"
            found_gold.add(match)
        elif bool(gold[match]["consistent"]) != finding.consistent:
            row["status"] = "wrong verdict"
            fp += 1
        else:
            row["status"] = "right"
            tp += 1
            found_gold.add(match)
        rows.append(row)
    missed = [
        {
            "kind": g["kind"],
            "quantities": [q["text"] for q in g["quantities"]],
            "note": g.get("note", ""),
        }
        for i, g in enumerate(gold)
        if i not in found_gold and not g.get("optional")
    ]
    return {"tp": tp, "fp": fp, "fn": len(missed), "findings": rows, "missed": missed}


def _covers(these: Sequence[tuple[int, int]], those: Sequence[tuple[int, int]]) -> bool:
    """Every span of `those` overlaps one of `these`."""
    return all(any(a < d and c < b for a, b in these) for c, d in those)


def offset_map(raw: str, stored: str) -> Callable[[int], int]:
    """raw offset → stored offset, lining both texts up on their characters without noise
    (whitespace, scraped pinyin such as '(ke)'), as the extraction scorer does."""
    if raw == stored:
        return lambda offset: offset
    raw_index = _skeleton_index(raw)
    stored_index = _skeleton_index(stored)

    def convert(offset: int) -> int:
        import bisect

        k = bisect.bisect_left(raw_index, offset)
        if k >= len(stored_index):
            return len(stored)
        return stored_index[k]

    return convert


def _skeleton_index(text: str) -> list[int]:
    kept: list[int] = []
    pos = 0
    for match in _NOISE.finditer(text):
        kept.extend(range(pos, match.start()))
        pos = match.end()
    kept.extend(range(pos, len(text)))
    return kept


def gold_claims(path: Path, document: Document, to_stored: Callable[[int], int]) -> list[Claim]:
    """Claims built from gold quantity annotations (one claim per gold claim id)."""
    if not path.exists():
        return []
    groups: dict[str, list[Quantity]] = {}
    for line in path.open(encoding="utf-8"):
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("value") is None:
            continue
        start, end = to_stored(row["start"]), to_stored(row["end"])
        if end <= start:
            continue
        quantity = Quantity(
            text=unicodedata.normalize("NFC", document.text[start:end]),
            value=row["value"],
            unit=row.get("unit") or "",
            kind=Kind(row["kind"]),
            approx=bool(row.get("approx")),
            bound=Bound(row["bound"]) if row.get("bound") else None,
            start=start,
            end=end,
        )
        groups.setdefault(row["claim"], []).append(quantity)
    claims = []
    for claim_id, quantities in groups.items():
        start = min(q.start for q in quantities)
        end = max(q.end for q in quantities)
        claims.append(
            Claim(
                id=f"{document.id}-{claim_id}",
                document_id=document.id,
                text=document.text[start:end],
                start=start,
                end=end,
                quantities=quantities,
            )
        )
    return claims


def report(
    doc_paths: Sequence[str | Path],
    gold_dir: str | Path,
    *,
    show: int = 0,
    echo: Callable[[str], None] = print,
    quantities_gold: str | Path | None = None,
) -> tuple[float, float]:
    """Print the findings score (and up to `show` misses and wrong findings); returns (P, R)."""
    precision, recall, details = findings_eval(doc_paths, gold_dir, quantities_gold=quantities_gold)
    for name, result in details["documents"].items():
        echo(f"findings {name}: {result['tp']} right, {result['fp']} wrong, {result['fn']} missed")
        if show:
            wrong = [r for r in result["findings"] if r["status"] in ("spurious", "wrong verdict")]
            for row in wrong[:show]:
                echo(f"  {row['status']}: {row['kind']}: {row['explanation']}")
            for row in result["missed"][:show]:
                echo(f"  missed: {row['kind']}: {' / '.join(row['quantities'])} ({row['note']})")
    echo(f"findings P={precision:.2f} R={recall:.2f}")
    return precision, recall
