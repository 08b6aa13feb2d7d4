"""Honorifics in the participant dialogs: French forms in a French window, the same stored."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from confdesk.registration.operations import ParticipantData
from confdesk.ui.honorifics import fill_honorifics, honorific_of, set_honorific
from confdesk.ui.participants.editor import ParticipantDialog
from confdesk.ui.programme.people_dialogs import NewParticipantDialog


@pytest.fixture
def french_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        yield
    finally:
        QLocale.setDefault(before)


def items(combo: object) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]  # type: ignore[attr-defined]


def test_the_french_window_shows_french_forms_and_stores_the_english_ones(
        qtbot: QtBot, french_locale: None) -> None:
    dialog = ParticipantDialog([], lambda _r: None, lambda _d: [],
                               data=ParticipantData(given_name="Didier", family_name="Reynders",
                                                    honorific="H.E. Mr"))
    qtbot.addWidget(dialog)
    combo = dialog.ui.honorific
    shown = items(combo)
    assert {"S. E. M.", "S. E. Mme", "M.", "Mme", "Pr"} <= set(shown)
    assert not {"Mr", "Ms", "H.E. Mr", "Prof."} & set(shown)
    assert shown.count("Mme") == 1  # Ms and Mrs read alike: offered once
    assert combo.currentText() == "S. E. M."
    assert dialog.result_data().data.honorific == "H.E. Mr"  # saved unchanged: kept
    combo.setCurrentIndex(combo.findText("Mme"))
    assert dialog.result_data().data.honorific == "Ms"
    combo.setEditText("M.")  # typed as a French secretariat writes it
    assert dialog.result_data().data.honorific == "Mr"
    combo.setEditText("Maître")  # not offered: stored as typed
    assert dialog.result_data().data.honorific == "Maître"


def test_a_stored_form_shown_alike_keeps_its_value(qtbot: QtBot, french_locale: None) -> None:
    """"Mrs" reads "Mme" like "Ms": saving the dialog unchanged keeps "Mrs"."""
    dialog = ParticipantDialog([], lambda _r: None, lambda _d: [],
                               data=ParticipantData(given_name="Ana", family_name="Lima",
                                                    honorific="Mrs"))
    qtbot.addWidget(dialog)
    assert dialog.ui.honorific.currentText() == "Mme"
    assert dialog.result_data().data.honorific == "Mrs"


def test_the_english_window_is_unchanged(qtbot: QtBot) -> None:
    dialog = ParticipantDialog([], lambda _r: None, lambda _d: [],
                               data=ParticipantData(given_name="Ana", family_name="Lima",
                                                    honorific="Dame Commander"))
    qtbot.addWidget(dialog)
    combo = dialog.ui.honorific
    assert items(combo)[:4] == ["", "H.E. Mr", "H.E. Ms", "H.E."]
    assert combo.currentText() == "Dame Commander"  # an unlisted form, shown and kept
    assert dialog.result_data().data.honorific == "Dame Commander"
    combo.setEditText("Ms")
    assert dialog.result_data().data.honorific == "Ms"


def test_the_programmes_new_participant_dialog_too(qtbot: QtBot, french_locale: None) -> None:
    dialog = NewParticipantDialog(lambda _d, _o: 1, "Kofi Annan")
    qtbot.addWidget(dialog)
    dialog.honorific.setCurrentIndex(dialog.honorific.findText("S. E. M."))
    assert dialog.data().honorific == "H.E. Mr"
    assert dialog.display_name().startswith("S. E. M. ")


def test_helpers_on_a_bare_combo(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setEditable(True)
    fill_honorifics(combo, "fr")
    set_honorific(combo, "Prof.", "fr")
    assert combo.currentText() == "Pr" and honorific_of(combo) == "Prof."
    set_honorific(combo, "", "fr")
    assert combo.currentText() == "" and honorific_of(combo) == ""
