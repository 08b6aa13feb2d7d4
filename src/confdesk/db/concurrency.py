"""The one stale-version check: load a record expecting a version, flush or refuse.

Every editable row is `Versioned` (db/base.py): an UPDATE checks and bumps `version`, and a
row someone else changed since it was read fails the flush with SQLAlchemy's
`StaleDataError`. Services use the two functions here so that both cases, the version the
dialog showed no longer being current and the row changing under an open session, reach the
user as the same `ConcurrentEditError` naming the record, never as SQLAlchemy's text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from confdesk.errors import ConcurrentEditError


class _Versioned(Protocol):
    version: int


T = TypeVar("T", bound=_Versioned)


def quoted(name: str) -> str:
    """A record's name as messages show it: “Opening”."""
    return f"“{name}”"


def load_current(session: Session, model: type[T], record_id: int,
                 expected_version: int | None, *, name: Callable[[T], str],
                 missing: str | None = None) -> T:
    """The record `record_id` of `model`, refused if it is gone or no longer at
    `expected_version` (None: any version will do).

    `name(record)` names it in the message (e.g. its title, quoted); `missing` names a record
    that is gone (default: "<Model> <id>").
    """
    record = session.get(model, record_id)
    if record is None:
        raise ConcurrentEditError.deleted(missing or f"{model.__name__} {record_id}")
    if expected_version is not None and record.version != expected_version:
        raise ConcurrentEditError.changed(name(record))
    return record


#: Builds the error a stale row becomes, from the record's name.
Refusal = Callable[[str], ConcurrentEditError]


@contextmanager
def stale_guard(record: str = "This record",
                refusal: Refusal = ConcurrentEditError.changed) -> Iterator[None]:
    """Turn a `StaleDataError` raised inside into a `ConcurrentEditError` naming `record`
    (`refusal` builds it: a domain may word its own, e.g. `ConcurrentEditError.participant`)."""
    try:
        yield
    except StaleDataError as exc:
        raise refusal(record) from exc


def flush(session: Session, record: str = "This record",
          refusal: Refusal = ConcurrentEditError.changed) -> None:
    """`session.flush()`, a stale row refused as a concurrent edit of `record`."""
    with stale_guard(record, refusal):
        session.flush()
