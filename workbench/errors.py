"""One error hierarchy, each carrying text a user can act on.

WorkbenchError          anything the workbench reports to a user
├── InputError          a file, URL or argument that cannot be used
├── ConflictError       a write based on a stale read (another reviewer changed the claim)
├── NotFoundError       no record with that id
├── FetchError          a source could not be fetched
└── StoreError          claims.db cannot be opened, read or written
"""

from __future__ import annotations

from typing import Any


class WorkbenchError(Exception):
    """An error with a one-line message meant for the user."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class InputError(WorkbenchError):
    """A file, URL or argument that cannot be used."""


class NotFoundError(WorkbenchError):
    """No record with the given id."""


class FetchError(WorkbenchError):
    """A source could not be fetched."""


class StoreError(WorkbenchError):
    """claims.db cannot be opened, read or written."""


class ConflictError(WorkbenchError):
    """A write was based on a stale read: someone else changed the claim first."""

    def __init__(self, message: str, current: Any = None) -> None:
        super().__init__(message)
        #: The claim as it is now in the database, for showing the other version.
        self.current = current
