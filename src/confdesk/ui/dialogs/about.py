"""Help → About: version, purpose and the open database."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QDialog, QWidget

from confdesk import __version__
from confdesk.ui.generated.ui_about_dialog import Ui_AboutDialog
from confdesk.ui.icons import app_icon


class AboutDialog(QDialog):
    """Who made what: confdesk's version, Qt's and Python's, and the database shown."""

    def __init__(self, database_label: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.logo.setPixmap(app_icon().pixmap(64, 64))
        font = self.ui.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.ui.title.setFont(font)
        self.ui.version.setText(
            self.tr("Version {version} · PySide6 {qt} · Python {python}").format(
                version=__version__, qt=pyside_version, python=platform.python_version()
            )
        )
        if database_label:
            self.ui.database.setText(self.tr("Database: {label}").format(label=database_label))
        else:
            self.ui.database.setText(self.tr("No database is open."))
