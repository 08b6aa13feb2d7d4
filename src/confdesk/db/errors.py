"""Re-export of `confdesk.errors`, where the UserError family now lives.

Kept only while other modules (and branches being merged) still import from here; it goes
once everything imports from `confdesk.errors`. Add nothing here.
"""

from __future__ import annotations

from confdesk.errors import (
    ConcurrentEditError,
    DatabaseOpenError,
    DatabaseTooNewError,
    UndoRefusedError,
    UserError,
)

__all__ = [
    "ConcurrentEditError",
    "DatabaseOpenError",
    "DatabaseTooNewError",
    "UndoRefusedError",
    "UserError",
]
