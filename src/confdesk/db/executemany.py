"""Bulk INSERTs in one driver `executemany` of precomputed tuples.

SQLAlchemy's Core executemany of dictionaries processes every parameter of every row in
Python (bind processors, key lookups, the engine's cleaning hook): at 100,000 people and
their 100,000 audit entries, several seconds for work the driver does in C. `insert_rows`
converts the rows column by column instead (each column's bind processor applied once per
distinct value, text cleaned as the engine's hook would) and hands the driver plain tuples.
The values stored are the same as through `connection.execute(insert(table), rows)`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.engine import Connection

from confdesk.db.cleaning import kept_as_given
from confdesk.text import clean_value

#: Placeholders of the drivers' positional parameter styles.
_PLACEHOLDER = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def _processed(values: list[Any], process: Callable[[Any], Any]) -> list[Any]:
    """`process` of each value, computed once per distinct value (enumerations, flags and
    times repeat from row to row)."""
    seen: dict[Any, Any] = {}
    out: list[Any] = []
    append = out.append
    for value in values:
        try:
            append(seen[value])
        except KeyError:
            append(seen.setdefault(value, process(value)))
        except TypeError:  # unhashable: processed each time
            append(process(value))
    return out


def _cleaned(values: list[Any]) -> list[Any]:
    """`clean_value` of each value (which touches only `str` values); a column without
    text, or whose texts are printable (nearly every one: a printable text is clean), is
    seen as such in C."""
    kinds = set(map(type, values))
    if str not in kinds:
        return values
    texts = values if len(kinds) == 1 else [v for v in values if type(v) is str]
    if all(map(str.isprintable, texts)):
        return values
    return list(map(clean_value, values))


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]],
                *, clean: bool = True) -> None:
    """INSERT `rows` (dictionaries with the same keys, those of `rows[0]`) into `table`.

    `clean`: apply the engine's cleaning of text (`db.cleaning`) to the columns it cleans;
    False for values cleaned already (the import's cells, `cleaning.ALREADY_CLEAN`)."""
    if not rows:
        return
    insert_columns(connection, table, {key: [row[key] for row in rows] for key in rows[0]},
                   clean=clean)


def insert_columns(connection: Connection, table: Table, columns: dict[str, list[Any]],
                   *, clean: bool = True) -> None:
    """INSERT rows given column by column (column name → its values, all of one length) into
    `table`; the same as `insert_rows` of the rows they make, without building them."""
    count = len(next(iter(columns.values()), []))
    if not count:
        return
    dialect = connection.dialect
    keys = list(columns)
    placeholder = _PLACEHOLDER.get(dialect.paramstyle)
    if placeholder is None:  # a driver with named parameters: the Core statement
        statement = insert(table)
        rows = [dict(zip(keys, values, strict=True))
                for values in zip(*columns.values(), strict=True)]
        connection.execute(statement if clean else statement.execution_options(
            confdesk_clean_text=False), rows)
        return
    kept = kept_as_given(table)
    processed: list[list[Any]] = []
    for key, values in columns.items():
        if len(values) != count:
            raise ValueError(f"column {key} has {len(values)} values, not {count}")
        if clean and key not in kept:  # as the engine's hook does, before binding
            values = _cleaned(values)
        process = table.c[key].type._cached_bind_processor(dialect)
        if process is not None:
            values = _processed(values, process)
        processed.append(values)
    preparer = dialect.identifier_preparer
    sql = (f"INSERT INTO {preparer.format_table(table)} "
           f"({', '.join(preparer.quote(table.c[k].name) for k in keys)}) "
           f"VALUES ({', '.join([placeholder] * len(keys))})")
    connection.exec_driver_sql(sql, list(zip(*processed, strict=True)))


def rows_where_in(connection: Connection, table: Table, columns: Sequence[str], key: str,
                  values: Sequence[Any], *, batch: int = 500) -> list[tuple[Any, ...]]:
    """The rows (tuples of `columns`) of `table` whose `key` is one of `values`, `batch`
    values a query, in the order the queries give them: `SELECT columns FROM table WHERE key
    IN (…)`, the statement Core's `select(…).where(column.in_(…))` runs, written once per
    batch size and run by the driver (no statement built, compiled and expanded per query)."""
    dialect = connection.dialect
    placeholder = _PLACEHOLDER.get(dialect.paramstyle)
    if placeholder is None:  # a driver with named parameters: the Core statement
        from sqlalchemy import select

        query = select(*(table.c[c] for c in columns))
        return [tuple(row) for start in range(0, len(values), batch)
                for row in connection.execute(query.where(
                    table.c[key].in_(values[start:start + batch])))]
    bind = table.c[key].type._cached_bind_processor(dialect)
    results = [table.c[c].type._cached_result_processor(dialect, None) for c in columns]
    preparer = dialect.identifier_preparer
    head = (f"SELECT {', '.join(preparer.quote(table.c[c].name) for c in columns)} "
            f"FROM {preparer.format_table(table)} WHERE {preparer.quote(table.c[key].name)} IN ")
    found: list[tuple[Any, ...]] = []
    for start in range(0, len(values), batch):
        chunk = list(values[start:start + batch])
        if bind is not None:
            chunk = [bind(v) for v in chunk]
        sql = f"{head}({', '.join([placeholder] * len(chunk))})"
        found += connection.exec_driver_sql(sql, tuple(chunk)).fetchall()
    if any(results):
        found = [tuple(v if process is None else process(v)
                       for v, process in zip(row, results, strict=True)) for row in found]
    else:
        found = [tuple(row) for row in found]
    return found
