"""The import wizard on the realistic French workbook: unknown values asked once, possible
duplicates to decide, a wrong cell corrected in place, and why Import is disabled."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from confdesk.db.database import Database
from confdesk.imports.participants import Action
from confdesk.registration.models import Participant
from confdesk.ui.participants.import_preview import HEADINGS
from confdesk.ui.participants.screen import ParticipantsScreen
from tests.imports.test_realistic_registrations import build_workbook
from tests.ui.participants.conftest import People
from tests.ui.participants.test_import_wizard import open_wizard

EXTRA = [("M.", "Philippe", "Goffin", "Bourgmestre", "Belgique", "Autorité locale",
          "goffin@crisnee.be"),
         ("Mme", "Alice", "Lamy", "Photographe", "Belga", "Photographe", "alice.lamy@belga.be"),
         ("M.", "Bruno", "Lamy", "Photographe", "Belga", "photographe", "bruno.lamy@belga.be")]


def row_of(wizard, line: int) -> int:  # type: ignore[no-untyped-def]
    return next(i for i, r in enumerate(wizard.preview_page.model.rows) if r.line == line)


def sheet_column(wizard, heading: str) -> int:  # type: ignore[no-untyped-def]
    model = wizard.preview_page.model
    return next(c for c in range(len(HEADINGS), model.columnCount())
                if model.headerData(c, Qt.Orientation.Horizontal) == heading)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_values_page_preview_corrections_and_import(
        qtbot: QtBot, screen: ParticipantsScreen, tmp_path: Path,
        people_database: tuple[Database, People]) -> None:
    db = people_database[0]
    path = tmp_path / "inscriptions.xlsx"
    lines = build_workbook(path, extra=EXTRA)
    wizard = open_wizard(qtbot, screen, path)
    assert [c.currentData() for c in wizard.mapping_page.combos][5] == "organisation"
    assert "“Pays / Organisation” is read value by value: a State makes a State delegation" \
        in wizard.mapping_page.header_info.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.values_page, timeout=10000)

    # Each distinct unknown value once ("Photographe" twice in the file), with its rows.
    page = wizard.values_page
    asked = [(page.values.item(i, 0).text(), page.values.item(i, 1).text(),
              page.values.item(i, 2).text()) for i in range(page.values.rowCount())]
    assert asked == [("Catégorie", "Autorité locale", "1"), ("Catégorie", "Photographe", "2")]
    assert not page.isComplete()  # nothing chosen yet: Next waits
    first, second = (combo for _f, _v, combo in page.rows)
    assert [first.itemText(i) for i in range(2, 5)] == ["Delegate", "Observer", "Speaker"]
    first.setCurrentIndex(first.findData("guest"))
    second.setCurrentIndex(second.findData("press"))
    assert page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10000)
    assert wizard.settings.import_values()["category"] == {"autorite locale": "guest",
                                                          "photographe": "press"}

    preview = wizard.preview_page
    model = preview.model
    assert model.rowCount() == 58
    assert not preview.isComplete()
    assert "4 row(s) are invalid" in preview.blocked.text()
    assert "tick “Import the valid rows and skip the invalid ones”" in preview.blocked.text()
    assert wizard.button(QWizard.WizardButton.CommitButton).toolTip() == preview.blocked.text()
    # Namesakes: possible duplicates, added unless the user decides otherwise.
    martin = row_of(wizard, 7)
    assert "possible duplicate: same name as line 6" in model.index(martin, 3).data()
    assert model.index(martin, 4).data() == "Add ▾"
    assert "<p>possible duplicate" in model.index(martin, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert model.setData(model.index(martin, 4), Action.SKIP)
    assert model.index(martin, 4).data() == "Skip ▾"
    # Registered already in the same delegation, but with another e-mail: also to decide.
    reynders = row_of(wizard, 4)
    assert model.index(reynders, 3).data() == (
        "possible duplicate: same name as a registered participant (another e-mail)")

    # A wrong e-mail is corrected in place; the rows are checked again.
    roux = row_of(wizard, 40)
    email = sheet_column(wizard, "Courriel")
    assert model.index(roux, email).data() == "helene.roux@diplomatie"
    assert model.index(roux, email).data(Qt.ItemDataRole.BackgroundRole) is not None
    preview.table.setCurrentIndex(model.index(roux, email))
    assert "Line 40: bad e-mail “helene.roux@diplomatie”" in preview.details.text()
    assert model.setData(model.index(roux, email), "helene.roux@diplomatie.gouv.fr")
    qtbot.waitUntil(lambda: not preview.step.running, timeout=10000)
    roux = row_of(wizard, 40)
    assert model.index(roux, 4).data() == "Add"
    assert model.index(roux, email).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(row_of(wizard, 7), 4).data() == "Skip ▾"  # the choice stayed
    assert "3 row(s) are invalid" in preview.blocked.text()

    preview.skip_invalid.setChecked(True)
    assert preview.blocked.text() == ""
    assert preview.isComplete()
    with qtbot.waitSignal(wizard.import_finished, timeout=20000):
        wizard.next()
    report = wizard.run_page.report.toPlainText()
    assert f"line {lines['duplicate']}: skipped, same e-mail as line" in report
    with db.sessions() as s:
        found = {f"{p.given_name} {p.family_name}": p.category
                 for p in s.scalars(select(Participant))}
        roux_email = s.scalar(select(Participant.email).where(
            Participant.family_name == "Roux"))
    assert roux_email == "helene.roux@diplomatie.gouv.fr"
    assert (found["Philippe Goffin"], found["Alice Lamy"], found["Salil Shetty"]) == (
        "guest", "press", "civil_society")
    wizard.accept()

    # The next file with these words: the answers given are remembered, nothing is asked.
    again = open_wizard(qtbot, screen, path)
    again.next()
    qtbot.waitUntil(lambda: again.currentPage() is again.preview_page, timeout=10000)
    assert again.preview is not None and again.preview.unknown_values == {}
    again.reject()
