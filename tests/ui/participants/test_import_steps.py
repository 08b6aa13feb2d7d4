"""The wizard reads the file and builds the preview in worker threads, cancellably, and says
plainly when a file cannot be read; then Edit → Undo takes a whole import back."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from confdesk.db.database import Database
from confdesk.events.models import Event
from confdesk.imports import participants as participants_import
from confdesk.imports.participants import Action
from confdesk.programme.models import RoleKind, SessionRole
from confdesk.registration.models import Participant
from confdesk.ui.participants import import_steps
from confdesk.ui.participants.import_wizard import ImportWizard
from confdesk.ui.participants.screen import ParticipantsScreen
from tests.factories import add_role, make_session
from tests.ui.participants.conftest import People, shown_names

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    """Two new people and one registered already (Jagland, with a new function)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Inscriptions"
    sheet.append(["Prénom", "Nom", "Pays", "Courriel", "Fonction"])
    sheet.append(["Thorbjørn", "Jagland", "Norvège", "tj@example.org", "Former Prime Minister"])
    sheet.append(["Kofi", "Annan", "Ghana", "kofi@example.org", "Chair"])
    sheet.append(["Aïcha", "Bah", "Guinée", "aicha@example.org", ""])
    path = tmp_path / "inscriptions.xlsx"
    book.save(path)
    return path


def held(monkeypatch: pytest.MonkeyPatch, name: str) -> tuple[threading.Event, threading.Event,
                                                               list[threading.Thread]]:
    """Make import_steps.`name` wait for a release; returns (started, release, threads seen).
    ("prepare" is the registration service's, which imports it when it builds a preview.)"""
    started, release = threading.Event(), threading.Event()
    threads: list[threading.Thread] = []
    module: Any = participants_import if name == "prepare" else import_steps
    real: Callable[..., Any] = getattr(module, name)

    def hold(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        started.set()
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, hold)
    return started, release, threads


def wizard_on(qtbot: QtBot, screen: ParticipantsScreen, path: Path) -> ImportWizard:
    wizard = screen.make_import_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    return wizard


def next_enabled(wizard: ImportWizard) -> bool:
    return wizard.button(wizard.WizardButton.NextButton).isEnabled()


def test_the_file_is_read_in_a_worker_and_reading_can_be_cancelled(
        qtbot: QtBot, screen: ParticipantsScreen, workbook: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    started, release, threads = held(monkeypatch, "read_table")
    wizard = wizard_on(qtbot, screen, workbook)
    page = wizard.file_page
    wizard.next()
    assert started.wait(10)
    assert threads[0] is not threading.main_thread()
    assert wizard.currentPage() is page  # the GUI thread is free, the page waits
    assert page.busy.isVisible() and page.busy.label.text() == "Reading inscriptions.xlsx…"
    assert not next_enabled(wizard) and not page.path.isEnabled()
    assert wizard.running_job() == "Reading inscriptions.xlsx…"

    assert page.busy.cancel_button.text() == "Stop"  # not a second "Cancel" beside the wizard's
    page.busy.cancel_button.click()
    assert not page.busy.isVisible() and next_enabled(wizard) and page.path.isEnabled()
    assert wizard.running_job() is None
    release.set()
    page.step.cancel_and_wait()  # the cancelled read ends; its result is thrown away
    assert wizard.currentPage() is page

    wizard.next()  # released now: this read goes through
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10000)
    assert [c.currentData() for c in wizard.mapping_page.combos] == [
        "given_name", "family_name", "country", "email", "function"]


@pytest.mark.parametrize(("name", "content", "message"), [
    ("broken.csv", b"\x00\x01\x02\xff\xfe", "broken.csv is not a text (CSV) file."),
    ("empty.csv", b"", "empty.csv: the sheet “empty” is empty."),
])
def test_an_unreadable_file_is_explained_on_the_file_page_and_the_wizard_goes_on(
        qtbot: QtBot, screen: ParticipantsScreen, workbook: Path, tmp_path: Path,
        name: str, content: bytes, message: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    wizard = wizard_on(qtbot, screen, bad)
    page = wizard.file_page
    wizard.next()
    qtbot.waitUntil(lambda: page.problem.text() != "", timeout=10000)
    assert page.problem.text() == message
    assert wizard.currentPage() is page and next_enabled(wizard)

    page.path.setText(str(workbook))  # another file: the problem goes, the wizard reads it
    assert page.problem.text() == ""
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10000)


def test_a_broken_workbook_is_refused_as_soon_as_it_is_chosen(
        qtbot: QtBot, screen: ParticipantsScreen, tmp_path: Path) -> None:
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    wizard = wizard_on(qtbot, screen, bad)
    assert wizard.file_page.problem.text().startswith(
        "broken.xlsx is not an XLSX file, or it is damaged (its zip container")
    assert not next_enabled(wizard)


