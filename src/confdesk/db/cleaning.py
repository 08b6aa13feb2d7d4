"""Every string written to the database is clean text (see `confdesk.text`).

Two hooks make this one place for all: the ORM's attribute events clean a value as it is set
on a model (dialogs, operations, the CLI), so the object in memory shows what is stored; and
a hook on the engine cleans the parameters of every INSERT and UPDATE statement, which also
covers bulk inserts that bypass the ORM objects (spreadsheet imports).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Enum, Insert, String, Table, Update, event
from sqlalchemy.orm import Mapper

from confdesk.text import clean_value, is_clean

#: Put in a column's `info` to keep its text as given: computed keys that use control
#: characters on purpose (e.g. a separator that sorts before every letter), never shown.
KEEP_AS_GIVEN = {"clean_text": False}

#: Execution options of a bulk INSERT or UPDATE whose values are clean text already (each
#: cleaned once as it was read, or generated): the engine's hook leaves them as they are
#: instead of looking at every value a second time (`conn.execute(stmt.execution_options(
#: **ALREADY_CLEAN), rows)`).
ALREADY_CLEAN = {"confdesk_clean_text": False}


def _cleaned(column: Any) -> bool:
    kind = column.type
    return (isinstance(kind, String) and not isinstance(kind, Enum)
            and column.info.get("clean_text", True))


def _clean_on_set(_target: Any, value: Any, _old: Any, _initiator: Any) -> Any:
    return clean_value(value)


def clean_mapped_strings(mapper: Mapper[Any], _cls: type) -> None:
    """Clean every text attribute of `mapper`'s class as it is set (mapper_configured)."""
    for prop in mapper.column_attrs:
        if _cleaned(prop.columns[0]):
            event.listen(prop.class_attribute, "set", _clean_on_set, retval=True)


@cache
def _kept_keys(table: Table) -> frozenset[str]:
    return frozenset(c.key for c in table.c if not c.info.get("clean_text", True))


def kept_as_given(table: Table) -> frozenset[str]:
    """The keys of `table`'s columns marked KEEP_AS_GIVEN (never cleaned)."""
    return _kept_keys(table)


def _dirty(value: Any) -> bool:
    return type(value) is str and not is_clean(value)


def _clean_row(row: Any, kept: frozenset[str]) -> Any:
    if isinstance(row, dict) and any(_dirty(v) for k, v in row.items() if k not in kept):
        return {k: v if k in kept else clean_value(v) for k, v in row.items()}
    return row


def _clean_rows(rows: Any, kept: frozenset[str]) -> Any:
    if isinstance(rows, dict):
        return _clean_row(rows, kept)
    if isinstance(rows, list | tuple):
        return type(rows)(_clean_row(row, kept) for row in rows)
    return rows


def clean_parameters(_conn: Any, clause: Any, multiparams: Any, params: Any,
                     options: Any) -> tuple[Any, Any, Any]:
    """before_execute (retval=True): the values of every INSERT and UPDATE, cleaned, but
    those of columns marked KEEP_AS_GIVEN."""
    if not isinstance(clause, Insert | Update) or not isinstance(clause.table, Table):
        return clause, multiparams, params
    if options.get("confdesk_clean_text", True) is False:
        return clause, multiparams, params
    kept = _kept_keys(clause.table)
    return clause, _clean_rows(multiparams, kept), _clean_rows(params, kept)
