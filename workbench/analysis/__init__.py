"""Analysis: a document's numbers checked against each other, against sources and across documents.

- `analyse_document(document, claims)`: the internal consistency findings of one
  document (share, gap, change, growth, complement, sum, product, repeat); pure.
- `measure_discrepancy(quantity, claim, found)`: a claim's number against a number
  found in a source (evidence matches); pure.
- `analyse_store(store)`: runs everything over claims.db and stores the findings.

A finding never sets a claim's status: it is the reviewer's to weigh.
"""

from __future__ import annotations

from workbench.analysis.discrepancy import discrepancy_findings, measure_discrepancy
from workbench.analysis.document import analyse_document
from workbench.analysis.run import (
    analyse_store,
    analyse_stored_document,
    findings_for_claim,
    run_analysis,
)

__all__ = [
    "analyse_document",
    "analyse_store",
    "analyse_stored_document",
    "discrepancy_findings",
    "findings_for_claim",
    "measure_discrepancy",
    "run_analysis",
]
