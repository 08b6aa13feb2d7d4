"""The import wizard on hostile and unlucky files: a bomb, a damaged sheet, a full disk. Each
shows its message on the page (no traceback, no dialog, no crash) and nothing is imported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from pytestqt.qtbot import QtBot
from sqlalchemy import event, func, select

from confdesk.db.database import Database
from confdesk.registration.models import Participant
from confdesk.ui.participants.import_wizard import ImportWizard
from confdesk.ui.participants.screen import ParticipantsScreen
from tests.imports.hostile import (
    ODS_PEOPLE,
    PEOPLE,
    ods_cell,
    sheet_xml,
    write_expanding_xlsx,
    write_ods,
    write_xlsx,
    xfd_bomb,
)
from tests.ui.participants.conftest import People

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def count(db: Database) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(Participant)) or 0


def chosen(qtbot: QtBot, screen: ParticipantsScreen, path: Path) -> ImportWizard:
    wizard = screen.make_import_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    return wizard


def next_enabled(wizard: ImportWizard) -> bool:
    return wizard.button(wizard.WizardButton.NextButton).isEnabled()


@pytest.mark.parametrize(("name", "expected"), [
    ("bomb.xlsx", "bomb.xlsx: the sheet “Sheet1” has a value as far as cell XFD1048576"),
    ("expands.xlsx", "expands.xlsx: its part xl/worksheets/sheet1.xml unpacks to 300 MB of XML"),
    ("badxml.xlsx", "badxml.xlsx is damaged: xl/worksheets/sheet1.xml has broken XML at line"),
])
def test_a_bomb_or_damaged_workbook_is_explained_when_read(
        qtbot: QtBot, screen: ParticipantsScreen, tmp_path: Path,
        people_database: tuple[Database, People], name: str, expected: str) -> None:
    path = tmp_path / name
    if name == "bomb.xlsx":
        xfd_bomb(path)
    elif name == "expands.xlsx":
        write_expanding_xlsx(path, 300)
    else:
        write_xlsx(path, sheet_xml(PEOPLE + '<row r="3"><c r="A3"><v>1</v></row>'))
    wizard = chosen(qtbot, screen, path)
    page = wizard.file_page
    assert page.sheet.currentText() == "Sheet1" and next_enabled(wizard)
    wizard.next()  # read in a worker, which reports the problem on the page
    qtbot.waitUntil(lambda: page.problem.text() != "" and not page.step.running,
                    timeout=20000)
    assert page.problem.text().startswith(expected), page.problem.text()
    assert "Traceback" not in page.problem.text() and len(page.problem.text()) < 400
    assert wizard.currentPage() is page and next_enabled(wizard)  # another file may follow
    assert count(people_database[0]) == 8
    wizard.grab().save(str(tmp_path / f"{name}.png"))


def test_an_ods_bomb_is_refused_as_soon_as_it_is_chosen(
        qtbot: QtBot, screen: ParticipantsScreen, tmp_path: Path) -> None:
    """Opening an ODS reads every sheet: the names alone would have allocated the bomb."""
    bomb = write_ods(tmp_path / "bomb.ods", ODS_PEOPLE
                     + '<table:table-row table:number-rows-repeated="1048574">'
                     + ods_cell("x", 16384) + "</table:table-row>")
    wizard = chosen(qtbot, screen, bomb)
    assert wizard.file_page.problem.text().startswith(
        "bomb.ods: the sheet “Sheet1” has a value as far as cell XFD1048576")
    assert not next_enabled(wizard)


def _full(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    if type(dbapi_connection).__module__.startswith("sqlite3"):
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count={pages}")
    else:
        cursor.execute("SET default_transaction_read_only = on")
        dbapi_connection.commit()
    cursor.close()


def test_a_full_disk_during_the_import_says_nothing_was_imported(
        qtbot: QtBot, screen: ParticipantsScreen, tmp_path: Path,
        people_database: tuple[Database, People]) -> None:
    db = people_database[0]
    book = Workbook()
    book.active.append(["Given name", "Family name", "E-mail", "Notes"])
    for i in range(400):
        book.active.append([f"Given{i}", f"Family{i}", f"p{i}@example.org", "n" * 300])
    book.save(tmp_path / "many.xlsx")
    wizard = chosen(qtbot, screen, tmp_path / "many.xlsx")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10000)
    db.engine.dispose()
    event.listen(db.engine, "connect", _full)
    try:
        with qtbot.waitSignal(wizard.import_finished, timeout=20000):
            wizard.next()
    finally:
        event.remove(db.engine, "connect", _full)
        db.engine.dispose()
    report = wizard.run_page.report.toPlainText()
    assert wizard.run_page.title() == "Nothing imported"
    assert report.startswith("The disk that holds the database is full: nothing was imported"
                             if db.path is not None else
                             "The database cannot be written here"), report
    assert "INSERT" not in report and "\n" not in report
    assert count(db) == 8
