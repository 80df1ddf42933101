"""Measuring the extractor against hand-checked gold quantity mentions.

`evaluate(doc_paths, gold_dir)` ingests each document, extracts its claims and
scores their quantities exactly as the project's scorer
(/work/shared/tools/score_extraction.py) does: spans compared on a "skeleton" of
the text (whitespace and scraped pinyin noise removed, full-width folded),
date mentions ignored, predictions that only touch optional gold mentions
neutral, values agreeing within 0.5%.
"""

from __future__ import annotations

import bisect
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.errors import InputError
from workbench.extract import extract_claims
from workbench.ingest import load_document
from workbench.models import Claim, Document, Kind

_NOISE = re.compile(r"\s+|\([a-z]{1,7}\)")


@dataclass
class DocResult:
    """The score of one document."""

    name: str
    gold: int = 0
    predicted: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    value_ok: int = 0
    value_n: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)
    spurious: list[tuple[str, str]] = field(default_factory=list)
    error: str = ""

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return (self.gold - self.fn) / self.gold if self.gold else 0.0


@dataclass
class Result:
    """Per-document and total precision, recall, F1 and value accuracy."""

    documents: list[DocResult]

    def _sum(self, name: str) -> int:
        return sum(getattr(d, name) for d in self.documents)

    @property
    def precision(self) -> float:
        tp, fp = self._sum("tp"), self._sum("fp")
        return tp / (tp + fp) if tp + fp else 0.0

    @property
    def recall(self) -> float:
        gold = self._sum("gold")
        return (gold - self._sum("fn")) / gold if gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_accuracy(self) -> float:
        n = self._sum("value_n")
        return self._sum("value_ok") / n if n else 0.0


def skeleton(text: str) -> tuple[str, list[int]]:
    """The text without whitespace and pinyin noise, full-width folded; and skeleton → text offsets."""
    out: list[str] = []
    idx: list[int] = []
    pos = 0

    def keep(upto: int) -> None:
        for i in range(pos, upto):
            out.append(unicodedata.normalize("NFKC", text[i])[:1] or text[i])
            idx.append(i)

    for match in _NOISE.finditer(text):
        keep(match.start())
        pos = match.end()
    keep(len(text))
    return "".join(out), idx


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a == b or abs(a - b) <= 0.005 * max(abs(a), abs(b))


def load_gold(gold_dir: Path, name: str) -> list[dict[str, Any]]:
    """The gold mentions of the document file `name` (excluded lists left out)."""
    rows: list[dict[str, Any]] = []
    for path in sorted(Path(gold_dir).glob(Path(name).stem + "*.jsonl")):
        if path.name.endswith(".excluded.jsonl"):
            continue
        with path.open(encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle if line.strip()]
    return rows


def score_document(
    name: str, raw: str, document: Document, claims: list[Claim], gold: list[dict[str, Any]]
) -> DocResult:
    """Score one document's claims against its gold mentions, as score_extraction.py does."""
    result = DocResult(name=name)
    raw_sk, raw_idx = skeleton(raw)
    st_sk, st_idx = skeleton(document.text)
    offset = 0
    if st_sk != raw_sk:
        k = st_sk.find(raw_sk[:40]) if len(raw_sk) >= 40 else -1
        offset = max(k, 0)
        if k < 0:
            result.error = "stored text does not line up with the raw document"
    gspans = []
    for g in gold:
        gspans.append(
            (bisect.bisect_left(raw_idx, g["start"]), bisect.bisect_left(raw_idx, g["end"]), g)
        )
    preds = []
    for claim in claims:
        for q in claim.quantities:
            if q.kind == Kind.DATE:
                continue
            s = bisect.bisect_left(st_idx, q.start)
            e = bisect.bisect_left(st_idx, q.end)
            preds.append((s - offset, e - offset, q))
    result.predicted = len(preds)
    matched: set[int] = set()
    for ps, pe, q in preds:
        hits = [
            (min(pe, ge) - max(ps, gs), i)
            for i, (gs, ge, _) in enumerate(gspans)
            if ps < ge and gs < pe
        ]
        context = raw_sk[max(0, ps - 12) : pe + 12]
        if not hits:
            result.fp += 1
            result.spurious.append((q.text, context))
            continue
        free = [(ov, i) for ov, i in hits if not gspans[i][2]["optional"] and i not in matched]
        if not free:
            if all(gspans[i][2]["optional"] for _, i in hits):
                continue
            result.fp += 1
            result.spurious.append((q.text, context))
            continue
        _, i = max(free)
        g = gspans[i][2]
        matched.add(i)
        result.tp += 1
        if g.get("value") is not None:
            result.value_n += 1
            if q.value is not None and _close(float(q.value), float(g["value"])):
                result.value_ok += 1
            else:
                result.misses.append((f"{g['text']} value {g['value']} read as {q.value}", context))
    for i, (gs, ge, g) in enumerate(gspans):
        if not g["optional"] and i not in matched:
            result.fn += 1
            result.misses.append((g["text"], raw_sk[max(0, gs - 12) : ge + 12]))
    result.gold = sum(not g["optional"] for g in gold)
    return result


