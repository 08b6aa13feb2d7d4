"""A walk through every dialog of the window, in English and in French, on the demo conference.

Each dialog is opened the way a user opens it (a menu action, a button of a screen, a button of
another dialog), with the main window at 1024×768. While it is shown the walk reads the
dialog's own words (labels, buttons, group boxes, tabs, column headings, placeholders, the
items of its lists of choices) and measures them:

- it fits in 1024×768;
- no label, check box, radio button, push button or group box is cut short (a one-line text
  wider than its room, a wrapped text taller than its room);
- in French, no English word of the interface is left.

It also checks that every action of every screen is in a menu of the window and can be reached
from the keyboard (its own shortcut, or mnemonics all the way down its menus).
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

import confdesk.ui
from confdesk.conclusions.amendments import AmendmentKind
from confdesk.db.database import open_database
from confdesk.demo.builder import write_demo_database
from confdesk.ui.conclusions.screen import ConclusionsScreen
from confdesk.ui.floor.screen import FloorScreen
from confdesk.ui.main_window import MainWindow
from confdesk.ui.participants.screen import ParticipantsScreen
from confdesk.ui.programme.screen import ProgrammeScreen
from confdesk.ui.settings import Settings
from tests.ui.test_french_walk import ENGLISH as SCREEN_WORDS

pytestmark = [pytest.mark.slow,
              pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")]

#: English honorifics: the forms of address stored, never shown as such in the French window.
HONORIFICS = {"Mr", "Mrs", "Ms", "Prof", "H.E.", "Ambassador", "Judge", "Hon"}
#: English words of the interface that have no place in a French dialog (whole words, as the
#: interface writes them): the screens' list and the dialogs' own words.
ENGLISH = SCREEN_WORDS | {
    *HONORIFICS, "Final", "Honorific", "Salutation", "Browse", "Choose",
    "Select", "Apply", "Reset", "Start", "End", "Kind", "Theme", "Speaker",
    "Moderator", "Author", "Password", "Login", "Grant", "Revoke", "Role",
    "Amendment", "Amendments", "Proposed", "Accepted", "Rejected", "Withdrawn", "Insert",
    "Replace", "Heading", "Printed", "Record", "Layout", "Rows", "Seats",
    "Seat", "Include", "Sheet", "Column", "Columns", "Value", "Values", "Preview", "Skip",
    "Update", "First", "Last", "Email", "Phone", "Gender",
    "Room", "Capacity", "Short", "Venue", "Dates", "Subtitle", "Symbol",
    "Working", "Compare", "Older", "Newer", "Reply", "Resolve", "Resolved", "Comment",
    "Kinds", "Language", "Languages", "Floor", "Right",
    "the", "and", "of", "to", "for", "with", "from", "this", "these", "that", "new", "will",
    "is", "are", "be", "by", "or", "not", "no", "on", "in", "at", "an",
}
#: Words written the same in both languages, names and codes, that are not English in French.
ALLOWED = {
    "confdesk", "PDF", "XLSX", "CSV", "JSON", "DOCX", "ODT", "ICS", "URL", "UTF", "OK",
    "A", "Z", "PostgreSQL", "SQLite", "Qt", "PySide", "Python", "GPL", "Word", "Excel",
    "LibreOffice", "frab", "iCalendar", "ISO", "UN", "ONU",
}
WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:\.[A-Z]\.)?")
#: A file path or a URL in a text: its words are names, not the interface's.
PATH = re.compile(r"\S*[/\\]\S*")

#: Where to save a picture of each dialog walked (CONFDESK_WALK_SHOTS=/tmp/folder), if wanted.
SHOTS = Path(os.environ["CONFDESK_WALK_SHOTS"]) if os.environ.get("CONFDESK_WALK_SHOTS") else None

#: Labels that show data in the language of lists (View → Language of Lists), not the
#: window's words, and why they are not read.
DATA_LABELS = {
    "projectionSpeaker": "the speaker projected in the room: name, honorific and function "
                         "in the language of lists",
    "projectionThen": "the next delegations projected: States named in the language of lists",
}

#: Windows that may be larger than 1024×768, and why.
LARGER = {
    "ProjectionWindow": "shown on the room's projector (1280×720, full screen there), not on "
                        "the secretariat's screen",
}

#: Dialog classes the walk does not open, and why (none may be left out silently).
NOT_WALKED: dict[str, str] = {}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dialog-walk") / "demo.sqlite"
    write_demo_database(path)
    return path


@pytest.fixture(scope="module")
def registrations(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, int]]:
    """Two missions' lists and how many pages of the wizard each is walked through: one that
    goes straight to the preview, one with a category no one knows (the wizard asks)."""
    folder = tmp_path_factory.mktemp("dialog-walk-import")
    files = []
    for name, category, steps in (("clean", "Délégué", 2), ("unknown", "Invité spécial", 2)):
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "Inscriptions"
        sheet.append(["Prénom", "Nom", "Pays", "Courriel", "Catégorie"])
        sheet.append(["Aïcha", "Bah", "Guinée", "aicha@example.org", category])
        sheet.append(["Kofi", "Annan", "Ghana", "kofi@example.org", "Délégué"])
        path = folder / f"{name}.xlsx"
        book.save(path)
        files.append((path, steps))
    return files


@pytest.fixture(scope="module")
def draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A rapporteur's draft as a plain-text file."""
    path = tmp_path_factory.mktemp("dialog-walk-draft") / "draft.txt"
    path.write_text("Chair's summary\n\nThe participants note that:\n\n"
                    "1. Prevention is a shared duty.\n2. Early warning saves lives.\n",
                    encoding="utf-8")
    return path



def visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("&&", "&").strip()


def dialog_texts(dialog: QWidget) -> list[tuple[str, str, bool]]:
    """(where, text, own) of every word the dialog shows; `own` is False for the items of
    lists and tables, which may be data (the demo's titles are English on purpose)."""
    found: list[tuple[str, str, bool]] = []

    def add(where: str, text: str, own: bool = True) -> None:
        if text and _plain(text):
            if "<" in text:
                doc = QTextDocument()
                doc.setHtml(text)
                text = doc.toPlainText()
            found.append((where, _plain(text), own))

    add("window title", dialog.windowTitle())
    if isinstance(dialog, QWizard):
        page = dialog.currentPage()
        if page is not None:
            add("page title", page.title())
            add("page subtitle", page.subTitle())
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        if not visible(widget):
            continue
        name = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
        if isinstance(widget, QLabel) and widget.pixmap().isNull():
            if widget.objectName() not in DATA_LABELS:
                add(name, widget.text())
        elif isinstance(widget, QAbstractButton):
            add(name, widget.text())
            add(f"{name} tooltip", widget.toolTip())
            menu = widget.menu() if isinstance(widget, QPushButton) else None
            if menu is not None:
                for action in menu.actions():
                    add(f"{name} menu", action.text())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(name, widget.tabText(index))
        elif isinstance(widget, QGroupBox):
            add(name, widget.title())
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            add(f"{name} placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(f"{name} item", widget.itemText(index), own=False)
        if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            header = (widget.horizontalHeader() if isinstance(widget, QTableView)
                      else widget.header())
            if header.isHidden():
                continue
            for column in range(header.count()):
                if header.isSectionHidden(column):
                    continue
                heading = widget.model().headerData(column, Qt.Orientation.Horizontal)
                if isinstance(heading, str):
                    add(f"{name} heading", heading)
    return found


def english_words(texts: list[tuple[str, str, bool]]) -> dict[str, set[str]]:
    """Known English interface words in the dialog's own texts; in the items of its lists of
    choices (which may be data in the language of lists: States, rooms, themes…) only the
    English honorifics, which the French window must show in their French forms."""
    found: dict[str, set[str]] = {}
    for where, text, own in texts:
        words = set(WORD.findall(PATH.sub(" ", text))) - ALLOWED
        if text.startswith("H.E."):
            words.add("H.E.")
        hits = words & ENGLISH if own else words & HONORIFICS
        if hits:
            found.setdefault(f"{where}: “{text}”", set()).update(hits)
    return found


def _label_cut(label: QLabel) -> str:
    text = label.text()
    indent = max(label.indent(), 0) + 2 * label.margin()
    width = label.contentsRect().width() - indent
    if not text or not label.pixmap().isNull() or width <= 0:
        return ""
    if label.wordWrap():
        # a wrapped text cannot be too wide; it is cut when it needs more height than it has
        need = label.heightForWidth(label.width())
        if need > label.height() + 1:
            return f"needs {need}px high, has {label.height()}px"
        return ""
    if "<" in text and Qt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        need = int(doc.idealWidth())
    else:
        metrics = label.fontMetrics()
        need = max(metrics.horizontalAdvance(_plain(line)) for line in text.splitlines() or [""])
    if need > width + 1 and not (text.endswith("…") and label.toolTip()):
        return f"needs {need}px, has {width}px"
    return ""


def clipped(dialog: QWidget) -> list[str]:
    """The dialog's labels, buttons and box titles whose text does not fit their room."""
    cut = []
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        if not visible(widget):
            continue
        problem = ""
        if isinstance(widget, QLabel):
            problem = _label_cut(widget)
            text = widget.text()
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and widget.text():
            text = widget.text()
            need = widget.sizeHint().width()
            if widget.width() + 1 < need:
                problem = f"needs {need}px, has {widget.width()}px"
        elif isinstance(widget, QGroupBox) and widget.title():
            text = widget.title()
            style = widget.style()
            need = (widget.fontMetrics().horizontalAdvance(_plain(text))
                    + 2 * style.pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
                    + (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
                       if widget.isCheckable() else 0))
            if widget.width() + 1 < need:
                problem = f"needs {need}px, has {widget.width()}px"
        if problem:
            cut.append(f"{type(widget).__name__} “{_plain(text)}” {problem}")
        if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            cut += _headings_cut(widget)
    return cut


def _headings_cut(view: QTableView | QTreeView) -> list[str]:
    """Column headings shorter than their text (Qt would elide them: "Observat…"). A view
    that scrolls sideways is not cut: its columns are there, a scroll away."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    if header.isHidden() or view.horizontalScrollBar().maximum() > 0:
        return []
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cut = []
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        heading = view.model().headerData(column, Qt.Orientation.Horizontal)
        if not isinstance(heading, str) or not heading:
            continue
        need = metrics.horizontalAdvance(heading) + 2 * margin
        if header.sectionSize(column) + 1 < need:
            cut.append(f"heading “{heading}” needs {need}px, has {header.sectionSize(column)}px")
    return cut


@dataclass
class Seen:
    """What the walk saw of one dialog."""

    name: str
    size: tuple[int, int]
    texts: list[tuple[str, str, bool]]
    cut: list[str]


@dataclass
class Walk:
    """Opens dialogs in place of `exec`/`open`, looks at them while shown, then closes them."""

    qtbot: QtBot
    seen: list[Seen] = field(default_factory=list)
    classes: set[str] = field(default_factory=set)
    #: what to do inside a dialog of this class while it is shown (open the dialogs it opens)
    inside: dict[str, Callable[[QWidget], int | None]] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    #: a refusal is being provoked: its message box is looked at, not a failure
    expecting: bool = False
    #: object names of confirmations answered with their action (the others: Cancel)
    yes_to: set[str] = field(default_factory=set)
    #: what a save-file question answers (None: Cancel)
    save_as: Path | None = None

    def refuse(self, dialog: QWidget, press: Callable[[], object], what: str) -> None:
        """Press Save/OK on a form left as it is (empty, or wrong): the dialog says why, in
        its own label or a message box, in the window's language."""
        self.expecting = True
        try:
            press()
        finally:
            self.expecting = False
        if dialog.isVisible():
            self.look(dialog, f"{type(dialog).__name__} refusing {what}")

    def look(self, dialog: QWidget, name: str = "") -> None:
        name = name or f"{type(dialog).__name__} “{dialog.windowTitle()}”"
        dialog.show()
        self.qtbot.wait(30)
        QApplication.processEvents()
        if SHOTS:  # pictures to look at, out of the repository
            SHOTS.mkdir(parents=True, exist_ok=True)
            safe = re.sub(r"[^\w-]+", "_", name).strip("_")[:80]
            dialog.grab().save(str(SHOTS / f"{QLocale().name()}-{len(self.seen):02d}-{safe}.png"))
        self.seen.append(Seen(name, (dialog.width(), dialog.height()), dialog_texts(dialog),
                              clipped(dialog)))

    def run(self, dialog: QDialog) -> int:
        cls = type(dialog).__name__
        self.classes.add(cls)
        if isinstance(dialog, QMessageBox):
            said = f"{dialog.windowTitle()}: {dialog.text()}"
            if self.expecting or dialog.objectName() in self.yes_to:
                self.seen.append(Seen(f"QMessageBox “{dialog.windowTitle()}”", (0, 0), [
                    ("title", dialog.windowTitle(), True), ("text", dialog.text(), True),
                    ("details", dialog.informativeText(), True)], []))
            else:
                self.messages.append(said)
            if dialog.objectName() in self.yes_to:
                yes = next(b for b in dialog.buttons()
                           if dialog.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
                yes.click()  # as the user does: clickedButton() is then that button
                return 0
            return QMessageBox.StandardButton.Cancel.value
        self.look(dialog)
        then = self.inside.get(cls)
        answer = then(dialog) if then is not None else None
        dialog.hide()
        if not dialog.parent() or dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
            dialog.deleteLater()
        return QDialog.DialogCode.Rejected.value if answer is None else answer

    def ask(self, _parent: QWidget, title: str, label: str, *args: object,
            **kwargs: object) -> tuple[str, bool]:
        """In place of QInputDialog's helpers: read the question, answer Cancel."""
        items = next((a for a in args if isinstance(a, list)), [])
        own = [("input title", _plain(title), True), ("input label", _plain(label), True)]
        self.seen.append(Seen(f"QInputDialog “{title}”", (0, 0), own, []))
        del items
        self.classes.add("QInputDialog")
        return "", False


def walk_patches(monkeypatch: pytest.MonkeyPatch, walk: Walk) -> None:
    monkeypatch.setattr(QDialog, "exec", lambda self: walk.run(self))
    monkeypatch.setattr(QDialog, "open", lambda self: walk.run(self) and None)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: walk.run(self))

    def box(_parent: QWidget, title: str, text: str, *args: object, **kwargs: object) -> object:
        said = QMessageBox()
        said.setWindowTitle(title)
        said.setText(text)
        walk.run(said)
        return QMessageBox.StandardButton.Cancel
    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(box))
    for name in ("getText", "getItem", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(walk.ask))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a, **k: (str(walk.save_as), "") if walk.save_as else ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))


