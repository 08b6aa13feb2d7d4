"""Counts said with Qt plural forms, and which list a rapporteur's item is reflected in."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from confdesk.imports.document_text import parse_text
from confdesk.ui.conclusions.rapporteur import Place, list_name, places
from confdesk.ui.conclusions.screen import ConclusionsScreen
from tests.ui.conclusions.test_drafts import choose_session

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_list_named_by_the_end_of_its_lead_in() -> None:
    assert list_name("The participants express their strong resolve to:") == "…resolve to"
    assert list_name("Recommendations:") == "Recommendations"
    assert list_name("Note that:") == "Note that"


def test_places_number_sub_paragraphs_under_their_parent() -> None:
    tree = parse_text("Opening words.\n\nThe participants note that:\n1. First;\n"
                      "2. Second:\n(a) one;\n(b) two.\n")
    found = list(places(tree).values())
    lead_in = "The participants note that:"
    assert found == [Place("", ""), Place("1", lead_in), Place("2", lead_in),
                     Place("2(a)", lead_in), Place("2(b)", lead_in)]


def test_plural_forms_come_from_the_english_translation(screen: ConclusionsScreen) -> None:
    page = screen.editor
    assert screen.status_line.text() == "23 paragraphs · 837 words · Final"
    page.find_bar.ui.findEdit.setText("seized")
    assert page.find_bar.ui.countLabel.text() == "1 match · 1 paragraph"
    # The source strings are the translation keys; English wording is in confdesk_en.ts.
    assert QCoreApplication.translate("FindBar", "%Ln match(es)", "", 2) == "2 matches"
    assert QCoreApplication.translate("EditorPage", "%Ln word(s)", "", 1043) == "1,043 words"


def test_replace_once_says_once(screen: ConclusionsScreen) -> None:
    page = screen.editor
    page.find_bar.ui.findEdit.setText("Remain seized")
    page.find_bar.ui.replaceEdit.setText("Remain firmly seized")
    assert page.replace_all() == 1
    assert page.find_bar.ui.countLabel.text() == "Replaced once"


def test_reflected_names_the_list_and_counts_items(qtbot: QtBot,
                                                   screen: ConclusionsScreen) -> None:
    page = screen.rapporteurs
    choose_session(screen, "Session III")
    total = len(page.rows)
    reflected = sum(1 for r in page.rows if r.reflected_in)
    new_id = page.add("Teach the history of past genocides in schools.", "Mr Dirk Janssens",
                      datetime(2014, 3, 31, 16, 0))
    assert new_id is not None
    assert page.ui.summaryLabel.text() == (
        f"{reflected} of {total + 1} items reflected in the document")
    assert page.ui.sectionCombo.count() == 2  # the "note that" and "resolve to" lists
    page.ui.sectionCombo.setCurrentIndex(0)
    assert page.promote() is not None
    page.ui.sectionCombo.setCurrentIndex(1)
    assert page.promote() is not None
    row = [r.id for r in page.rows].index(new_id)
    cell = page.ui.itemsTable.item(row, 3)
    assert cell is not None
    assert cell.text() == ("Reflected in paragraph 6 of “…note that”; "
                           "paragraph 16 of “…resolve to”")
    tip = cell.toolTip().splitlines()  # each list's lead-in in full
    assert tip[0].startswith("Paragraph 6 of “") and tip[0].endswith("note that:”")
    assert tip[1].startswith("Paragraph 16 of “Participating States, regional organizations")
    assert tip[1].endswith("express their strong resolve to:”")
    assert page.ui.summaryLabel.text() == (
        f"{reflected + 1} of {total + 1} items reflected in the document")
