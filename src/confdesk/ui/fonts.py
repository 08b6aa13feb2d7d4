"""The fonts confdesk ships, registered with Qt so that every UN script shows in the window.

PDF exports embed these files (confdesk.exports); the window needs them too, or a laptop
without Chinese or Arabic fonts shows delegates' names as empty boxes. Once registered, Qt's
fallback finds a shipped font for any character the interface font lacks, while Latin text
keeps the system's interface font.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from confdesk.paths import resource

log = logging.getLogger(__name__)

#: The shipped files, in the order Qt should fall back to them.
FONT_FILES = (
    "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
    "NotoSans-BoldItalic.ttf", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
    "DroidSansFallbackFull.ttf",
)

_registered: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Register the shipped fonts once; returns their family names (a missing or unreadable
    file is logged and skipped: the window still works, with the system's fonts)."""
    if _registered:
        return list(_registered)
    folder = resource("fonts")
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id < 0:
            log.warning("could not register the font %s", folder / name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _registered:
                _registered.append(family)
    return list(_registered)