def dialog_classes() -> set[str]:
    """Every QDialog subclass of confdesk.ui (its modules all imported)."""
    for module in pkgutil.walk_packages(confdesk.ui.__path__, "confdesk.ui."):
        importlib.import_module(module.name)
    found: set[str] = set()

    def below(cls: type) -> None:
        for sub in cls.__subclasses__():
            if sub.__module__.startswith("confdesk.ui") \
                    and not sub.__module__.startswith("confdesk.ui.generated"):
                found.add(sub.__name__)
            below(sub)

    below(QDialog)
    return found


def trigger(window: MainWindow, text: str) -> None:
    """Trigger the menu action of the screen in front (or the window) called `text`."""
    for action in menu_actions(window):
        if _plain(action.text()) == _plain(text) or action.objectName() == text:
            assert action.isEnabled(), f"{text} is disabled"
            action.trigger()
            return
    raise AssertionError(f"no menu action {text}")


def menu_actions(window: MainWindow) -> list[QAction]:
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            found.append(action)
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub)

    for action in window.menuBar().actions():
        sub = action.menu()
        if isinstance(sub, QMenu) and action.isVisible():
            walk(sub)
    return found


def remove_a_category_in_use(dialog: QWidget) -> None:
    """Select the first category that holds people and press Remove: the dialog asks where
    they go (the walk looks at the question and answers Cancel: nothing is removed)."""
    rows = dialog._rows  # type: ignore[attr-defined]
    used = dialog.used  # type: ignore[attr-defined]
    row = next(i for i, c in enumerate(rows) if c is not None and used.get(c.code))
    dialog.table.selectRow(row)  # type: ignore[attr-defined]
    before = dialog.table.rowCount()  # type: ignore[attr-defined]
    dialog.remove_category()  # type: ignore[attr-defined]
    assert dialog.table.rowCount() == before  # type: ignore[attr-defined]


