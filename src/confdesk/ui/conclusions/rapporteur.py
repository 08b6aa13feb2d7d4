"""The rapporteur workspace: a session's recommendations and key points, and their promotion."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from confdesk.conclusions import operations as ops
from confdesk.conclusions import state
from confdesk.conclusions.models import OutcomeDocument, Recommendation
from confdesk.conclusions.queries import reflection, section_by_uid, working_text
from confdesk.conclusions.tree import DocumentText
from confdesk.programme.models import RoleKind
from confdesk.programme.models import Session as ProgrammeSession
from confdesk.ui.conclusions.dialogs import ItemDialog
from confdesk.ui.conclusions.outline import one_line
from confdesk.ui.conclusions.workspace import Workspace
from confdesk.ui.generated.ui_conclusions_rapporteur_page import Ui_RapporteurPage


@dataclass(frozen=True)
class Place:
    """Where a reflecting paragraph stands: its number and the list it is in."""

    #: "16", "4(a)"; "" for a paragraph of a free-text part.
    number: str
    #: The list's lead-in in full ("" for a free-text part).
    lead_in: str


@dataclass(frozen=True)
class ItemRow:
    """One item as listed: text, author, time, and the paragraphs reflecting it."""

    id: int
    text: str
    author: str
    recorded_at: datetime | None
    #: The reflecting paragraphs, in reading order.
    reflected_in: tuple[Place, ...]


def list_name(lead_in: str, words: int = 2) -> str:
    """A list named by the end of its lead-in, where lead-ins differ: "…resolve to"."""
    parts = lead_in.strip().rstrip(":").split()
    return " ".join(parts) if len(parts) <= words else "…" + " ".join(parts[-words:])


def places(tree: DocumentText) -> dict[str, Place]:
    """The place of every paragraph of `tree`, by uid."""
    found: dict[str, Place] = {}
    parent = ""
    for section, para, depth in tree.paragraphs():
        number = para.label.strip().rstrip(".") if section.numbered else ""
        if depth == 0:
            parent = number
        elif number:
            number = parent + number
        found[para.uid] = Place(number, section.lead_in if section.numbered else "")
    return found


def _by_list(where: tuple[Place, ...]) -> list[tuple[str, list[str]]]:
    """The places grouped by list (lead-in), lists in reading order."""
    groups: dict[str, list[str]] = {}
    for place in where:
        groups.setdefault(place.lead_in, []).append(place.number)
    return list(groups.items())


class RapporteurPage(QWidget):
    """Choose a session; record, reorder and promote its items; see what is reflected."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.rows: list[ItemRow] = []
        self.ui = Ui_RapporteurPage()
        self.ui.setupUi(self)
        ui = self.ui
        header = ui.itemsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        shortcuts = ((ui.addButton, "Ins"), (ui.editButton, "Ctrl+Shift+E"),
                     (ui.upButton, "Alt+Up"), (ui.downButton, "Alt+Down"),
                     (ui.promoteButton, "Ctrl+Shift+P"))
        for button, key in shortcuts:
            button.setShortcut(QKeySequence(key))
            button.setToolTip(key)
        ui.sessionCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.addButton.clicked.connect(self.ask_add)
        ui.editButton.clicked.connect(self.ask_edit)
        ui.deleteButton.clicked.connect(self.delete)
        ui.upButton.clicked.connect(lambda: self.move_by(-1))
        ui.downButton.clicked.connect(lambda: self.move_by(1))
        ui.promoteButton.clicked.connect(lambda: self.promote())
        ui.itemsTable.doubleClicked.connect(lambda _i: self.ask_edit())

    @property
    def session_id(self) -> int | None:
        """The programme session chosen."""
        data = self.ui.sessionCombo.currentData()
        return int(data) if data else None

    def reload(self) -> None:
        """Refill sessions and sections (keeping the choices) and the items."""
        if self.workspace.database is None or self.workspace.event_id is None:
            self.ui.sessionCombo.clear()
            self.ui.itemsTable.setRowCount(0)
            return
        event_id = self.workspace.event_id

        def load(s: Session, doc: OutcomeDocument | None
                 ) -> tuple[list[tuple[int, str]], list[tuple[str, str]]]:
            sessions = s.scalars(select(ProgrammeSession)
                                 .where(ProgrammeSession.event_id == event_id)
                                 .order_by(ProgrammeSession.day, ProgrammeSession.start_time,
                                           ProgrammeSession.id))
            choices = [(p.id, f"{p.day:%d %b} {p.start_time:%H:%M} · {p.title}")
                       for p in sessions]
            sections = ([(sec.uid, sec.lead_in) for sec in doc.sections if sec.lead_in]
                        if doc is not None else [])
            return choices, sections

        choices, sections = self.workspace.read(load)
        wanted = self.ui.sessionCombo.currentData()
        self.ui.sessionCombo.blockSignals(True)
        self.ui.sessionCombo.clear()
        for session_id, label in choices:
            self.ui.sessionCombo.addItem(label, session_id)
        index = self.ui.sessionCombo.findData(wanted)
        self.ui.sessionCombo.setCurrentIndex(max(index, 0))
        self.ui.sessionCombo.blockSignals(False)
        wanted_section = self.ui.sectionCombo.currentData()
        self.ui.sectionCombo.clear()
        for uid, lead_in in sections:
            # Named as the "In the document" column names lists, with the lead-in's start.
            self.ui.sectionCombo.addItem(f"“{list_name(lead_in)}” · {one_line(lead_in, 40)}", uid)
            self.ui.sectionCombo.setItemData(self.ui.sectionCombo.count() - 1, lead_in,
                                           Qt.ItemDataRole.ToolTipRole)
        index = self.ui.sectionCombo.findData(wanted_section)
        last = self.ui.sectionCombo.count() - 1
        self.ui.sectionCombo.setCurrentIndex(index if index >= 0 else last)
        self.refresh()

    def select_session(self, session_id: int) -> bool:
        """Show the items of `session_id`."""
        index = self.ui.sessionCombo.findData(session_id)
        if index >= 0:
            self.ui.sessionCombo.setCurrentIndex(index)
        return index >= 0

    def refresh(self) -> None:
        """Read the chosen session's items and whether each is reflected."""
        session_id = self.session_id
        if session_id is None or self.workspace.database is None:
            self.rows = []
            self._fill()
            return

        def load(s: Session, doc: OutcomeDocument | None) -> tuple[list[ItemRow], str]:
            programme = s.get(ProgrammeSession, session_id)
            rapporteurs = programme.people(RoleKind.RAPPORTEUR) if programme else []
            reflected: dict[int, tuple[Place, ...]] = {}
            if doc is not None:
                where = places(working_text(doc))
                reflected = {r.recommendation.id: tuple(where[u] for u in r.paragraph_uids
                                                        if u in where)
                             for r in reflection(s, session_id, doc)}
            rows = [ItemRow(r.id, r.text, r.author_label, r.recorded_at, reflected.get(r.id, ()))
                    for r in s.scalars(select(Recommendation)
                                       .where(Recommendation.session_id == session_id)
                                       .order_by(Recommendation.position, Recommendation.id))]
            return rows, ", ".join(p.display_name for p in rapporteurs)

        selected = self.selected_id()
        self.rows, rapporteurs = self.workspace.read(load)
        self.ui.rapporteurLabel.setText(self.tr("Rapporteur: {names}").format(names=rapporteurs)
                                if rapporteurs else "")
        self._fill()
        ids = [r.id for r in self.rows]
        if selected in ids:
            self.ui.itemsTable.selectRow(ids.index(selected))

    def _fill(self) -> None:
        self.ui.itemsTable.setRowCount(len(self.rows))
        yes, no = QBrush(QColor("#2e7d32")), QBrush(QColor("#8a8a8a"))
        for index, row in enumerate(self.rows):
            when = f"{row.recorded_at:%H:%M}" if row.recorded_at else ""
            cells = [row.text, row.author, when, self.reflected_text(row.reflected_in)]
            tips = [row.text, row.author, when, self.reflected_tip(row.reflected_in)]
            for column, (text, tip) in enumerate(zip(cells, tips, strict=True)):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if column == 3:
                    item.setForeground(yes if row.reflected_in else no)
                self.ui.itemsTable.setItem(index, column, item)
        self.ui.itemsTable.resizeRowsToContents()
        reflected = sum(1 for r in self.rows if r.reflected_in)
        summary = self.tr("{reflected} of %n item(s) reflected in the document", "",
                          len(self.rows))
        self.ui.summaryLabel.setText(summary.format(reflected=reflected))

    def reflected_text(self, where: tuple[Place, ...]) -> str:
        """"Reflected in paragraph 16 of “…resolve to”" (lists named by their lead-in's end),
        or "Not reflected"."""
        if not where:
            return self.tr("Not reflected")
        parts = []
        for lead_in, numbers in _by_list(where):
            if not lead_in:
                parts.append(self.tr("the opening text"))
            else:
                parts.append(self.tr("paragraph(s) {numbers} of “{list}”", "", len(numbers))
                             .format(numbers=", ".join(numbers), list=list_name(lead_in)))
        return self.tr("Reflected in {places}").format(places="; ".join(parts))

    def reflected_tip(self, where: tuple[Place, ...]) -> str:
        """The same with each list's lead-in in full."""
        if not where:
            return self.tr("No paragraph of the document comes from this item.")
        return "\n".join(
            self.tr("%n paragraph(s) of the opening text", "", len(numbers)) if not lead_in
            else self.tr("Paragraph(s) {numbers} of “{lead_in}”", "", len(numbers))
            .format(numbers=", ".join(numbers), lead_in=lead_in)
            for lead_in, numbers in _by_list(where))

    def selected_id(self) -> int | None:
        """The id of the selected item."""
        rows = self.ui.itemsTable.selectionModel().selectedRows()
        return self.rows[rows[0].row()].id if rows and rows[0].row() < len(self.rows) else None

    def select_item(self, item_id: int) -> None:
        """Select an item by id."""
        ids = [r.id for r in self.rows]
        if item_id in ids:
            self.ui.itemsTable.selectRow(ids.index(item_id))

    # -- changes -------------------------------------------------------------------------
    def _default_time(self) -> datetime:
        session_id = self.session_id

        def load(s: Session, _d: OutcomeDocument | None) -> datetime:
            programme = s.get(ProgrammeSession, session_id)
            now = datetime.now()
            return datetime.combine(programme.day, now.time().replace(second=0, microsecond=0)
                                    ) if programme else now
        return self.workspace.read(load)

    def ask_add(self) -> None:
        """Ask for a new item's text, author and time, then add it."""
        if self.session_id is None:
            return
        shown = self.ui.rapporteurLabel.text()
        author = shown.split(": ", 1)[-1] if shown else ""
        dialog = ItemDialog("", author.split(", ")[0], self._default_time(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add(*dialog.values())

    def add(self, text: str, author: str, when: datetime | None) -> int | None:
        """Add an item to the chosen session (undoable); returns its id."""
        session_id = self.session_id
        if session_id is None:
            return None

        def operation(s: Session, _d: OutcomeDocument | None) -> int:
            programme = s.get(ProgrammeSession, session_id)
            assert programme is not None
            rapporteurs = [p for p in programme.people(RoleKind.RAPPORTEUR)
                           if p.display_name == author.strip()]
            return ops.add_recommendation(
                s, programme, text, author=rapporteurs[0] if rapporteurs else None,
                author_name="" if rapporteurs else author, recorded_at=when).id

        new_id = self.workspace.change(self.tr("Add recommendation"), operation,
                                       session_id=session_id)
        if isinstance(new_id, int):
            self.select_item(new_id)
        return new_id if isinstance(new_id, int) else None

    def ask_edit(self) -> None:
        """Edit the selected item in a dialog."""
        item_id = self.selected_id()
        row = next((r for r in self.rows if r.id == item_id), None)
        if row is None:
            return
        dialog = ItemDialog(row.text, row.author, row.recorded_at or self._default_time(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.edit(row.id, *dialog.values(), expected=row.text)

    def edit(self, item_id: int, text: str, author: str, when: datetime | None, *,
             expected: str | None = None) -> None:
        """Change an item (undoable); refused if its text is no longer `expected`."""
        self._item_change(self.tr("Edit recommendation"), item_id, lambda s, rec: (
            state.edit_item(s, rec, text, author_name=author, recorded_at=when,
                            expected=expected)))

    def delete(self) -> None:
        """Delete the selected item (undoable)."""
        item_id = self.selected_id()
        if item_id is not None:
            self._item_change(self.tr("Delete recommendation"), item_id,
                              ops.delete_recommendation)

    def move_by(self, step: int) -> None:
        """Move the selected item up (-1) or down (1)."""
        item_id = self.selected_id()
        if item_id is None:
            return
        index = [r.id for r in self.rows].index(item_id)
        if 0 <= index + step < len(self.rows):
            self._item_change(self.tr("Move recommendation"), item_id, lambda s, rec: (
                ops.move_recommendation(s, rec, index + step)))
            self.select_item(item_id)

    def _item_change(self, text: str, item_id: int, change: object) -> object:
        def operation(s: Session, _d: OutcomeDocument | None) -> object:
            rec = s.get(Recommendation, item_id)
            if rec is None:
                raise ops.EditError(self.tr("That item no longer exists."))
            return change(s, rec)  # type: ignore[operator]
        return self.workspace.change(text, operation, session_id=self.session_id)

    def promote(self, section_uid: str | None = None) -> str | None:
        """Make the selected item a new paragraph at the end of the chosen section."""
        item_id = self.selected_id()
        target = section_uid or self.ui.sectionCombo.currentData()
        if item_id is None or not target or self.workspace.document_id is None:
            return None

        def operation(s: Session, d: OutcomeDocument | None) -> str:
            assert d is not None
            rec = s.get(Recommendation, item_id)
            if rec is None:
                raise ops.EditError(self.tr("That item no longer exists."))
            return ops.promote_recommendation(s, rec, section_by_uid(d, str(target))).uid

        uid = self.workspace.change(self.tr("Promote recommendation"), operation,
                                    session_id=self.session_id)
        self.select_item(item_id)
        return uid if isinstance(uid, str) else None
