"""A bulk INSERT's audit entries, built column by column with their JSON text made from each
column's parts (`audit._inserted`), are exactly the entries of the trail's one rule for an
inserted row (`audit._row_entry`, whose changes `json.dumps` writes): same JSON text to the
byte for values of every kind and script, same labels, ids, events and owners."""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from enum import Enum, IntEnum
from typing import Any

from sqlalchemy import Table

from confdesk.programme.models import SessionRole
from confdesk.registration.models import DelegationRole, Participant, Status
from confdesk.team import audit

PARTICIPANTS: Table = Participant.__table__  # type: ignore[assignment]
ROLES: Table = SessionRole.__table__  # type: ignore[assignment]


class Colour(Enum):
    RED = "red"


class Rank(IntEnum):
    FIRST = 1


#: Texts of every kind: scripts, bidi isolates, JSON's escapes, control characters, emoji,
#: a lone surrogate, white space alone.
TEXTS = ["Zoë", "Ångström", "محمد", "\u2068علي\u2069", "李小明", "Ольга", "Đặng", "ผู้แทน",
         'say "hi"', "back\\slash", "line\nbreak\r\n", "tab\there", "bell\x07", "\x00nul",
         "\u2028sep\u2029", "😀 emoji", "\ud800", " ", "0", "false", "null", "é" * 300]
#: Values of every other kind an inserted row may hold.
OTHERS: list[Any] = [None, "", False, True, 0, 1, -7, 0.0, 1.5, float("nan"), float("inf"),
                     2**70, Decimal("1.10"), date(2026, 12, 4),
                     datetime(2026, 12, 4, 5, 6, 7, 890), time(9, 30), Status.CONFIRMED,
                     DelegationRole.HEAD, Colour.RED, Rank.FIRST, [1, "a", None],
                     {"k": date(2027, 1, 1)}, {1, 2}, b"bytes",
                     # equal values written differently: none may stand for another
                     Decimal("1.1"), Decimal("1.100"), (1, 2), (1, 2.0),
                     datetime(2026, 12, 4, 12, tzinfo=UTC),
                     datetime(2026, 12, 4, 13, tzinfo=timezone(timedelta(hours=1)))]


def _rows(count: int, seed: int) -> list[dict[str, Any]]:
    rnd = random.Random(seed)
    pool = TEXTS + OTHERS
    keys = ["given_name", "family_name", "family_name_first", "email", "notes", "status",
            "organisation_id", "country_code", "do_not_publish", "checked_in_at", "code",
            "event_id", "sort_key", "search_text", "version", "created_at"]
    rows = []
    for i in range(count):
        row: dict[str, Any] = {key: rnd.choice(pool) for key in keys}
        row["code"] = f"C{i:05d}" if i % 9 else ""
        row["event_id"] = rnd.choice([1, 2, None])
        if i % 13 == 0:  # a row that says nothing: no entry
            row = dict.fromkeys(keys, None) | {"code": "", "given_name": "", "version": 1}
        rows.append(row)
    return rows


def _by_the_rule(cls: type, rows: list[dict[str, Any]], ids: dict[str, int]
                 ) -> audit._Entries:
    expected = audit._Entries()
    for row in rows:
        ident = row.get("id") or ids.get(str(row.get("code")))
        for entry in audit._row_entry(cls, ident, "insert", None, row):
            expected.add(entry)
    return expected


def test_inserted_entries_are_the_rules_to_the_byte() -> None:
    rows = _rows(3000, seed=14)
    ids = {str(row["code"]): i + 1000 for i, row in enumerate(rows) if row["code"]}
    fast = audit._inserted(None, Participant, PARTICIPANTS, rows, ids)  # type: ignore[arg-type]
    expected = _by_the_rule(Participant, rows, ids)
    assert len(fast) == len(expected) < len(rows)  # rows saying nothing have no entry
    assert fast == expected
    # The rule's text is json.dumps of the changes, as a reader of the trail parses it.
    for body, row in zip(fast.bodies[:200], [r for r in rows if any(
            v is not None and audit.plain(v) not in ("", False)
            for k, v in r.items() if k not in audit._BOOKKEEPING)][:200], strict=True):
        changes = {k: [None, audit.plain(v)] for k, v in row.items()
                   if k not in audit._BOOKKEEPING and v is not None
                   and audit.plain(v) not in ("", False)}
        assert body == json.dumps(changes, ensure_ascii=False, default=str)


def test_inserted_entries_of_rows_with_other_columns_or_orders() -> None:
    rows = _rows(200, seed=3)
    for i, row in enumerate(rows):
        if i % 3 == 1:
            rows[i] = dict(reversed(row.items()))  # another order: another JSON text
        elif i % 3 == 2:
            del row["notes"]
    ids = {str(row["code"]): i for i, row in enumerate(rows) if row["code"]}
    fast = audit._inserted(None, Participant, PARTICIPANTS, rows, ids)  # type: ignore[arg-type]
    assert fast == _by_the_rule(Participant, rows, ids)


def test_inserted_entries_with_an_owner() -> None:
    rows = [{"session_id": 7, "participant_id": 3, "role": "speaker", "position": 0},
            {"session_id": 8, "participant_id": 4, "role": "chair", "position": 1, "id": 55}]
    fast = audit._inserted(None, SessionRole, ROLES, rows, {})  # type: ignore[arg-type]
    assert fast == _by_the_rule(SessionRole, rows, {})
    assert fast.owner_kinds == ["session", "session"]
    assert fast.owner_ids == [7, 8]
    assert fast.ids == [None, 55]
