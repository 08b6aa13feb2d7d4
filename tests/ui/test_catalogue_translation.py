"""The window shows the catalogued messages of the imports, the categories and the programme
in the user's language, while their text stays English for the CLI and the files.

The first test installs a translator built here from a few French entries (as the
translators write them in confdesk_fr.ts), so it proves the window's path (the import
preview's Problems column, `message_text`, `user_text`) whatever the shipped file holds; the
second uses the shipped French translation.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from sqlalchemy.orm import Session

from confdesk import errors
from confdesk.app import install_translators
from confdesk.imports import messages as m
from confdesk.imports.mapping import detect
from confdesk.imports.participants import ImportPreview, prepare, run_import
from confdesk.imports.tables import read_table
from confdesk.programme import messages as programme_messages
from confdesk.programme import operations as programme
from confdesk.registration import categories
from confdesk.registration.categories import CategoryData
from confdesk.ui.messages import message_text, user_text
from confdesk.ui.participants.import_preview import PreviewModel
from tests.factories import make_event

#: Entries of the catalogue in French, as confdesk_fr.ts gives them.
FRENCH = {
    m.ROW_UNKNOWN_VALUE: "valeur inconnue pour {field} : « {value} »",
    m.FIELD_COUNTRY: "pays",
    m.ROW_NO_NAME: "pas de nom",
    m.REPORT_COUNTS: "Ajoutées : {added} ; mises à jour : {updated} ; ignorées : {skipped}.",
    m.REPORT_SKIPPED: "  ligne {line} : ignorée, {reason}",
    m.LIST_COMMA: "{first}, {then}",
    errors.CATEGORY_NAME_TAKEN: "Il existe déjà une catégorie nommée « {name} ».",
    errors.RECORD_DELETED: "{record} n'existe plus ; quelqu'un d'autre l'a supprimé.",
    programme_messages.THAT_THEME: "Ce thème",
}


def _qm(folder: Path, entries: dict[str, str]) -> Path:
    """A compiled translation of `entries` (context "UserError"), made with lrelease."""
    ts = ET.Element("TS", version="2.1", language="fr_FR")
    context = ET.SubElement(ts, "context")
    ET.SubElement(context, "name").text = errors.CONTEXT
    for source, translation in entries.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = translation
    path = folder / "catalogue_fr.ts"
    ET.ElementTree(ts).write(path, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    done = subprocess.run([str(lrelease), str(path), "-qm", str(path.with_suffix(".qm"))],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return path.with_suffix(".qm")


@pytest.fixture
def catalogue_in_french(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translator = QTranslator(qapp)
    assert translator.load(str(_qm(tmp_path, FRENCH)))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def shipped_french(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp, QLocale(QLocale.Language.French,
                                                  QLocale.Country.France))
    try:
        yield
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)


def _preview(session: Session, tmp_path: Path) -> ImportPreview:
    event = make_event(session)
    session.commit()
    book = Workbook()
    for row in (["Name", "Country"], ["Ann Lee", "Narnia"], ["", "France"],
                ["Bo Ek", "Sweden"]):
        book.active.append(row)
    book.save(tmp_path / "people.xlsx")
    table = read_table(tmp_path / "people.xlsx")
    return prepare(session, event.id, table, detect(table.rows))


def test_the_window_shows_import_problems_and_refusals_in_french(
        catalogue_in_french: None, session: Session, tmp_path: Path) -> None:
    preview = _preview(session, tmp_path)
    problem = preview.rows[0].errors[0]
    assert problem == "unknown country “Narnia”"  # the CLI's text
    assert message_text(problem) == "valeur inconnue pour pays : « Narnia »"
    model = PreviewModel()
    model.set_preview(preview)
    shown = model.data(model.index(0, 3), Qt.ItemDataRole.DisplayRole)
    assert shown == "valeur inconnue pour pays : « Narnia »"  # the preview's Problems column
    report = run_import(session, preview, skip_invalid=True)
    lines = [message_text(line) for line in report.lines()]
    assert lines[:3] == ["Ajoutées : 1 ; mises à jour : 0 ; ignorées : 2.",
                         "  ligne 2 : ignorée, valeur inconnue pour pays : « Narnia »",
                         "  ligne 3 : ignorée, pas de nom"]
    event_id = preview.event_id
    with pytest.raises(categories.CategoryError) as refused:
        categories.add_category(session, event_id, CategoryData("Delegate", "", "#000000", True))
    assert str(refused.value) == "There is already a category named “Delegate”."
    assert user_text(refused.value) == "Il existe déjà une catégorie nommée « Delegate »."
    with pytest.raises(errors.ConcurrentEditError) as gone:
        programme.delete_theme(session, 999_999)
    assert user_text(gone.value) == "Ce thème n'existe plus ; quelqu'un d'autre l'a supprimé."


def test_the_shipped_french_translation_covers_the_catalogued_messages(
        shipped_french: None, session: Session, tmp_path: Path) -> None:
    """Passes once confdesk_fr.ts has the catalogue's French (the lead fills it after lupdate;
    the French is in the branch's notes)."""
    preview = _preview(session, tmp_path)
    assert message_text(preview.rows[0].errors[0]) == "valeur inconnue pour pays : « Narnia »"
    with pytest.raises(categories.CategoryError) as refused:
        categories.add_category(session, preview.event_id,
                                CategoryData("Delegate", "", "#000000", True))
    assert user_text(refused.value) == "Il existe déjà une catégorie nommée « Delegate »."
