"""What every export does around the file it writes: a save dialog that proposes a telling
name in the last folder used, and a notice with Open and Show in Folder once it is written.

The proposed name is `<event short name> – <what> – <date>.<ext>` ("ICGP 2014 – List of
participants – 2026-12-03.pdf"), so a folder of exports sorts and reads well; the folder
is the one the user last exported to (remembered between runs), else their documents folder.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QToolButton,
    QWidget,
)

from confdesk.ui.settings import Settings

#: Characters no file system takes in a name (Windows' list, the strictest).
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def suggested_name(event_name: str, what: str, suffix: str, day: date | None = None) -> str:
    """`<event> – <what> – <date><suffix>`, with what a file system refuses replaced."""
    parts = [part for part in (event_name.strip(), what.strip()) if part]
    parts.append((day or date.today()).isoformat())
    stem = " – ".join(_UNSAFE.sub("-", part) for part in parts)
    return stem + (suffix if suffix.startswith(".") else f".{suffix}")


def last_folder() -> Path:
    """The folder the user last exported to, if it still exists; else their documents."""
    value = Settings().export_folder()
    if value and Path(value).is_dir():
        return Path(value)
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    Settings().set_export_folder(str(path.parent))


def ask_save_path(parent: QWidget, title: str, event_name: str, what: str, suffix: str,
                  name_filter: str = "") -> Path | None:
    """A save dialog proposing `suggested_name` in the last folder; None when cancelled.
    The suffix is added when the user typed none; the chosen folder is remembered."""
    proposal = last_folder() / suggested_name(event_name, what, suffix)
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(proposal), name_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_suffix(suffix if suffix.startswith(".") else f".{suffix}")
    remember_folder(path)
    return path


class ExportNotice(QWidget):
    """A quiet notice in the status bar: what was written, with Open and Show in Folder.

    It stays until the user closes it, another export replaces it, or a minute passes."""

    #: How long the notice stays, in milliseconds.
    LIFETIME = 60_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportNotice")
        self.path: Path | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLabel(self)
        self.text.setObjectName("exportNoticeText")
        self.open_button = self._button("exportNoticeOpen", self.tr("Open"), self.open_file)
        self.folder_button = self._button("exportNoticeFolder", self.tr("Show in Folder"),
                                          self.show_folder)
        self.close_button = self._button("exportNoticeClose", "×", self.hide)
        self.close_button.setToolTip(self.tr("Close this notice"))
        self.close_button.setAccessibleName(self.tr("Close this notice"))
        layout.addWidget(self.text)
        for button in (self.open_button, self.folder_button, self.close_button):
            layout.addWidget(button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def _button(self, name: str, text: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def announce(self, path: Path, text: str) -> None:
        self.path = path
        self.text.setText(text)
        self.text.setToolTip(str(path))
        self.show()
        self.timer.start(self.LIFETIME)

    def open_file(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def show_folder(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))


def export_notice(widget: QWidget) -> ExportNotice | None:
    """The notice of the main window `widget` lives in (made on first use), or None when
    the widget is not in a main window (a dialog tested alone)."""
    window = widget.window()
    if not isinstance(window, QMainWindow):
        return None
    notice = window.findChild(ExportNotice, "exportNotice")
    if notice is None:
        notice = ExportNotice(window)
        window.statusBar().addPermanentWidget(notice)
    return notice


def announce_export(widget: QWidget, path: Path | str, text: str) -> None:
    """Tell the user an export was written: the main window's notice with Open and Show in
    Folder (or nothing more than `text` in the status bar when there is no main window)."""
    notice = export_notice(widget)
    if notice is not None:
        notice.announce(Path(path), text)
