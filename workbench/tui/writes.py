"""Reviewer decisions, saved one at a time in the order they were made.

Each key press becomes a `WriteJob` in a `DecisionQueue`; a single writer
thread drains the queue, so `s` then `x` pressed quickly always ends as `x`,
and ctrl+z undoes the change made just before it. The queue also remembers
the versions our own writes produced, so a second quick change to the same
claim is not mistaken for a conflict with another reviewer.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Literal

from workbench.models import Claim
from workbench.store import Store
from workbench.tui.widgets.claim_detail import describe_event

JobKind = Literal["update", "bulk", "add_tags", "undo"]


@dataclass
class WriteJob:
    """One reviewer decision to save."""

    kind: JobKind
    claim_ids: list[str] = field(default_factory=list)
    changes: dict[str, Any] = field(default_factory=dict)
    #: The claim version the reviewer saw when deciding (single-claim updates).
    seen_version: int | None = None
    #: The versions the reviewer saw of each claim of a bulk change.
    seen_versions: dict[str, int] = field(default_factory=dict)
    #: When the reviewer made the decision (time.perf_counter), for measuring save latency.
    decided_at: float = field(default_factory=time.perf_counter)


@dataclass
class WriteResult:
    """What a saved job changed, and a line to tell the reviewer (if any)."""

    claims: list[Claim]
    message: str = ""


class DecisionQueue:
    """A FIFO of decisions with at most one writer draining it at a time."""

    def __init__(self) -> None:
        self._jobs: deque[WriteJob] = deque()
        self._lock = threading.Lock()
        self._draining = False
        # (claim id, version we wrote over) → the version our write produced.
        self._own_versions: dict[tuple[str, int], int] = {}
        #: Seconds from the decision to its commit, for the last saved job.
        self.last_latency: float | None = None

    def push(self, job: WriteJob) -> bool:
        """Queue a job; True if no writer is running and the caller must start one."""
        with self._lock:
            self._jobs.append(job)
            if self._draining:
                return False
            self._draining = True
            return True

    def pop(self) -> WriteJob | None:
        """The next job, or None (and the writer must stop) when the queue is empty."""
        with self._lock:
            if self._jobs:
                return self._jobs.popleft()
            self._draining = False
            return None

    @property
    def idle(self) -> bool:
        """Whether every queued decision has been saved."""
        with self._lock:
            return not self._draining and not self._jobs

    def saved(self, job: WriteJob) -> None:
        """Note that a job is committed (for the latency measurement)."""
        self.last_latency = time.perf_counter() - job.decided_at

    def expected_version(self, claim_id: str, seen: int) -> int:
        """The version to expect: what the reviewer saw, moved past our own later writes."""
        version = seen
        while (claim_id, version) in self._own_versions:
            version = self._own_versions[(claim_id, version)]
        return version

    def remember(self, claim_id: str, before: int, after: int) -> None:
        """Note that our own write moved a claim from one version to another."""
        if after != before:
            self._own_versions[(claim_id, before)] = after


def run_job(store: Store, queue: DecisionQueue, job: WriteJob, *, reviewer: str) -> WriteResult:
    """Save one job through the store (raises ConflictError and other WorkbenchErrors)."""
    if job.kind == "update":
        claim_id = job.claim_ids[0]
        expected = (
            queue.expected_version(claim_id, job.seen_version)
            if job.seen_version is not None
            else None
        )
        claim = store.update_claim(
            claim_id, job.changes, reviewer=reviewer, expected_version=expected
        )
        if expected is not None:
            queue.remember(claim_id, expected, claim.version)
        return WriteResult([claim])
    if job.kind == "bulk":
        expected = {
            claim_id: queue.expected_version(claim_id, version)
            for claim_id, version in job.seen_versions.items()
        }
        claims = store.bulk_update(
            job.claim_ids, job.changes, reviewer=reviewer, expected_versions=expected or None
        )
        for claim in claims:
            if claim.id in expected:
                queue.remember(claim.id, expected[claim.id], claim.version)
        return WriteResult(claims, f"{len(claims)} claim(s) updated")
    if job.kind == "add_tags":
        return WriteResult(_add_tags(store, job, reviewer), "tags added")
    event = store.last_undoable_event(reviewer=reviewer)
    if event is None:
        return WriteResult([], "nothing of yours to undo")
    claim = store.undo(int(event.id or 0), reviewer=reviewer)
    queue.remember(claim.id, claim.version - 1, claim.version)
    return WriteResult([claim], f"undid your change ({describe_event(event)})")


def _add_tags(store: Store, job: WriteJob, reviewer: str) -> list[Claim]:
    """Add tags to several claims, keeping each one's own tags.

    Claims with the same tags share one bulk_update (one transaction per group).
    """
    new_tags = set(job.changes.get("tags", []))
    groups: dict[tuple[str, ...], list[str]] = {}
    for claim_id in job.claim_ids:
        groups.setdefault(tuple(store.get_claim(claim_id).tags), []).append(claim_id)
    updated: list[Claim] = []
    for tags, claim_ids in groups.items():
        merged = sorted(set(tags) | new_tags)
        updated.extend(store.bulk_update(claim_ids, {"tags": merged}, reviewer=reviewer))
    return updated
