"""The `workbench` command: a thin shell over the library (bare `workbench` opens the TUI)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from click_default_group import DefaultGroup
from rich.console import Console
from rich.table import Table

from workbench import __version__
from workbench.errors import WorkbenchError
from workbench.models import ClaimFilter, Status
from workbench.safe import one_line, plain, safe_text
from workbench.store import Store, reviewer_name

STATUS_NAMES = [s.value for s in Status]


class WorkbenchGroup(DefaultGroup):
    """A DefaultGroup that turns WorkbenchError into a one-line message and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except WorkbenchError as error:
            click.echo(f"error: {plain(error.message)}", err=True)
            if error.hint:
                click.echo(f"hint: {plain(error.hint)}", err=True)
            ctx.exit(1)


def db_option(function: Any) -> Any:
    """--db FILE, defaulting to $WORKBENCH_DB, else ./claims.db."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        envvar="WORKBENCH_DB",
        default="claims.db",
        show_default="$WORKBENCH_DB or claims.db",
        help="The claims database.",
    )(function)


def reviewer_option(function: Any) -> Any:
    """--reviewer NAME, defaulting to $WORKBENCH_REVIEWER, else the OS user."""
    return click.option(
        "--reviewer",
        default=None,
        help="Who makes the change (default: $WORKBENCH_REVIEWER, else your user name).",
    )(function)


def open_store(db_path: Path, *, must_exist: bool = True) -> Store:
    """Open the database, refusing a missing one where creating it would be a surprise."""
    return Store(db_path, create=not must_exist)


@click.group(cls=WorkbenchGroup, default="review", default_if_no_args=True)
@click.version_option(__version__, prog_name="workbench")
def cli() -> None:
    """A claim fact-checking workbench: every quantitative claim of a report, reviewed.

    With no command, opens the review TUI on claims.db.
    """


@cli.command()
@db_option
@reviewer_option
def review(db_path: Path, reviewer: str | None) -> None:
    """Open the review TUI on the database.

    Example: workbench review --db claims.db
    """
    store = open_store(db_path)
    try:
        from workbench.tui.app import WorkbenchApp
    except ImportError:
        _print_claims(store, ClaimFilter(), limit=50)
        return
    app = WorkbenchApp(store, reviewer=reviewer_name(reviewer))
    app.run()
    store.close()


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--force", is_flag=True, help="Re-extract documents even if unchanged.")
def ingest(paths: tuple[str, ...], db_path: Path, force: bool) -> None:
    """Add documents (.txt .md .html .pdf files, folders, http(s) URLs); extract their claims.

    Re-ingesting an unchanged document changes nothing; a changed version keeps
    the review work of every claim whose text is unchanged.

    Example: workbench ingest report.txt reports/ --db claims.db
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from workbench.ingest.pipeline import ingest_paths

    store = open_store(db_path, must_exist=False)
    err = Console(stderr=True, highlight=False)
    progress = Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
    )
    task = progress.add_task("", total=None)

    def on_progress(done: int, total: int, label: str) -> None:
        if total >= 3 and not progress.live.is_started:
            progress.start()
        progress.update(task, completed=done, total=total, description=one_line(label, 50))

    def on_error(message: str) -> None:
        progress.console.print(safe_text(f"error: {message}"), soft_wrap=True)

    try:
        summary = ingest_paths(
            store, paths, force=force, on_progress=on_progress, on_error=on_error
        )
    finally:
        progress.stop()
        store.close()
    for outcome in summary.outcomes:
        if outcome.status == "unchanged":
            note = f" (same bytes as {outcome.same_as})" if outcome.same_as else ""
            click.echo(f"unchanged  {plain(outcome.document.source)}{plain(note)}")
        else:
            click.echo(
                f"{outcome.status:<10} {plain(outcome.document.source)}:"
                f" {outcome.added} claim(s) added"
                + (f", {outcome.kept} kept" if outcome.kept else "")
            )
    click.echo(summary.line())
    if not summary.outcomes:
        sys.exit(1)


