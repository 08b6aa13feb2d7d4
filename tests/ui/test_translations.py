"""The shipped French translation: a French desktop gets French menus and figures."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from confdesk.app import install_translators
from confdesk.db.database import Database
from confdesk.ui.main_window import MainWindow
from confdesk.ui.settings import Settings
from tests.ui.conftest import Events


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """French translators installed for one test only."""
    locale = QLocale(QLocale.Language.French, QLocale.Country.France)
    installed = install_translators(qapp, locale)
    assert installed, "no French translation found in resources/translations/"
    try:
        yield
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)


def test_french_window(
    qtbot: QtBot, french: None, settings: Settings, events_database: Database,
    two_events: tuple[Path, Events],
) -> None:
    window = MainWindow(settings, events_database)
    qtbot.addWidget(window)
    window.select_event(two_events[1].conference)
    assert window.ui.menuFile.title() == "&Fichier"
    assert window.undo_action.text() == "&Annuler"
    assert window.ui.navigation.item(1).text() == "Programme"
    assert window.ui.eventLabel.text() == "&Événement :"
    summary = window.current_screen.summary
    window.show()  # the figures come just after the list is painted
    qtbot.waitUntil(lambda: "sessions" in summary.cards)
    assert summary.cards["sessions"].caption.text() == "Séances"
    assert summary.line.text() == "11 participants venus de 2 États et de 1 organisations."
    assert summary.sections["participants_by_status"].title() == "Participants par statut"
    assert ("Confirmés", "11") in summary.sections["participants_by_status"].rows()
    window.close()


def test_french_screens(
    qtbot: QtBot, french: None, settings: Settings, events_database: Database,
    two_events: tuple[Path, Events],
) -> None:
    """Tabs, actions, table headings and labels of the three screens come out in French."""
    window = MainWindow(settings, events_database)
    qtbot.addWidget(window)
    window.select_event(two_events[1].conference)
    window.show_screen(0)
    people = window.current_screen
    assert [people.tabs.tabText(i) for i in range(3)] == [  # type: ignore[attr-defined]
        "&Liste", "&Délégations", "Bureau d’&accueil"]
    assert people.add_action.text() == "&Ajouter…"  # type: ignore[attr-defined]
    assert people.badges_action.text() == "&Badges…"  # type: ignore[attr-defined]
    table = people.list_page.model  # type: ignore[attr-defined]
    headings = [table.headerData(i, Qt.Orientation.Horizontal) for i in range(table.columnCount())]
    assert headings[:5] == ["Nom", "Organisation / délégation", "Pays", "Catégorie", "Statut"]
    assert people.list_page.count.text() == "12 participants sur 12"  # type: ignore

    window.show_screen(1)
    programme = window.current_screen
    assert programme.tabs.tabText(0) == "Grille &horaire"  # type: ignore[attr-defined]
    assert programme.new_action.text() == "&Nouvelle séance"  # type: ignore[attr-defined]
    sessions = programme.model  # type: ignore[attr-defined]
    assert [sessions.headerData(i, Qt.Orientation.Horizontal) for i in range(3)] == [
        "Jour", "Début", "Fin"]

    window.show_screen(2)
    conclusions = window.current_screen
    assert [conclusions.tabs.tabText(i) for i in range(4)] == [  # type: ignore[attr-defined]
        "&Rédaction", "&Projets", "C&omparaison", "R&apporteurs"]
    assert conclusions.documents.ui.newButton.text() == "Nouveau document…"  # type: ignore
    actions = conclusions.editor.edit_actions  # type: ignore[attr-defined]
    assert actions["find"].text().replace("&", "") == "Rechercher"  # a mnemonic is added
    assert actions["find"].toolTip().startswith("Rechercher dans le document")
    window.close()



def test_plural_forms_in_french_and_english(qtbot: QtBot, qapp: QApplication) -> None:
    from datetime import date

    from confdesk.ui.summary.view_model import DocumentLine, Summary
    from confdesk.ui.summary.widget import SummaryWidget

    summary = Summary("Conference", "C", date(2014, 3, 31), date(2014, 4, 1), (), (),
                      (DocumentLine("Conclusions", 1, 2),))
    widget = SummaryWidget()
    qtbot.addWidget(widget)
    widget.show_summary(summary)
    assert widget.documents is not None
    assert widget.documents.rows() == ["Conclusions · 1 draft · 2 paragraphs"]
    locale = QLocale(QLocale.Language.French, QLocale.Country.France)
    installed = install_translators(qapp, locale)
    try:
        widget.show_summary(summary)
        assert widget.documents.rows() == ["Conclusions · 1 projet · 2 paragraphes"]
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)


# The translation sources themselves: every French entry finished, every plural filled, the
# placeholders and accelerators kept, and the shipped .qm compiled from the .ts as committed.

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%L?n|%\d")


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"confdesk_{language}.ts").getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _accelerator(text: str) -> str | None:
    """The letter after a single `&` (`&&` is a literal ampersand), lower-cased."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_every_french_entry_is_finished() -> None:
    unfinished = [(context, message.findtext("source")) for context, message in _messages("fr")
                  if message.find("translation").get("type") in ("unfinished", "vanished",
                                                                  "obsolete")
                  or not all(form.strip() for form in _forms(message))]
    assert unfinished == [], "translate these in resources/translations/confdesk_fr.ts"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_plural_has_its_forms(language: str) -> None:
    """French and English both have a singular and a plural; the plural shows its number (%n)
    when the source does (the singular may say "once")."""
    missing = [(context, source, _forms(message))
               for context, message in _messages(language) if message.get("numerus") == "yes"
               for source in [message.findtext("source") or ""]
               if len(_forms(message)) != 2 or not all(form.strip() for form in _forms(message))
               or (re.search("%L?n", source)
                   and not re.search("%L?n", _forms(message)[-1]))]
    assert missing == []


