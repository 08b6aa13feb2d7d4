"""Errors of the persistence layer that are safe to show to a user."""

from __future__ import annotations


class UserError(Exception):
    """A problem caused by the user's input or environment: shown as a message, no traceback."""


class DatabaseTooNewError(UserError):
    """The database was written by a newer confdesk than this one."""


class DatabaseOpenError(UserError):
    """The database cannot be opened (missing server, bad path, not a confdesk database)."""


class ConcurrentEditError(UserError):
    """A save was refused because someone else changed the same record since it was read."""
