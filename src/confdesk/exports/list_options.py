"""Who goes on a list of participants: the options of an export and the rows they choose.

Light on purpose (no layout, no protocol order, no editions): the CSV and XLSX lists that
`confdesk export participants` writes from a SQLite file need only this;
`exports.published_list` gives the same names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from confdesk.registration.kinds import INACTIVE_STATUSES

if TYPE_CHECKING:
    from confdesk.registration.queries import ParticipantRow


@dataclass(frozen=True)
class ListOptions:
    """Who goes on a list and how it is issued."""

    language: str = "en"
    #: Only people who will attend and who agreed to be published (the published list).
    published: bool = True
    #: With `published`: keep people who declined or cancelled all the same.
    include_inactive: bool = False
    #: With `published`: keep people who asked not to be published all the same.
    include_unpublished: bool = False
    #: With `published`: keep the categories the event leaves out of the published list.
    include_all_categories: bool = False
    #: Record this list as a new issue (the original, then Rev.1, Rev.2…).
    issue: bool = False
    #: The date of issue (default: today).
    issued_on: date | None = None
    #: Add what changed since the previous issue.
    changes: bool = False


def published(rows: Iterable[ParticipantRow], *, include_inactive: bool = False,
              include_unpublished: bool = False,
              include_all_categories: bool = False) -> list[ParticipantRow]:
    """The rows the published list shows: people who will attend, agreed to appear and
    belong to a category the event publishes."""
    return [r for r in rows
            if (include_inactive or r.status not in INACTIVE_STATUSES)
            and (include_unpublished or not r.do_not_publish)
            and (include_all_categories or r.category_published)]


def chosen_rows(rows: list[ParticipantRow], options: ListOptions
                ) -> tuple[list[ParticipantRow], list[ParticipantRow]]:
    """The rows a list with `options` shows, and those it leaves out only because their
    category is not published (the message names their categories)."""
    chosen = published(rows, include_inactive=options.include_inactive,
                       include_unpublished=options.include_unpublished,
                       include_all_categories=options.include_all_categories) \
        if options.published else rows
    hidden = [] if not options.published or options.include_all_categories else published(
        (r for r in rows if not r.category_published),
        include_inactive=options.include_inactive,
        include_unpublished=options.include_unpublished, include_all_categories=True)
    return chosen, hidden
