"""An event's categories of participant as plain data, read over a `Reader`.

Written once in SQL so that the light commands (`confdesk stats`) read them with Python's
sqlite3, while `registration.categories.categories` gives the same list through a session;
this module imports no SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from confdesk.db.reader import as_bool

if TYPE_CHECKING:
    from confdesk.db.reader import Reader


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    """One category as lists, filters, badges and exports use it (plain data)."""

    id: int
    code: str
    name_en: str
    name_fr: str
    colour: str
    in_published_list: bool
    position: int
    version: int

    def name(self, language: str = "en") -> str:
        return (self.name_fr or self.name_en) if language == "fr" else self.name_en


def event_categories(reader: Reader, event_id: int) -> list[CategoryInfo]:
    """The event's categories in their order."""
    return [
        CategoryInfo(cid, code, name_en, name_fr, colour, as_bool(published), position,
                     version)
        for cid, code, name_en, name_fr, colour, published, position, version in reader.rows(
            "SELECT id, code, name_en, name_fr, colour, in_published_list, position, version "
            "FROM participant_category WHERE event_id = ? ORDER BY position, id", (event_id,))
    ]
