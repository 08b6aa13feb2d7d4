"""Themes and tracks: names and colours, each change undoable from the Programme screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QColorDialog, QDialog, QInputDialog, QListWidgetItem, QWidget

from confdesk.errors import UserError
from confdesk.programme.queries import ThemeInfo
from confdesk.ui.generated.ui_themes_dialog import Ui_ThemesDialog
from confdesk.ui.messages import user_text

#: Creates a theme from (name, colour).
Creator = Callable[[str, str], None]
#: Changes theme id's (name, colour).
Updater = Callable[[int, str, str], None]
#: The themes as they are now.
Loader = Callable[[], tuple[ThemeInfo, ...]]
#: Asks for a colour (QColorDialog by default; tests replace it).
ColourChooser = Callable[[QColor, QWidget], QColor]
#: Asks for a name (QInputDialog by default; tests replace it); None when cancelled.
NameChooser = Callable[[str, str, QWidget], str | None]

DEFAULT_COLOURS = ("#4a6fa5", "#3f9a8c", "#c2813a", "#8a62a8", "#b04a5a", "#7d8f3c")


def ask_colour(current: QColor, parent: QWidget) -> QColor:
    return QColorDialog.getColor(current, parent,
                                 QCoreApplication.translate("ThemesDialog", "Theme colour"))


def ask_name(title: str, current: str, parent: QWidget) -> str | None:
    text, ok = QInputDialog.getText(
        parent, title, QCoreApplication.translate("ThemesDialog", "Name:"), text=current)
    return text if ok else None


def swatch(colour: str) -> QIcon:
    """A square of the theme's colour for lists."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class ThemesDialog(QDialog):
    """List, add, rename and recolour themes; refusals are shown in the dialog."""

    def __init__(self, load: Loader, create: Creator, update: Updater,
                 parent: QWidget | None = None, *, colour_chooser: ColourChooser = ask_colour,
                 name_chooser: NameChooser = ask_name) -> None:
        super().__init__(parent)
        self.ui = Ui_ThemesDialog()
        self.ui.setupUi(self)
        self._load, self._create, self._update = load, create, update
        self.colour_chooser, self.name_chooser = colour_chooser, name_chooser
        self.themes: tuple[ThemeInfo, ...] = ()
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.renameButton.clicked.connect(self.rename)
        self.ui.colourButton.clicked.connect(self.recolour)
        self.ui.themesList.itemDoubleClicked.connect(lambda _item: self.recolour())
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self.themes = self._load()
        lst = self.ui.themesList
        current = select if select is not None else self._current_id()
        lst.clear()
        for t in self.themes:
            item = QListWidgetItem(swatch(t.colour), t.name)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            lst.addItem(item)
            if t.id == current:
                lst.setCurrentItem(item)
        has = lst.count() > 0
        self.ui.renameButton.setEnabled(has)
        self.ui.colourButton.setEnabled(has)

    def _current_id(self) -> int | None:
        item = self.ui.themesList.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _current(self) -> ThemeInfo | None:
        wanted = self._current_id()
        return next((t for t in self.themes if t.id == wanted), None)

    def _run(self, action: Callable[[], None]) -> bool:
        try:
            action()
        except UserError as exc:
            self.ui.errorLabel.setText(user_text(exc))
            return False
        self.ui.errorLabel.clear()
        return True

    def add(self) -> None:
        name = self.name_chooser(self.tr("New theme"), "", self)
        if name is None:
            return
        colour = DEFAULT_COLOURS[len(self.themes) % len(DEFAULT_COLOURS)]
        if self._run(lambda: self._create(name, colour)):
            self.refresh()
            self.ui.themesList.setCurrentRow(self.ui.themesList.count() - 1)

    def rename(self) -> None:
        theme = self._current()
        if theme is None:
            return
        name = self.name_chooser(self.tr("Rename theme"), theme.name, self)
        if name is not None and self._run(
                lambda: self._update(theme.id, name, theme.colour)):
            self.refresh(theme.id)

    def recolour(self) -> None:
        theme = self._current()
        if theme is None:
            return
        colour = self.colour_chooser(QColor(theme.colour), self)
        if colour.isValid() and self._run(
                lambda: self._update(theme.id, theme.name, colour.name())):
            self.refresh(theme.id)
