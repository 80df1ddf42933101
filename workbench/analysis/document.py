"""All internal consistency checks of one document, no network: `analyse_document`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from workbench.analysis.changes import find_changes
from workbench.analysis.complement import find_complements
from workbench.analysis.gaps import find_gaps
from workbench.analysis.growth import find_growth
from workbench.analysis.products import find_products
from workbench.analysis.repeats import find_repeats
from workbench.analysis.shares import find_shares
from workbench.analysis.sums import find_sums
from workbench.analysis.text import DocumentView, view
from workbench.models import Claim, Document, Finding

#: The checks, in the order their findings are listed.
CHECKS: tuple[Callable[[DocumentView], list[Finding]], ...] = (
    find_shares,
    find_gaps,
    find_changes,
    find_growth,
    find_complements,
    find_sums,
    find_products,
    find_repeats,
)


def analyse_document(document: Document, claims: Sequence[Claim]) -> list[Finding]:
    """Every internal consistency finding of a document (pure: no store, no network)."""
    doc = view(document, [c for c in claims if not c.retired])
    findings: list[Finding] = []
    seen: set[str] = set()
    for check in CHECKS:
        for finding in check(doc):
            if finding.id not in seen:
                seen.add(finding.id)
                findings.append(finding)
    return findings
