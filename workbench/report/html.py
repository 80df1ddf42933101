"""The HTML report: one self-contained page an editor can publish or print.

At the top, per document, which version (sha256) the report speaks of, how many
claims it has, how many were checked and the verdicts as an inline SVG chart.
Then every claim: its text with the numbers marked, the verdict, the
reviewer's note, who decided and when, each piece of evidence with the
passages where the numbers were found, its restatements, its history. Last,
each document's full text with every claim highlighted in its verdict colour
and linked to its entry.

No network is needed to read it (styles inline, no fonts, scripts or images
from elsewhere). Every piece of outside text goes through html.escape, and
only http(s) URLs become links. It is written as a stream: claims come a
batch at a time and the annotated text walks keyset-paged claim spans, so
memory does not grow with the number of claims.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from typing import Any, TextIO

from workbench.models import DECIDED, ClaimFilter, Event, Evidence, Finding, Status, utc_now
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

#: Characters of document text written at a time in the annotated section.
_CHUNK = 64 * 1024


def write_html(
    store: Store,
    out: TextIO,
    claim_filter: ClaimFilter | None = None,
    *,
    title: str = "Verification report",
    organisation: str | None = None,
    **_options: Any,
) -> int:
    """Write the HTML report to `out`; returns the number of claims in it."""
    claim_filter = report_filter(claim_filter)
    documents = document_summaries(store, claim_filter)
    names = {d.id: d.name for d in documents}
    out.write(_head(title))
    out.write(_masthead(title, organisation, claim_filter, documents))
    out.write('<section class="summary" aria-labelledby="summary-h">\n')
    out.write('<h2 id="summary-h">What was checked</h2>\n')
    for document in documents:
        out.write(_document_card(document))
    out.write("</section>\n")

    count = 0
    current: str | None = None
    pending: list[str] = []
    for item in iter_items(store, claim_filter):
        claim = item.claim
        if claim.document_id != current:
            if current is not None:
                pending.append("</section>\n")
            current = claim.document_id
            pending.append(
                f'<section class="claims" aria-labelledby="claims-{escape(current)}">\n'
                f'<h2 id="claims-{escape(current)}">Claims — '
                f"{escape(names.get(current, current))}</h2>\n"
            )
        count += 1
        pending.append(_claim_entry(item, count, names))
        if len(pending) >= 200:
            out.write("".join(pending))
            pending.clear()
    if current is not None:
        pending.append("</section>\n")
    if not count:
        pending.append('<p class="empty">No claims match this report’s filter.</p>\n')
    out.write("".join(pending))

    for document in documents:
        _write_annotated(store, out, document, claim_filter)
    out.write(_FOOT)
    return count


# -- page frame -----------------------------------------------------------------------


def _head(title: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="workbench">\n'
        # Nothing may load from elsewhere: the report is read offline and archived.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';'
        " style-src 'unsafe-inline'; img-src data:\">\n"
        f"<title>{escape(title)}</title>\n<style>\n{_CSS}</style>\n</head>\n<body>\n"
        '<main class="page">\n'
    )


_FOOT = (
    '<footer class="colophon"><p>Made with workbench. Offsets refer to the stored text of'
    " the document version named by its sha256.</p></footer>\n</main>\n</body>\n</html>\n"
)


def _masthead(
    title: str,
    organisation: str | None,
    claim_filter: ClaimFilter,
    documents: list[DocumentSummary],
) -> str:
    total = sum(d.listed for d in documents)
    scope = describe_filter(claim_filter.model_copy(update={"document_id": None}))
    lines = [
        '<header class="masthead">\n',
        f'<p class="kicker">{escape(organisation or "workbench")} · fact check</p>\n',
        f"<h1>{escape(title)}</h1>\n",
        f'<p class="dek">{total} claim{"s" if total != 1 else ""} from {len(documents)}'
        f" document{'s' if len(documents) != 1 else ''}"
        + (f" — {escape(scope)}" if scope else "")
        + f". Generated {escape(day(utc_now()))} UTC.</p>\n",
    ]
    if len(documents) > 1:
        lines.append('<nav class="toc" aria-label="Documents"><ol>')
        for d in documents:
            lines.append(f'<li><a href="#doc-{escape(d.id)}">{escape(d.name)}</a></li>')
        lines.append("</ol></nav>\n")
    lines.append(_legend())
    lines.append("</header>\n")
    return "".join(lines)


def _legend() -> str:
    items = "".join(
        f'<li><span class="swatch s-{s.value}"></span>{escape(v.label)}</li>'
        for s, v in VERDICTS.items()
    )
    return f'<ul class="legend" aria-label="Verdict colours">{items}</ul>\n'


def _document_card(document: DocumentSummary) -> str:
    source = _link(document.source, document.source)
    share = round(document.reviewed_share * 100)
    return (
        f'<article class="doc-card" id="doc-{escape(document.id)}">\n'
        f"<h3>{escape(document.name)}</h3>\n"
        f'<p class="source">Source: {source}</p>\n'
        '<div class="figures">'
        f'<div class="figure"><span class="n">{document.total}</span>'
        '<span class="l">claims</span></div>'
        f'<div class="figure"><span class="n">{document.checked}</span>'
        '<span class="l">checked</span></div>'
        f'<div class="figure share"><span class="n">{share}%</span>'
        '<span class="l">reviewed</span></div>'
        "</div>\n"
        f"{_chart(document)}"
        '<dl class="version">'
        f'<dt>Version (sha256)</dt><dd><code class="sha">{escape(document.sha256)}</code></dd>'
        f"<dt>Ingested</dt><dd>{escape(day(document.ingested_at))} UTC</dd>"
        + (f"<dt>Language</dt><dd>{escape(document.language)}</dd>" if document.language else "")
        + f"<dt>In this report</dt><dd>{document.listed} claim"
        f"{'s' if document.listed != 1 else ''} · "
        f'<a href="#claims-{escape(document.id)}">list</a> · '
        f'<a href="#text-{escape(document.id)}">annotated text</a></dd>'
        "</dl>\n</article>\n"
    )


def _chart(document: DocumentSummary) -> str:
    """The verdicts as a stacked bar (inline SVG) with a legend of counts beside it."""
    total = document.total
    width, height = 600, 28
    bars: list[str] = []
    legend: list[str] = []
    x = 0.0
    for status, verdict in VERDICTS.items():
        n = document.counts.get(status, 0)
        if not n:
            continue
        w = width * n / total
        percent = round(100 * n / total)
        bars.append(
            f'<rect x="{x:.2f}" y="0" width="{w:.2f}" height="{height}" fill="{verdict.colour}">'
            f"<title>{escape(verdict.label)}: {n} ({percent}%)</title></rect>"
        )
        x += w
        legend.append(
            f'<li><span class="swatch s-{status.value}"></span>'
            f'<span class="k">{escape(verdict.label)}</span>'
            f'<span class="v">{n}</span><span class="p">{percent}%</span></li>'
        )
    if not total:
        bars.append(f'<rect x="0" y="0" width="{width}" height="{height}" fill="#eaeef2"/>')
    label = (
        ", ".join(f"{VERDICTS[s].label} {n}" for s, n in document.counts.items() if n)
        or "no claims"
    )
    return (
        '<figure class="chart">'
        f'<svg viewBox="0 0 {width} {height}" preserveAspectRatio="none" role="img"'
        f' aria-label="Verdicts: {escape(label)}" class="bar">{"".join(bars)}</svg>'
        f'<figcaption><ul class="counts">{"".join(legend)}</ul></figcaption></figure>\n'
    )


# -- one claim ------------------------------------------------------------------------


def _verdict_label(status: Status, extra: str = "") -> str:
    return f'<span class="verdict s-{status.value}">{escape(VERDICTS[status].label)}</span>' + (
        f'<span class="inherited">{escape(extra)}</span>' if extra else ""
    )


def _claim_entry(item: ReportItem, number: int, names: dict[str, str]) -> str:
    claim = item.claim
    cid = escape(claim.id)
    verdict = item.verdict
    parts = [
        f'<article class="claim v-{verdict.value}" id="claim-{cid}">\n<header class="claim-head">',
        f'<span class="num">#{number}</span>',
        _verdict_label(verdict, "from its first statement" if item.inherited else ""),
        f'<a class="where" href="#at-{cid}">in the text ↓</a>',
        "</header>\n",
        f'<p class="claim-text">{_marked(claim.text, quantity_spans(claim))}</p>\n',
    ]
    if claim.sentence and claim.sentence.strip() != claim.text.strip():
        parts.append(f'<p class="context">Sentence: {escape(claim.sentence)}</p>\n')
    facts = []
    if claim.quantities:
        numbers = ", ".join(
            escape(q.text)
            + (f' <span class="unit">({escape(q.kind.value)})</span>' if q.kind else "")
            for q in claim.quantities
        )
        facts.append(f"<dt>Numbers</dt><dd>{numbers}</dd>")
    for label, value in (
        ("According to", claim.attribution),
        ("Period", claim.period),
        ("Section", claim.section),
    ):
        if value:
            facts.append(f"<dt>{label}</dt><dd>{escape(value)}</dd>")
    facts.append(
        f"<dt>Position</dt><dd>characters {claim.start}–{claim.end} · "
        f'<code class="id">{cid}</code></dd>'
    )
    parts.append(f'<dl class="facts">{"".join(facts)}</dl>\n')
    if claim.note:
        parts.append(
            f'<div class="note"><h4>Reviewer’s note</h4><p>{escape(claim.note)}</p></div>\n'
        )
    parts.append(_byline(item))
    if item.original is not None:
        parts.append(_original(item.original, names))
    if item.restatements:
        parts.append(_restatements(item.restatements, names))
    if item.evidence:
        parts.append(_evidence_list(item.evidence))
    elif claim.status in DECIDED and claim.status != Status.NOT_A_CLAIM:
        parts.append('<p class="no-evidence">No evidence attached.</p>\n')
    # Analysis findings (consistency checks linking claims) go here when there are any.
    if item.findings:
        parts.append(_findings(item.findings))
    if item.history:
        parts.append(_history(item.history))
    parts.append("</article>\n")
    return "".join(parts)


def _marked(text: str, spans: list[tuple[int, int]], tag: str = "mark") -> str:
    return "".join(
        f'<{tag} class="n">{escape(piece)}</{tag}>' if marked else escape(piece)
        for piece, marked in segments(text, spans)
    )


def _byline(item: ReportItem) -> str:
    who, when = item.decided_by
    last_who, last_when = item.last_change
    bits = []
    if who:
        bits.append(f"Verdict by <b>{escape(who)}</b>, {escape(day(when))} UTC")
    elif item.claim.status == Status.UNREVIEWED:
        bits.append("Not reviewed yet")
    if last_who and (last_who, last_when) != (who, when):
        bits.append(f"last change by {escape(last_who)}, {escape(day(last_when))} UTC")
    if item.claim.assignee:
        bits.append(f"assigned to {escape(item.claim.assignee)}")
    if item.claim.tags:
        bits.append("tags: " + ", ".join(escape(t) for t in item.claim.tags))
    return f'<p class="byline">{" · ".join(bits)}</p>\n' if bits else ""


def _brief_link(brief: dict[str, Any], names: dict[str, str]) -> str:
    status = Status(brief["status"])
    place = names.get(brief["document_id"], brief["document_id"])
    return (
        f'<a href="#claim-{escape(brief["id"])}">{escape(_short(brief["text"]))}</a> '
        f'<span class="where-doc">({escape(place)}, characters {brief["start"]}–{brief["end"]})'
        "</span>" + (f" {_verdict_label(status)}" if status in DECIDED else "")
    )


def _original(brief: dict[str, Any], names: dict[str, str]) -> str:
    return (
        '<div class="dup"><h4>Restates an earlier claim</h4>'
        f"<p>{_brief_link(brief, names)}</p></div>\n"
    )


def _restatements(briefs: list[dict[str, Any]], names: dict[str, str]) -> str:
    items = "".join(f"<li>{_brief_link(b, names)}</li>" for b in briefs)
    return (
        f'<div class="dup"><h4>Stated again ({len(briefs)})</h4>'
        f'<p class="hint">The same figure elsewhere; this verdict applies to them.</p>'
        f"<ul>{items}</ul></div>\n"
    )


def _evidence_list(evidence: list[Evidence]) -> str:
    parts = [f'<section class="evidence"><h4>Evidence ({len(evidence)})</h4><ol>']
    for item in evidence:
        title = item.title or item.final_url or item.url
        parts.append(
            f'<li class="ev"><p class="ev-head">{_link(item.url, title)} '
            f'<span class="stance st-{item.stance.value}">{escape(item.stance.value)}</span></p>'
        )
        byline = [b for b in (item.publisher, item.author, item.published) if b]
        if byline:
            parts.append(f'<p class="ev-by">{escape(" · ".join(byline))}</p>')
        if item.quote:
            parts.append(f"<blockquote>{escape(item.quote)}</blockquote>")
        if item.note:
            parts.append(f'<p class="ev-note">{escape(item.note)}</p>')
        fetch = []
        if item.fetched_at:
            fetch.append(f"fetched {escape(day(item.fetched_at))} UTC")
        if item.http_status is not None:
            fetch.append(f"HTTP {item.http_status}")
        if item.final_url and item.final_url != item.url:
            fetch.append("now at " + _link(item.final_url, item.final_url))
        if item.sha256:
            fetch.append(f'snapshot <code class="sha">{escape(item.sha256[:16])}…</code>')
        if item.error:
            fetch.append(f'<span class="error">{escape(item.error)}</span>')
        if item.added_by:
            fetch.append(f"added by {escape(item.added_by)}, {escape(day(item.added_at))}")
        parts.append(f'<p class="fetch">{" · ".join(fetch)}</p>')
        if item.matches:
            parts.append(_matches(item.matches))
        parts.append("</li>")
    parts.append("</ol></section>\n")
    return "".join(parts)


def _matches(matches: list[dict[str, Any]]) -> str:
    parts = ['<ul class="matches" aria-label="Where the numbers were found">']
    for match in matches:
        relation = str(match.get("relation") or "")
        passage, spans = match_spans(match)
        css = relation if relation in RELATIONS else "other"
        parts.append(
            f'<li><p class="m-head"><span class="rel r-{css}">'
            f"{escape(RELATIONS.get(relation, relation or 'found'))}</span> "
            f"claim: <b>{escape(str(match.get('quantity_text') or ''))}</b> · source: "
            f"<b>{escape(str(match.get('found_text') or ''))}</b></p>"
            f'<p class="passage">“{_marked(passage, spans)}”</p></li>'
        )
    parts.append("</ul>")
    return "".join(parts)


def _findings(findings: list[Finding]) -> str:
    items = []
    for finding in findings:
        mark = "consistent" if finding.consistent else "inconsistent"
        numbers = ""
        if finding.stated is not None and finding.computed is not None:
            numbers = f" (stated {finding.stated:g}, computed {finding.computed:g})"
        items.append(
            f'<li class="f-{mark}"><b>{mark}</b> · {escape(finding.kind)}: '
            f"{escape(finding.explanation)}{escape(numbers)}</li>"
        )
    return (
        f'<section class="findings"><h4>Consistency checks</h4><ul>{"".join(items)}</ul>'
        "</section>\n"
    )


def _history(history: list[Event]) -> str:
    items = []
    for event in history:
        what = event.field or event.action
        change = ""
        if event.field in {"status", "assignee"}:
            change = f": {_plain(event.before)} → {_plain(event.after)}"
        elif event.field == "evidence":
            source = event.after if isinstance(event.after, dict) else event.before
            if isinstance(source, dict) and source.get("url"):
                change = f": {source['url']}"
        items.append(
            f"<li><time>{escape(day(event.at))}</time> {escape(event.reviewer)} · "
            f"{escape(event.action)} {escape(what)}{escape(change)}</li>"
        )
    return f'<section class="history"><h4>History</h4><ol>{"".join(items)}</ol></section>\n'


def _plain(value: Any) -> str:
    return "—" if value in (None, "") else str(value)


def _link(url: str, text: str) -> str:
    """A link when the URL is http(s); otherwise the URL shown as text, never live."""
    safe = safe_url(url)
    if safe is None:
        shown = escape(text) if text == url else f"{escape(text)} ({escape(url)})"
        return f'<span class="url">{shown}</span>'
    return f'<a href="{escape(safe, quote=True)}" rel="noopener noreferrer">{escape(text)}</a>'


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- annotated document ---------------------------------------------------------------


def _write_annotated(
    store: Store, out: TextIO, document: DocumentSummary, claim_filter: ClaimFilter
) -> None:
    text = store.get_document(document.id).text
    out.write(
        f'<section class="annotated" aria-labelledby="text-{escape(document.id)}">\n'
        f'<h2 id="text-{escape(document.id)}">Annotated text — {escape(document.name)}</h2>\n'
        f'<p class="hint">Every claim of this report highlighted in its verdict colour; '
        f"select one to read its check. Version sha256 "
        f'<code class="sha">{escape(document.sha256)}</code>.</p>\n<div class="doc-text">'
    )
    buffer: list[str] = []
    size = 0
    for piece in _annotated_pieces(text, store.claim_spans(document.id, claim_filter)):
        buffer.append(piece)
        size += len(piece)
        if size >= _CHUNK:
            out.write("".join(buffer))
            buffer.clear()
            size = 0
    out.write("".join(buffer))
    out.write("</div>\n</section>\n")


def _annotated_pieces(text: str, spans: Iterator[dict[str, Any]]) -> Iterator[str]:
    """Escaped document text with each claim span as a link to its entry.

    Spans come sorted by start; one that starts inside an earlier one is cut to
    begin where that one ends, and one wholly inside it becomes a small marker,
    so every claim keeps its anchor.
    """
    position = 0
    length = len(text)
    for span in spans:
        start = min(max(span["start"], 0), length)
        end = min(max(span["end"], start), length)
        status = Status(span["status"])
        original = span.get("original_status")
        if status not in DECIDED and original and Status(original) in DECIDED:
            status = Status(original)
        cid = escape(span["id"])
        label = escape(VERDICTS[status].label)
        if start > position:
            yield escape(text[position:start])
        if end <= position:
            yield (
                f'<a class="hl tick s-{status.value}" id="at-{cid}" href="#claim-{cid}"'
                f' title="{label}">◆</a>'
            )
            continue
        start = max(start, position)
        yield (
            f'<a class="hl s-{status.value}" id="at-{cid}" href="#claim-{cid}" title="{label}">'
            f"{escape(text[start:end])}</a>"
        )
        position = end
    if position < length:
        for offset in range(position, length, _CHUNK):
            yield escape(text[offset : offset + _CHUNK])


# -- styles ---------------------------------------------------------------------------


def _status_css() -> str:
    rules = []
    for status, verdict in VERDICTS.items():
        rules.append(
            f".s-{status.value}{{background:{verdict.colour};color:{verdict.ink}}}"
            f".claim.v-{status.value}{{border-left-color:{verdict.colour}}}"
            # In running text a tint and an underline read better than a solid block.
            f".hl.s-{status.value}{{background:{verdict.colour}30;color:var(--ink);"
            f"box-shadow:inset 0 -3px 0 {verdict.colour}}}"
        )
    return "\n".join(rules) + "\n"


_CSS = """
:root{--ink:#1f2328;--muted:#57606a;--line:#d8dee4;--paper:#ffffff;--wash:#f6f8fa;
--accent:#0b61c2;--mark:#fff3b0;
--sans:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,
"Noto Sans","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",
"Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;
--serif:Georgia,"Times New Roman","Noto Serif","Songti SC","Noto Serif CJK SC",
"Source Han Serif SC",serif;
--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--wash);color:var(--ink);font:16px/1.6 var(--sans)}
.page{max-width:880px;margin:0 auto;padding:32px 24px 48px;background:var(--paper);
min-height:100vh}
a{color:var(--accent);text-decoration-thickness:1px;text-underline-offset:2px}
h1,h2,h3,h4{line-height:1.25;margin:0}
h1{font-size:2.1rem;letter-spacing:-.01em;margin:.2rem 0 .6rem}
h2{font-size:1.35rem;margin:2.6rem 0 1rem;padding-bottom:.4rem;border-bottom:2px solid var(--ink)}
h3{font-size:1.12rem;margin-bottom:.3rem}
h4{font-size:.78rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);
margin:1rem 0 .4rem}
code{font-family:var(--mono);font-size:.82em}
.sha{word-break:break-all}
.masthead{border-bottom:1px solid var(--line);padding-bottom:1.2rem}
.kicker{margin:0;font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.08em;
color:var(--accent)}
.dek{margin:0 0 1rem;color:var(--muted);font-size:1.02rem}
.toc ol{margin:.2rem 0 1rem;padding-left:1.3rem}
.legend,.counts{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.35rem 1rem;
font-size:.85rem;color:var(--muted)}
.legend li,.counts li{display:flex;align-items:center;gap:.4rem}
.swatch{display:inline-block;width:.85rem;height:.85rem;border-radius:3px}
.doc-card{border:1px solid var(--line);border-radius:10px;padding:1.1rem 1.2rem;margin:0 0 1rem}
.doc-card .source{margin:0 0 .8rem;color:var(--muted);font-size:.9rem;word-break:break-all}
.figures{display:flex;gap:2rem;margin:.2rem 0 .8rem}
.figure{display:flex;flex-direction:column}
.figure .n{font-size:1.9rem;font-weight:700;line-height:1.1;font-variant-numeric:tabular-nums}
.figure .l{font-size:.8rem;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
.figure.share .n{color:var(--accent)}
.chart{margin:0 0 .8rem}
.chart .bar{display:block;width:100%;height:28px;border-radius:6px;overflow:hidden}
.chart figcaption{margin-top:.5rem}
.counts .k{color:var(--ink)}
.counts .v{font-weight:700;color:var(--ink);font-variant-numeric:tabular-nums}
.counts .p{color:var(--muted);font-variant-numeric:tabular-nums}
.version{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .9rem;margin:0;
font-size:.85rem}
.version dt{color:var(--muted)}
.version dd{margin:0}
.claim{border:1px solid var(--line);border-left:6px solid var(--line);border-radius:8px;
padding:.9rem 1.1rem 1rem;margin:0 0 1.1rem;break-inside:avoid-page}
.claim:target{box-shadow:0 0 0 3px #0b61c233}
.claim-head{display:flex;align-items:center;gap:.6rem;flex-wrap:wrap;margin-bottom:.4rem}
.claim-head .num{font-weight:700;color:var(--muted);font-variant-numeric:tabular-nums}
.claim-head .where{margin-left:auto;font-size:.85rem}
.verdict{display:inline-block;padding:.1rem .6rem;border-radius:999px;font-size:.78rem;
font-weight:700;letter-spacing:.03em;text-transform:uppercase}
.inherited{font-size:.8rem;color:var(--muted);font-style:italic}
.claim-text{font:1.08rem/1.7 var(--serif);margin:.2rem 0 .5rem}
mark.n{background:var(--mark);color:inherit;font-weight:700;padding:0 .12em;border-radius:3px}
.context{color:var(--muted);font-size:.9rem;margin:.2rem 0 .5rem}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .9rem;margin:.4rem 0;
font-size:.88rem}
.facts dt{color:var(--muted)}
.facts dd{margin:0}
.facts .unit{color:var(--muted)}
.id{color:var(--muted)}
.note{background:#fff8e1;border-radius:6px;padding:.1rem .9rem .6rem;margin:.6rem 0}
.note h4{margin-top:.6rem}
.note p{margin:0;white-space:pre-wrap}
.byline{font-size:.85rem;color:var(--muted);margin:.5rem 0}
.byline b{color:var(--ink)}
.dup{border-top:1px dashed var(--line);margin-top:.6rem}
.dup ul{margin:.2rem 0;padding-left:1.2rem;font-size:.9rem}
.dup p{font-size:.9rem;margin:.2rem 0}
.dup .verdict{font-size:.68rem;padding:0 .45rem}
.hint{font-size:.85rem;color:var(--muted)}
.where-doc{color:var(--muted);font-size:.85rem}
.evidence ol{margin:0;padding-left:1.3rem}
.ev{margin:0 0 .9rem}
.ev p{margin:.15rem 0}
.ev-head a{font-weight:600}
.ev-by,.fetch{font-size:.82rem;color:var(--muted)}
.ev-note{font-size:.92rem}
.url{font-family:var(--mono);font-size:.85em;word-break:break-all;color:var(--muted)}
.stance{display:inline-block;font-size:.7rem;font-weight:700;text-transform:uppercase;
letter-spacing:.04em;padding:0 .45rem;border-radius:4px;border:1px solid currentColor}
.st-supports{color:#1a7f37}.st-refutes{color:#c0262d}.st-context{color:#57606a}
blockquote{margin:.4rem 0;padding:.2rem .9rem;border-left:3px solid var(--line);
font:.98rem/1.6 var(--serif);color:#32383f}
.error{color:#c0262d}
.matches{list-style:none;margin:.4rem 0 0;padding:0}
.matches li{background:var(--wash);border-radius:6px;padding:.4rem .7rem;margin:.3rem 0}
.m-head{font-size:.82rem}
.passage{font:.92rem/1.6 var(--serif)}
.rel{display:inline-block;font-size:.7rem;font-weight:700;text-transform:uppercase;
padding:0 .4rem;border-radius:4px;color:#fff;background:#6e7781}
.r-same{background:#1a7f37}.r-close{background:#b35900}.r-different{background:#c0262d}
.findings li{font-size:.9rem}
.f-inconsistent b{color:#c0262d}.f-consistent b{color:#1a7f37}
.history ol{list-style:none;margin:0;padding:0;font-size:.8rem;color:var(--muted)}
.history time{font-variant-numeric:tabular-nums;color:var(--ink)}
.no-evidence,.empty{color:var(--muted);font-style:italic;font-size:.9rem}
.doc-text{font:1.02rem/1.9 var(--serif);white-space:pre-wrap;overflow-wrap:anywhere}
.hl{text-decoration:none;border-radius:2px;padding:.05em .1em}
.hl:hover,.hl:focus{outline:2px solid var(--ink)}
.hl.tick{font-size:.7em;vertical-align:super;box-shadow:none}
.colophon{margin-top:3rem;border-top:1px solid var(--line);font-size:.8rem;color:var(--muted)}
@media (max-width:640px){
body{font-size:15px}
.page{padding:18px 14px 32px}
h1{font-size:1.6rem}
.figures{gap:1.2rem}
.figure .n{font-size:1.5rem}
.claim{padding:.8rem .8rem .9rem;border-left-width:5px}
.claim-head .where{margin-left:0}
}
@media print{
@page{margin:16mm 14mm}
body{background:#fff;font-size:10.5pt}
.page{max-width:none;padding:0}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit}
.ev-head a[href]::after,.source a[href]::after{content:" <" attr(href) ">";font-size:.8em;
color:#57606a;word-break:break-all}
.claim,.doc-card{break-inside:avoid}
h2{break-after:avoid}
.claim-head .where,.toc{display:none}
.annotated{break-before:page}
}
""" + _status_css()
