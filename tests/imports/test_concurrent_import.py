"""Two imports of the same sheet into one event at the same moment.

Each was checked against the people registered before the other wrote, so both added
everyone (4 of 5 trials) or one died on the unique organisation. The imports now take the
event's lock in the database and check duplicates again once they hold it: whoever comes
second finds everyone registered, and skips (or updates) them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from confdesk.db.database import Database
from confdesk.imports.mapping import detect
from confdesk.imports.participants import ImportReport, prepare, run_import
from confdesk.imports.tables import read_table
from confdesk.registration.models import Organisation, Participant
from tests.factories import make_event

PEOPLE = 40


def registration_sheet(path: Path, trial: int, organisations: bool = True) -> Path:
    """People with and without e-mail; with `organisations`, in States' delegations and in
    organisations that the import creates."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Given name", "Family name", "E-mail", "Organisation", "Country"]
                 if organisations else ["Given name", "Family name", "E-mail"])
    for i in range(PEOPLE):
        email = f"p{i}.t{trial}@example.org" if i % 3 else ""
        organisation = ("Belgium", f"Watch Group {trial}", "", f"Institute {trial}-{i % 5}")[i % 4]
        sheet.append([f"Given{i}", f"Family{i}", email, organisation, "Belgium"]
                     if organisations else [f"Given{i}", f"Family{i}", email])
    book.save(path)
    return path


def import_at_once(database: Database, event_id: int, path: Path, on_duplicate: str = "skip"
                   ) -> list[ImportReport | BaseException]:
    """Two workers each read the sheet and build their preview; then both import at once."""
    table = read_table(path)
    mapping = detect(table.rows)
    both_previewed = threading.Barrier(2, timeout=30)
    outcomes: list[ImportReport | BaseException] = []

    def worker() -> None:
        try:
            with database.sessions() as session:
                preview = prepare(session, event_id, table, mapping, on_duplicate=on_duplicate)
                both_previewed.wait()
                report = run_import(session, preview)
                session.commit()
            outcomes.append(report)
        except BaseException as exc:  # noqa: BLE001 (reported by the test)
            outcomes.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return outcomes


@pytest.mark.parametrize("organisations", [True, False])
def test_two_imports_at_once_register_everyone_exactly_once(
        database: Database, tmp_path: Path, organisations: bool) -> None:
    for trial in range(5):
        with database.sessions() as session:
            event_id = make_event(session, title=f"Trial {trial}").id
            session.commit()
        path = registration_sheet(tmp_path / f"sheet{trial}.xlsx", trial, organisations)
        outcomes = import_at_once(database, event_id, path)
        errors = [o for o in outcomes if isinstance(o, BaseException)]
        assert not errors, f"trial {trial}: {errors!r}"
        reports = sorted((o for o in outcomes if isinstance(o, ImportReport)),
                         key=lambda r: r.added)
        assert [r.added for r in reports] == [0, PEOPLE], f"trial {trial}"
        assert len(reports[0].skipped) == PEOPLE
        assert "registered meanwhile" in reports[0].skipped[0][1]
        with database.sessions() as session:
            names = session.execute(
                select(Participant.given_name, func.count())
                .where(Participant.event_id == event_id)
                .group_by(Participant.given_name)).all()
            assert len(names) == PEOPLE and {n for _, n in names} == {1}, f"trial {trial}"
            if not organisations:
                continue
            watch = session.scalar(select(func.count()).select_from(Organisation)
                                   .where(Organisation.name_en == f"Watch Group {trial}"))
            assert watch == 1
            belgium = session.scalar(select(func.count()).select_from(Organisation)
                                     .where(Organisation.country_code == "BE",
                                            Organisation.name_en == "Belgium"))
            assert belgium == 1


def test_the_second_import_updates_what_the_first_added_when_asked_to(
        database: Database, tmp_path: Path) -> None:
    with database.sessions() as session:
        event_id = make_event(session).id
        session.commit()
    path = registration_sheet(tmp_path / "sheet.xlsx", 0)
    outcomes = import_at_once(database, event_id, path, on_duplicate="update")
    assert sorted((o.added, o.updated) for o in outcomes if isinstance(o, ImportReport)) \
        == [(0, PEOPLE), (PEOPLE, 0)]
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Participant)
                              .where(Participant.event_id == event_id)) == PEOPLE


def test_two_processes_importing_the_same_file_register_everyone_once(
        database: Database, tmp_path: Path) -> None:
    """`confdesk import participants` twice at once, as two colleagues' machines would."""
    with database.sessions() as session:
        event_id = make_event(session).id
        session.commit()
    path = registration_sheet(tmp_path / "sheet.xlsx", 9)
    target = database.url.render_as_string(hide_password=False)
    if database.path is not None:
        target = str(database.path)
    command = [sys.executable, "-m", "confdesk", "import", "participants", str(path),
               "--database", target, "--event", str(event_id)]
    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True, env={**os.environ}) for _ in range(2)]
    results = [p.communicate(timeout=180) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], results
    outputs = sorted(out for out, _err in results)
    assert f"Added 0, updated 0, skipped {PEOPLE}." in outputs[0] + outputs[1]
    assert f"Added {PEOPLE}, updated 0, skipped 0." in outputs[0] + outputs[1]
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Participant)
                              .where(Participant.event_id == event_id)) == PEOPLE


