"""The Markdown report: the HTML report's content for newsroom CMSs and GitHub.

Outside text (claims, notes, titles, quotes, passages, document text) is
escaped so that it reads as written and never becomes markup: Markdown's
active characters get a backslash, line-leading block markers are escaped,
line breaks inside inline text fold into spaces. Only http(s) URLs become
links. Verdicts are shown as a mark and a word (✅ Supported), since Markdown
has no colour. Anchors are `<a id="claim-…">` tags (ids are our own hex ids).
Written as a stream, a batch of claims at a time.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, TextIO

from workbench.models import DECIDED, ClaimFilter, Evidence, Finding, Status, utc_now
from workbench.report.common import (
    RELATIONS,
    VERDICTS,
    DocumentSummary,
    ReportItem,
    day,
    describe_filter,
    document_summaries,
    iter_items,
    match_spans,
    quantity_spans,
    report_filter,
    safe_url,
    segments,
)
from workbench.store import Store

#: Characters that make markup anywhere in a line (emphasis, code, links, HTML, tables,
#: strikethrough, entities, maths on GitHub, templating in some CMSs).
_ACTIVE = re.compile(r"([\\`*_{}\[\]<>#|~&$])")
#: Block markers that only act at the start of a line: lists, setext underlines, quotes.
_LINE_START = re.compile(r"^([ \t]*)([-+=>])", re.MULTILINE)
_ORDERED = re.compile(r"^([ \t]*\d+)([.)])", re.MULTILINE)
_SPACE = re.compile(r"\s+")


def md_escape(text: str) -> str:
    """Text made inert in Markdown: it renders as the characters it contains."""
    text = _ACTIVE.sub(r"\\\1", text)
    text = _LINE_START.sub(r"\1\\\2", text)
    return _ORDERED.sub(r"\1\\\2", text)


def md_inline(text: str) -> str:
    """Escaped text on one line (runs of white space folded), for headings, cells, items."""
    return md_escape(_SPACE.sub(" ", text))


def md_marked(pieces: list[tuple[str, bool]]) -> str:
    """Escaped one-line text with the marked pieces in bold.

    `**…**` only works when its delimiters are flanked the CommonMark way; a
    number ending in "%" followed by a Chinese character is not, so such a
    piece is bolded with <strong> (which GitHub and CMSs keep) instead.
    """
    out: list[str] = []
    for index, (piece, marked) in enumerate(pieces):
        piece = _SPACE.sub(" ", piece)
        if not marked or not piece:
            out.append(md_escape(piece))
            continue
        before = pieces[index - 1][0][-1:] if index else ""
        after = pieces[index + 1][0][:1] if index + 1 < len(pieces) else ""
        if _flanks(before, piece[0]) and _flanks(after, piece[-1]):
            out.append(f"**{md_escape(piece)}**")
        else:
            out.append(f"<strong>{md_escape(piece)}</strong>")
    return "".join(out)


def _flanks(outside: str, inside: str) -> bool:
    """Whether ** between these two characters opens or closes emphasis."""
    if inside.isspace():
        return False
    if not _is_punctuation(inside):
        return True
    return not outside or outside.isspace() or _is_punctuation(outside)


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in {"P", "S"}


def md_link(url: str, text: str) -> str:
    """A link for an http(s) URL; any other URL is shown as inert text."""
    safe = safe_url(url)
    label = md_inline(text or url)
    if safe is None:
        return label if text == url else f"{label} ({md_inline(url)})"
    # A <…> destination may hold anything but <, > and line breaks; encode those.
    destination = safe.replace("<", "%3C").replace(">", "%3E")
    return f"[{label}](<{destination}>)"


def write_markdown(
    store: Store,
    out: TextIO,
    claim_filter: ClaimFilter | None = None,
    *,
    title: str = "Verification report",
    organisation: str | None = None,
    **_options: Any,
) -> int:
    """Write the Markdown report to `out`; returns the number of claims in it."""
    claim_filter = report_filter(claim_filter)
    documents = document_summaries(store, claim_filter)
    names = {d.id: d.name for d in documents}
    total = sum(d.listed for d in documents)
    scope = describe_filter(claim_filter.model_copy(update={"document_id": None}))
    out.write(f"# {md_inline(title)}\n\n")
    out.write(
        f"*{md_inline(organisation or 'workbench')} · {total} claim{'s' if total != 1 else ''}"
        f" from {len(documents)} document{'s' if len(documents) != 1 else ''}"
        + (f" — {md_inline(scope)}" if scope else "")
        + f" · generated {day(utc_now())} UTC*\n\n"
    )
    out.write("## What was checked\n\n")
    for document in documents:
        out.write(_document_summary(document))

    count = 0
    current: str | None = None
    pending: list[str] = []
    for item in iter_items(store, claim_filter):
        if item.claim.document_id != current:
            current = item.claim.document_id
            pending.append(f"## Claims — {md_inline(names.get(current, current))}\n\n")
        count += 1
        pending.append(_claim_entry(item, count, names))
        if len(pending) >= 200:
            out.write("".join(pending))
            pending.clear()
    if not count:
        pending.append("*No claims match this report’s filter.*\n\n")
    out.write("".join(pending))

    for document in documents:
        _write_annotated(store, out, document, claim_filter)
    out.write(
        "---\n\n*Made with workbench. Offsets refer to the stored text of the document"
        " version named by its sha256.*\n"
    )
    return count


def _document_summary(document: DocumentSummary) -> str:
    lines = [
        f'<a id="doc-{document.id}"></a>\n\n### {md_inline(document.name)}\n\n',
        f"- Source: {md_link(document.source, document.source)}\n",
        f"- Version (sha256): `{document.sha256}`\n",
        f"- Ingested: {md_inline(day(document.ingested_at))} UTC\n",
        f"- **{document.total}** claims, **{document.checked}** checked —"
        f" **{round(document.reviewed_share * 100)}%** reviewed"
        f" ({document.listed} in this report)\n\n",
        "| Verdict | Claims | Share | |\n| --- | ---: | ---: | --- |\n",
    ]
    for status, verdict in VERDICTS.items():
        n = document.counts.get(status, 0)
        if not n:
            continue
        share = n / document.total
        bar = "█" * max(1, round(share * 20))
        lines.append(f"| {verdict.mark} {verdict.label} | {n} | {round(share * 100)}% | {bar} |\n")
    lines.append("\n")
    return "".join(lines)


def _claim_entry(item: ReportItem, number: int, names: dict[str, str]) -> str:
    claim = item.claim
    verdict = VERDICTS[item.verdict]
    inherited = " *(from its first statement)*" if item.inherited else ""
    text = md_marked(list(segments(claim.text, quantity_spans(claim)))).strip()
    lines = [
        f'<a id="claim-{claim.id}"></a>\n\n',
        f"### {number}. {verdict.mark} {verdict.label}{inherited}\n\n",
        f"> {text}\n\n",
    ]
    if claim.sentence and claim.sentence.strip() != claim.text.strip():
        lines.append(f"Sentence: {md_inline(claim.sentence)}\n\n")
    facts = []
    if claim.quantities:
        facts.append("Numbers: " + ", ".join(md_inline(q.text) for q in claim.quantities))
    for label, value in (
        ("According to", claim.attribution),
        ("Period", claim.period),
        ("Section", claim.section),
    ):
        if value:
            facts.append(f"{label}: {md_inline(value)}")
    facts.append(f"Position: characters {claim.start}–{claim.end}, id `{claim.id}`")
    who, when = item.decided_by
    if who:
        facts.append(f"Verdict by **{md_inline(who)}**, {day(when)} UTC")
    elif claim.status == Status.UNREVIEWED:
        facts.append("Not reviewed yet")
    last_who, last_when = item.last_change
    if last_who and (last_who, last_when) != (who, when):
        facts.append(f"Last change by {md_inline(last_who)}, {day(last_when)} UTC")
    lines.extend(f"- {fact}\n" for fact in facts)
    lines.append("\n")
    if claim.note:
        lines.append("**Reviewer’s note:** " + md_inline(claim.note) + "\n\n")
    if item.original is not None:
        lines.append(f"Restates an earlier claim: {_brief(item.original, names)}\n\n")
    if item.restatements:
        lines.append("Stated again (this verdict applies to them):\n\n")
        lines.extend(f"- {_brief(b, names)}\n" for b in item.restatements)
        lines.append("\n")
    if item.evidence:
        lines.append(_evidence(item.evidence))
    # Analysis findings (consistency checks linking claims) go here when there are any.
    if item.findings:
        lines.append(_findings(item.findings))
    if item.history:
        lines.append("History:\n\n")
        for event in item.history:
            change = ""
            if event.field in {"status", "assignee"}:
                change = f": {event.before or '—'} → {event.after or '—'}"
            lines.append(
                f"- {day(event.at)} {md_inline(event.reviewer)} · "
                f"{md_inline(event.action + ' ' + (event.field or '') + change)}\n"
            )
        lines.append("\n")
    return "".join(lines)


def _brief(brief: dict[str, Any], names: dict[str, str]) -> str:
    status = Status(brief["status"])
    shown = f" — {VERDICTS[status].mark} {VERDICTS[status].label}" if status in DECIDED else ""
    text = " ".join(brief["text"].split())
    text = text if len(text) <= 90 else text[:89] + "…"
    return (
        f"[{md_inline(text)}](#claim-{brief['id']})"
        f" ({md_inline(names.get(brief['document_id'], brief['document_id']))},"
        f" characters {brief['start']}–{brief['end']}){shown}"
    )


def _evidence(evidence: list[Evidence]) -> str:
    lines = [f"**Evidence ({len(evidence)})**\n\n"]
    for number, item in enumerate(evidence, start=1):
        title = item.title or item.final_url or item.url
        lines.append(f"{number}. {md_link(item.url, title)} — *{item.stance.value}*\n")
        details = [b for b in (item.publisher, item.author, item.published) if b]
        shown = [md_inline(d) for d in details]
        if item.fetched_at:
            shown.append(f"fetched {md_inline(day(item.fetched_at))} UTC")
        if item.http_status is not None:
            shown.append(f"HTTP {item.http_status}")
        if item.sha256:
            shown.append(f"snapshot sha256 {md_inline(item.sha256[:16])}…")
        if item.error:
            shown.append(f"error: {md_inline(item.error)}")
        if shown:
            lines.append(f"   - {' · '.join(shown)}\n")
        if item.final_url and item.final_url != item.url:
            lines.append(f"   - now at {md_link(item.final_url, item.final_url)}\n")
        if item.quote:
            lines.append(f"   - Quote: “{md_inline(item.quote)}”\n")
        if item.note:
            lines.append(f"   - Note: {md_inline(item.note)}\n")
        for match in item.matches:
            relation = str(match.get("relation") or "")
            passage, spans = match_spans(match)
            shown = md_marked(list(segments(passage, spans))).strip()
            lines.append(
                f"   - {md_inline(RELATIONS.get(relation, relation or 'found'))}: claim"
                f" {md_inline(str(match.get('quantity_text') or ''))}, source"
                f" {md_inline(str(match.get('found_text') or ''))} — “{shown}”\n"
            )
    lines.append("\n")
    return "".join(lines)


def _findings(findings: list[Finding]) -> str:
    lines = ["**Consistency checks**\n\n"]
    for finding in findings:
        mark = "consistent" if finding.consistent else "**inconsistent**"
        lines.append(f"- {mark} · {md_inline(finding.kind)}: {md_inline(finding.explanation)}\n")
    lines.append("\n")
    return "".join(lines)


def _write_annotated(
    store: Store, out: TextIO, document: DocumentSummary, claim_filter: ClaimFilter
) -> None:
    text = store.get_document(document.id).text
    out.write(
        f'<a id="text-{document.id}"></a>\n\n## Annotated text — {md_inline(document.name)}\n\n'
        f"*Each claim of this report in bold with its verdict mark, linked to its entry."
        f" Version sha256 `{document.sha256}`.*\n\n"
    )
    pieces: list[str] = []
    position = 0
    for span in store.claim_spans(document.id, claim_filter):
        start = min(max(span["start"], position), len(text))
        end = min(max(span["end"], start), len(text))
        status = Status(span["status"])
        original = span.get("original_status")
        if status not in DECIDED and original and Status(original) in DECIDED:
            status = Status(original)
        pieces.append(_block(text[position:start]))
        shown = md_inline(text[start:end]) or "◆"
        pieces.append(f"[**{shown}**](#claim-{span['id']}){VERDICTS[status].mark}")
        position = max(position, end)
        if len(pieces) >= 400:
            out.write("".join(pieces))
            pieces.clear()
    pieces.append(_block(text[position:]))
    out.write("".join(pieces) + "\n\n")


def _block(text: str) -> str:
    """Document text as Markdown paragraphs: escaped, single line breaks kept as breaks."""
    escaped = md_escape(text)
    return re.sub(r"\n(?!\n)", "  \n", escaped)
