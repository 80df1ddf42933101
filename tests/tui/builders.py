"""Small databases built in the test, through the store's public API (deterministic)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.models import Claim, Document, Evidence, Kind, Quantity, Stance, Status
from workbench.store import Store

FIXED_TIME = "2026-01-02T03:04:05+00:00"

SMALL_TEXT = (
    "AI adoption report\n"
    "Survey results\n"
    "According to MIT, 95% of firms see no return on AI. "
    "Spending reached $40 billion in 2025. "
    "About 5% of pilots reach production.\n"
    "Costs\n"
    "GPU rental fell to $2 per hour, down 80% from 2023. "
    "Again, 95% of firms see no return on AI.\n"
)


def _quantity(
    text: str, needle: str, kind: Kind, value: float, unit: str, **extra: object
) -> Quantity:
    start = text.index(needle)
    return Quantity(
        text=needle,
        value=value,
        unit=unit,
        kind=kind,
        start=start,
        end=start + len(needle),
        **extra,
    )


def _claim(
    document: Document,
    claim_id: str,
    sentence: str,
    number: str,
    quantities: list[Quantity],
    *,
    occurrence: int = 0,
    **fields: object,
) -> Claim:
    text = document.text
    sentence_start = text.index(sentence) if occurrence == 0 else text.rindex(sentence)
    start = sentence_start + sentence.index(number)
    return Claim(
        id=claim_id,
        document_id=document.id,
        text=sentence,
        sentence=sentence,
        sentence_start=sentence_start,
        start=start,
        end=start + len(number),
        quantities=quantities,
        created_at=FIXED_TIME,
        updated_at=FIXED_TIME,
        **fields,
    )


def small_claims(document: Document) -> list[Claim]:
    """Five claims of SMALL_TEXT, with statuses, priorities, a duplicate and attributions."""
    text = document.text
    mit = "According to MIT, 95% of firms see no return on AI."
    again = "Again, 95% of firms see no return on AI."
    spend = "Spending reached $40 billion in 2025."
    pilots = "About 5% of pilots reach production."
    gpu = "GPU rental fell to $2 per hour, down 80% from 2023."
    return [
        _claim(
            document,
            "c000000000a1",
            mit,
            "95%",
            [_quantity(text, "95%", Kind.PERCENT, 95, "percent")],
            section="Survey results",
            attribution="MIT",
            priority=0.9,
            priority_factors={"attributed": 0.2, "headline number": 0.2},
        ),
        _claim(
            document,
            "c000000000a2",
            spend,
            "$40 billion",
            [_quantity(text, "$40 billion", Kind.CURRENCY, 4e10, "USD")],
            section="Survey results",
            priority=0.7,
            status=Status.SUPPORTED,
            tags=["money"],
        ),
        _claim(
            document,
            "c000000000a3",
            pilots,
            "5%",
            [_quantity(text, "About 5%", Kind.PERCENT, 5, "percent", approx=True)],
            section="Survey results",
            priority=0.6,
            status=Status.IN_PROGRESS,
            assignee="alice",
        ),
        _claim(
            document,
            "c000000000a4",
            gpu,
            "$2 per hour",
            [
                _quantity(text, "$2 per hour", Kind.CURRENCY, 2, "USD/h"),
                _quantity(text, "80%", Kind.PERCENT, 80, "percent", bound=None),
            ],
            section="Costs",
            priority=0.5,
            status=Status.CONTRADICTED,
        ),
        _claim(
            document,
            "c000000000a5",
            again,
            "95%",
            [
                Quantity(
                    text="95%",
                    value=95,
                    unit="percent",
                    kind=Kind.PERCENT,
                    start=text.rindex("95%"),
                    end=text.rindex("95%") + 3,
                )
            ],
            section="Costs",
            priority=0.3,
            duplicate_of="c000000000a1",
        ),
    ]


def build_small_db(path: Path) -> None:
    """One document, five claims, one piece of evidence with a match; fixed timestamps."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("workbench.store.utc_now", lambda: FIXED_TIME)
        _fill_small_db(path)


def _fill_small_db(path: Path) -> None:
    document = Document(
        id="d00000000001",
        title="AI adoption report",
        source="ai-report.txt",
        sha256="0" * 64,
        text=SMALL_TEXT,
        ingested_at=FIXED_TIME,
    )
    with Store(path) as store:
        store.save_document(document, small_claims(document))
        passage = "In the MIT NANDA study, 95% of organisations report zero return."
        store.add_evidence(
            Evidence(
                id="e00000000001",
                claim_id="c000000000a2",
                url="https://example.org/spending",
                title="AI spending 2025",
                quote="spending reached $40bn",
                stance=Stance.SUPPORTS,
                added_by="alice",
                added_at=FIXED_TIME,
                fetched_at=FIXED_TIME,
                http_status=200,
                matches=[
                    {
                        "passage": passage,
                        "start": passage.index("95%"),
                        "end": passage.index("95%") + 3,
                        "quantity_text": "95%",
                        "found_text": "95%",
                        "relation": "same",
                    }
                ],
                suggested_stance=Stance.SUPPORTS,
            ),
            reviewer="alice",
        )


HOSTILE_TEXT = (
    "[bold red]Injected[/] heading [@click=app.quit]click me[/]\n"
    "The \x1b[31mred\x1b[0m report says 42% of [link=file:///etc/passwd]users[/link] agree.\n"
)


def build_hostile_db(path: Path) -> None:
    """A document stored as it came (no cleaning): markup, an action link and ANSI escapes."""
    document = Document(
        id="d00000000bad",
        title="[bold magenta]Evil[/] \x1b[2J title",
        source="evil.txt",
        sha256="1" * 64,
        text=HOSTILE_TEXT,
    )
    sentence = HOSTILE_TEXT.splitlines()[1]
    sentence_start = HOSTILE_TEXT.index(sentence)
    number_start = HOSTILE_TEXT.index("42%")
    claim = Claim(
        id="c00000000bad",
        document_id=document.id,
        text=sentence,
        sentence=sentence,
        sentence_start=sentence_start,
        start=number_start,
        end=number_start + 3,
        attribution="[@click=app.quit]boss[/]",
        section="[bold]Section[/bold]",
        quantities=[
            Quantity(
                text="42%",
                value=42,
                unit="percent",
                kind=Kind.PERCENT,
                start=number_start,
                end=number_start + 3,
            )
        ],
    )
    with Store(path) as store:
        store.save_document(document, [claim])
        store.add_evidence(
            Evidence(
                id="e00000000bad",
                claim_id=claim.id,
                url="https://evil.example/[@click=app.quit]x[/]",
                title="[blink]Title[/] \x1b]8;;http://x\x1b\\link",
                quote="[red]quoted[/red]",
                stance=Stance.REFUTES,
            ),
            reviewer="mallory",
        )
