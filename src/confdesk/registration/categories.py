"""An event's categories of participant: list, add, edit, delete, reorder.

Plain functions over a Session that `flush()` and leave the transaction to the caller, like
`registration.operations`. Participants carry a category's `code`; a code stays fixed once
given (names, colour and the published-list flag change freely), a category still held by
participants is deleted only by moving them to another one, and the last category of an event
is never deleted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from confdesk.db.concurrency import flush
from confdesk.db.reader import SessionReader
from confdesk.errors import (
    CATEGORIES_CHANGED,
    CATEGORY_BAD_CODE,
    CATEGORY_BAD_COLOUR,
    CATEGORY_CHANGED_NAMED,
    CATEGORY_CODE_TAKEN,
    CATEGORY_DELETED,
    CATEGORY_DELETED_UNDER_LIST,
    CATEGORY_IN_USE,
    CATEGORY_LAST,
    CATEGORY_NAME_TAKEN,
    CATEGORY_NAME_TOO_LONG,
    CATEGORY_NAME_TWICE,
    CATEGORY_NAMELESS,
    CATEGORY_NOT_ANOTHER,
    CATEGORY_NOT_FOUND,
    CATEGORY_UNKNOWN,
    ConcurrentEditError,
    UserError,
)
from confdesk.registration import names
from confdesk.registration.category_list import CategoryInfo as CategoryInfo
from confdesk.registration.category_list import event_categories
from confdesk.registration.models import (
    DEFAULT_CATEGORY,
    Participant,
    ParticipantCategory,
)

_CODE_RE = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
_COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
_NAME_LIMIT = 100


class CategoryError(UserError):
    """A category that cannot be saved or deleted as asked."""


@dataclass(frozen=True, slots=True)
class CategoryData:
    """The editable fields of a category, as a form or the command line holds them."""

    name_en: str
    name_fr: str = ""
    colour: str = "#1F4E79"
    in_published_list: bool = True


def _info(c: ParticipantCategory) -> CategoryInfo:
    return CategoryInfo(c.id, c.code, c.name_en, c.name_fr, c.colour, c.in_published_list,
                        c.position, c.version)


def categories(session: Session, event_id: int) -> list[CategoryInfo]:
    """The event's categories in their order (see `category_list.event_categories`)."""
    return event_categories(SessionReader(session), event_id)


def by_code(session: Session, event_id: int) -> dict[str, CategoryInfo]:
    """The event's categories by code, in their order."""
    return {c.code: c for c in categories(session, event_id)}


def usage(session: Session, event_id: int) -> dict[str, int]:
    """How many participants of the event hold each category code."""
    return dict(session.execute(
        select(Participant.category, func.count()).where(Participant.event_id == event_id)
        .group_by(Participant.category)).all())


def check_code(session: Session, event_id: int, code: str) -> str:
    """The code, if the event has that category; else a CategoryError naming the choices."""
    known = by_code(session, event_id)
    if code not in known:
        raise CategoryError(CATEGORY_UNKNOWN, code="category.unknown", category=code,
                            known=", ".join(known))
    return code


def default_code(session: Session, event_id: int) -> str:
    """The category a new participant gets: "delegate" if the event has it, else its first."""
    known = by_code(session, event_id)
    if DEFAULT_CATEGORY in known or not known:
        return DEFAULT_CATEGORY
    return next(iter(known))


