"""ClaimReview JSON-LD: one per decided claim, checked against schema.org's ClaimReview fields."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.report.helpers import add_restated_document, render
from workbench.models import DECIDED, ClaimFilter, Status
from workbench.report.claimreview import RATINGS
from workbench.store import Store


def check_claim_review(review: dict[str, Any]) -> list[str]:
    """What a ClaimReview lacks of schema.org's required and recommended fields ([] if none).

    claimReviewed, reviewRating (a Rating with bestRating, worstRating, an
    alternateName, and a ratingValue between them unless the verdict is off the
    scale), itemReviewed (a Claim), author (with a name), datePublished
    (YYYY-MM-DD), url, @context https://schema.org and @type ClaimReview.
    """
    problems = []
    if review.get("@context") != "https://schema.org":
        problems.append("@context")
    if review.get("@type") != "ClaimReview":
        problems.append("@type")
    for name in ("claimReviewed", "url", "datePublished"):
        if not isinstance(review.get(name), str) or not review[name]:
            problems.append(name)
    date = review.get("datePublished", "")
    if not (
        len(date) == 10 and date[4] == "-" and date[7] == "-" and date.replace("-", "").isdigit()
    ):
        problems.append("datePublished format")
    author = review.get("author") or {}
    if author.get("@type") not in {"Organization", "Person"} or not author.get("name"):
        problems.append("author")
    item = review.get("itemReviewed") or {}
    if item.get("@type") != "Claim":
        problems.append("itemReviewed")
    appearance = item.get("appearance")
    if appearance is not None and appearance.get("@type") != "CreativeWork":
        problems.append("itemReviewed.appearance")
    rating = review.get("reviewRating") or {}
    if rating.get("@type") != "Rating":
        problems.append("reviewRating.@type")
    best, worst = rating.get("bestRating"), rating.get("worstRating")
    if not isinstance(best, int) or not isinstance(worst, int) or worst >= best:
        problems.append("reviewRating scale")
    if not rating.get("alternateName"):
        problems.append("reviewRating.alternateName")
    value = rating.get("ratingValue")
    if value is None:
        if rating.get("alternateName") != "Unverifiable":
            problems.append("reviewRating.ratingValue")
    elif not (isinstance(value, int) and isinstance(best, int) and worst <= value <= best):
        problems.append("reviewRating.ratingValue range")
    return problems


def test_one_valid_review_per_decided_claim(reviewed: Store) -> None:
    reviews = json.loads(render(reviewed, "claimreview"))
    published = [
        c for c in reviewed.iter_claims() if c.status in DECIDED and c.status != Status.NOT_A_CLAIM
    ]
    assert published
    assert sorted(r["url"].rsplit("claim-", 1)[1] for r in reviews) == sorted(
        c.id for c in published
    )
    for review in reviews:
        assert check_claim_review(review) == [], review
    by_id = {r["url"].rsplit("claim-", 1)[1]: r for r in reviews}
    for claim in published:
        value, name = RATINGS[claim.status]
        rating = by_id[claim.id]["reviewRating"]
        assert rating["alternateName"] == name
        assert rating.get("ratingValue") == value
        assert by_id[claim.id]["claimReviewed"] == " ".join(claim.text.split())


def test_mapping() -> None:
    assert RATINGS[Status.SUPPORTED] == (5, "True")
    assert RATINGS[Status.MISLEADING] == (3, "Misleading")
    assert RATINGS[Status.CONTRADICTED] == (1, "False")
    assert RATINGS[Status.UNVERIFIABLE] == (None, "Unverifiable")
    assert Status.NOT_A_CLAIM not in RATINGS


def test_checker_catches_missing_fields() -> None:
    assert "reviewRating.ratingValue" in check_claim_review(
        {"reviewRating": {"@type": "Rating", "alternateName": "True"}}
    )
    assert "@context" in check_claim_review({})


def test_organisation_and_url(reviewed: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    reviews = json.loads(render(reviewed, "claimreview"))
    assert {r["author"]["name"] for r in reviews} == {"workbench"}
    assert all(r["url"].startswith("#claim-") for r in reviews)
    monkeypatch.setenv("WORKBENCH_ORGANISATION", "Env Desk")
    monkeypatch.setenv("WORKBENCH_REPORT_URL", "https://desk.example/report.html")
    reviews = json.loads(render(reviewed, "claimreview"))
    assert {r["author"]["name"] for r in reviews} == {"Env Desk"}
    assert all(r["url"].startswith("https://desk.example/report.html#claim-") for r in reviews)
    reviews = json.loads(render(reviewed, "claimreview", organisation="Option Desk"))
    assert {r["author"]["name"] for r in reviews} == {"Option Desk"}


def test_appearance_url_and_attribution(bundled: Store) -> None:
    original, _ = add_restated_document(bundled)
    bundled.set_status(original, Status.SUPPORTED, reviewer="alice", note="Checked.")
    document_id = bundled.get_claim(original).document_id
    reviews = json.loads(render(bundled, "claimreview", ClaimFilter(document_id=document_id)))
    assert len(reviews) == 1
    item = reviews[0]["itemReviewed"]
    assert item["appearance"]["url"] == "https://news.example.com/a?b=1&c=<2>"
    assert item["appearance"]["name"] == "An article"
    assert reviews[0]["reviewBody"] == "Checked."
    assert check_claim_review(reviews[0]) == []


def test_unreviewed_filter_gives_an_empty_array(reviewed: Store) -> None:
    text = render(reviewed, "claimreview", ClaimFilter(statuses=[Status.UNREVIEWED]))
    assert json.loads(text) == []


def test_hostile_text_is_plain_json(hostile: Store) -> None:
    reviews = json.loads(render(hostile, "claimreview"))
    assert reviews and all(check_claim_review(r) == [] for r in reviews)
    assert all(
        "appearance" not in r["itemReviewed"] or "url" not in r["itemReviewed"]["appearance"]
        for r in reviews
    )
