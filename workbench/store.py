"""The one door to claims.db: schema, migrations, queries, versioned writes, history.

No other module speaks SQL. Each thread gets its own connection (SQLite
connections belong to their thread); every write runs in one short
`BEGIN IMMEDIATE` transaction; every change a reviewer makes is an
append-only event; a write based on a stale read raises ConflictError.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils import Migrations

from workbench.errors import ConflictError, InputError, NotFoundError, StoreError
from workbench.models import (
    EDITABLE_FIELDS,
    SORT_COLUMNS,
    Claim,
    ClaimFilter,
    Document,
    Event,
    Evidence,
    Finding,
    Quantity,
    Stance,
    Status,
    utc_now,
)

#: How long a write waits for another process's transaction ($WORKBENCH_BUSY_TIMEOUT).
BUSY_TIMEOUT_SECONDS = float(os.environ.get("WORKBENCH_BUSY_TIMEOUT", "10"))
#: Snapshots longer than this are stored zlib-compressed.
COMPRESS_ABOVE = 32 * 1024

migrations = Migrations("workbench")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    """Documents, claims, quantities, evidence, snapshots, events and the FTS index."""
    db["documents"].create(
        {
            "id": str,
            "title": str,
            "source": str,
            "format": str,
            "language": str,
            "encoding": str,
            "sha256": str,
            "text": str,
            "ingested_at": str,
        },
        pk="id",
    )
    db["documents"].create_index(["sha256"])
    db["claims"].create(
        {
            "id": str,
            "document_id": str,
            "text": str,
            "sentence": str,
            "sentence_start": int,
            "start": int,
            "end": int,
            "section": str,
            "attribution": str,
            "period": str,
            "status": str,
            "priority": float,
            "priority_factors": str,
            "assignee": str,
            "tags": str,
            "note": str,
            "duplicate_of": str,
            "retired": int,
            "evidence_count": int,
            "updated_by": str,
            "version": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
        not_null={"document_id", "text", "status", "version"},
    )
    for columns in (
        ["document_id", "start"],
        ["status"],
        ["priority", "id"],
        ["duplicate_of"],
        ["assignee"],
        ["evidence_count"],
        ["updated_at"],
    ):
        db["claims"].create_index(columns)
    db["quantities"].create(
        {
            "claim_id": str,
            "position": int,
            "text": str,
            "value": float,
            "unit": str,
            "kind": str,
            "approx": int,
            "bound": str,
            "start": int,
            "end": int,
        },
        pk=("claim_id", "position"),
        foreign_keys=[("claim_id", "claims", "id")],
    )
    db["evidence"].create(
        {
            "id": str,
            "claim_id": str,
            "url": str,
            "title": str,
            "quote": str,
            "stance": str,
            "note": str,
            "added_by": str,
            "added_at": str,
            "final_url": str,
            "http_status": int,
            "content_type": str,
            "fetched_at": str,
            "sha256": str,
            "snapshot": str,
            "snapshot_zlib": bytes,
            "author": str,
            "publisher": str,
            "published": str,
            "error": str,
            "matches": str,
            "suggested_stance": str,
            "removed": int,
        },
        pk="id",
        foreign_keys=[("claim_id", "claims", "id")],
    )
    db["evidence"].create_index(["claim_id"])
    db["snapshots"].create(
        {
            "id": int,
            "evidence_id": str,
            "fetched_at": str,
            "final_url": str,
            "http_status": int,
            "content_type": str,
            "sha256": str,
            "text": str,
            "text_zlib": bytes,
            "error": str,
        },
        pk="id",
        foreign_keys=[("evidence_id", "evidence", "id")],
    )
    db["snapshots"].create_index(["evidence_id"])
    db.execute(
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            claim_id TEXT NOT NULL REFERENCES claims(id),
            reviewer TEXT NOT NULL,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            field TEXT,
            before TEXT,
            after TEXT,
            undoes INTEGER REFERENCES events(id)
        )
        """
    )
    db["events"].create_index(["claim_id", "id"])
    # History that cannot lie: the database itself refuses to rewrite it.
    db.execute(
        "CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events "
        "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events "
        "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"
    )
    # Trigram tokens find substrings of Chinese text, which has no spaces between words.
    db["claims"].enable_fts(["text", "sentence"], tokenize="trigram", create_triggers=True)


@migrations()
def m002_findings(db: sqlite_utils.Database) -> None:
    """Findings: consistency checks that link claims (analysis)."""
    db["findings"].create(
        {
            "id": str,
            "kind": str,
            "document_id": str,
            "claims": str,
            "stated": float,
            "computed": float,
            "consistent": int,
            "tolerance": float,
            "explanation": str,
            "details": str,
        },
        pk="id",
    )
    db["findings"].create_index(["document_id"])
    db["findings"].create_index(["consistent"])


SCHEMA_VERSION = len(migrations._migrations)


@dataclass
class IngestOutcome:
    """What storing one document did."""

    document: Document
    status: str  # "new", "unchanged", "updated"
    added: int = 0
    kept: int = 0
    removed: int = 0
    retired: int = 0
    same_as: str = ""


@dataclass
class ClaimPage:
    """One page of claims and the key to ask for the next one."""

    claims: list[Claim]
    next_after: tuple[Any, ...] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def reviewer_name(explicit: str | None = None) -> str:
    """Who is making changes: --reviewer, else $WORKBENCH_REVIEWER, else the OS user."""
    import getpass
    import os

    if explicit:
        return explicit
    if os.environ.get("WORKBENCH_REVIEWER"):
        return os.environ["WORKBENCH_REVIEWER"]
    try:
        return getpass.getuser()
    except Exception:  # no user name on this system (some containers)
        return "unknown"


