"""schema.org ClaimReview JSON-LD: one per reviewed claim, as fact-checkers publish
for search engines (https://schema.org/ClaimReview).

Only decided claims are published: unreviewed and in_progress claims have no
verdict yet, and not_a_claim ones were never claims. The output is a JSON array
of ClaimReview objects, each with its own "@context".

Rating mapping (reviewRating is a Rating on a 1–5 scale, bestRating 5,
worstRating 1; alternateName is the verdict in words, the field search engines
show):

    supported     ratingValue 5  alternateName "True"
    misleading    ratingValue 3  alternateName "Misleading"
    contradicted  ratingValue 1  alternateName "False"
    unverifiable  no ratingValue alternateName "Unverifiable"
    not_a_claim   not published
    unreviewed, in_progress  not published

"Unverifiable" is not a point between true and false, so it carries no
ratingValue (putting it at 3 would read as "half true"); the scale's
bestRating/worstRating stay so every rating has the same shape. Google's
ClaimReview guidelines make alternateName the required part of the rating and
ratingValue recommended, which allows this.

Other fields: claimReviewed is the claim's text; itemReviewed is a Claim with
its appearance (the document as a CreativeWork, with its url when its source
is an http(s) URL) and its author when the text attributes the number to
someone; author is the publishing organisation (the `organisation` option,
else $WORKBENCH_ORGANISATION, else "workbench"); url is where the review can be
read: `base_url` (option, else $WORKBENCH_REPORT_URL — where the HTML report is
published) plus "#claim-<id>", the anchor of the claim's entry in the HTML
report; datePublished is the day the verdict was set; reviewBody is the
reviewer's note.
"""

from __future__ import annotations

import json
import os
from typing import Any, TextIO

from workbench.models import ClaimFilter, Status
from workbench.report.common import ReportItem, iter_items, report_filter, safe_url, single_line
from workbench.store import Store

#: Our statuses → (ratingValue or None, alternateName). Statuses not here are not published.
RATINGS: dict[Status, tuple[int | None, str]] = {
    Status.SUPPORTED: (5, "True"),
    Status.MISLEADING: (3, "Misleading"),
    Status.CONTRADICTED: (1, "False"),
    Status.UNVERIFIABLE: (None, "Unverifiable"),
}
BEST_RATING = 5
WORST_RATING = 1


def write_claimreview(
    store: Store,
    out: TextIO,
    claim_filter: ClaimFilter | None = None,
    *,
    organisation: str | None = None,
    organisation_url: str | None = None,
    base_url: str | None = None,
    **_options: Any,
) -> int:
    """Write a JSON array of ClaimReview objects to `out`; returns how many."""
    claim_filter = report_filter(claim_filter)
    wanted = [s for s in (claim_filter.statuses or list(RATINGS)) if s in RATINGS]
    organisation = organisation or os.environ.get("WORKBENCH_ORGANISATION") or "workbench"
    base_url = base_url if base_url is not None else os.environ.get("WORKBENCH_REPORT_URL", "")
    documents = {row["id"]: row for row in store.document_summaries()}
    out.write("[")
    count = 0
    if wanted:
        scoped = claim_filter.model_copy(update={"statuses": wanted})
        for item in iter_items(store, scoped):
            review = claim_review(item, documents, organisation, organisation_url, base_url)
            out.write((",\n" if count else "\n") + json.dumps(review, ensure_ascii=False))
            count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def claim_review(
    item: ReportItem,
    documents: dict[str, dict[str, Any]],
    organisation: str,
    organisation_url: str | None = None,
    base_url: str = "",
) -> dict[str, Any]:
    """One claim's ClaimReview object (the claim must have a published status)."""
    claim = item.claim
    value, name = RATINGS[claim.status]
    rating: dict[str, Any] = {"@type": "Rating"}
    if value is not None:
        rating["ratingValue"] = value
    rating.update(bestRating=BEST_RATING, worstRating=WORST_RATING, alternateName=name)

    document = documents.get(claim.document_id, {})
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if document.get("title"):
        appearance["name"] = document["title"]
    source_url = safe_url(document.get("source") or "")
    if source_url:
        appearance["url"] = source_url
    item_reviewed: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if claim.attribution:
        item_reviewed["author"] = {"@type": "Organization", "name": claim.attribution}

    author: dict[str, Any] = {"@type": "Organization", "name": organisation}
    if organisation_url and safe_url(organisation_url):
        author["url"] = organisation_url
    _, decided_at = item.decided_by
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{base_url}#claim-{claim.id}",
        "claimReviewed": single_line(claim.text),
        "itemReviewed": item_reviewed,
        "author": author,
        "datePublished": (decided_at or claim.updated_at)[:10],
        "reviewRating": rating,
    }
    if claim.note:
        review["reviewBody"] = claim.note
    return review
