"""The detail pane: one claim with its sentence, paragraph, numbers, duplicates, evidence, history."""

from __future__ import annotations

import json
from typing import Any

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from workbench.models import Claim, Document, Event, Evidence
from workbench.safe import one_line
from workbench.tui.messages import ClaimDetails
from workbench.tui.text import (
    CLAIM_SPAN_STYLE,
    QUANTITY_STYLE,
    STATUS_LABELS,
    highlighted,
    safe,
    safe_line,
    status_badge,
)

#: At most this many characters of paragraph on each side of the sentence.
PARAGRAPH_REACH = 600

RELATION_STYLES = {"same": "bold green", "close": "bold yellow", "different": "bold red"}
STANCE_STYLES = {"supports": "green", "refutes": "red", "context": "cyan"}


class ClaimDetail(VerticalScroll, can_focus=True):
    """A scrollable view of one claim's details (empty until a claim is shown)."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 (Textual's name)
        super().__init__(id=id)
        self.details: ClaimDetails | None = None

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(Text("No claim selected.", style="dim"), id="detail-body")

    def show(self, details: ClaimDetails | None) -> None:
        """Show these details (None: nothing selected)."""
        keep_scroll = (
            details is not None
            and self.details is not None
            and details.claim.id == self.details.claim.id
        )
        self.details = details
        body = self.query_one("#detail-body", Static)
        if details is None:
            body.update(Text("No claim matches.", style="dim"))
        else:
            body.update(render_details(details))
        if not keep_scroll:
            self.scroll_home(animate=False)

    def show_claim(self, claim: Claim) -> None:
        """Refresh the claim's own fields, keeping the loaded document, evidence and history."""
        if self.details is None or self.details.claim.id != claim.id:
            return
        self.details.claim = claim
        self.query_one("#detail-body", Static).update(render_details(self.details))


def render_details(details: ClaimDetails) -> Text:
    """The whole detail pane as one literal Text (outside text is never parsed)."""
    claim = details.claim
    out = Text()
    out.append_text(status_badge(claim.status))
    out.append(f"  priority {claim.priority:.2f}", style="bold")
    if claim.priority_factors:
        reasons = ", ".join(f"{k} {v:+.2f}" for k, v in claim.priority_factors.items())
        out.append_text(safe(f"  ({reasons})", "dim"))
    out.append_text(safe(f"   {claim.id} · v{claim.version}", "dim"))
    if claim.retired:
        out.append("  retired", style="bold red")
    out.append("\n\n")
    _section(out, "Claim")
    out.append_text(_claim_text(claim))
    out.append("\n")
    if details.document is not None:
        sentence, paragraph = _sentence_and_paragraph(claim, details.document)
        _section(out, "Sentence")
        out.append_text(sentence)
        out.append("\n")
        if paragraph.plain.strip() and paragraph.plain.strip() != sentence.plain.strip():
            _section(out, "Paragraph")
            out.append_text(paragraph)
            out.append("\n")
        _field(out, "Document", details.document.title or details.document.source)
    _field(out, "Section", claim.section)
    _field(out, "Attribution", claim.attribution)
    _field(out, "Period", claim.period)
    _field(out, "Assignee", claim.assignee)
    _field(out, "Tags", ", ".join(claim.tags))
    _field(out, "Note", claim.note)
    _section(out, f"Quantities ({len(claim.quantities)})")
    for quantity in claim.quantities:
        hedges = [h for h in ("approx" if quantity.approx else "",) if h]
        if quantity.bound is not None:
            hedges.append(f"{quantity.bound.value} bound")
        out.append("  ")
        out.append_text(safe(quantity.text, "bold bright_cyan"))
        value = "?" if quantity.value is None else f"{quantity.value:,.12g}"
        out.append_text(safe(f"  = {value} {quantity.unit}".rstrip()))
        out.append_text(
            safe(f"  ({quantity.kind.value}{'; ' if hedges else ''}{', '.join(hedges)})", "dim")
        )
        out.append("\n")
    if details.duplicates:
        _section(
            out, f"Duplicates ({len(details.duplicates)}) — a verdict on one is shown on the others"
        )
        for duplicate in details.duplicates:
            out.append("  ")
            out.append_text(status_badge(duplicate.status))
            out.append(" ")
            out.append_text(safe_line(duplicate.text, 90))
            out.append("\n")
    if details.findings:
        _section(out, f"Consistency checks ({len(details.findings)})")
        for finding in details.findings:
            out.append(
                "  ✓ " if finding.consistent else "  ✗ ",
                style="bold green" if finding.consistent else "bold red",
            )
            out.append_text(safe(finding.kind, "bold"))
            out.append("  ")
            out.append_text(safe_line(finding.explanation, 120))
            out.append("\n")
    _section(out, f"Evidence ({len(details.evidence)})")
    if not details.evidence:
        out.append("  none yet — press e to add a source\n", style="dim")
    for evidence in details.evidence:
        _evidence(out, evidence)
    _section(out, f"History ({len(details.history)})")
    if not details.history:
        out.append("  no changes yet\n", style="dim")
    for event in reversed(details.history):
        out.append_text(safe(f"  {event.at}  ", "dim"))
        out.append_text(safe(event.reviewer, "bold"))
        out.append_text(safe(f"  {describe_event(event)}\n"))
    return out


