"""Rows as the database driver gives them, for the few reads where per-value processing is
most of the cost (the participants list at 100,000 people).

A Core statement is compiled for the connection's dialect and run with `exec_driver_sql`:
SQLAlchemy's events and error handling still apply (a busy or vanished database gives the
same messages), but no result processor runs, so each value is what the driver returned:
on SQLite a boolean is 0 or 1, a time is ISO text and an enumeration is its stored string;
on PostgreSQL booleans and times come converted by psycopg. The caller converts what it
reads, once per distinct value where it can.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session


def plain_rows(session: Session, statement: Select[Any]) -> list[Any]:
    """The rows of `statement`, run in `session`'s transaction, as the driver returns them
    (tuples in the statement's column order)."""
    connection = session.connection()
    compiled = statement.compile(dialect=connection.dialect,
                                 compile_kwargs={"render_postcompile": True})
    values = compiled.construct_params()
    parameters: Any = values
    if compiled.positional:
        parameters = tuple(values[name] for name in compiled.positiontup or ())
    result = connection.exec_driver_sql(compiled.string, parameters)
    return list(result.all())
