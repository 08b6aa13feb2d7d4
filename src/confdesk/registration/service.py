"""Registration's service: the only way the window (and the CLI) change participants.

One public method per user action, each one unit of work: it opens its own transaction,
checks the version the user saw (`db/concurrency.py`), applies the rule of
`registration/operations.py`, adds what spans domains (`confdesk/consequences.py`: a deleted
participant's programme roles and rapporteur's items), commits, and returns what undo needs:
a `PeopleChange` (rows before and after), a `CheckIn`, or an `ImportChange`. Undo and redo
replay those through `replay`, `undo_check_in`/`redo_check_in` and `replay_import`, which
refuse (`UndoRefusedError`) to overwrite or bring back what someone else did since. Qt-free:
tested without a QApplication.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from confdesk import consequences
from confdesk.db.concurrency import quoted
from confdesk.db.database import Database
from confdesk.db.reader import SessionReader
from confdesk.errors import ConcurrentEditError, UndoRefusedError
from confdesk.events.models import Event
from confdesk.events.queries import protocol_groups as event_protocol_groups
from confdesk.exports.participants_listing import (
    EVERYBODY,
    Exported,
    Selection,
    selected_rows,
    write_table_list,
)
from confdesk.registration import categories as cats
from confdesk.registration import names
from confdesk.registration import operations as ops
from confdesk.registration.categories import CategoryInfo, CategoryRow
from confdesk.registration.models import INACTIVE_STATUSES, Organisation, Participant, Status
from confdesk.registration.operations import (
    LINK_KEYS,
    CheckIn,
    DuplicateMatch,
    ParticipantData,
)
from confdesk.registration.queries import (
    ParticipantRow,
    ParticipantRowStore,
    load_rows,
)
from confdesk.team.access import require
from confdesk.team.roles import Permission

if TYPE_CHECKING:
    from confdesk.exports.published_list import ListOptions
    from confdesk.exports.registry import Cancelled, ParticipantsExport, Progress

__all__ = ["CheckIn", "Exported", "ImportChange", "PeopleChange", "RegistrationService",
           "Selection", "Snapshot"]

#: Every field needed to put a participant back as they were (see `operations.snapshot`).
Snapshot = dict[str, Any]


@dataclass
class PeopleChange:
    """Participants before and after one action: `before` is empty for a creation, `after`
    for a deletion (whose snapshots carry what it took along in other domains)."""

    before: list[Snapshot] = field(default_factory=list)
    after: list[Snapshot] = field(default_factory=list)

    @property
    def ids(self) -> set[int]:
        return {s["id"] for s in self.before} | {s["id"] for s in self.after}

    @property
    def name(self) -> str:
        """The display name of the (first) person changed, for the undo step's text."""
        snap = (self.after or self.before or [{}])[0]
        return names.display_name(snap.get("given_name", ""), snap.get("family_name", ""),
                                  family_first=bool(snap.get("family_name_first")))


@dataclass
class ImportChange:
    """A committed import: the people it added (ids) and those it updated, before and after.

    `added` holds the added people as they were when an undo last removed them (with any
    programme roles a colleague gave them meanwhile), for the redo to bring them back.
    """

    added_ids: list[int]
    updated_before: list[Snapshot]
    updated_after: list[Snapshot]
    added: list[Snapshot] = field(default_factory=list)

    @classmethod
    def of(cls, added_ids: Sequence[int], updated_before: Sequence[Snapshot],
           after: Sequence[Snapshot]) -> ImportChange:
        """From an import's report and the touched people as the import left them."""
        updated = {s["id"] for s in updated_before}
        return cls(list(added_ids), list(updated_before),
                   [s for s in after if s["id"] in updated],
                   [s for s in after if s["id"] not in updated])

    @property
    def ids(self) -> set[int]:
        return set(self.added_ids) | {s["id"] for s in self.updated_before}


def snapshots_in_bulk(session: Session, ids: Sequence[int]) -> list[Snapshot]:
    """Snapshots of participants as they are now (those still existing), 500 at a time."""
    # The snapshot's columns read as rows, not as Participant objects (`ops.snapshot` of
    # each): the same values, without building 100,000 objects after an import.
    found: list[Snapshot] = []
    ids = list(ids)
    keys = ops.SNAPSHOT_KEYS
    table: Table = Participant.__table__  # type: ignore[assignment]
    columns = [table.c[key] for key in keys]
    session.flush()  # what the session holds, written first (Core reads do not autoflush)
    connection = session.connection()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found += [dict(zip(keys, row, strict=True)) for row in connection.execute(
            select(*columns).where(table.c.id.in_(chunk)).order_by(table.c.id))]
    order = {pid: i for i, pid in enumerate(ids)}
    return sorted(found, key=lambda s: order[s["id"]])


