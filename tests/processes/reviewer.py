"""A reviewer in its own process: makes changes to claims and says what happened.

usage: python -m tests.processes.reviewer DB NAME COUNT CLAIM_ID...

Each attempt reads a claim, then writes a new status with the version it read.
One line per attempt, flushed after the write is committed:
"ok CLAIM_ID STATUS VERSION" or "refused CLAIM_ID MESSAGE".
"""

from __future__ import annotations

import random
import sys

from workbench.errors import ConflictError, StoreError
from workbench.models import Status
from workbench.store import Store


def main() -> None:
    db, name, count, *claim_ids = sys.argv[1:]
    rng = random.Random(name)
    statuses = [s for s in Status]
    with Store(db) as store:
        for _ in range(int(count)):
            claim_id = rng.choice(claim_ids)
            seen = store.get_claim(claim_id)
            status = rng.choice([s for s in statuses if s is not seen.status])
            try:
                done = store.set_status(
                    claim_id, status, reviewer=name, expected_version=seen.version
                )
            except (ConflictError, StoreError) as error:
                print(f"refused {claim_id} {error.message}", flush=True)
                continue
            print(f"ok {claim_id} {done.status.value} {done.version}", flush=True)


if __name__ == "__main__":
    main()