def evaluate(doc_paths: list[Path], gold_dir: Path) -> Result:
    """Ingest, extract and score each document that has gold mentions in `gold_dir`."""
    results: list[DocResult] = []
    for path in sorted(Path(p) for p in doc_paths):
        gold = load_gold(gold_dir, path.name)
        if not gold:
            continue
        try:
            document = load_document(path)
        except InputError as error:
            results.append(
                DocResult(
                    name=path.name, gold=sum(not g["optional"] for g in gold), error=str(error)
                )
            )
            results[-1].fn = results[-1].gold
            continue
        raw = path.read_text(encoding="utf-8", errors="replace")
        results.append(score_document(path.name, raw, document, extract_claims(document), gold))
    return Result(results)


def export_json(doc_paths: list[Path]) -> dict[str, Any]:
    """The `workbench.export/1` shape (documents with text, claims with quantities) for the official scorer."""
    documents, claims = [], []
    for path in doc_paths:
        document = load_document(Path(path))
        documents.append(document.model_dump(mode="json"))
        claims += [c.model_dump(mode="json") for c in extract_claims(document)]
    return {"schema": "workbench.export/1", "documents": documents, "claims": claims}


def report(result: Result, show: int = 0) -> str:
    """The printed report: one line per document, the worst misses and spurious mentions, the total."""
    lines = []
    for d in result.documents:
        note = f"  ({d.error})" if d.error else ""
        lines.append(
            f"{d.name}: gold={d.gold} predicted={d.predicted} P={d.precision:.3f} R={d.recall:.3f}{note}"
        )
    if show:
        for d in result.documents:
            for text, context in d.misses[:show]:
                lines.append(f"  missed   {d.name}: {text!r} in …{context}…")
        for d in result.documents:
            for text, context in d.spurious[:show]:
                lines.append(f"  spurious {d.name}: {text!r} in …{context}…")
    lines.append(
        f"P={result.precision:.3f} R={result.recall:.3f} F1={result.f1:.3f} value={result.value_accuracy:.3f}"
    )
    return "\n".join(lines)


def main(doc_paths: list[Path], gold_dir: Path, show: int) -> int:
    """Print the evaluation report; exit code 1 when no document had gold mentions or one failed."""
    result = evaluate(doc_paths, gold_dir)
    print(report(result, show))
    if not result.documents:
        print(
            f"no document among {len(doc_paths)} has gold mentions in {gold_dir}", file=sys.stderr
        )
        return 1
    return 1 if any(d.error for d in result.documents) else 0


if __name__ == "__main__":  # pragma: no cover - a convenience for development
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show_n = (
        int(args.pop(args.index(sys.argv[sys.argv.index("--show") + 1])))
        if "--show" in sys.argv
        else 0
    )
    if "--export" in sys.argv:
        json.dump(export_json([Path(a) for a in args[:-1]]), sys.stdout, ensure_ascii=False)
    else:
        sys.exit(main([Path(a) for a in args[:-1]], Path(args[-1]), show_n))