def check_unchanged(session: Session, expected: Iterable[Snapshot]) -> None:
    """Refuse (UndoRefusedError) unless each participant is still as in `expected`: undo and
    redo put whole rows back, and would otherwise overwrite someone else's later change."""
    expected = list(expected)
    found = {s["id"]: s for s in snapshots_in_bulk(session, [s["id"] for s in expected])}
    for snap in expected:
        now = found.get(snap["id"])
        name = quoted(names.display_name(snap.get("given_name", ""),
                                         snap.get("family_name", ""),
                                         family_first=bool(snap.get("family_name_first"))))
        if now is None:
            raise UndoRefusedError.participant_gone(name)
        if any(now.get(key) != value for key, value in snap.items() if key not in LINK_KEYS):
            raise UndoRefusedError.would_overwrite(name)


def check_absent(session: Session, snapshots: Iterable[Snapshot]) -> None:
    """Refuse to re-create people whose id someone else's work has taken since."""
    ids = [s["id"] for s in snapshots]
    if ids and session.scalar(select(Participant.id).where(Participant.id.in_(ids)).limit(1)):
        raise UndoRefusedError.would_overwrite(quoted(PeopleChange(after=list(snapshots)).name))


class RegistrationService:
    """Reads and changes one event's participants in a database, one transaction per call."""

    def __init__(self, database: Database, event_id: int) -> None:
        self.database = database
        self.event_id = event_id

    # -- reading -------------------------------------------------------------------------
    def load(self, store: ParticipantRowStore) -> None:
        """Fill `store` with every participant of the event."""
        with self.database.sessions() as s:
            store.load(s)

    def refresh(self, store: ParticipantRowStore, ids: Iterable[int]) -> None:
        """Read participants `ids` again into `store` (those deleted leave it)."""
        with self.database.sessions() as s:
            store.refresh(s, ids)

    def rows(self, language: str = "en") -> list[ParticipantRow]:
        """Every participant of the event, as the list shows them."""
        with self.database.sessions() as s:
            return load_rows(SessionReader(s), self.event_id, language=language)

    def protocol_groups(self) -> tuple[str, ...]:
        """The event's order of the delegations' groups (empty: the UN order)."""
        with self.database.sessions() as s:
            return event_protocol_groups(SessionReader(s), self.event_id)

    def event_name(self) -> str:
        """The event's short name, or its title."""
        with self.database.sessions() as s:
            event = self._event(s)
            return event.short_name or event.title

    def categories(self) -> list[CategoryInfo]:
        """The event's categories of participants, in order."""
        with self.database.sessions() as s:
            return cats.categories(s, self.event_id)

    def category_usage(self) -> dict[str, int]:
        """How many participants have each category code."""
        with self.database.sessions() as s:
            return cats.usage(s, self.event_id)

    def checked_in_counts(self) -> dict[str, tuple[int, int]]:
        """Per category code: (checked in, expected)."""
        with self.database.sessions() as s:
            return ops.checked_in_counts(s, self.event_id)

    def organisations(self, language: str = "en") -> list[tuple[int, str]]:
        """Every organisation as (id, name in `language`), alphabetically."""
        with self.database.sessions() as s:
            named = [(o.id, o.name(language)) for o in s.scalars(select(Organisation))]
        return sorted(named, key=lambda item: names.fold(item[1]))

    def delegation_countries(self) -> dict[int, str]:
        """The country of each organisation that is a State's delegation, by id: what the
        list shows as a member's country when they have none of their own."""
        with self.database.sessions() as s:
            return {o.id: o.country_code for o in s.scalars(select(Organisation))
                    if o.is_state and o.country_code}

    def participant(self, participant_id: int) -> tuple[ParticipantData, int] | None:
        """A participant's editable fields and the version they were read at (None: gone)."""
        with self.database.sessions() as s:
            person = s.get(Participant, participant_id)
            if person is None or person.event_id != self.event_id:
                return None
            return ParticipantData.of(person), person.version

    def duplicates(self, data: ParticipantData, exclude: int | None = None
                   ) -> list[DuplicateMatch]:
        """People of the event who may be the same as `data`."""
        with self.database.sessions() as s:
            return ops.find_duplicates(s, self.event_id, data, exclude_id=exclude)

    def duplicate_finder(self, exclude: int | None
                         ) -> Callable[[ParticipantData], list[DuplicateMatch]]:
        """`duplicates` for a dialog that edits participant `exclude` (None: a new one)."""
        return lambda data: self.duplicates(data, exclude)

    def snapshots(self, ids: Sequence[int]) -> list[Snapshot]:
        """Participants as they are now (for an undo step made of a change already done)."""
        with self.database.sessions() as s:
            return snapshots_in_bulk(s, ids)

    # -- one participant -----------------------------------------------------------------
    def create(self, data: ParticipantData, new_organisation: str = "") -> PeopleChange:
        """A new participant; `new_organisation` (typed in the dialog) is found or created."""
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_PARTICIPANTS, event_id=self.event_id)
            data = _with_organisation(s, data, new_organisation)
            person = ops.create_participant(s, self.event_id, data)
            return PeopleChange([], [ops.snapshot(person)])

    def update(self, participant_id: int, version: int | None, data: ParticipantData,
               new_organisation: str = "") -> PeopleChange:
        """Save an edit, refused if the participant is no longer at `version` (the one the
        dialog showed)."""
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_PARTICIPANTS, event_id=self.event_id)
            data = _with_organisation(s, data, new_organisation)
            before = ops.update_participant(s, participant_id, data, expected_version=version)
            return PeopleChange([before], snapshots_in_bulk(s, [participant_id]))

    # -- several participants ------------------------------------------------------------
    def delete(self, ids: Sequence[int]) -> PeopleChange:
        """Delete people, with what that takes along in other domains."""
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_PARTICIPANTS, event_id=self.event_id)
            return PeopleChange(consequences.delete_participants(s, ids), [])

    def set_status(self, ids: Sequence[int], status: Status) -> PeopleChange:
        """Give several people one status."""
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_PARTICIPANTS, event_id=self.event_id)
            before = ops.set_status(s, ids, status)
            return PeopleChange(before, snapshots_in_bulk(s, ids))

    def set_category(self, ids: Sequence[int], category: str) -> PeopleChange:
        """Give several people one of the event's categories (by code)."""
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_PARTICIPANTS, event_id=self.event_id)
            before = ops.set_category(s, ids, category)
            return PeopleChange(before, snapshots_in_bulk(s, ids))

    def mark_badges_printed(self, ids: Sequence[int], when: datetime | None = None
                            ) -> PeopleChange:
        """Record that these people's badges were printed (now)."""
        with self.database.sessions.begin() as s:
            require(s, Permission.PRINT_BADGES, event_id=self.event_id)
            before = ops.mark_badges_printed(s, ids, when)
            return PeopleChange(before, snapshots_in_bulk(s, ids))

    def replay(self, change: PeopleChange, *, forward: bool) -> set[int]:
        """Redo (`forward`) or undo `change`; returns the ids it touched.

        Refused (UndoRefusedError) unless the people are now as the step left them: someone
        else changed or deleted them since, and replaying would overwrite that.
        """
        target, now = (change.after, change.before) if forward else (change.before, change.after)
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_PARTICIPANTS, event_id=self.event_id)
            wanted = {snap["id"] for snap in target}
            check_unchanged(s, now)
            check_absent(s, [snap for snap in target if snap["id"] not in
                             {n["id"] for n in now}])
            gone = [snap["id"] for snap in now if snap["id"] not in wanted]
            if gone:
                consequences.delete_participants(s, gone)
            consequences.restore_participants(s, target)
        return change.ids

    # -- categories ----------------------------------------------------------------------
    def save_categories(self, rows: Sequence[CategoryRow], moves: dict[str, str]) -> None:
        """Save the categories dialog (adds, renames, order, deletions moving people)."""
        with self.database.sessions.begin() as s:
            require(s, Permission.EDIT_PARTICIPANTS, event_id=self.event_id)
            cats.save_categories(s, self.event_id, rows, move_to=moves)

    # -- the desk ------------------------------------------------------------------------
    def check_in(self, code_or_id: str | int, *, force: bool = False) -> CheckIn:
        """Check someone in (see `operations.check_in` for what is refused or warned)."""
        with self.database.sessions.begin() as s:
            require(s, Permission.CHECK_IN, event_id=self.event_id)
            return ops.check_in(s, self.event_id, code_or_id, force=force)

    def undo_check_in(self, done: CheckIn) -> int:
        """Put back the status from before the check-in; refused (UndoRefusedError) if the
        registration changed since. Returns the participant's id."""
        with self.database.sessions.begin() as s:
            require(s, Permission.CHECK_IN, event_id=self.event_id)
            ops.undo_check_in(s, done)
        return done.participant_id

    def redo_check_in(self, done: CheckIn) -> int:
        """Check in again at the same time; refused if the registration changed since."""
        with self.database.sessions.begin() as s:
            require(s, Permission.CHECK_IN, event_id=self.event_id)
            ops.redo_check_in(s, done)
        return done.participant_id

    # -- exports -------------------------------------------------------------------------
    def find_category(self, text: str) -> str:
        """The code of the event's category named or coded `text` (refused when none)."""
        with self.database.sessions() as s:
            return cats.find(s, self.event_id, text).code

    def _selected(self, s: Session, language: str, selection: Selection
                  ) -> list[ParticipantRow]:
        return selected_rows(SessionReader(s), self.event_id, language, selection)

    def _event(self, s: Session) -> Event:
        event = s.get(Event, self.event_id)
        if event is None:
            raise ConcurrentEditError.deleted(f"Event {self.event_id}")
        return event

    def export_list(self, kind: ParticipantsExport, path: Path, options: ListOptions,
                    selection: Selection = EVERYBODY, *, progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> Exported:
        """Write the list of participants (PDF: the published list in protocol order; XLSX,
        CSV) atomically; an issue of the list (`options.issue`) is recorded only once its
        file is in place."""
        from confdesk.exports import registry
        from confdesk.exports.published_list import prepare_list

        with self.database.sessions() as s:
            require(s, _list_permission(kind, options), event_id=self.event_id)
            event = self._event(s)
            if kind is not registry.ParticipantsExport.LIST_PDF and not (
                    options.issue or options.changes):  # only reads: as on a plain reader
                return write_table_list(SessionReader(s), self.event_id, kind, path, options,
                                        selection, progress=progress, cancelled=cancelled)
            rows = self._selected(s, options.language, selection)
            document = prepare_list(s, event, rows, options,
                                    by_delegation=kind is registry.ParticipantsExport.LIST_PDF)
            count = registry.write(
                registry.ParticipantsListExport(kind, document, options.language), path,
                progress=progress, cancelled=cancelled)
            s.commit()  # the issue is recorded once its file exists
            issued = document.revision
            label = (f"{issued.label or 'the original'} of {issued.issued_on}"
                     if issued else None)
        return Exported(path, count, tuple(r.id for r in document.rows),
                        revision_label=label,
                        hidden_categories=tuple(document.hidden_categories),
                        hidden_count=document.hidden_count)

    def export_badges(self, path: Path, selection: Selection = EVERYBODY, *,
                      language: str = "en", only_unprinted: bool = False,
                      include_inactive: bool = False, one_per_page: bool = False,
                      mark_printed: bool = False, progress: Progress | None = None,
                      cancelled: Cancelled | None = None) -> Exported:
        """Write badges in protocol order atomically (people who declined or cancelled get
        none unless `include_inactive`); with `mark_printed`, record them as printed once
        the file is in place (`Exported.printed`: the change, for undo)."""
        from confdesk.exports import registry
        from confdesk.registration.protocol import protocol_sorted

        with self.database.sessions() as s:
            require(s, Permission.PRINT_BADGES, event_id=self.event_id)
            event = self._event(s)
            rows = self._selected(s, language, selection)
            name = event.short_name or event.text("title", language)
        if only_unprinted:
            rows = [r for r in rows if r.badge_printed_at is None]
        if not include_inactive:
            rows = [r for r in rows if r.status not in INACTIVE_STATUSES]
        rows = protocol_sorted(rows)
        pages = registry.write(
            registry.BadgesExport(rows, name, language, one_per_page=one_per_page), path,
            progress=progress, cancelled=cancelled)
        ids = tuple(r.id for r in rows)
        printed = self.mark_badges_printed(ids) if mark_printed else None
        return Exported(path, len(rows), ids, pages=pages, printed=printed)

    # -- imports -------------------------------------------------------------------------
    def preview_import(self, table: Any, mapping: Any,
                       remembered: dict[str, dict[str, str]] | None = None,
                       **options: Any) -> Any:
        """Compare every row of `table` (read with `mapping`) with the people registered
        already: an `imports.participants.ImportPreview`. `remembered`: value meanings the
        user gave for earlier files; those this event can use join the mapping's own (which
        win). `options`: those of `prepare` (the CLI's `on_duplicate`)."""
        from confdesk.imports.participants import prepare, usable_value_mappings

        with self.database.sessions() as s:
            require(s, Permission.IMPORT_PARTICIPANTS, event_id=self.event_id)
            if remembered:
                for name, meanings in usable_value_mappings(s, self.event_id,
                                                            remembered).items():
                    mapping.values[name] = {**meanings, **mapping.values.get(name, {})}
            return prepare(s, self.event_id, table, mapping, **options)

    def commit_import(self, preview: Any, *, skip_invalid: bool,
                      progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None,
                      dry_run: bool = False, source: str = "") -> tuple[Any, ImportChange]:
        """Run a checked import (`imports.participants.ImportPreview`) in one transaction;
        returns its report and what undo needs. A cancel rolls everything back, and so does
        a `dry_run` (the report says what the import would have done). `source`: the file's
        name, for the audit trail ("Import of registrations.xlsx, 312 people")."""
        from confdesk.collector import paused as collector_paused
        from confdesk.db.failures import write_failure
        from confdesk.imports.participants import Action, ImportCancelledError, run_import
        from confdesk.team import audit

        people = preview.count(Action.ADD) + preview.count(Action.UPDATE)
        name = f"Import of {source or 'a file'}, {people} {'person' if people == 1 else 'people'}"
        with self.database.sessions() as s, audit.action(s, name), collector_paused():
            require(s, Permission.IMPORT_PARTICIPANTS, event_id=self.event_id)
            try:
                report = run_import(s, preview, skip_invalid=skip_invalid, progress=progress,
                                    cancelled=cancelled)
                # The people added as the import wrote them (nothing changes them before
                # the commit), those updated read back.
                after = [*report.added_snapshots, *snapshots_in_bulk(
                    s, [b["id"] for b in report.updated_before])]
                if cancelled is not None and cancelled():
                    from confdesk.imports.messages import IMPORT_CANCELLED

                    raise ImportCancelledError(IMPORT_CANCELLED, code="import.cancelled")
                if dry_run:
                    s.rollback()
                else:
                    s.commit()
            except BaseException as exc:
                s.rollback()
                failure = write_failure(exc, "nothing was imported")
                if failure is None:
                    raise
                raise failure from exc
        return report, ImportChange.of(report.added_ids, report.updated_before, after)

    def replay_import(self, change: ImportChange, *, forward: bool) -> set[int]:
        """Redo (`forward`) or undo a committed import in bulk; refused (UndoRefusedError)
        when someone changed the people it updated since."""
        from confdesk.imports.participants import remove_imported, restore_imported

        with self.database.sessions.begin() as s:
            require(s, Permission.IMPORT_PARTICIPANTS, event_id=self.event_id)
            if forward:
                check_unchanged(s, change.updated_before)
                check_absent(s, change.added)
                restore_imported(s, change.added)
                ops.restore_snapshots(s, change.updated_after)
            else:
                check_unchanged(s, change.updated_after)
                change.added = remove_imported(s, change.added_ids)
                ops.restore_snapshots(s, change.updated_before)
        return change.ids


def _list_permission(kind: ParticipantsExport, options: ListOptions) -> Permission:
    """The published list as it is published is for every reader; the workbook, the CSV, a
    list with unpublished people and a recorded issue are the registrar's."""
    if (kind.value == "list_pdf" and options.published and not options.issue
            and not (options.include_inactive or options.include_unpublished
                     or options.include_all_categories)):
        return Permission.PRINT_PUBLISHED
    return Permission.EXPORT_PARTICIPANTS


def _with_organisation(s: Session, data: ParticipantData, typed: str) -> ParticipantData:
    """`data` with the organisation typed in the dialog (found, or created as new)."""
    if typed.strip():
        return replace(data, organisation_id=ops.find_or_create_organisation(s, typed).id)
    return data
