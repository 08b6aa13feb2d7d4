"""The list of participants as an edition: who is on it, its title block, its issue.

One computation behind `confdesk export participants` and the window's export: the published
list holds only people who will attend (not declined, not cancelled) and who did not ask to
be left out, unless the options say otherwise; it can be recorded as an issue ("Rev.1") and
can carry what changed since the previous issue.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from confdesk.editions import date_range, long_date
from confdesk.errors import NO_EARLIER_ISSUE, UserError
from confdesk.exports.list_header import ListHeader
from confdesk.exports.list_options import ListOptions as ListOptions
from confdesk.exports.list_options import chosen_rows as chosen_rows
from confdesk.exports.list_options import published as published
from confdesk.registration.protocol import Delegation, delegations
from confdesk.registration.queries import ParticipantRow
from confdesk.registration.states import country_name

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from confdesk.events.models import Event
    from confdesk.registration import revisions
    from confdesk.registration.revisions import Changes, ListRevision

# The ORM (the event, the issues recorded) is imported by `prepare_list` when it runs: the
# spreadsheets written from a plain reader (`exports.participants_listing`) need only `published`.

ALONE = {"en": "Individual participants", "fr": "Participants à titre individuel"}
_ORIGINAL = {"en": "the list of {d}", "fr": "la liste du {d}"}
_REVISED = {"en": "{rev} of {d}", "fr": "le {rev} du {d}"}


def event_header(event: Event, language: str) -> ListHeader:
    """The event's title block in a language (French texts where the event has them)."""
    place = ", ".join(p for p in (event.text("venue", language), event.text("city", language),
                                  country_name(event.country_code, language)) if p)
    return ListHeader(event.text("title", language),
                      date_range(event.start_date, event.end_date, language), place)


def issue_name(revision: ListRevision, language: str) -> str:
    """"Rev.1 of 1 April 2014", "the list of 31 March 2014" (French: "le Rev.1 du …")."""
    lang = language if language in _ORIGINAL else "en"
    day = long_date(revision.issued_on, lang)
    if revision.number == 0:
        return _ORIGINAL[lang].format(d=day)
    return _REVISED[lang].format(rev=revision.label, d=day)


def _in_language(entry: revisions.Entry, rows: dict[int, ParticipantRow],
                 org_names: dict[int, str]) -> revisions.Entry:
    """An earlier issue's entry named as this edition names it, where the person is still
    registered (an English issue compared from a French one reads in French)."""
    from confdesk.registration import revisions

    row = rows.get(entry.id)
    org = org_names.get(entry.organisation_id) if entry.organisation_id else None
    name = row.display_name if row is not None and _same_person(entry, row) else entry.name
    return revisions.Entry(entry.id, name, org or entry.delegation, entry.organisation_id,
                           entry.function, entry.role)


def _same_person(entry: revisions.Entry, row: ParticipantRow) -> bool:
    """True when only the honorific's language differs (the name itself did not change)."""
    return entry.name.endswith(row.plain_name)


@dataclass
class ListDocument:
    """Everything the PDF needs, and the issue recorded (flushed, not committed)."""

    header: ListHeader
    rows: list[ParticipantRow]
    delegations: list[Delegation]
    changes: Changes | None
    revision: ListRevision | None
    #: Names of the categories left out because the event does not publish them.
    hidden_categories: list[str] = field(default_factory=list)
    #: How many people those categories held (among the others the list would show).
    hidden_count: int = 0


def prepare_list(session: Session, event: Event, rows: Iterable[ParticipantRow],
                 options: ListOptions, *, by_delegation: bool = True) -> ListDocument:
    """Select, order and (when asked) issue a list. Rows come loaded in `options.language`.
    The caller commits after the file is written, or rolls back if writing fails.

    Without `by_delegation` (a spreadsheet, which lists `rows` in alphabetical order), the
    delegations are grouped only when an issue or its changes need them: at 100,000 people
    grouping and naming every entry costs more than writing the CSV."""
    from confdesk.registration import revisions

    lang = options.language
    everyone = list(rows)
    chosen, hidden = chosen_rows(everyone, options)
    issued = options.issue or options.changes
    ordered = delegations(chosen, no_organisation=ALONE.get(lang, ALONE["en"]),
                          groups=event.protocol_groups) if by_delegation or issued else []
    entries = revisions.entries_of(ordered) if issued else []
    changes = None
    if options.changes:
        previous = revisions.latest(session, event.id)
        if previous is None:
            raise UserError(NO_EARLIER_ISSUE, code="list.no_earlier_issue")
        by_id = {r.id: r for r in everyone}
        org_names = {r.organisation_id: r.organisation_name for r in everyone
                     if r.organisation_id}
        changes = revisions.compare(
            [_in_language(revisions.Entry.from_dict(e), by_id, org_names)
             for e in previous.entries],
            entries, since=issue_name(previous, lang))
    header = event_header(event, lang)
    revision = None
    if options.issue:
        revision = revisions.issue(session, event.id, entries,
                                   issued_on=options.issued_on or date.today(), language=lang)
        header = ListHeader(header.title, header.dates, header.place, revision.label,
                            long_date(revision.issued_on, lang))
    return ListDocument(header, chosen, ordered, changes, revision,
                        sorted({r.category_name for r in hidden}), len(hidden))