def test_english_has_every_plural_of_the_french_file() -> None:
    """confdesk_en.ts is refreshed with the same sources: no plural only in French."""
    english = {(context, message.findtext("source")) for context, message in _messages("en")}
    french = {(context, message.findtext("source")) for context, message in _messages("fr")
              if message.get("numerus") == "yes"}
    assert sorted(french - english) == []


def test_french_keeps_placeholders_and_accelerators() -> None:
    wrong = []
    for context, message in _messages("fr"):
        source = message.findtext("source") or ""
        for form in _forms(message):
            if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(form))):
                wrong.append((context, source, form, "placeholders"))
            if (_accelerator(source) is None) != (_accelerator(form) is None):
                wrong.append((context, source, form, "accelerator"))
    assert wrong == []


@pytest.mark.parametrize("context", [
    "CategoriesDialog", "EventDialog", "ImportDialog", "ImportPreviewDialog", "ListExportDialog",
    "ParticipantDialog", "TrackedChanges"])
def test_french_accelerators_do_not_clash_in_a_dialog(context: str) -> None:
    letters = [_accelerator(_forms(message)[0]) for name, message in _messages("fr")
               if name == context]
    used = [letter for letter in letters if letter]
    assert sorted(letter for letter in set(used) if used.count(letter) > 1) == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_shipped_qm_is_compiled_from_the_ts(language: str, tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    compiled = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), "-silent", str(TRANSLATIONS / f"confdesk_{language}.ts"),
                    "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == (TRANSLATIONS / f"confdesk_{language}.qm").read_bytes(), (
        "run: python resources/translations/refresh.py --compile-only")


def test_refresh_reads_every_marked_module() -> None:
    """The catalogues outside ui/ (errors, programme labels…) are read by lupdate."""
    spec = importlib.util.spec_from_file_location("refresh", TRANSLATIONS / "refresh.py")
    assert spec is not None and spec.loader is not None
    refresh = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(refresh)
    files = {str(path) for path in refresh.source_files()}
    assert {"src/confdesk/errors.py", "src/confdesk/programme/labels.py",
            "src/confdesk/app.py", "forms/main_window.ui"} <= files
    assert not any("generated" in name for name in files)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_questions_outside_widgets_come_out_in_french(
        qtbot: QtBot, french: None, tmp_path: Path) -> None:
    """Texts kept in module functions (tracked changes, programme export, the crash message)
    reach lupdate and the French window, plurals included."""
    from confdesk.ui.conclusions.import_preview import ask_tracked_changes
    from confdesk.ui.messages import ExceptionHook
    from confdesk.ui.programme.export_job import ProgrammeExport

    seen: dict[str, object] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["title"] = box.windowTitle()
        seen["text"] = box.text()
        seen["buttons"] = sorted(button.text() for button in box.buttons())
        box.reject()

    QTimer.singleShot(0, answer)
    assert ask_tracked_changes(None, "") is None
    assert seen["title"] == "Modifications suivies"
    assert seen["text"] == ("Ce fichier Word contient des modifications suivies. "
                            "Quel texte voulez-vous importer ?")
    assert "Texte a&vant les modifications" in seen["buttons"]  # type: ignore[operator]

    texts = ProgrammeExport()
    assert texts.conflicts(3) == "Le programme comporte 3 conflits. %1 le montrerait tel quel."
    assert texts.conflicts(1) == "Le programme comporte 1 conflit. %1 le montrerait tel quel."
    assert texts.more(2) == "… et 2 autres (voir le panneau Conflits)."
    text = ExceptionHook(tmp_path).text(RuntimeError("boom"), logged=False)
    assert text.startswith("confdesk a rencontré un problème inattendu")
    assert "Les détails n’ont pas pu être écrits dans" in text


def test_english_plurals_of_the_programme_export(qapp: QApplication) -> None:
    from confdesk.ui.programme.export_job import ProgrammeExport

    installed = install_translators(qapp, QLocale(QLocale.Language.English))
    try:
        assert ProgrammeExport().conflicts(1) == (
            "The programme has 1 conflict. %1 would show it as it stands.")
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