class Store:
    """claims.db: open (creating and migrating it if needed) and read or change it."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(f"{self.path}: no such database")
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a folder, not a database file")
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._migrate()

    # -- connections and transactions ------------------------------------

    @property
    def db(self) -> sqlite_utils.Database:
        """This thread's connection, opened on first use."""
        db = getattr(self._local, "db", None)
        if db is None:
            try:
                conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS)
                conn.execute("PRAGMA foreign_keys = ON")
                conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
            except sqlite3.Error as error:
                raise self._store_error(error) from None
            db = sqlite_utils.Database(conn)
            self._local.db = db
            with self._lock:
                self._connections.append(conn)
        return db

    def close(self) -> None:
        """Close every connection this store opened."""
        with self._lock:
            for conn in self._connections:
                try:
                    conn.close()
                except sqlite3.Error:
                    pass
            self._connections.clear()
        self._local = threading.local()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> Any:
        """A write transaction spanning several store calls (all or nothing)."""
        return self._write()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction; rolled back whole on any error. Nests."""
        conn = self.db.conn
        if conn.in_transaction:
            yield conn
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise self._store_error(error) from None
        try:
            yield conn
        except sqlite3.Error as error:
            conn.rollback()
            raise self._store_error(error) from None
        except BaseException:
            conn.rollback()
            raise
        try:
            conn.commit()
        except sqlite3.Error as error:
            conn.rollback()
            raise self._store_error(error) from None

    def _store_error(self, error: sqlite3.Error) -> StoreError:
        text = str(error)
        if "file is not a database" in text:
            return StoreError(f"{self.path}: not a workbench database (the file is not SQLite)")
        if "readonly" in text or "read-only" in text:
            return StoreError(f"{self.path}: the database is read-only")
        if "locked" in text or "busy" in text:
            return StoreError(f"{self.path}: the database is locked by another process; try again")
        if "full" in text:
            return StoreError(f"{self.path}: the disk or database is full; nothing was written")
        if "unable to open" in text:
            return StoreError(f"{self.path}: cannot open the database file")
        return StoreError(f"{self.path}: database error: {text}")

    def _migrate(self) -> None:
        try:
            db = self.db
            if not self._is_wal():
                db.execute("PRAGMA journal_mode = WAL")
            pending = migrations.pending(db)
            if pending:
                if db.table_names() and any(t in db.table_names() for t in ("claims", "documents")):
                    self.backup(self._backup_path_for_migration())
                migrations.apply(db)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.Error as error:
            raise self._store_error(error) from None

    def _is_wal(self) -> bool:
        return self.db.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"

    def _backup_path_for_migration(self) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        return self.path.with_name(f"{self.path.name}.v{self.schema_version}-{stamp}.bak")

    @property
    def schema_version(self) -> int:
        """How many schema migrations this database has had."""
        return len(migrations.applied(self.db))

    def backup(self, destination: str | Path) -> Path:
        """Copy the database to `destination` with SQLite's online backup (safe during writes)."""
        destination = Path(destination)
        if destination.exists():
            raise InputError(f"{destination}: already exists; choose another backup file")
        try:
            target = sqlite3.connect(destination)
            with target:
                self.db.conn.backup(target)
            target.close()
        except sqlite3.Error as error:
            raise StoreError(f"{destination}: backup failed: {error}") from None
        return destination

    def integrity_check(self) -> str:
        """SQLite's verdict on the file: 'ok' or what is wrong."""
        return self.db.execute("PRAGMA integrity_check").fetchone()[0]

    # -- documents ---------------------------------------------------------

    def get_document(self, document_id: str) -> Document:
        """The document with this id; NotFoundError if there is none."""
        row = self._row("SELECT * FROM documents WHERE id = ?", [document_id])
        if row is None:
            raise NotFoundError(f"no document {document_id!r}")
        return _document_from_row(row)

    def documents(self) -> list[Document]:
        """Every document, by title."""
        rows = self._rows("SELECT * FROM documents ORDER BY title, id")
        return [_document_from_row(row) for row in rows]

    def document_summaries(self) -> list[dict[str, Any]]:
        """Each document's id, title, source and claim count, without its text."""
        return self._rows(
            "SELECT d.id, d.title, d.source, d.language, d.sha256, d.ingested_at,"
            " (SELECT count(*) FROM claims c WHERE c.document_id = d.id AND c.retired = 0)"
            " AS claims FROM documents d ORDER BY d.title, d.id"
        )

    def document_with_sha256(self, sha256: str) -> Document | None:
        """A stored document read from exactly these bytes, if any."""
        row = self._row("SELECT * FROM documents WHERE sha256 = ? LIMIT 1", [sha256])
        return _document_from_row(row) if row else None

    def save_document(
        self, document: Document, claims: Sequence[Claim], *, force: bool = False
    ) -> IngestOutcome:
        """Store a document and its extracted claims, keeping all review work.

        Unchanged bytes change nothing (unless `force`, which re-extracts). A
        changed version keeps the review fields, evidence and history of every
        claim whose id (document, text, occurrence) is unchanged; claims that
        disappeared are deleted if nobody touched them, else kept as retired.
        """
        same = self.document_with_sha256(document.sha256)
        if same is not None and not force:
            return IngestOutcome(
                same, "unchanged", same_as=same.source if same.id != document.id else ""
            )
        with self._write() as conn:
            existing = self._row("SELECT id FROM documents WHERE id = ?", [document.id])
            row = document.model_dump(mode="json")
            if existing:
                conn.execute(
                    "UPDATE documents SET title=?, source=?, format=?, language=?, encoding=?,"
                    " sha256=?, text=?, ingested_at=? WHERE id=?",
                    [
                        row["title"],
                        row["source"],
                        row["format"],
                        row["language"],
                        row["encoding"],
                        row["sha256"],
                        row["text"],
                        row["ingested_at"],
                        row["id"],
                    ],
                )
            else:
                self.db["documents"].insert(row)
            outcome = IngestOutcome(document, "updated" if existing else "new")
            old = {
                r["id"]: r
                for r in self._rows(
                    "SELECT id, version, evidence_count, status, note, assignee, tags"
                    " FROM claims WHERE document_id = ?",
                    [document.id],
                )
            }
            touched = {
                r["claim_id"]
                for r in self._rows(
                    "SELECT DISTINCT e.claim_id FROM events e JOIN claims c ON c.id = e.claim_id"
                    " WHERE c.document_id = ?",
                    [document.id],
                )
            }
            new_ids = {claim.id for claim in claims}
            for claim in claims:
                if claim.id in old:
                    self._refresh_extracted(conn, claim)
                    outcome.kept += 1
                else:
                    self._insert_claim(conn, claim)
                    outcome.added += 1
            for claim_id, row_old in old.items():
                if claim_id in new_ids:
                    continue
                if claim_id in touched or row_old["evidence_count"]:
                    conn.execute(
                        "UPDATE claims SET retired = 1, duplicate_of = NULL WHERE id = ?",
                        [claim_id],
                    )
                    conn.execute("DELETE FROM quantities WHERE claim_id = ?", [claim_id])
                    outcome.retired += 1
                else:
                    conn.execute(
                        "UPDATE claims SET duplicate_of = NULL WHERE duplicate_of = ?", [claim_id]
                    )
                    conn.execute("DELETE FROM quantities WHERE claim_id = ?", [claim_id])
                    conn.execute("DELETE FROM claims WHERE id = ?", [claim_id])
                    outcome.removed += 1
        return outcome

    def _insert_claim(self, conn: sqlite3.Connection, claim: Claim) -> None:
        row = _claim_row(claim)
        columns = ", ".join(f'"{c}"' for c in row)
        conn.execute(
            f"INSERT INTO claims ({columns}) VALUES ({', '.join('?' for _ in row)})",
            list(row.values()),
        )
        self._insert_quantities(conn, claim)

    def _insert_quantities(self, conn: sqlite3.Connection, claim: Claim) -> None:
        conn.executemany(
            'INSERT INTO quantities (claim_id, position, text, value, unit, kind, approx, bound, "start", "end")'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    claim.id,
                    position,
                    q.text,
                    q.value,
                    q.unit,
                    q.kind.value,
                    int(q.approx),
                    q.bound.value if q.bound else None,
                    q.start,
                    q.end,
                )
                for position, q in enumerate(claim.quantities)
            ],
        )

    def _refresh_extracted(self, conn: sqlite3.Connection, claim: Claim) -> None:
        """Update what extraction decides about a kept claim; review fields stay."""
        conn.execute(
            'UPDATE claims SET text=?, sentence=?, sentence_start=?, "start"=?, "end"=?,'
            " section=?, attribution=?, period=?, priority=?, priority_factors=?,"
            " duplicate_of=?, retired=0 WHERE id=?",
            [
                claim.text,
                claim.sentence,
                claim.sentence_start,
                claim.start,
                claim.end,
                claim.section,
                claim.attribution,
                claim.period,
                claim.priority,
                json.dumps(claim.priority_factors, ensure_ascii=False),
                claim.duplicate_of,
                claim.id,
            ],
        )
        conn.execute("DELETE FROM quantities WHERE claim_id = ?", [claim.id])
        self._insert_quantities(conn, claim)

    # -- claims: reading -----------------------------------------------------

    def get_claim(self, claim_id: str) -> Claim:
        """The claim with this id, with its quantities; NotFoundError if there is none."""
        row = self._row("SELECT * FROM claims WHERE id = ?", [claim_id])
        if row is None:
            raise NotFoundError(f"no claim {claim_id!r}")
        return self._claims_from_rows([row])[0]

    def resolve_claim_id(self, prefix: str) -> str:
        """The full id of the one claim whose id starts with `prefix`."""
        rows = self._rows("SELECT id FROM claims WHERE id LIKE ? LIMIT 2", [prefix + "%"])
        if not rows:
            raise NotFoundError(f"no claim {prefix!r}")
        if len(rows) > 1:
            raise InputError(f"claim id {prefix!r} is ambiguous; give more characters")
        return rows[0]["id"]

    def claims(
        self,
        claim_filter: ClaimFilter | None = None,
        *,
        sort: str = "priority",
        descending: bool = True,
        limit: int | None = None,
        after: tuple[Any, ...] | None = None,
    ) -> list[Claim]:
        """Claims matching the filter, sorted, at most `limit` of them, after a keyset key."""
        return self.claim_page(
            claim_filter, sort=sort, descending=descending, limit=limit, after=after
        ).claims

    def claim_page(
        self,
        claim_filter: ClaimFilter | None = None,
        *,
        sort: str = "priority",
        descending: bool = True,
        limit: int | None = 200,
        after: tuple[Any, ...] | None = None,
    ) -> ClaimPage:
        """One keyset-paged window of claims: never reads more rows than it returns.

        `after` is the `next_after` of the previous page (an opaque key).
        """
        where, params = self._where(claim_filter or ClaimFilter())
        columns = [*_sort_columns(sort), "claims.id"]
        direction = "DESC" if descending else "ASC"
        if after is not None:
            comparison = "<" if descending else ">"
            where.append(f"({', '.join(columns)}) {comparison} ({', '.join('?' for _ in columns)})")
            params.extend(after)
        sql = "SELECT claims.* FROM claims"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY " + ", ".join(f"{c} {direction}" for c in columns)
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = self._rows(sql, params)
        claims = self._claims_from_rows(rows)
        next_after = None
        if claims and limit is not None and len(claims) == limit:
            last = rows[-1]
            next_after = tuple(last[c.split(".", 1)[1].strip('"')] for c in columns)
        return ClaimPage(claims, next_after)

    def iter_claims(
        self, claim_filter: ClaimFilter | None = None, *, batch: int = 500, sort: str = "position"
    ) -> Iterator[Claim]:
        """Every matching claim, in pages of `batch`, without holding them all in memory."""
        after = None
        while True:
            page = self.claim_page(
                claim_filter, sort=sort, descending=False, limit=batch, after=after
            )
            yield from page.claims
            if page.next_after is None:
                return
            after = page.next_after

    def count_claims(self, claim_filter: ClaimFilter | None = None) -> int:
        """How many claims match the filter."""
        where, params = self._where(claim_filter or ClaimFilter())
        sql = "SELECT count(*) FROM claims" + (" WHERE " + " AND ".join(where) if where else "")
        return self.db.execute(sql, params).fetchone()[0]

    def status_counts(self, claim_filter: ClaimFilter | None = None) -> dict[Status, int]:
        """How many matching claims have each status (the status filter itself ignored)."""
        base = (claim_filter or ClaimFilter()).model_copy(update={"statuses": []})
        where, params = self._where(base)
        sql = "SELECT status, count(*) FROM claims"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " GROUP BY status"
        counts = {status: 0 for status in Status}
        for status, count in self.db.execute(sql, params).fetchall():
            counts[Status(status)] = count
        return counts

    def distinct_values(self, column: str) -> list[str]:
        """The distinct non-empty values of a filterable claim column (for filter menus)."""
        if column == "tag":
            rows = self.db.execute(
                "SELECT DISTINCT value FROM claims, json_each(claims.tags) ORDER BY value"
            ).fetchall()
            return [r[0] for r in rows]
        if column not in {"section", "attribution", "assignee", "document_id"}:
            raise InputError(f"cannot list values of {column!r}")
        rows = self.db.execute(
            f"SELECT DISTINCT {column} FROM claims WHERE coalesce({column}, '') != ''"
            f" AND retired = 0 ORDER BY {column}"
        ).fetchall()
        return [r[0] for r in rows]

    def duplicates_of(self, claim_id: str) -> list[Claim]:
        """Claims linked to this one as the same figure stated again (both directions)."""
        claim = self.get_claim(claim_id)
        root = claim.duplicate_of or claim.id
        rows = self._rows(
            "SELECT * FROM claims WHERE (id = ? OR duplicate_of = ?) AND id != ?"
            " ORDER BY document_id, start",
            [root, root, claim_id],
        )
        return self._claims_from_rows(rows)

    def _where(self, f: ClaimFilter) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if not f.include_retired:
            where.append("claims.retired = 0")
        if f.statuses:
            where.append(f"claims.status IN ({', '.join('?' for _ in f.statuses)})")
            params.extend(s.value for s in f.statuses)
        for column in ("document_id", "section", "attribution", "assignee"):
            value = getattr(f, column)
            if value is not None:
                where.append(f"claims.{column} = ?")
                params.append(value)
        if f.tag is not None:
            where.append("EXISTS (SELECT 1 FROM json_each(claims.tags) WHERE value = ?)")
            params.append(f.tag)
        if f.has_evidence is True:
            where.append("claims.evidence_count > 0")
        elif f.has_evidence is False:
            where.append("claims.evidence_count = 0")
        if f.hide_duplicates:
            where.append("claims.duplicate_of IS NULL")
        if f.inconsistent is not None:
            flagged = (
                "claims.id IN (SELECT value FROM findings, json_each(findings.claims)"
                " WHERE findings.consistent = 0)"
            )
            where.append(flagged if f.inconsistent else f"NOT {flagged}")
        search = f.search.strip()
        if search:
            if len(search) >= 3:
                # A quoted FTS5 phrase: the user's text is never parsed as a query.
                phrase = '"' + search.replace('"', '""') + '"'
                where.append(
                    "claims.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)"
                )
                params.append(phrase)
            else:
                where.append(
                    "(claims.text LIKE ? ESCAPE '\\' OR claims.sentence LIKE ? ESCAPE '\\')"
                )
                pattern = (
                    "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                )
                params.extend([pattern, pattern])
        return where, params

    def _claims_from_rows(self, rows: list[dict[str, Any]]) -> list[Claim]:
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        quantities: dict[str, list[Quantity]] = {i: [] for i in ids}
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            for q in self._rows(
                f"SELECT * FROM quantities WHERE claim_id IN ({', '.join('?' for _ in chunk)})"
                " ORDER BY claim_id, position",
                chunk,
            ):
                quantities[q["claim_id"]].append(
                    Quantity(
                        text=q["text"],
                        value=q["value"],
                        unit=q["unit"] or "",
                        kind=q["kind"],
                        approx=bool(q["approx"]),
                        bound=q["bound"] or None,
                        start=q["start"],
                        end=q["end"],
                    )
                )
        return [_claim_from_row(r, quantities[r["id"]]) for r in rows]

    # -- claims: changing ----------------------------------------------------

    def update_claim(
        self,
        claim_id: str,
        changes: dict[str, Any],
        *,
        reviewer: str,
        expected_version: int | None = None,
        action: str = "edit",
    ) -> Claim:
        """Apply a reviewer's changes (status, note, assignee, tags) as one versioned write.

        Each changed field is recorded as an event with before and after. With
        `expected_version`, a claim changed since that version is not touched:
        ConflictError carries the current claim.
        """
        unknown = set(changes) - EDITABLE_FIELDS
        if unknown:
            raise InputError(f"cannot change {', '.join(sorted(unknown))} of a claim")
        changes = _validated_changes(changes)
        with self._write():
            current = self.get_claim(claim_id)
            if expected_version is not None and current.version != expected_version:
                raise ConflictError(
                    f"claim {claim_id} was changed by {current.updated_by or 'someone else'}"
                    f" at {current.updated_at} (version {current.version}, you had"
                    f" {expected_version}); nothing was overwritten",
                    current=current,
                )
            diffs = {
                name: value
                for name, value in changes.items()
                if _plain(getattr(current, name)) != _plain(value)
            }
            if not diffs:
                return current
            self._apply(current, diffs, reviewer=reviewer, action=action)
            return self.get_claim(claim_id)

    def _apply(
        self,
        current: Claim,
        diffs: dict[str, Any],
        *,
        reviewer: str,
        action: str,
        undoes: int | None = None,
    ) -> None:
        now = utc_now()
        assignments = ", ".join(f"{name} = ?" for name in diffs)
        values = [_column_value(name, value) for name, value in diffs.items()]
        cursor = self.db.conn.execute(
            f"UPDATE claims SET {assignments}, version = version + 1, updated_at = ?,"
            " updated_by = ? WHERE id = ? AND version = ?",
            [*values, now, reviewer, current.id, current.version],
        )
        if cursor.rowcount != 1:
            raise ConflictError(f"claim {current.id} changed while it was being saved; try again")
        for name, value in diffs.items():
            self._record(
                current.id,
                reviewer,
                action=action,
                field=name,
                before=_plain(getattr(current, name)),
                after=_plain(value),
                at=now,
                undoes=undoes,
            )

    def _record(
        self,
        claim_id: str,
        reviewer: str,
        *,
        action: str,
        field: str = "",
        before: Any = None,
        after: Any = None,
        at: str | None = None,
        undoes: int | None = None,
    ) -> int:
        cursor = self.db.conn.execute(
            "INSERT INTO events (claim_id, reviewer, at, action, field, before, after, undoes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                claim_id,
                reviewer,
                at or utc_now(),
                action,
                field,
                json.dumps(before, ensure_ascii=False),
                json.dumps(after, ensure_ascii=False),
                undoes,
            ],
        )
        return int(cursor.lastrowid or 0)

    def set_status(
        self,
        claim_id: str,
        status: Status | str,
        *,
        reviewer: str,
        note: str | None = None,
        expected_version: int | None = None,
    ) -> Claim:
        """Set a claim's status (and optionally its note): the call the CLI and TUI share."""
        try:
            status = Status(status)
        except ValueError:
            allowed = ", ".join(s.value for s in Status)
            raise InputError(f"unknown status {status!r}; use one of: {allowed}") from None
        changes: dict[str, Any] = {"status": status}
        if note is not None:
            changes["note"] = note
        return self.update_claim(
            claim_id, changes, reviewer=reviewer, expected_version=expected_version
        )

    def bulk_update(
        self,
        claim_ids: Sequence[str],
        changes: dict[str, Any],
        *,
        reviewer: str,
        expected_versions: dict[str, int] | None = None,
    ) -> list[Claim]:
        """Apply the same change to several claims in one transaction.

        With `expected_versions`, all or nothing: if any claim changed since the
        version given for it, ConflictError and no claim is touched.
        """
        changes = _validated_changes(changes)
        updated: list[Claim] = []
        with self._write():
            for claim_id in claim_ids:
                expected = (expected_versions or {}).get(claim_id)
                updated.append(
                    self.update_claim(
                        claim_id,
                        changes,
                        reviewer=reviewer,
                        action="bulk",
                        expected_version=expected,
                    )
                )
        return updated

    def undo(self, event_id: int, *, reviewer: str) -> Claim:
        """Revert one change as a new event; refused if the field changed again since."""
        row = self._row("SELECT * FROM events WHERE id = ?", [event_id])
        if row is None:
            raise NotFoundError(f"no event {event_id}")
        event = _event_from_row(row)
        if event.action == "evidence_add":
            return self._undo_evidence_add(event, reviewer=reviewer)
        if event.field not in EDITABLE_FIELDS:
            raise InputError(f"event {event_id} ({event.action}) cannot be undone")
        with self._write():
            current = self.get_claim(event.claim_id)
            if _plain(getattr(current, event.field)) != event.after:
                raise ConflictError(
                    f"claim {event.claim_id}: {event.field} was changed again since"
                    f" (now {_plain(getattr(current, event.field))!r}); nothing was undone",
                    current=current,
                )
            self._apply(
                current,
                _validated_changes({event.field: event.before}),
                reviewer=reviewer,
                action="undo",
                undoes=event_id,
            )
            return self.get_claim(event.claim_id)

    def _undo_evidence_add(self, event: Event, *, reviewer: str) -> Claim:
        """Detach evidence that an event attached, as an undo event."""
        evidence_id = (event.after or {}).get("id", "")
        with self._write() as conn:
            evidence = self.get_evidence(evidence_id)
            if evidence.removed:
                raise ConflictError(
                    f"evidence {evidence_id} was already removed; nothing was undone",
                    current=self.get_claim(event.claim_id),
                )
            self._detach_evidence(conn, evidence, reviewer)
            self._record(
                event.claim_id,
                reviewer,
                action="undo",
                field="evidence",
                before=event.after,
                after=None,
                undoes=event.id,
            )
            return self.get_claim(event.claim_id)

    def last_undoable_event(self, claim_id: str | None = None, *, reviewer: str) -> Event | None:
        """This reviewer's most recent change that has not been undone yet."""
        sql = (
            "SELECT * FROM events e WHERE e.reviewer = ? AND e.action != 'undo'"
            " AND (e.field IN ('status', 'note', 'assignee', 'tags')"
            "      OR e.action = 'evidence_add')"
            " AND NOT EXISTS (SELECT 1 FROM events u WHERE u.undoes = e.id)"
        )
        params: list[Any] = [reviewer]
        if claim_id:
            sql += " AND e.claim_id = ?"
            params.append(claim_id)
        row = self._row(sql + " ORDER BY e.id DESC LIMIT 1", params)
        return _event_from_row(row) if row else None

    # -- history ---------------------------------------------------------------

    def history(self, claim_id: str) -> list[Event]:
        """Every event of a claim, oldest first."""
        rows = self._rows("SELECT * FROM events WHERE claim_id = ? ORDER BY id", [claim_id])
        return [_event_from_row(r) for r in rows]

    def histories_for(self, claim_ids: Sequence[str]) -> dict[str, list[Event]]:
        """The history of each of these claims, oldest event first."""
        found: dict[str, list[Event]] = {i: [] for i in claim_ids}
        for start in range(0, len(claim_ids), 500):
            chunk = list(claim_ids[start : start + 500])
            for row in self._rows(
                f"SELECT * FROM events WHERE claim_id IN ({', '.join('?' for _ in chunk)})"
                " ORDER BY id",
                chunk,
            ):
                found[row["claim_id"]].append(_event_from_row(row))
        return found

    def events_since(self, event_id: int, *, limit: int = 1000) -> list[Event]:
        """Events newer than `event_id`, oldest first (for noticing others' changes)."""
        rows = self._rows(
            "SELECT * FROM events WHERE id > ? ORDER BY id LIMIT ?", [event_id, limit]
        )
        return [_event_from_row(r) for r in rows]

    def last_event_id(self) -> int:
        """The id of the newest event, 0 when there is none."""
        return self.db.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]

    # -- evidence -------------------------------------------------------------

    def add_evidence(self, evidence: Evidence, *, reviewer: str) -> Evidence:
        """Attach evidence to its claim, recorded in the claim's history."""
        with self._write() as conn:
            claim = self.get_claim(evidence.claim_id)
            row = _evidence_row(evidence)
            self.db["evidence"].insert(row)
            if evidence.fetched_at or evidence.error:
                self._insert_snapshot(evidence)
            conn.execute(
                "UPDATE claims SET evidence_count = evidence_count + 1, version = version + 1,"
                " updated_at = ?, updated_by = ? WHERE id = ?",
                [utc_now(), reviewer, claim.id],
            )
            self._record(
                claim.id,
                reviewer,
                action="evidence_add",
                field="evidence",
                after={"id": evidence.id, "url": evidence.url, "stance": evidence.stance.value},
            )
        return self.get_evidence(evidence.id)

    def update_evidence(
        self, evidence_id: str, changes: dict[str, Any], *, reviewer: str
    ) -> Evidence:
        """Change a piece of evidence (stance, note, quote, fetch results), recorded in history."""
        with self._write():
            current = self.get_evidence(evidence_id)
            merged = current.model_copy(update=changes)
            Evidence.model_validate(merged.model_dump())
            row = _evidence_row(merged)
            self.db["evidence"].update(evidence_id, row)
            if "sha256" in changes or "error" in changes or "fetched_at" in changes:
                self._insert_snapshot(merged)
            visible = {k: v for k, v in changes.items() if k not in {"snapshot", "matches"}}
            self._record(
                current.claim_id,
                reviewer,
                action="evidence_update",
                field="evidence",
                before={"id": evidence_id, **{k: _plain(getattr(current, k)) for k in visible}},
                after={"id": evidence_id, **{k: _plain(v) for k, v in visible.items()}},
            )
        return self.get_evidence(evidence_id)

    def remove_evidence(self, evidence_id: str, *, reviewer: str) -> None:
        """Detach evidence from its claim; the record and its snapshots are kept."""
        with self._write() as conn:
            current = self.get_evidence(evidence_id)
            self._detach_evidence(conn, current, reviewer)
            self._record(
                current.claim_id,
                reviewer,
                action="evidence_remove",
                field="evidence",
                before={"id": evidence_id, "url": current.url},
            )

    def _detach_evidence(self, conn: sqlite3.Connection, evidence: Evidence, reviewer: str) -> None:
        conn.execute("UPDATE evidence SET removed = 1 WHERE id = ?", [evidence.id])
        conn.execute(
            "UPDATE claims SET evidence_count = max(evidence_count - 1, 0),"
            " version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?",
            [utc_now(), reviewer, evidence.claim_id],
        )

    def get_evidence(self, evidence_id: str) -> Evidence:
        """One piece of evidence; NotFoundError if there is none."""
        row = self._row("SELECT * FROM evidence WHERE id = ?", [evidence_id])
        if row is None:
            raise NotFoundError(f"no evidence {evidence_id!r}")
        return _evidence_from_row(row)

    def evidence_for(
        self, claim_ids: Sequence[str], *, include_removed: bool = False
    ) -> dict[str, list[Evidence]]:
        """The evidence attached to each of these claims (detached ones too if asked)."""
        found: dict[str, list[Evidence]] = {i: [] for i in claim_ids}
        removed = "" if include_removed else "removed = 0 AND "
        for start in range(0, len(claim_ids), 500):
            chunk = list(claim_ids[start : start + 500])
            for row in self._rows(
                f"SELECT * FROM evidence WHERE {removed}claim_id IN"
                f" ({', '.join('?' for _ in chunk)}) ORDER BY added_at, id",
                chunk,
            ):
                found[row["claim_id"]].append(_evidence_from_row(row))
        return found

    def all_evidence(self) -> list[Evidence]:
        """Every attached piece of evidence (for rechecking)."""
        return [
            _evidence_from_row(r)
            for r in self._rows("SELECT * FROM evidence WHERE removed = 0 ORDER BY added_at, id")
        ]

    def snapshots(self, evidence_id: str) -> list[dict[str, Any]]:
        """Every fetch of a piece of evidence, oldest first, with its text."""
        rows = self._rows(
            "SELECT * FROM snapshots WHERE evidence_id = ? ORDER BY id", [evidence_id]
        )
        for row in rows:
            row["text"] = _unpack(row.pop("text"), row.pop("text_zlib"))
        return rows

    def snapshots_for(self, evidence_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """Every fetch of each of these pieces of evidence, oldest first."""
        found: dict[str, list[dict[str, Any]]] = {i: [] for i in evidence_ids}
        for start in range(0, len(evidence_ids), 500):
            chunk = list(evidence_ids[start : start + 500])
            for row in self._rows(
                f"SELECT * FROM snapshots WHERE evidence_id IN ({', '.join('?' for _ in chunk)})"
                " ORDER BY id",
                chunk,
            ):
                row["text"] = _unpack(row.pop("text"), row.pop("text_zlib"))
                row.pop("id")
                found[row.pop("evidence_id")].append(row)
        return found

    # -- findings ------------------------------------------------------------------

    def replace_findings(self, document_id: str | None, findings: Sequence[Finding]) -> None:
        """Store the findings of one document (None: cross-document ones), replacing old ones."""
        with self._write() as conn:
            if document_id is None:
                conn.execute("DELETE FROM findings WHERE document_id IS NULL")
            else:
                conn.execute("DELETE FROM findings WHERE document_id = ?", [document_id])
            for finding in findings:
                row = finding.model_dump(mode="json")
                row["claims"] = json.dumps(row["claims"])
                row["details"] = json.dumps(row["details"], ensure_ascii=False)
                row["consistent"] = int(row["consistent"])
                self.db["findings"].insert(row, replace=True)

    def findings(self, claim_ids: Sequence[str] | None = None) -> list[Finding]:
        """All findings, or those involving any of these claims."""
        if claim_ids is None:
            rows = self._rows("SELECT * FROM findings ORDER BY document_id, id")
            return [_finding_from_row(r) for r in rows]
        unique = {f.id: f for found in self.findings_for(claim_ids).values() for f in found}
        return sorted(unique.values(), key=lambda f: (f.document_id or "", f.id))

    def _insert_snapshot(self, evidence: Evidence) -> None:
        self._insert_fetch(
            evidence.id,
            {
                "fetched_at": evidence.fetched_at or utc_now(),
                "final_url": evidence.final_url,
                "http_status": evidence.http_status,
                "content_type": evidence.content_type,
                "sha256": evidence.sha256,
                "text": evidence.snapshot,
                "error": evidence.error,
            },
        )

    def _insert_fetch(self, evidence_id: str, fetch: dict[str, Any]) -> None:
        text, packed = _pack(fetch.get("text") or "")
        self.db.conn.execute(
            "INSERT INTO snapshots (evidence_id, fetched_at, final_url, http_status,"
            " content_type, sha256, text, text_zlib, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                evidence_id,
                fetch.get("fetched_at"),
                fetch.get("final_url"),
                fetch.get("http_status"),
                fetch.get("content_type"),
                fetch.get("sha256"),
                text,
                packed,
                fetch.get("error"),
            ],
        )

    # -- raw records (merging an export into this database) ----------------------

    def insert_document(self, document: Document) -> None:
        """Store a document as it is, without extracting (for imports)."""
        with self._write():
            self.db["documents"].insert(document.model_dump(mode="json"))

    def insert_claim(self, claim: Claim) -> None:
        """Store a claim with all its fields as they are (for imports)."""
        with self._write() as conn:
            self._insert_claim(conn, claim)

    def has_claim(self, claim_id: str) -> bool:
        """Whether a claim with this id exists."""
        return self._row("SELECT 1 AS found FROM claims WHERE id = ?", [claim_id]) is not None

    def insert_event(self, event: Event, *, keep_id: bool) -> int:
        """Append an event from elsewhere; returns its id here."""
        with self._write() as conn:
            if not keep_id:
                return self._record(
                    event.claim_id,
                    event.reviewer,
                    action=event.action,
                    field=event.field,
                    before=event.before,
                    after=event.after,
                    at=event.at,
                    undoes=event.undoes,
                )
            conn.execute(
                "INSERT INTO events (id, claim_id, reviewer, at, action, field, before, after,"
                " undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    event.id,
                    event.claim_id,
                    event.reviewer,
                    event.at,
                    event.action,
                    event.field,
                    json.dumps(event.before, ensure_ascii=False),
                    json.dumps(event.after, ensure_ascii=False),
                    event.undoes,
                ],
            )
            return int(event.id or 0)

    def has_events(self) -> bool:
        """Whether any event has been recorded in this database."""
        return self.last_event_id() > 0

    def insert_evidence(self, evidence: Evidence, fetches: Sequence[dict[str, Any]] = ()) -> None:
        """Store evidence and its past fetches as they are (for imports); no event."""
        with self._write():
            self.db["evidence"].insert(_evidence_row(evidence))
            for fetch in fetches:
                self._insert_fetch(evidence.id, fetch)

    def has_evidence_record(self, evidence_id: str) -> bool:
        """Whether evidence with this id exists (attached or removed)."""
        return self._row("SELECT 1 AS found FROM evidence WHERE id = ?", [evidence_id]) is not None

    def overwrite_review(self, claim: Claim) -> None:
        """Take another copy's review fields for a claim (a fast-forward merge); bumps the version."""
        with self._write() as conn:
            conn.execute(
                "UPDATE claims SET status = ?, note = ?, assignee = ?, tags = ?,"
                " updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?",
                [
                    claim.status.value,
                    claim.note,
                    claim.assignee,
                    json.dumps(claim.tags, ensure_ascii=False),
                    claim.updated_at,
                    claim.updated_by,
                    claim.id,
                ],
            )

    def recount_evidence(self, claim_id: str) -> None:
        """Set a claim's evidence count from its attached evidence."""
        with self._write() as conn:
            conn.execute(
                "UPDATE claims SET evidence_count = (SELECT count(*) FROM evidence"
                " WHERE claim_id = ? AND removed = 0) WHERE id = ?",
                [claim_id, claim_id],
            )

    # -- helpers -------------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        try:
            cursor = self.db.execute(sql, list(params))
        except sqlite3.Error as error:
            raise self._store_error(error) from None
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _row(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    # -- evidence: fetches after the first -------------------------------------------

    def record_fetch(
        self,
        evidence_id: str,
        fetch: dict[str, Any],
        changes: dict[str, Any],
        *,
        reviewer: str,
        summary: dict[str, Any],
        action: str = "evidence_recheck",
    ) -> Evidence:
        """Record another fetch of a piece of evidence (a recheck), in one transaction.

        The fetch (fetched_at, final_url, http_status, content_type, sha256, text,
        error) is appended to the snapshots table; `changes` are applied to the
        evidence row, whose current snapshot stays as it is unless `changes`
        replaces it; an event records `summary`. The claim's version is not
        bumped: a recheck is not a reviewer's edit of the claim.
        """
        with self._write():
            current = self.get_evidence(evidence_id)
            merged = current.model_copy(update=changes)
            Evidence.model_validate(merged.model_dump())
            self.db["evidence"].update(evidence_id, _evidence_row(merged))
            self._insert_fetch(
                evidence_id, {**fetch, "fetched_at": fetch.get("fetched_at") or utc_now()}
            )
            self._record(
                current.claim_id,
                reviewer,
                action=action,
                field="evidence",
                before={
                    "id": evidence_id,
                    "sha256": current.sha256,
                    "http_status": current.http_status,
                    "error": current.error,
                },
                after={"id": evidence_id, **{k: _plain(v) for k, v in summary.items()}},
            )
        return self.get_evidence(evidence_id)

    def latest_fetches(self, evidence_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The most recent fetch of each of these pieces of evidence (without its text),
        with `fetches`: how many fetches there have been."""
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(evidence_ids), 500):
            chunk = list(evidence_ids[start : start + 500])
            for row in self._rows(
                "SELECT id, evidence_id, fetched_at, final_url, http_status, content_type,"
                " sha256, error, (SELECT count(*) FROM snapshots AS s"
                " WHERE s.evidence_id = snapshots.evidence_id) AS fetches"
                " FROM snapshots WHERE id IN (SELECT max(id) FROM snapshots"
                f" WHERE evidence_id IN ({', '.join('?' for _ in chunk)}) GROUP BY evidence_id)",
                chunk,
            ):
                found[row["evidence_id"]] = row
        return found

    # -- reports: light queries ------------------------------------------------------

    def claim_spans(
        self, document_id: str, claim_filter: ClaimFilter | None = None, *, batch: int = 2000
    ) -> Iterator[dict[str, Any]]:
        """A document's matching claims, by position: id, start, end, status, duplicate_of
        and original_status (the status of the claim it restates, if any).

        Keyset-paged, so annotating a long document never holds all its claims.
        """
        base = (claim_filter or ClaimFilter()).model_copy(update={"document_id": document_id})
        after: tuple[int, str] | None = None
        while True:
            where, params = self._where(base)
            if after is not None:
                where.append('(claims."start", claims.id) > (?, ?)')
                params.extend(after)
            rows = self._rows(
                'SELECT claims.id, claims."start", claims."end", claims.status,'
                " claims.duplicate_of, original.status AS original_status FROM claims"
                " LEFT JOIN claims AS original ON original.id = claims.duplicate_of WHERE "
                + " AND ".join(where)
                + f' ORDER BY claims."start", claims.id LIMIT {int(batch)}',
                params,
            )
            yield from rows
            if len(rows) < batch:
                return
            after = (rows[-1]["start"], rows[-1]["id"])

    def iter_claims_by_position(
        self, claim_filter: ClaimFilter | None = None, *, batch: int = 500
    ) -> Iterator[Claim]:
        """Every matching claim by document, then position in it."""
        return self.iter_claims(claim_filter, batch=batch, sort="position")

    def claim_briefs(self, claim_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """id, document_id, text, status, start, end of each of these claims (no quantities)."""
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(claim_ids), 500):
            chunk = list(claim_ids[start : start + 500])
            for row in self._rows(
                'SELECT id, document_id, text, status, "start", "end", updated_by, updated_at'
                f" FROM claims WHERE id IN ({', '.join('?' for _ in chunk)})",
                chunk,
            ):
                found[row["id"]] = row
        return found

    def restatements_of(self, claim_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """The claims (brief, as claim_briefs) that restate each of these, by position."""
        found: dict[str, list[dict[str, Any]]] = {i: [] for i in claim_ids}
        for start in range(0, len(claim_ids), 500):
            chunk = list(claim_ids[start : start + 500])
            for row in self._rows(
                'SELECT id, document_id, text, status, "start", "end", updated_by, updated_at,'
                " duplicate_of FROM claims WHERE retired = 0 AND duplicate_of IN"
                f' ({", ".join("?" for _ in chunk)}) ORDER BY document_id, "start", id',
                chunk,
            ):
                found[row.pop("duplicate_of")].append(row)
        return found

    def findings_for(self, claim_ids: Sequence[str]) -> dict[str, list[Finding]]:
        """The findings (consistency checks) involving each of these claims."""
        found: dict[str, list[Finding]] = {i: [] for i in claim_ids}
        for start in range(0, len(claim_ids), 500):
            chunk = list(claim_ids[start : start + 500])
            for row in self._rows(
                "SELECT findings.*, j.value AS involved FROM findings, json_each(findings.claims) j"
                f" WHERE j.value IN ({', '.join('?' for _ in chunk)}) ORDER BY findings.id",
                chunk,
            ):
                found[row.pop("involved")].append(_finding_from_row(row))
        return found


# -- row <-> model ---------------------------------------------------------------


def _sort_columns(sort: str) -> list[str]:
    """The columns a sort orders by, before the id that breaks ties (indexed ones)."""
    if sort not in SORT_COLUMNS:
        raise InputError(f"cannot sort by {sort!r}; use one of: {', '.join(SORT_COLUMNS)}")
    if sort == "position":
        return ["claims.document_id", 'claims."start"']
    return [f"claims.{sort}"]


def _plain(value: Any) -> Any:
    """A value as stored in an event: enums as their value, lists as lists."""
    if isinstance(value, Status | Stance):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value


def _validated_changes(changes: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "status":
            try:
                out[name] = Status(value)
            except ValueError:
                allowed = ", ".join(s.value for s in Status)
                raise InputError(f"unknown status {value!r}; use one of: {allowed}") from None
        elif name == "tags":
            if isinstance(value, str):
                value = [value]
            tags = [str(t).strip() for t in value or [] if str(t).strip()]
            out[name] = sorted(set(tags))
        else:
            out[name] = "" if value is None else str(value)
    return out


def _column_value(name: str, value: Any) -> Any:
    if name == "tags":
        return json.dumps(value, ensure_ascii=False)
    return _plain(value)


def _claim_row(claim: Claim) -> dict[str, Any]:
    row = claim.model_dump(mode="json", exclude={"quantities"})
    row["priority_factors"] = json.dumps(row["priority_factors"], ensure_ascii=False)
    row["tags"] = json.dumps(row["tags"], ensure_ascii=False)
    row["retired"] = int(row["retired"])
    return row


def _document_from_row(row: dict[str, Any]) -> Document:
    data = {key: ("" if value is None else value) for key, value in row.items()}
    return Document(**data)


def _claim_from_row(row: dict[str, Any], quantities: list[Quantity]) -> Claim:
    data = dict(row)
    data["priority_factors"] = json.loads(data.get("priority_factors") or "{}")
    data["tags"] = json.loads(data.get("tags") or "[]")
    data["retired"] = bool(data.get("retired"))
    for key in ("sentence", "section", "attribution", "period", "assignee", "note", "updated_by"):
        data[key] = data.get(key) or ""
    data["evidence_count"] = data.get("evidence_count") or 0
    data["sentence_start"] = data.get("sentence_start") or 0
    return Claim(**data, quantities=quantities)


def _pack(text: str) -> tuple[str | None, bytes | None]:
    if len(text) > COMPRESS_ABOVE:
        return None, zlib.compress(text.encode("utf-8"), 6)
    return text, None


def _unpack(text: str | None, packed: bytes | None) -> str:
    if packed is not None:
        return zlib.decompress(packed).decode("utf-8")
    return text or ""


def _evidence_row(evidence: Evidence) -> dict[str, Any]:
    row = evidence.model_dump(mode="json")
    row["matches"] = json.dumps(row["matches"], ensure_ascii=False)
    row["snapshot"], row["snapshot_zlib"] = _pack(evidence.snapshot)
    row["removed"] = int(evidence.removed)
    return row


def _evidence_from_row(row: dict[str, Any]) -> Evidence:
    data = dict(row)
    data["snapshot"] = _unpack(data.pop("snapshot"), data.pop("snapshot_zlib"))
    data["removed"] = bool(data.get("removed"))
    data["matches"] = json.loads(data.get("matches") or "[]")
    for key in (
        "title",
        "quote",
        "note",
        "added_by",
        "final_url",
        "content_type",
        "fetched_at",
        "sha256",
        "author",
        "publisher",
        "published",
        "error",
    ):
        data[key] = data.get(key) or ""
    data["suggested_stance"] = data.get("suggested_stance") or None
    return Evidence(**data)


def _finding_from_row(row: dict[str, Any]) -> Finding:
    data = dict(row)
    data["claims"] = json.loads(data.get("claims") or "[]")
    data["details"] = json.loads(data.get("details") or "{}")
    data["consistent"] = bool(data["consistent"])
    data["explanation"] = data.get("explanation") or ""
    data["tolerance"] = data.get("tolerance") or 0.0
    return Finding(**data)


def _event_from_row(row: dict[str, Any]) -> Event:
    data = dict(row)
    data["before"] = json.loads(data["before"]) if data.get("before") else None
    data["after"] = json.loads(data["after"]) if data.get("after") else None
    data["field"] = data.get("field") or ""
    return Event(**data)