def test_the_preview_is_built_in_a_worker_and_back_abandons_it(
        qtbot: QtBot, screen: ParticipantsScreen, workbook: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    started, release, threads = held(monkeypatch, "prepare")
    wizard = wizard_on(qtbot, screen, workbook)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10000)
    mapping = wizard.mapping_page
    wizard.next()
    assert started.wait(10)
    assert threads[0] is not threading.main_thread()
    assert mapping.busy.isVisible() and not mapping.columns.isEnabled()
    assert not next_enabled(wizard)
    wizard.back()  # nobody waits for this preview any more
    assert wizard.currentPage() is wizard.file_page and not mapping.step.running
    release.set()
    mapping.step.cancel_and_wait()
    assert wizard.currentPage() is wizard.file_page and wizard.preview is None

    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10000)
    assert wizard.preview_page.model.rowCount() == 3


def test_closing_the_wizard_while_it_reads_waits_for_the_worker(
        qtbot: QtBot, screen: ParticipantsScreen, workbook: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    started, release, _threads = held(monkeypatch, "read_table")
    wizard = wizard_on(qtbot, screen, workbook)
    wizard.next()
    assert started.wait(10)
    release.set()
    wizard.reject()
    assert not wizard.isVisible()
    assert not wizard.file_page.step._alive  # no thread outlives the wizard


def run_import(qtbot: QtBot, screen: ParticipantsScreen, workbook: Path) -> ImportWizard:
    wizard = wizard_on(qtbot, screen, workbook)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10000)
    model = wizard.preview_page.model
    model.setData(model.index(0, 4), Action.UPDATE)  # Jagland: update his function
    with qtbot.waitSignal(wizard.import_finished, timeout=10000):
        wizard.next()
    assert wizard.run_page.report.toPlainText().startswith("Added 2, updated 1, skipped 0.")
    wizard.accept()
    return wizard


def functions(db: Database) -> dict[str, str]:
    with db.sessions() as s:
        return {f"{p.given_name} {p.family_name}": p.function
                for p in s.scalars(select(Participant))}


def test_undo_takes_an_import_back_and_redo_does_it_again(
        qtbot: QtBot, screen: ParticipantsScreen, workbook: Path,
        people_database: tuple[Database, People]) -> None:
    db = people_database[0]
    before = functions(db)
    run_import(qtbot, screen, workbook)
    assert screen.undo_stack.undoText() == "Import of 3 participants"
    after = functions(db)
    assert after["Thorbjørn Jagland"] == "Former Prime Minister"
    assert {"Kofi Annan", "Aïcha Bah"} <= set(shown_names(screen))

    screen.undo_stack.undo()
    assert functions(db) == before  # the two added are gone, Jagland is as he was
    assert "Kofi Annan" not in shown_names(screen)
    assert "H.E. Mr Thorbjørn Jagland" in shown_names(screen)

    screen.undo_stack.redo()
    assert functions(db) == after
    assert {"Kofi Annan", "Aïcha Bah"} <= set(shown_names(screen))


def test_undo_of_an_import_keeps_a_later_change_by_someone_else(
        qtbot: QtBot, screen: ParticipantsScreen, workbook: Path,
        people_database: tuple[Database, People], monkeypatch: pytest.MonkeyPatch) -> None:
    """Undo put the people the import updated back as they were, over a colleague's later
    edit of one of them."""
    db, ids = people_database
    failures: list[str] = []
    monkeypatch.setattr("confdesk.ui.messages.show_error",
                        lambda _parent, _title, text: failures.append(text))
    run_import(qtbot, screen, workbook)
    with db.sessions() as s:  # the import updated Jagland; a colleague then adds his phone
        jagland = s.get(Participant, ids.jagland)
        assert jagland is not None
        jagland.phone = "+47 22 00 00 00"
        s.commit()
    screen.undo_stack.undo()
    assert failures and "Someone else changed" in failures[0]
    with db.sessions() as s:
        jagland = s.get(Participant, ids.jagland)
        assert jagland is not None
        assert (jagland.phone, jagland.function) == ("+47 22 00 00 00", "Former Prime Minister")
    assert "Kofi Annan" in functions(db)  # nothing of the import was taken back


def speakers(db: Database) -> list[str]:
    with db.sessions() as s:
        return [f"{r.participant.given_name} {r.participant.family_name}"
                for r in s.scalars(select(SessionRole))]


def test_an_imported_speaker_comes_back_with_the_session_after_undo_and_redo(
        qtbot: QtBot, screen: ParticipantsScreen, workbook: Path,
        people_database: tuple[Database, People]) -> None:
    db, ids = people_database
    run_import(qtbot, screen, workbook)
    with db.sessions() as s:  # meanwhile, on the Programme screen (its own undo stack)
        kofi = s.scalars(select(Participant).where(Participant.family_name == "Annan")).one()
        event = s.get(Event, ids.event)
        assert event is not None
        add_role(s, make_session(s, event, title="Opening"), kofi, RoleKind.SPEAKER)
        s.commit()
    assert speakers(db) == ["Kofi Annan"]
    screen.undo_stack.undo()
    assert speakers(db) == [] and "Kofi Annan" not in shown_names(screen)
    screen.undo_stack.redo()
    assert speakers(db) == ["Kofi Annan"] and "Kofi Annan" in shown_names(screen)
