"""The shipped French translation: a French desktop gets French menus and figures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication
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
    assert actions["find"].text() == "Rechercher"
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
