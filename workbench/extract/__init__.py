"""Extraction: a document's text in, its quantitative claims out.

`extract_claims(document)` is the one entry point the rest of the workbench uses.
"""

from __future__ import annotations

import re

from workbench.models import Claim, Document, Kind, Quantity, claim_id_for

_PERCENT = re.compile(r"\d+(?:\.\d+)?%")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def extract_claims(document: Document) -> list[Claim]:
    """Every quantitative claim of `document`, in document order (a first, simple version)."""
    text = document.text
    claims: list[Claim] = []
    seen: dict[str, int] = {}
    for match in _PERCENT.finditer(text):
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
        end_match = _SENTENCE_END.search(text, match.end())
        end = end_match.end() if end_match else len(text)
        sentence = text[start:end].strip()
        occurrence = seen.get(sentence, 0)
        seen[sentence] = occurrence + 1
        quantity = Quantity(
            text=match.group(),
            value=float(match.group()[:-1]),
            unit="percent",
            kind=Kind.PERCENT,
            start=match.start(),
            end=match.end(),
        )
        claims.append(
            Claim(
                id=claim_id_for(document.id, match.group() + "@" + sentence, occurrence),
                document_id=document.id,
                text=sentence,
                sentence=sentence,
                sentence_start=start,
                start=match.start(),
                end=match.end(),
                quantities=[quantity],
            )
        )
    return claims