def past_the_first_questions(window: MainWindow, walk: Walk, participants: ParticipantsScreen,
                             folder: Path) -> None:
    """Edit → Export Personal Data… to a file, then Erase Person… answered Erase: what each
    then says (the notice, the status bar) is looked at as a dialog's texts are."""
    participants.list_page.table.selectRow(0)
    walk.save_as = folder / f"personal-{QLocale().name()}.json"
    try:
        trigger(window, "actionExportPersonalData")
    finally:
        walk.save_as = None
    assert walk.save_as is None
    written = folder / f"personal-{QLocale().name()}.json"
    assert json.loads(written.read_text(encoding="utf-8"))
    notice = window.findChild(QLabel, "exportNoticeText")
    assert notice is not None and notice.text()
    walk.seen.append(Seen("export notice after Export Personal Data", (0, 0),
                          [("notice", notice.text(), True)], []))
    walk.yes_to.add("eraseConfirmation")
    try:
        trigger(window, "actionErasePerson")
    finally:
        walk.yes_to.discard("eraseConfirmation")
    said = window.statusBar().currentMessage()
    assert said, "Erase Person said nothing"
    walk.seen.append(Seen("status bar after Erase Person", (0, 0), [("status", said, True)], []))


def open_every_dialog(window: MainWindow, walk: Walk, qtbot: QtBot,
                      registrations: list[tuple[Path, int]], draft: Path, tmp: Path) -> None:
    """Open each dialog as a user would; `walk` looks at each while it is shown."""
    screens = window.screens
    participants = next(s for s in screens if isinstance(s, ParticipantsScreen))
    programme = next(s for s in screens if isinstance(s, ProgrammeScreen))

    def refusing(what: str, press: Callable[[QWidget], object]) -> Callable[[QWidget], None]:
        """A hook that, once, presses Save on the dialog as opened and looks at the refusal."""
        done: list[bool] = []

        def hook(dialog: QWidget) -> None:
            if not done:
                done.append(True)
                walk.refuse(dialog, lambda: press(dialog), what)
        return hook

    def save(dialog: QWidget) -> object:
        """Press the dialog's Save (or OK) button, as the user does."""
        for box in dialog.findChildren(QDialogButtonBox):
            for which in (QDialogButtonBox.StandardButton.Save,
                          QDialogButtonBox.StandardButton.Ok):
                button = box.button(which)
                if button is not None and button.isVisible():
                    return button.click()
        raise AssertionError(f"no Save button in {dialog.windowTitle()}")

    # the window's own dialogs
    walk.inside["EventDialog"] = refusing("an event without a title", save)
    trigger(window, "actionNewEvent")
    trigger(window, "actionEventProperties")
    trigger(window, "actionAbout")
    walk.inside["UsersDialog"] = lambda dialog: dialog.add_button.click()  # type: ignore[attr-defined]
    trigger(window, "actionUsers")
    walk.expecting = True  # File → Reset Demo… asks first (answered Cancel)
    trigger(window, "actionResetDemo")
    walk.expecting = False
    # Participants
    window.show_screen(screens.index(participants))
    walk.inside["ParticipantDialog"] = refusing("a participant without a name", save)
    trigger(window, participants.add_action.text().replace("&", ""))
    participants.list_page.table.selectRow(0)
    qtbot.wait(20)
    trigger(window, participants.edit_action.text().replace("&", ""))
    trigger(window, "actionHistory")
    walk.expecting = True  # these ask first (answered Cancel)
    trigger(window, "actionErasePerson")
    trigger(window, participants.delete_action.text())
    walk.expecting = False
    trigger(window, "actionAuditTrail")
    trigger(window, participants.badges_action.text().replace("&", ""))
    trigger(window, participants.export_action.text().replace("&", ""))
    walk.inside["CategoriesDialog"] = remove_a_category_in_use
    trigger(window, "editCategories")
    del walk.inside["CategoriesDialog"]
    past_the_first_questions(window, walk, participants, tmp)

    def through_the_wizard(file: Path, steps: int) -> Callable[[QWidget], None]:
        def walk_pages(wizard: QWidget) -> None:
            assert isinstance(wizard, QWizard)
            page = wizard.currentPage()
            page.findChild(QLineEdit, "importPath").setText(str(file))
            for _ in range(steps):
                before = wizard.currentId()
                wizard.next()
                qtbot.waitUntil(lambda b=before: wizard.currentId() != b, timeout=15000)
                walk.look(wizard, f"ImportWizard page “{wizard.currentPage().title()}”")
        return walk_pages
    for file, steps in registrations:
        walk.inside["ImportWizard"] = through_the_wizard(file, steps)
        trigger(window, participants.import_action.text().replace("&", ""))

    # Programme
    window.show_screen(screens.index(programme))
    qtbot.wait(20)

    def new_person(picker: QWidget) -> None:
        picker.register_new()  # type: ignore[attr-defined]
    walk.inside["PersonPicker"] = new_person
    walk.inside["NewParticipantDialog"] = refusing("a person without a name", save)
    refuse_session = refusing("a session without a title", save)

    def session(dialog: QWidget) -> None:
        dialog.ui.addPersonButton.click()  # type: ignore[attr-defined]
        refuse_session(dialog)
    walk.inside["SessionDialog"] = session
    trigger(window, programme.new_action.text().replace("&", ""))
    walk.inside["ThemesDialog"] = lambda dialog: dialog.ui.addButton.click()  # type: ignore[attr-defined]
    trigger(window, programme.themes_action.text().replace("&", ""))
    trigger(window, programme.seating_action.text().replace("&", ""))
    seating = programme.seating_window  # type: ignore[attr-defined]
    qtbot.wait(50)
    walk.look(seating, "SeatingWindow")
    seating.edit_layout()

    def wrong_rows(dialog: QWidget) -> int:
        dialog.rows_edit.setText("douze rangs")  # type: ignore[attr-defined]
        return QDialog.DialogCode.Accepted.value
    walk.inside["LayoutDialog"] = wrong_rows
    walk.expecting = True  # the layout refused: the message says why
    seating.edit_layout()
    walk.expecting = False
    seating.seat_from()
    seating.close()

    # Conclusions
    conclusions = next(s for s in screens if isinstance(s, ConclusionsScreen))
    window.show_screen(screens.index(conclusions))
    qtbot.wait(20)
    conclusions.documents.ask_new()
    walk.inside["ImportDialog"] = lambda _dialog: QDialog.DialogCode.Accepted.value
    walk.expecting = True  # OK with nothing pasted: the import says why
    conclusions.documents.ask_import()
    walk.expecting = False

    def read_draft(dialog: QWidget) -> int:
        dialog.open_file(draft)  # type: ignore[attr-defined]
        walk.look(dialog, "ImportDialog with a file")
        return QDialog.DialogCode.Accepted.value
    walk.inside["ImportDialog"] = read_draft
    conclusions.documents.ask_import()
    conclusions.tabs.setCurrentWidget(conclusions.editor)
    editor = conclusions.editor
    first = editor.visible_labels()
    assert first
    trigger(window, editor.document_actions["heading"].text())
    conclusions.tabs.setCurrentWidget(conclusions.drafts)
    qtbot.wait(20)
    conclusions.drafts.ask_snapshot()
    conclusions.drafts.ui.draftsTable.selectRow(0)
    conclusions.drafts.ask_export()
    conclusions.tabs.setCurrentWidget(conclusions.rapporteurs)
    qtbot.wait(20)
    conclusions.rapporteurs.ask_add()
    conclusions.tabs.setCurrentWidget(conclusions.amendments)
    qtbot.wait(20)
    conclusions.amendments.ask_propose()
    if not conclusions.amendments.table.model().rowCount():
        uid = conclusions.amendments.paragraph_choices()[0][0]
        assert conclusions.amendments.propose(
            paragraph=uid, kind=AmendmentKind.REPLACE, text="Prevention is everyone's duty.",
            proposer="Rwanda") is not None
    conclusions.amendments.table.selectRow(0)
    asked = len(walk.seen)
    conclusions.amendments.ask_accept_modified()
    assert any(s.name.startswith("QInputDialog") for s in walk.seen[asked:]), \
        "Accept as Modified asked nothing"
    conclusions.amendments.ask_export("amendments")

    # Floor
    floor = next(s for s in screens if isinstance(s, FloorScreen))
    window.show_screen(screens.index(floor))
    qtbot.wait(20)
    if floor.session_combo.count():
        floor.session_combo.setCurrentIndex(0)
    trigger(window, "floorAction_inscribe")
    for index in range(floor.session_combo.count()):  # a session with speakers inscribed
        floor.session_combo.setCurrentIndex(index)
        qtbot.wait(10)
        if floor.model.rowCount():
            break
    floor.table.selectRow(0)
    qtbot.wait(10)
    trigger(window, "floorAction_note")
    projection = floor.project()
    walk.look(projection, "ProjectionWindow")
    projection.close()