@pytest.mark.parametrize("wait", [0.3])
def test_an_import_waiting_too_long_gives_up_with_a_message(
        database: Database, wait: float) -> None:
    from confdesk.db.locks import LockTimeoutError, lock_event_for_import

    with database.sessions() as session:
        event_id = make_event(session).id
        session.commit()
    with database.sessions() as holder, database.sessions() as waiter:
        lock_event_for_import(holder, event_id)
        if database.path is not None:  # SQLite's own wait: keep the test short
            waiter.connection().connection.driver_connection.execute(  # type: ignore[union-attr]
                "PRAGMA busy_timeout=100")
        with pytest.raises(LockTimeoutError, match="Another import into this event"):
            lock_event_for_import(waiter, event_id, wait=wait)
        holder.rollback()
        lock_event_for_import(waiter, event_id, wait=wait)  # free again
        waiter.rollback()


def test_on_sqlite_a_transaction_begun_by_a_read_takes_the_lock_or_says_to_start_again(
        sqlite_database: Database) -> None:
    """Drivers that begin a transaction on the first read (SQLAlchemy's recipe for pysqlite)
    leave no room for BEGIN IMMEDIATE: the write lock is taken by a write that changes
    nothing, or refused when another writer committed since the first read."""
    from confdesk.db.locks import LockTimeoutError, lock_event_for_import

    db = sqlite_database
    with db.sessions() as session:
        event_id = make_event(session).id
        session.commit()
    with db.sessions() as importer, db.sessions() as colleague:
        raw = importer.connection().connection.driver_connection
        raw.execute("BEGIN")  # type: ignore[union-attr]
        importer.scalar(select(func.count()).select_from(Participant))
        lock_event_for_import(importer, event_id)
        other = colleague.connection().connection.driver_connection
        other.execute("PRAGMA busy_timeout=50")  # type: ignore[union-attr]
        with pytest.raises(Exception, match="locked|busy"):  # the importer holds the write lock
            make_event(colleague, title="Meanwhile")
            colleague.commit()
        colleague.rollback()
        importer.rollback()
    with db.sessions() as importer, db.sessions() as colleague:
        raw = importer.connection().connection.driver_connection
        raw.execute("BEGIN")  # type: ignore[union-attr]
        importer.scalar(select(func.count()).select_from(Participant))
        make_event(colleague, title="Meanwhile")
        colleague.commit()
        with pytest.raises(LockTimeoutError, match="changed by someone else"):
            lock_event_for_import(importer, event_id)
        importer.rollback()


def test_the_check_again_reads_the_people_only_when_a_row_needs_it(
        database: Database, tmp_path: Path) -> None:
    """The second look under the lock compares the rows the preview would add as new; when
    the preview found every row registered already, the event's people are not read again
    (100,000 of them cost a second), and the outcome is the same."""
    from sqlalchemy import event

    with database.sessions() as session:
        event_id = make_event(session).id
        session.commit()
    path = registration_sheet(tmp_path / "sheet.xlsx", 0)
    table = read_table(path)
    mapping = detect(table.rows)
    people_read: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "participant.email" in statement:
            people_read.append(statement)

    event.listen(database.engine, "before_cursor_execute", seen)
    try:
        for expected_reads, added in ((1, PEOPLE), (0, 0)):
            with database.sessions() as session:
                preview = prepare(session, event_id, table, mapping)
                people_read.clear()
                report = run_import(session, preview)
                session.commit()
            assert report.added == added
            assert len(people_read) == expected_reads
    finally:
        event.remove(database.engine, "before_cursor_execute", seen)
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Participant)
                              .where(Participant.event_id == event_id)) == PEOPLE


def test_a_possible_duplicate_the_user_adds_is_added_not_skipped_under_the_lock(
        database: Database, tmp_path: Path) -> None:
    """Same name and delegation as someone registered before the preview, another e-mail:
    the preview offers to add the row as a possible duplicate; the check again under the
    lock must not then skip it as someone "registered meanwhile" (it skipped it, with that
    wrong reason, before the fix)."""
    from tests.factories import make_organisation, make_participant

    with database.sessions() as session:
        event = make_event(session)
        watch = make_organisation(session, name_en="Prevention Watch")
        make_participant(session, event, given_name="Ana", family_name="Silva",
                         email="ana@watch.org", organisation=watch)
        event_id = event.id
        session.commit()
    book = Workbook()
    sheet = book.active
    sheet.append(["Given name", "Family name", "E-mail", "Organisation"])
    sheet.append(["Ana", "Silva", "a.silva@elsewhere.org", "Prevention Watch"])
    book.save(tmp_path / "one.xlsx")
    table = read_table(tmp_path / "one.xlsx")
    with database.sessions() as session:
        preview = prepare(session, event_id, table, detect(table.rows))
        assert preview.rows[0].possible_of is not None and preview.rows[0].duplicate_of is None
        report = run_import(session, preview)
        session.commit()
    assert (report.added, len(report.skipped)) == (1, 0)
    assert "Possible duplicates added (1), to check:" in report.lines()
    with database.sessions() as session:
        emails = set(session.scalars(select(Participant.email)
                                     .where(Participant.event_id == event_id)))
    assert emails == {"ana@watch.org", "a.silva@elsewhere.org"}
