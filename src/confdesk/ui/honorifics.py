"""The honorific box of the participant dialogs: French forms in a French window.

Honorifics are stored as the protocol's English forms ("H.E. Mr", "Ms", "Prof.") whatever the
window's language; a French window offers and shows them in their French protocol forms
("S. E. M.", "Mme", "Pr", from `confdesk.editions.honorific`) and stores the same English
value. A form typed by hand that is none of the offered ones is stored as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox

from confdesk.editions import honorific as edition_honorific
from confdesk.registration.kinds import HONORIFICS


def window_language() -> str:
    """"fr" when the window speaks French (the default locale follows the interface
    language), else "en"."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def fill_honorifics(combo: QComboBox, language: str | None = None) -> None:
    """Offer the honorifics in `language` (default: the window's), each item holding the
    stored form as its data; forms shown alike ("Mme" for Ms and Mrs) are offered once."""
    language = language or window_language()
    combo.clear()
    combo.addItem("", "")
    shown: set[str] = set()
    for stored in HONORIFICS:
        text = edition_honorific(stored, language)
        if text not in shown:
            shown.add(text)
            combo.addItem(text, stored)


def set_honorific(combo: QComboBox, stored: str, language: str | None = None) -> None:
    """Show the stored honorific (an item of its own when it is not offered, so that saving
    unchanged keeps it as it was)."""
    stored = " ".join(stored.split())
    index = combo.findData(stored)
    if index < 0 and stored:
        combo.addItem(edition_honorific(stored, language or window_language()), stored)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


def honorific_of(combo: QComboBox) -> str:
    """The honorific to store: the English form of the item shown, or the text as typed."""
    text = " ".join(combo.currentText().split())
    current = combo.currentIndex()
    if current >= 0 and combo.itemText(current) == text:
        return str(combo.itemData(current) or "")
    index = combo.findText(text)
    if index >= 0:
        return str(combo.itemData(index) or "")
    return text


def shown_honorific(stored: str, language: str | None = None) -> str:
    """The stored honorific as the window shows it."""
    return edition_honorific(stored, language or window_language())