def suggest_code(name: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A free code made from a name: "Civil society / NGO" → "civil_society_ngo"."""
    base = re.sub(r"[^a-z0-9]+", "_", names.fold(name)).strip("_")[:28] or "category"
    if not base[0].isalpha():
        base = f"c_{base}"[:28]
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code


def _clean(data: CategoryData) -> CategoryData:
    name_en, name_fr = names.clean(data.name_en), names.clean(data.name_fr)
    if not name_en:
        raise CategoryError(CATEGORY_NAMELESS, code="category.nameless")
    for name in (name_en, name_fr):
        if len(name) > _NAME_LIMIT:
            raise CategoryError(CATEGORY_NAME_TOO_LONG, code="category.name_too_long",
                                name=name[:40], limit=_NAME_LIMIT)
    colour = data.colour.strip()
    if not _COLOUR_RE.match(colour):
        raise CategoryError(CATEGORY_BAD_COLOUR, code="category.colour", colour=colour)
    return CategoryData(name_en, "" if name_fr == name_en else name_fr, colour.upper(),
                        bool(data.in_published_list))


def _check_names_free(existing: Sequence[CategoryInfo], data: CategoryData,
                      except_id: int | None = None) -> None:
    for other in existing:
        if other.id == except_id:
            continue
        for name in (data.name_en, data.name_fr):
            if name and names.fold(name) in (names.fold(other.name_en), names.fold(other.name_fr)):
                raise CategoryError(CATEGORY_NAME_TAKEN, code="category.name_taken", name=name)


def _flush(session: Session) -> None:
    flush(session, "", lambda _record: ConcurrentEditError.category())


def add_category(session: Session, event_id: int, data: CategoryData, *,
                 code: str | None = None) -> CategoryInfo:
    """A new category at the end of the event's list; its code is made from the English name
    unless given."""
    data = _clean(data)
    existing = categories(session, event_id)
    taken = {c.code for c in existing}
    if code is None:
        code = suggest_code(data.name_en, taken)
    elif not _CODE_RE.match(code):
        raise CategoryError(CATEGORY_BAD_CODE, code="category.code", category=code)
    elif code in taken:
        raise CategoryError(CATEGORY_CODE_TAKEN, code="category.code_taken", category=code)
    _check_names_free(existing, data)
    category = ParticipantCategory(
        event_id=event_id, code=code, name_en=data.name_en, name_fr=data.name_fr,
        colour=data.colour, in_published_list=data.in_published_list,
        position=max((c.position for c in existing), default=-1) + 1)
    session.add(category)
    _flush(session)
    return _info(category)


def _get(session: Session, category_id: int, expected_version: int | None) -> ParticipantCategory:
    category = session.get(ParticipantCategory, category_id)
    if category is None:
        raise ConcurrentEditError(CATEGORY_DELETED, code="concurrent.category")
    if expected_version is not None and category.version != expected_version:
        raise ConcurrentEditError(CATEGORY_CHANGED_NAMED, code="concurrent.category",
                                  name=category.name_en)
    return category


def find(session: Session, event_id: int, text: str) -> CategoryInfo:
    """A category of the event by code or by English or French name."""
    wanted = names.fold(text)
    for c in categories(session, event_id):
        if wanted in (c.code, names.fold(c.name_en), names.fold(c.name_fr)):
            return c
    known = ", ".join(c.code for c in categories(session, event_id))
    raise CategoryError(CATEGORY_NOT_FOUND, code="category.not_found", text=text, known=known)


def update_category(session: Session, category_id: int, data: CategoryData, *,
                    expected_version: int | None = None) -> CategoryInfo:
    """Save new names, colour or published-list flag; the code stays."""
    data = _clean(data)
    category = _get(session, category_id, expected_version)
    _check_names_free(categories(session, category.event_id), data, except_id=category_id)
    for name in ("name_en", "name_fr", "colour", "in_published_list"):
        if getattr(category, name) != getattr(data, name):
            setattr(category, name, getattr(data, name))
    _flush(session)
    return _info(category)


def delete_category(session: Session, category_id: int, *, move_to: str | None = None,
                    expected_version: int | None = None) -> int:
    """Delete a category; its participants move to `move_to` (a code), which is required when
    there are any. Returns how many participants moved."""
    category = _get(session, category_id, expected_version)
    event_id, code = category.event_id, category.code
    others = [c for c in categories(session, event_id) if c.id != category_id]
    if not others:
        raise CategoryError(CATEGORY_LAST, code="category.last")
    held = usage(session, event_id).get(code, 0)
    if held and move_to is None:
        raise CategoryError(CATEGORY_IN_USE, code="category.in_use", count=held,
                            name=category.name_en)
    if held:
        assert move_to is not None
        if move_to == code or move_to not in {c.code for c in others}:
            raise CategoryError(CATEGORY_NOT_ANOTHER, code="category.move_to",
                                category=move_to)
        session.execute(
            update(Participant).where(Participant.event_id == event_id,
                                      Participant.category == code)
            .values(category=move_to, version=Participant.version + 1)
            .execution_options(synchronize_session="fetch"))
    session.delete(category)
    _flush(session)
    return held


def reorder_categories(session: Session, event_id: int, category_ids: Sequence[int]) -> None:
    """Put the event's categories in the order of `category_ids` (each of them once)."""
    found = {c.id: c for c in session.scalars(
        select(ParticipantCategory).where(ParticipantCategory.event_id == event_id))}
    if sorted(category_ids) != sorted(found):
        raise ConcurrentEditError(CATEGORIES_CHANGED, code="concurrent.category")
    for position, cid in enumerate(category_ids):
        if found[cid].position != position:
            found[cid].position = position
    _flush(session)


@dataclass(frozen=True, slots=True)
class CategoryRow:
    """One line of the categories dialog: an existing category (id, version) or a new one."""

    data: CategoryData
    category_id: int | None = None
    version: int | None = None
    #: For a new category: its code, or None to make one from the English name.
    code: str | None = None


def save_categories(session: Session, event_id: int, rows: Sequence[CategoryRow], *,
                    move_to: dict[str, str] | None = None) -> None:
    """Make the event's categories those of `rows`, in their order: add, edit, and delete the
    ones left out, moving their participants as `move_to` (deleted code → kept code) says."""
    existing = {c.id: c for c in categories(session, event_id)}
    kept = {r.category_id for r in rows if r.category_id is not None}
    if not kept <= set(existing):
        raise ConcurrentEditError(CATEGORY_DELETED_UNDER_LIST, code="concurrent.category")
    if not rows:
        raise CategoryError(CATEGORY_LAST, code="category.last")
    cleaned = [CategoryRow(_clean(r.data), r.category_id, r.version, r.code) for r in rows]
    seen: set[str] = set()
    for row in cleaned:
        for name in {names.fold(row.data.name_en), names.fold(row.data.name_fr)} - {""}:
            if name in seen:
                raise CategoryError(CATEGORY_NAME_TWICE, code="category.name_twice",
                                    name=row.data.name_en)
            seen.add(name)
    # Deletions first (their participants move to a kept category), with names out of the way.
    for cid in sorted(set(existing) - kept):
        code = existing[cid].code
        delete_category(session, cid, move_to=(move_to or {}).get(code))
    # Edits (names were checked together above, so two categories may swap names).
    for row in cleaned:
        if row.category_id is not None:
            category = _get(session, row.category_id, row.version)
            for name in ("name_en", "name_fr", "colour", "in_published_list"):
                if getattr(category, name) != getattr(row.data, name):
                    setattr(category, name, getattr(row.data, name))
    _flush(session)
    ids: list[int] = []
    for row in cleaned:
        if row.category_id is None:
            ids.append(add_category(session, event_id, row.data, code=row.code).id)
        else:
            ids.append(row.category_id)
    reorder_categories(session, event_id, ids)
