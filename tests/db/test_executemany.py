"""`db.executemany.insert_rows` stores what SQLAlchemy's Core INSERT of the same rows stores."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Table, insert, select, text
from sqlalchemy.orm import Session

from confdesk.db.executemany import insert_columns, insert_rows, rows_where_in
from confdesk.registration.models import DelegationRole, Participant, Status
from tests.factories import make_event

TABLE: Table = Participant.__table__  # type: ignore[assignment]
COLUMNS = [c.name for c in TABLE.c if c.name not in ("id", "code")]


def _rows(event_id: int, prefix: str) -> list[dict[str, Any]]:
    when = datetime(2026, 12, 4, 2, 30, 15, 123456)
    rows = []
    for i, (status, role, first) in enumerate([
            (Status.REGISTERED, DelegationRole.HEAD, False),
            (Status.CONFIRMED, DelegationRole.MEMBER, True),
            ("cancelled", "adviser", False)]):  # values as strings, as a CSV gives them
        rows.append({
            "event_id": event_id, "code": f"{prefix}{i}", "honorific": "H.E.",
            "given_name": "Zoë", "family_name": f"Ndiaye\x1b[31m{i}",  # an escape to clean
            "family_name_first": first, "function": "Minister\u2028of Health",
            "organisation_id": None, "delegation_role": role, "category": "delegate",
            "status": status, "country_code": "SN" if i else None,
            "email": f"z{i}@example.org", "phone": "", "access_needs": "ramp\r\nlift",
            "dietary_needs": "", "notes": "bell\x07", "checked_in_at": when if i else None,
            "badge_printed_at": None, "sort_key": "ndiaye\x01zoe", "search_text": "zoe",
            "version": 1, "created_at": when, "updated_at": when, "do_not_publish": not first,
        })
    return rows


def _stored(session: Session, prefix: str) -> list[tuple[Any, ...]]:
    quoted = ", ".join(f'"{c}"' for c in COLUMNS)
    # Plain text: the values as the driver gives them, no SQLAlchemy type processing.
    return [tuple(r) for r in session.connection().execute(text(
        f"SELECT {quoted} FROM participant WHERE code LIKE :prefix ORDER BY code"),
        {"prefix": f"{prefix}%"})]


def test_insert_rows_stores_what_the_core_insert_stores(session: Session) -> None:
    event = make_event(session)
    session.flush()
    connection = session.connection()
    connection.execute(insert(TABLE), _rows(event.id, "CORE"))
    insert_rows(connection, TABLE, _rows(event.id, "FAST"))
    core, fast = _stored(session, "CORE"), _stored(session, "FAST")
    assert len(fast) == 3
    assert fast == core
    family = COLUMNS.index("family_name")
    assert [r[family] for r in fast] == ["Ndiaye0", "Ndiaye1", "Ndiaye2"]  # cleaned
    assert fast[0][COLUMNS.index("status")] == "registered"  # enumeration values, as stored
    assert fast[2][COLUMNS.index("delegation_role")] == "adviser"
    # The sort key keeps its separator (KEEP_AS_GIVEN), as through the Core INSERT.
    assert fast[0][COLUMNS.index("sort_key")] == "ndiaye\x01zoe"


def test_insert_rows_without_cleaning_keeps_the_values(session: Session) -> None:
    event = make_event(session)
    session.flush()
    insert_rows(session.connection(), TABLE, _rows(event.id, "RAW"), clean=False)
    stored = _stored(session, "RAW")
    assert stored[0][COLUMNS.index("notes")] == "bell\x07"
    insert_rows(session.connection(), TABLE, [])  # nothing to write: nothing happens
    assert len(_stored(session, "RAW")) == 3


def test_rows_where_in_reads_what_the_core_select_reads(session: Session) -> None:
    event = make_event(session)
    session.flush()
    connection = session.connection()
    insert_rows(connection, TABLE, _rows(event.id, "IN") * 1, clean=False)
    codes = ["IN2", "NOPE", "IN0", "IN1"]
    core = [tuple(r) for start in range(0, 4, 3) for r in connection.execute(
        select(TABLE.c.code, TABLE.c.id, TABLE.c.status).where(
            TABLE.c.code.in_(codes[start:start + 3])))]
    fast = rows_where_in(connection, TABLE, ("code", "id", "status"), "code", codes, batch=3)
    assert fast == core
    assert sorted(c for c, _i, _s in fast) == ["IN0", "IN1", "IN2"]
    assert all(type(i) is int for _c, i, _s in fast)
    assert rows_where_in(connection, TABLE, ("id",), "code", []) == []


def test_insert_columns_refuses_columns_of_other_lengths(session: Session) -> None:
    import pytest

    with pytest.raises(ValueError, match="values"):
        insert_columns(session.connection(), TABLE, {"code": ["A", "B"], "given_name": ["x"]})