def describe_event(event: Event) -> str:
    """What one history event did, in a line."""
    if event.action == "undo":
        prefix = f"undo #{event.undoes}: "
    elif event.action == "bulk":
        prefix = "bulk: "
    else:
        prefix = ""
    if event.field == "evidence":
        after = event.after if isinstance(event.after, dict) else {}
        before = event.before if isinstance(event.before, dict) else {}
        verb = event.action.removeprefix("evidence_")
        return f"{prefix}evidence {verb} {after.get('url') or before.get('url') or ''}".rstrip()
    if event.field == "status":
        return f"{prefix}status {_label(event.before)} → {_label(event.after)}"
    return f"{prefix}{event.field or event.action}: {_value(event.before)} → {_value(event.after)}"


def _label(value: Any) -> str:
    for status, label in STATUS_LABELS.items():
        if status.value == value:
            return label
    return str(value)


def _value(value: Any) -> str:
    if value in (None, "", []):
        return "∅"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str):
        return one_line(value, 60)
    return one_line(json.dumps(value, ensure_ascii=False), 60)


def _section(out: Text, title: str) -> None:
    out.append_text(safe(f"\n{title}\n", "bold underline"))


def _field(out: Text, label: str, value: str) -> None:
    if value:
        out.append(f"{label}: ", style="bold")
        out.append_text(safe(one_line(value)))
        out.append("\n")


def _claim_text(claim: Claim) -> Text:
    text = safe(claim.text)
    for quantity in claim.quantities:
        text.highlight_words([quantity.text], QUANTITY_STYLE)
    return text


def _sentence_and_paragraph(claim: Claim, document: Document) -> tuple[Text, Text]:
    """The claim's sentence and paragraph with the claim span and each quantity highlighted."""
    doc = document.text
    start = claim.sentence_start
    if doc[start : start + len(claim.sentence)] != claim.sentence:
        found = doc.find(claim.sentence) if claim.sentence else -1
        start = found if found >= 0 else start
    sentence_end = min(start + len(claim.sentence or ""), len(doc))
    if not claim.sentence:
        start, sentence_end = claim.start, claim.end
    spans = [(claim.start, claim.end, CLAIM_SPAN_STYLE)] + [
        (q.start, q.end, QUANTITY_STYLE) for q in claim.quantities
    ]

    def window(begin: int, end: int, extra: list[tuple[int, int, str]]) -> Text:
        relative = [(s - begin, e - begin, style) for s, e, style in spans + extra]
        return highlighted(doc[begin:end], relative)

    sentence = window(start, sentence_end, [])
    para_start = doc.rfind("\n", max(0, start - PARAGRAPH_REACH), start) + 1
    if para_start == 0:
        para_start = max(0, start - PARAGRAPH_REACH)
    para_end = doc.find("\n", sentence_end, sentence_end + PARAGRAPH_REACH)
    if para_end < 0:
        para_end = min(len(doc), sentence_end + PARAGRAPH_REACH)
    paragraph = window(para_start, para_end, [(start, sentence_end, "italic")])
    return sentence, paragraph


def _evidence(out: Text, evidence: Evidence) -> None:
    stance = evidence.stance.value
    out.append(f"  [{stance}] ", style=STANCE_STYLES.get(stance, ""))
    out.append_text(safe_line(evidence.title or evidence.url, 70, "bold"))
    if evidence.title:
        out.append("  ")
        out.append_text(safe_line(f"<{evidence.url}>", 60, "dim"))
    out.append("\n")
    details = []
    if evidence.http_status:
        details.append(f"HTTP {evidence.http_status}")
    if evidence.fetched_at:
        details.append(f"fetched {evidence.fetched_at}")
    if evidence.suggested_stance is not None:
        details.append(f"suggested stance: {evidence.suggested_stance.value}")
    if evidence.added_by:
        details.append(f"added by {evidence.added_by}")
    if details:
        out.append_text(safe("    " + " · ".join(details) + "\n", "dim"))
    if evidence.error:
        out.append_text(safe(f"    error: {one_line(evidence.error, 100)}\n", "red"))
    if evidence.quote:
        out.append_text(safe(f"    “{one_line(evidence.quote, 200)}”\n", "italic"))
    if evidence.note:
        out.append_text(safe(f"    note: {one_line(evidence.note, 200)}\n"))
    for match in evidence.matches:
        _match(out, match)


def _match(out: Text, match: dict[str, Any]) -> None:
    relation = str(match.get("relation", ""))
    out.append(f"    {relation or 'match'}: ", style=RELATION_STYLES.get(relation, "bold"))
    out.append_text(
        safe(f"claim {match.get('quantity_text', '')} ↔ source {match.get('found_text', '')}\n")
    )
    passage = str(match.get("passage", ""))
    flat = passage.replace("\n", " ")
    try:
        start, end = int(match.get("start", 0)), int(match.get("end", 0))
    except (TypeError, ValueError):
        start = end = 0
    out.append("      …")
    out.append_text(highlighted(flat, [(start, end, QUANTITY_STYLE)]))
    out.append("…\n")
