"""Building documents and claims by hand, so each relation is tested without the extractor."""

from __future__ import annotations

import hashlib
from typing import Any

from workbench.analysis import analyse_document
from workbench.models import Bound, Claim, Document, Finding, Kind, Quantity

#: (text as written, value, unit, kind[, approx[, bound]])
Spec = tuple[Any, ...]


def document(text: str, doc_id: str = "d1") -> Document:
    """A document holding this text."""
    return Document(
        id=doc_id,
        source=f"{doc_id}.txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        text=text,
    )


def claims(text: str, specs: list[Spec], doc_id: str = "d1") -> list[Claim]:
    """One claim per spec, its quantity found in `text` after the previous one."""
    out: list[Claim] = []
    at = 0
    for n, spec in enumerate(specs):
        written, value, unit, kind = spec[:4]
        approx = spec[4] if len(spec) > 4 else False
        bound = spec[5] if len(spec) > 5 else None
        start = text.index(written, at)
        end = start + len(written)
        at = end
        quantity = Quantity(
            text=written,
            value=value,
            unit=unit,
            kind=Kind(kind),
            approx=approx or bound is not None,
            bound=Bound(bound) if bound else None,
            start=start,
            end=end,
        )
        out.append(
            Claim(
                id=f"c{n}",
                document_id=doc_id,
                text=written,
                start=start,
                end=end,
                quantities=[quantity],
            )
        )
    return out


def analyse(text: str, specs: list[Spec]) -> list[Finding]:
    """The findings of a hand-annotated text."""
    return analyse_document(document(text), claims(text, specs))


def only(findings: list[Finding], kind: str) -> Finding:
    """The one finding of this kind (fails if there is none or several)."""
    found = [f for f in findings if f.kind == kind]
    assert len(found) == 1, [(f.kind, f.explanation) for f in findings]
    return found[0]


def none_of(findings: list[Finding], kind: str) -> None:
    """No finding of this kind."""
    assert not [f for f in findings if f.kind == kind], [(f.kind, f.explanation) for f in findings]