@cli.command()
@click.option(
    "--format",
    "fmt",
    default="json",
    show_default=True,
    help="json (lossless), html (report page), md (alias markdown), csv (one row per claim,"
    " with a BOM for Excel) or claimreview (schema.org JSON-LD of decided claims).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here (default: standard output).",
)
@click.option("--document", "document_id", help="Only this document's claims.")
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice(STATUS_NAMES),
    help="Only claims with this status (repeatable).",
)
@db_option
def export(
    fmt: str, output: Path | None, document_id: str | None, statuses: tuple[str, ...], db_path: Path
) -> None:
    """Export the claims, their evidence and history.

    Example: workbench export --format json -o claims.json
    """
    from workbench import report

    store = open_store(db_path)
    claim_filter = ClaimFilter(
        document_id=document_id,
        statuses=[Status(s) for s in statuses],
        include_retired=not statuses and document_id is None,
    )
    if fmt not in report.WRITERS:
        raise WorkbenchError(
            f"unknown export format {fmt!r}; use one of: {', '.join(sorted(report.WRITERS))}"
        )
    if output is None:
        count = report.write(store, fmt, sys.stdout, claim_filter)
    else:
        temporary = output.with_name(output.name + ".part")
        try:
            with temporary.open(
                "w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline=""
            ) as out:
                count = report.write(store, fmt, out, claim_filter)
            temporary.replace(output)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            raise WorkbenchError(f"{output}: cannot write ({error.strerror or error})") from None
        click.echo(f"wrote {count} claim(s) to {output}", err=True)
    store.close()


@cli.command("claims")
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice(STATUS_NAMES),
    help="Only this status (repeatable).",
)
@click.option("--document", "document_id", help="Only this document's claims.")
@click.option("--search", default="", help="Full-text search in claim text and sentence.")
@click.option(
    "--sort", default="priority", show_default=True, help="priority, status, text, position, …"
)
@click.option("--limit", default=100, show_default=True, help="At most this many claims.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one claim per line).")
@db_option
def list_claims(
    statuses: tuple[str, ...],
    document_id: str | None,
    search: str,
    sort: str,
    limit: int,
    as_json: bool,
    db_path: Path,
) -> None:
    """List claims, highest priority first.

    Example: workbench claims --status unreviewed --search 95%
    """
    store = open_store(db_path)
    claim_filter = ClaimFilter(
        statuses=[Status(s) for s in statuses], document_id=document_id, search=search
    )
    if as_json:
        for claim in store.claims(claim_filter, sort=sort, limit=limit):
            click.echo(json.dumps(claim.model_dump(mode="json"), ensure_ascii=False))
    else:
        _print_claims(store, claim_filter, limit=limit, sort=sort)
    store.close()


def _print_claims(
    store: Store, claim_filter: ClaimFilter, *, limit: int, sort: str = "priority"
) -> None:
    claims = store.claims(claim_filter, sort=sort, limit=limit)
    total = store.count_claims(claim_filter)
    table = Table(box=None, header_style="bold", pad_edge=False, expand=True)
    for column in ("id", "status", "prio", "claim", "first quantity", "attribution"):
        wide = column == "claim"
        table.add_column(
            column,
            overflow="ellipsis",
            no_wrap=True,
            ratio=3 if wide else None,
            min_width=20 if wide else None,
        )
    for claim in claims:
        first = claim.quantities[0].text if claim.quantities else ""
        table.add_row(
            safe_text(claim.id),
            safe_text(claim.status.value),
            safe_text(f"{claim.priority:.2f}"),
            safe_text(one_line(claim.text, 80)),
            safe_text(one_line(first, 20)),
            safe_text(one_line(claim.attribution, 24)),
        )
    console = Console(highlight=False)
    console.print(table)
    console.print(safe_text(f"{len(claims)} of {total} claim(s) shown"))


