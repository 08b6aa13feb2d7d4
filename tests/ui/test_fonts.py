"""The shipped fonts reach the window: names in Chinese and Arabic show as letters, not boxes,
on a machine without system fonts for those scripts (as CI's Debian is)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout
from pytestqt.qtbot import QtBot

from confdesk.app import application
from confdesk.ui.fonts import register_bundled_fonts


def glyphs(text: str) -> list[tuple[str, list[int]]]:
    """The font family and glyph indexes Qt lays `text` out with in the interface font."""
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


@pytest.mark.parametrize("name", ["王毅", "Лавров", "محمد", "Νίκος", "Zhou Enlai 周恩来"])
def test_every_un_script_shows_as_letters(qtbot: QtBot, name: str) -> None:
    application()  # registers the shipped fonts, as the window's start does
    families = register_bundled_fonts()
    assert {"Noto Sans Arabic", "Droid Sans Fallback"} <= set(families)
    runs = glyphs(name)
    assert runs
    # glyph 0 is the "missing glyph" box a user would see
    assert all(0 not in indexes for _family, indexes in runs), runs