def test_the_detectors_see_what_they_look_for(qtbot: QtBot) -> None:
    """A label, a wrapped label, a button, a check box and a heading too small for their
    texts are found; the same at their natural size, and English in French, are not."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(600, 400)
    narrow = QLabel("Débat de haut niveau", dialog)
    narrow.setGeometry(0, 0, 30, 20)
    wrapped = QLabel("Une phrase assez longue pour tenir sur plusieurs lignes, pas sur une "
                     "seule ligne de cent pixels.", dialog)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 30, 100, 20)
    tall = QLabel("Une phrase courte.", dialog)
    tall.setWordWrap(True)
    tall.setGeometry(0, 60, 400, 40)
    button = QPushButton("Enregistrer et fermer", dialog)
    button.setGeometry(0, 110, 40, 30)
    check = QCheckBox("Enregistrer ces badges comme imprimés", dialog)
    check.setGeometry(0, 150, 60, 20)
    fine = QPushButton("OK", dialog)
    fine.setGeometry(0, 180, fine.sizeHint().width(), fine.sizeHint().height())
    dialog.show()
    qtbot.waitExposed(dialog)
    cut = "\n".join(clipped(dialog))
    for text in ("Débat de haut niveau", "Une phrase assez longue", "Enregistrer et fermer",
                 "Enregistrer ces badges"):
        assert text in cut
    assert "Une phrase courte" not in cut and "“OK”" not in cut
    found = english_words([("label", "Choose the file", True), ("item", "Mr", False),
                           ("item", "New Zealand", False), ("label", "Dossier : /tmp/a/of", True),
                           ("label", "Organisation : Notes", True)])
    assert sorted(found) == ["item: “Mr”", "label: “Choose the file”"]


def test_dialog_classes_are_all_walked() -> None:
    """The walk knows every dialog class: a new one must be added to it (or to NOT_WALKED)."""
    assert dialog_classes() >= WALKED | set(NOT_WALKED)
    assert dialog_classes() - WALKED - set(NOT_WALKED) == set()


WALKED = {
    "EventDialog", "AboutDialog", "UsersDialog", "GrantDialog", "HistoryDialog",
    "ParticipantDialog", "ListExportDialog", "BadgeExportDialog", "CategoriesDialog",
    "ImportWizard", "SessionDialog", "PersonPicker", "NewParticipantDialog", "ThemesDialog",
    "LayoutDialog", "SnapshotDialog", "NewDocumentDialog", "ImportDialog", "ExportDialog",
    "ImportPreviewDialog", "ItemDialog", "ProposeDialog", "InscribeDialog",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_dialog_at_1024_by_768(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest,
        settings: Settings, demo_file: Path, registrations: list[tuple[Path, int]],
        draft: Path, language: str, tmp_path: Path) -> None:
    if language == "fr":
        request.getfixturevalue("french")
    walk = Walk(qtbot)
    walk_patches(monkeypatch, walk)
    database = open_database(demo_file)
    window = MainWindow(settings, database)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    try:
        open_every_dialog(window, walk, qtbot, registrations, draft, tmp_path)
    finally:
        window.close()
        database.close()
    report = [f"{s.name}: {s.size}" for s in walk.seen]
    print("\n".join(report))
    missing = WALKED - walk.classes
    assert not missing, f"dialogs not reached: {sorted(missing)}"
    assert not walk.messages, "messages while opening dialogs:\n" + "\n".join(walk.messages)
    too_big = [f"{s.name}: {s.size[0]}×{s.size[1]}" for s in walk.seen
               if (s.size[0] > 1024 or s.size[1] > 768) and s.name not in LARGER]
    assert not too_big, "larger than 1024×768:\n" + "\n".join(too_big)
    cut = [f"{s.name}: {c}" for s in walk.seen for c in s.cut]
    assert not cut, "cut short:\n" + "\n".join(cut)
    if language == "fr":
        english = {f"{s.name}: {where}": words for s in walk.seen
                   for where, words in english_words(s.texts).items()}
        assert not english, "English left in French dialogs:\n" + "\n".join(
            f"{where} {sorted(words)}" for where, words in sorted(english.items()))


#: Actions of the screens that are not in the window's menus, and why.
NOT_IN_MENUS: dict[str, str] = {}
#: Widgets whose actions are choices of a value, not commands: not in the menus, and why.
CHOICE_WIDGETS = {
    "MultiChoiceButton": "the choices of a list filter (statuses shown): values of the filter, "
                         "reached by Tab to the button, Space and the arrow keys",
}
MNEMONIC = re.compile(r"&[^&\s]")


def has_mnemonic(text: str) -> bool:
    return bool(MNEMONIC.search(text.replace("&&", "")))


def screen_actions(window: MainWindow) -> list[tuple[str, QAction]]:
    """(screen, action) for every action a screen offers: in its toolbars, on its widgets
    (context menus, keys) and in its menu."""
    found: list[tuple[str, QAction]] = []
    for screen in window.screens:
        actions: list[QAction] = list(screen.menu_actions())
        for widget in [screen, *screen.findChildren(QWidget)]:
            owner = widget.parent() if isinstance(widget, QMenu) else widget
            if type(owner).__name__ in CHOICE_WIDGETS or \
                    type(widget).__name__ in CHOICE_WIDGETS:
                continue
            actions += [a for a in widget.actions() if a not in actions]
        for action in actions:
            if action.isSeparator() or not _plain(action.text()) or action.menu() is not None:
                continue
            found.append((screen.title(), action))
    return found


def keyboard_paths(window: MainWindow) -> dict[int, tuple[QAction, list[str]]]:
    """Each action of the menu bar (by id()), with how the keyboard reaches it: its shortcuts,
    or "mnemonics" when its menus and itself all have one (empty: no way). Each menu is
    opened first, as the user would (some fill or rename their items then)."""
    paths: dict[int, tuple[QAction, list[str]]] = {}

    def walk(menu: QMenu, reachable: bool) -> None:
        menu.aboutToShow.emit()
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            ways = [k.toString() for k in action.shortcuts() if not k.isEmpty()]
            if reachable and has_mnemonic(action.text()):
                ways.append("mnemonics")
            paths.setdefault(id(action), (action, []))[1].extend(ways)
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, reachable and has_mnemonic(action.text()))

    for action in window.menuBar().actions():
        sub = action.menu()
        if isinstance(sub, QMenu) and action.isVisible():
            walk(sub, has_mnemonic(action.text()))
    return paths


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_action_is_in_a_menu_and_on_the_keyboard(
        qtbot: QtBot, request: pytest.FixtureRequest, settings: Settings, demo_file: Path,
        language: str) -> None:
    if language == "fr":
        request.getfixturevalue("french")
    database = open_database(demo_file)
    window = MainWindow(settings, database)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    try:
        not_in_menu, no_key = [], []
        for index, screen in enumerate(window.screens):
            window.show_screen(index)
            qtbot.wait(20)
            paths = keyboard_paths(window)
            for title, action in screen_actions(window):
                if title != screen.title() or not action.isVisible():
                    continue
                name = f"{title}: {_plain(action.text())}"
                if id(action) not in paths and _plain(action.text()) not in NOT_IN_MENUS:
                    not_in_menu.append(name)
            no_key += [f"{screen.title()} in front: {_plain(action.text())}"
                       for action, ways in paths.values() if not ways]
    finally:
        window.close()
        database.close()
    assert not not_in_menu, "actions in no menu:\n" + "\n".join(sorted(set(not_in_menu)))
    assert not no_key, "actions the keyboard cannot reach:\n" + "\n".join(sorted(set(no_key)))


def test_export_dialogs_name_the_languages_in_the_windows_language(
        qtbot: QtBot, french: None) -> None:
    from confdesk.ui.participants.export_dialogs import BadgeExportDialog, ListExportDialog

    for dialog in (ListExportDialog({"all": 3}, "fr"), BadgeExportDialog({"all": 3}, "en")):
        qtbot.addWidget(dialog)
        combos = [c for c in dialog.findChildren(QComboBox) if c.findData("fr") >= 0]
        assert combos, dialog.windowTitle()
        for combo in combos:
            assert [combo.itemText(i) for i in range(combo.count())] == ["anglais", "français"]