@cli.command()
@click.argument("claim_id")
@click.option("--json", "as_json", is_flag=True, help="Print the claim as JSON.")
@db_option
def show(claim_id: str, as_json: bool, db_path: Path) -> None:
    """Print one claim with its quantities, evidence and history.

    Example: workbench show c1a2b3
    """
    from workbench.report.json_export import claim_record

    store = open_store(db_path)
    claim = store.get_claim(store.resolve_claim_id(claim_id))
    evidence = store.evidence_for([claim.id])[claim.id]
    history = store.history(claim.id)
    if as_json:
        click.echo(json.dumps(claim_record(claim, evidence, history), ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False)
    document = store.get_document(claim.document_id)
    lines = [
        ("claim", claim.text),
        ("id", f"{claim.id} (version {claim.version})"),
        ("status", claim.status.value),
        (
            "priority",
            f"{claim.priority:.2f} "
            + ", ".join(f"{k} {v:+.2f}" for k, v in claim.priority_factors.items()),
        ),
        ("sentence", claim.sentence),
        ("document", f"{document.title} [{document.id}]"),
        ("section", claim.section),
        ("attribution", claim.attribution),
        ("period", claim.period),
        ("assignee", claim.assignee),
        ("tags", ", ".join(claim.tags)),
        ("note", claim.note),
        ("duplicate of", claim.duplicate_of or ""),
    ]
    for label, value in lines:
        if value:
            console.print(safe_text(f"{label:>12}: ", "bold"), safe_text(one_line(value)), sep="")
    console.print(safe_text("  quantities:", "bold"))
    for q in claim.quantities:
        hedge = " approx" if q.approx else ""
        bound = f" bound={q.bound.value}" if q.bound else ""
        console.print(
            safe_text(f"    {q.text}  = {q.value} {q.unit} ({q.kind.value}{hedge}{bound})")
        )
    console.print(safe_text(f"    evidence: {len(evidence)}", "bold"))
    for e in evidence:
        console.print(safe_text(f"    - [{e.stance.value}] {e.title or e.url} <{e.url}>"))
    console.print(safe_text("     history:", "bold"))
    for event in history:
        console.print(safe_text("    " + format_event(event)))
    store.close()


def format_event(event: Any) -> str:
    """One history event as a line: when, who, what changed."""
    change = f"{event.field}: {json.dumps(event.before, ensure_ascii=False)} → {json.dumps(event.after, ensure_ascii=False)}"
    undo = f" (undoes #{event.undoes})" if event.undoes else ""
    return f"#{event.id} {event.at} {event.reviewer} {event.action}{undo} {change}"


@cli.command()
@click.argument("claim_id")
@click.argument("status")
@click.option("--note", default=None, help="A note to store with the decision.")
@click.option(
    "--expect-version",
    type=int,
    default=None,
    help="Refuse if the claim changed since this version.",
)
@reviewer_option
@db_option
def status(
    claim_id: str,
    status: str,
    note: str | None,
    expect_version: int | None,
    reviewer: str | None,
    db_path: Path,
) -> None:
    """Set a claim's status (recorded in its history).

    STATUS is one of: unreviewed, in_progress, supported, contradicted,
    misleading, unverifiable, not_a_claim.

    Example: workbench status c1a2b3 supported --note "matches the MIT report"
    """
    store = open_store(db_path)
    claim = store.set_status(
        store.resolve_claim_id(claim_id),
        status,
        reviewer=reviewer_name(reviewer),
        note=note,
        expected_version=expect_version,
    )
    click.echo(f"{claim.id}: {claim.status.value} (version {claim.version})")
    store.close()


@cli.command()
@click.argument("claim_id")
@db_option
def history(claim_id: str, db_path: Path) -> None:
    """Print a claim's history: who changed what, when (oldest first).

    Example: workbench history c1a2b3
    """
    store = open_store(db_path)
    full_id = store.resolve_claim_id(claim_id)
    events = store.history(full_id)
    if not events:
        click.echo(f"{full_id}: no changes yet")
    for event in events:
        click.echo(plain(format_event(event)))
    store.close()


@cli.command()
@click.argument("destination", type=click.Path(dir_okay=False, path_type=Path))
@db_option
def backup(destination: Path, db_path: Path) -> None:
    """Copy the database with SQLite's online backup (safe while others write).

    Example: workbench backup claims-2026-11-23.db
    """
    store = open_store(db_path)
    store.backup(destination)
    click.echo(f"backed up {db_path} to {destination}")
    store.close()


@cli.command("import")
@click.argument("export_file", type=click.Path(dir_okay=False, path_type=Path))
@db_option
def import_(export_file: Path, db_path: Path) -> None:
    """Merge a JSON export (another reviewer's copy) into the database.

    Documents are matched by sha256, claims by identity; history is merged;
    a claim both copies decided differently keeps this database's decision and
    is reported as a conflict. All or nothing: a bad file changes nothing.

    Example: workbench import colleague.json --db claims.db
    """
    from workbench.merge import import_export, read_export

    data = read_export(export_file)
    store = open_store(db_path, must_exist=False)
    report = import_export(store, data)
    store.close()
    for conflict in report.conflicts:
        click.echo(f"conflict: {plain(conflict)}", err=True)
    click.echo(report.line())


@cli.command("eval")
@click.argument("docs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of gold *.jsonl annotations.",
)
@click.option("--show", default=0, help="List this many misses and spurious mentions.")
def evaluate(docs: tuple[Path, ...], gold_dir: Path, show: int) -> None:
    """Score the extractor against gold annotations (precision, recall, F1, values).

    With a findings/ folder of gold relations beside the gold mentions, also
    scores the consistency checks (precision and recall of findings).

    Example: workbench eval workbench/samples --gold tests/gold --show 20
    """
    from workbench.analysis.evaluate import report as findings_report
    from workbench.evaluate import main as run_eval

    paths: list[Path] = []
    for doc in docs:
        paths.extend(sorted(doc.rglob("*.txt")) if doc.is_dir() else [doc])
    code = run_eval(paths, gold_dir, show)
    if (gold_dir / "findings").is_dir():
        click.echo("")
        findings_report(paths, gold_dir / "findings", show=show, echo=click.echo)
    sys.exit(code)


# -- evidence: sources attached to claims, fetched and rechecked -------------------

STANCE_NAMES = ["supports", "refutes", "context"]


@cli.group(cls=click.Group)
def evidence() -> None:
    """Attach sources (web pages, PDFs, local files) to claims, and list them.

    Example: workbench evidence add c1a2b3 https://example.org/report.html --stance supports
    """


@evidence.command("add")
@click.argument("claim_id")
@click.argument("source")
@click.option(
    "--stance",
    type=click.Choice(STANCE_NAMES),
    default="context",
    show_default=True,
    help="What the source says about the claim.",
)
@click.option("--quote", default="", help="The passage of the source that matters.")
@click.option("--note", default="", help="A note for the other reviewers.")
@reviewer_option
@db_option
def evidence_add(
    claim_id: str,
    source: str,
    stance: str,
    quote: str,
    note: str,
    reviewer: str | None,
    db_path: Path,
) -> None:
    """Fetch a URL (or read a local file), keep its text, find the claim's numbers in it.

    A source that cannot be fetched is still attached, with the failure noted;
    `workbench recheck` tries it again.

    Example: workbench evidence add c1a2b3 https://example.org/report.pdf --stance supports
    """
    from workbench.evidence import attach_evidence_sync

    store = open_store(db_path)
    try:
        item = attach_evidence_sync(
            store,
            store.resolve_claim_id(claim_id),
            source,
            stance=stance,
            quote=quote,
            note=note,
            reviewer=reviewer_name(reviewer),
        )
    finally:
        store.close()
    console = Console(highlight=False)
    _print_evidence(console, item, matches=8)
    if item.error:
        click.echo(
            f"warning: attached as {item.id}, but {plain(one_line(item.error, 200))}", err=True
        )


@evidence.command("list")
@click.argument("claim_id")
@db_option
def evidence_list(claim_id: str, db_path: Path) -> None:
    """List a claim's evidence: stance, fetch, the numbers found, the last recheck.

    Example: workbench evidence list c1a2b3
    """
    store = open_store(db_path)
    try:
        full_id = store.resolve_claim_id(claim_id)
        items = store.evidence_for([full_id])[full_id]
        latest = store.latest_fetches([e.id for e in items])
    finally:
        store.close()
    console = Console(highlight=False)
    if not items:
        console.print(safe_text(f"{full_id}: no evidence yet"))
    for item in items:
        _print_evidence(console, item, matches=3, latest=latest.get(item.id))
        console.print()


def _print_evidence(
    console: Console, item: Any, *, matches: int, latest: dict[str, Any] | None = None
) -> None:
    from rich.text import Text

    suggested = (
        f" (numbers suggest: {item.suggested_stance.value})" if item.suggested_stance else ""
    )
    fetched = f"HTTP {item.http_status}" if item.http_status else "local file"
    if item.error and not item.sha256:
        fetched = f"{fetched}, failed" if item.http_status else "failed"
    size = f"{len(item.snapshot):,} characters kept" if item.snapshot else "no text kept"
    console.print(
        safe_text(f"{item.id}  ", "bold"),
        safe_text(f"[{item.stance.value}]{suggested}  {fetched}  {item.content_type}  {size}"),
        sep="",
    )
    lines = [
        ("title", item.title),
        ("url", item.url),
        ("final url", item.final_url if item.final_url != item.url else ""),
        ("author", item.author),
        ("publisher", item.publisher),
        ("published", item.published),
        ("fetched", f"{item.fetched_at}  sha256 {item.sha256[:16]}" if item.sha256 else ""),
        ("quote", item.quote),
        ("note", item.note),
        ("error", item.error),
    ]
    if latest and latest.get("fetches", 1) > 1:
        state = (
            "changed since the snapshot"
            if latest.get("sha256") and latest["sha256"] != item.sha256
            else "same as the snapshot"
        )
        if latest.get("error"):
            state = latest["error"]
        lines.append(("rechecked", f"{latest.get('fetched_at')}: {state}"))
    for label, value in lines:
        if value:
            console.print(
                safe_text(f"{label:>11}: ", "bold"), safe_text(one_line(value, 160)), sep=""
            )
    if not item.matches:
        if item.snapshot:
            console.print(safe_text("    numbers: none of the claim's numbers found in the source"))
        return
    counts = {
        r: sum(1 for m in item.matches if m.get("relation") == r)
        for r in ("same", "close", "different")
    }
    console.print(
        safe_text(
            f"    numbers: {counts['same']} same, {counts['close']} close,"
            f" {counts['different']} different"
        )
    )
    for match in item.matches[:matches]:
        passage = plain(match.get("passage", "")).replace("\n", " ").replace("\t", " ")
        start, end = int(match.get("start", 0)), int(match.get("end", 0))
        line = Text(
            f"    {match.get('relation', ''):<9} {plain(match.get('quantity_text', ''))} ≈ "
        )
        line.append(plain(match.get("found_text", "")), style="bold")
        line.append(": …")
        excerpt_start = max(0, start - 60)
        excerpt = Text(passage[excerpt_start : end + 60])
        excerpt.stylize("bold underline", start - excerpt_start, end - excerpt_start)
        line.append_text(excerpt)
        line.append("…")
        console.print(line)


@cli.command("recheck")
@click.option(
    "--concurrency",
    default=20,
    show_default=True,
    type=click.IntRange(1, 500),
    help="Links fetched at once.",
)
@reviewer_option
@db_option
def recheck_command(concurrency: int, reviewer: str | None, db_path: Path) -> None:
    """Fetch every evidence link again: report dead links and changed pages.

    Each result is recorded in the claim's history; the snapshot the reviewer
    judged is kept.

    Example: workbench recheck --concurrency 20
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from workbench.evidence import recheck_sync

    store = open_store(db_path)
    total = len(store.all_evidence())
    err = Console(stderr=True, highlight=False)
    progress = Progress(
        TextColumn("rechecking"), BarColumn(), MofNCompleteColumn(), console=err, transient=True
    )
    task = progress.add_task("", total=total)
    reported: list[Any] = []

    def on_result(result: Any) -> None:
        progress.advance(task)
        if result.outcome != "unchanged":
            reported.append(result)

    try:
        with progress:
            results = recheck_sync(
                store,
                reviewer=reviewer_name(reviewer),
                concurrency=concurrency,
                on_result=on_result,
            )
    finally:
        store.close()
    for result in sorted(reported, key=lambda r: (r.outcome, r.evidence.url)):
        detail = f": {result.detail}" if result.detail else ""
        click.echo(
            f"{result.outcome:<10} {result.evidence.id} (claim {result.evidence.claim_id})"
            f"  {plain(one_line(result.evidence.url, 120))}{plain(one_line(detail, 200))}"
        )
    counts = {
        o: sum(1 for r in results if r.outcome == o)
        for o in ("unchanged", "changed", "dead", "unreadable", "fetched")
    }
    click.echo(
        f"rechecked {len(results)} link(s): "
        + ", ".join(f"{n} {o}" for o, n in counts.items() if n or o in ("unchanged", "dead"))
    )


# -- analysis: the numbers checked against each other ------------------------------


@cli.command("analyse")
@click.option("--json", "as_json", is_flag=True, help="Print every finding as JSON (one per line).")
@db_option
def analyse_command(as_json: bool, db_path: Path) -> None:
    """Re-run every consistency check; print a summary and the inconsistent findings.

    Checks shares, gaps, changes, growth rates, complements, sums, products and
    repeated figures within each document, evidence matches against their
    claims, and figures shared or contradicted across documents. Findings are
    stored (replacing earlier ones); no claim's status is changed.

    Example: workbench analyse --db claims.db
    """
    from workbench.analysis.run import run_analysis

    store = open_store(db_path)
    summary = run_analysis(store)
    store.close()
    if as_json:
        for finding in summary.findings:
            click.echo(json.dumps(finding.model_dump(mode="json"), ensure_ascii=False))
        return
    counts = summary.counts()
    parts = [f"{kind} {ok}/{ok + bad}" for kind, (ok, bad) in sorted(counts.items())]
    click.echo(
        f"analysed {summary.documents} document(s): {len(summary.findings)} finding(s),"
        f" {len(summary.inconsistent)} inconsistent"
        + (f" (consistent/all: {', '.join(parts)})" if parts else "")
    )
    for finding in summary.inconsistent:
        claims = ",".join(c[:8] for c in finding.claims)
        click.echo(f"✗ {finding.kind:<14} {plain(one_line(finding.explanation))}  [{claims}]")


def main() -> None:
    """Entry point of the `workbench` console script."""
    cli()


if __name__ == "__main__":
    main()
