"""The seating plan window: pick a room, lay it out, seat by lot, drag or swap, undo, export.

A separate window (opened from the Programme screen) so that the plan can stay open beside
the programme; it has its own undo stack and Undo/Redo actions. Every change goes through
`SeatingService`; the drawing is `scene.SeatingScene`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSpinBox,
    QToolBar,
    QWidget,
)

from confdesk.db.database import Database
from confdesk.exports.files import write_atomically
from confdesk.exports.seating_files import write_seating
from confdesk.plenary.seating import parse_rows
from confdesk.plenary.seating_service import LayoutSpec, SeatingPlan, SeatingService
from confdesk.registration.service import RegistrationService
from confdesk.registration.states import all_states
from confdesk.ui import messages
from confdesk.ui.exported import announce_export, ask_save_path
from confdesk.ui.seating.commands import LayoutCommand, PlacesCommand
from confdesk.ui.seating.scene import SeatingScene


class LayoutDialog(QDialog):
    """Rows of places, chairs at the table and behind, accessible places."""

    def __init__(self, spec: LayoutSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Room Layout"))
        form = QFormLayout(self)
        self.rows_edit = QLineEdit(",".join(str(n) for n in spec.row_sizes), self)
        self.rows_edit.setToolTip(self.tr("Places in each row, front row first: “14,16,16” or "
                                          "“10x16” (ten rows of sixteen)"))
        self.at_table = QSpinBox(self)
        self.at_table.setRange(1, 6)
        self.at_table.setValue(spec.seats_at_table)
        self.behind = QSpinBox(self)
        self.behind.setRange(0, 12)
        self.behind.setValue(spec.seats_behind)
        self.accessible_edit = QLineEdit(",".join(str(n) for n in spec.accessible_places), self)
        self.accessible_edit.setToolTip(self.tr("Numbers of the places without steps, e.g. "
                                                "“1,14”"))
        form.addRow(self.tr("&Rows of places:"), self.rows_edit)
        form.addRow(self.tr("Chairs at the &table:"), self.at_table)
        form.addRow(self.tr("Chairs &behind:"), self.behind)
        form.addRow(self.tr("&Accessible places:"), self.accessible_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def spec(self) -> LayoutSpec:
        """The layout typed (UserError when the text is not one)."""
        from confdesk.errors import UserError
        from confdesk.plenary.plenary_messages import NOT_PLACES

        text = self.accessible_edit.text().replace(" ", "")
        try:
            accessible = tuple(int(p) for p in text.split(",") if p)
        except ValueError:
            raise UserError(NOT_PLACES, code="seating.places", text=text) from None
        return LayoutSpec(tuple(parse_rows(self.rows_edit.text())), self.at_table.value(),
                          self.behind.value(), accessible)


class SeatingWindow(QMainWindow):
    """One event's seating plans."""

    def __init__(self, database: Database, event_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SeatingWindow")
        self.setWindowTitle(self.tr("Seating Plan"))
        self.service = SeatingService(database, event_id)
        self.undo_stack = QUndoStack(self)
        self.language = "en"
        self.plan: SeatingPlan | None = None
        self.scene = SeatingScene(self)
        self.view = QGraphicsView(self.scene, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setCentralWidget(self.view)
        self.status = QLabel(self)
        self.statusBar().addWidget(self.status, 1)
        self.room_combo = QComboBox(self)
        bar = QToolBar(self.tr("Seating"), self)
        bar.setObjectName("seatingToolbar")
        self.addToolBar(bar)
        bar.addWidget(QLabel(self.tr("Room:"), self))
        bar.addWidget(self.room_combo)
        self.draw_action = self._action(self.tr("Seat by &Lot"), self.seat_by_lot, "Ctrl+L")
        self.first_action = self._action(self.tr("Seat &From a State…"), self.seat_from)
        self.swap_action = self._action(self.tr("&Swap Two Places"), self.swap_selected, "Ctrl+W")
        self.layout_action = self._action(self.tr("Room &Layout…"), self.edit_layout)
        # Own actions with short texts (the stack's would grow with each step's name); the
        # step's name shows in the tooltip.
        self.undo_action = self._action(self.tr("&Undo"), self.undo_stack.undo)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.tr("&Redo"), self.undo_stack.redo)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self.undo_action.setToolTip)
        self.undo_stack.redoTextChanged.connect(self.redo_action.setToolTip)
        self.french_action = self._action(self.tr("Names in French"), self.toggle_french)
        self.french_action.setCheckable(True)
        for action in (self.layout_action, self.draw_action, self.first_action,
                       self.swap_action, self.undo_action, self.redo_action,
                       self.french_action):
            bar.addAction(action)
        export = self.menuBar().addMenu(self.tr("&Export"))
        self.export_actions = {
            "pdf": self._action(self.tr("Plan PDF…"), lambda: self.export("pdf")),
            "xlsx": self._action(self.tr("Seat List XLSX…"), lambda: self.export("xlsx")),
            "csv": self._action(self.tr("Seat List CSV…"), lambda: self.export("csv")),
            "plates": self._action(self.tr("Name Plates PDF…"), lambda: self.export("plates")),
        }
        export.addActions(list(self.export_actions.values()))
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        self.scene.swap_requested.connect(self.swap)
        self.scene.selectionChanged.connect(self._update_actions)
        with messages.user_errors(self, self.tr("Cannot show the seating plan")):
            for rid, name, _ in self.service.rooms():
                self.room_combo.addItem(name, rid)
        self.room_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.resize(1000, 700)  # fits a 1024×768 screen
        self.reload()

    def _action(self, text: str, slot: object, key: str = "") -> QAction:
        action = QAction(text, self)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.addAction(action)
        return action

    @property
    def room_id(self) -> int | None:
        data = self.room_combo.currentData()
        return int(data) if data is not None else None

    # -- showing -------------------------------------------------------------------------
    def reload(self, _selected: int = 0) -> None:
        room = self.room_id
        if room is None:
            self.scene.clear()
            self.status.setText(self.tr("The event has no rooms."))
            return
        with messages.user_errors(self, self.tr("Cannot show the seating plan")) as outcome:
            self.plan = self.service.plan(room)
        if outcome.failed or self.plan is None:
            return
        self.scene.show_plan(self.plan, self.language, self.tr("Podium"), self.tr("Row {n}"))
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.status.setText(self.describe(self.plan))
        self._update_actions()

    def describe(self, plan: SeatingPlan) -> str:
        """The status line: places, the State the order starts from, who has no place."""
        text = self.tr("%n place(s)", "", plan.layout.place_count)
        if plan.first_state:
            start = plan.first_state_name(self.language)
            text += " · " + (self.tr("order drawn by lot from %1") if plan.drawn
                             else self.tr("alphabetical order from %1")).replace("%1", start)
            text += " · " + self.tr("%n delegation(s) seated", "", len(plan.seated))
        else:
            text += " · " + self.tr("nobody seated yet: Seat by Lot, or From a State")
        if plan.unseated:
            text += " · " + self.tr("%n without a place", "", len(plan.unseated))
        return text

    def _update_actions(self) -> None:
        seated = self.plan is not None and bool(self.plan.first_state)
        self.swap_action.setEnabled(seated and len(self.scene.selected_numbers()) == 2)
        for key in ("pdf", "xlsx", "csv"):
            self.export_actions[key].setEnabled(self.plan is not None)

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def toggle_french(self) -> None:
        self.language = "fr" if self.french_action.isChecked() else "en"
        self.reload()

    # -- changing ------------------------------------------------------------------------
    def _places_change(self, text: str, change: object) -> None:
        room = self.room_id
        if room is None:
            return
        with messages.user_errors(self, self.tr("The seating plan was not changed"),
                                  before_showing=lambda _e: self.reload()) as outcome:
            before = (self.service.assignments(room), self._first()) if self.plan \
                and self.plan.version else ((((), frozenset())), ("", False))
            change()  # type: ignore[operator]
            after = (self.service.assignments(room), self._first(reread=True))
        if outcome.failed:
            return
        self.undo_stack.push(PlacesCommand(text, self.service, room, before, after,
                                           parent=self, refresh=self.reload))
        self.reload()

    def _first(self, *, reread: bool = False) -> tuple[str, bool]:
        plan = self.service.plan(self.room_id) if reread and self.room_id else self.plan
        return (plan.first_state, plan.drawn) if plan is not None else ("", False)

    def seat_by_lot(self) -> None:
        room = self.room_id
        if room is not None:
            self._places_change(self.tr("Seat by lot"), lambda: self.service.seat(room))

    def seat_from(self) -> None:
        room = self.room_id
        if room is None:
            return
        members = [s for s in all_states() if s.is_member]
        names = [s.name(self.language) for s in members]
        name, ok = QInputDialog.getItem(self, self.tr("Seat From a State"),
                                        self.tr("The alphabetical order starts from:"),
                                        names, 0, False)
        if ok and name:
            code = members[names.index(name)].code
            self._places_change(self.tr("Seat from %1").replace("%1", name),
                                lambda: self.service.seat(room, code))

    def swap(self, a: int, b: int) -> None:
        room = self.room_id
        if room is not None and a != b:
            self._places_change(self.tr("Swap places %1 and %2").replace("%1", str(a))
                                .replace("%2", str(b)), lambda: self.service.swap(room, a, b))

    def swap_selected(self) -> None:
        chosen = self.scene.selected_numbers()
        if len(chosen) == 2:
            self.swap(*chosen)

    def edit_layout(self) -> None:
        room = self.room_id
        if room is None or self.plan is None:
            return
        dialog = LayoutDialog(self.plan.layout, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        with messages.user_errors(self, self.tr("The layout was not changed")) as outcome:
            spec = dialog.spec()
            before = (self.plan.layout, self.service.assignments(room), self._first()) \
                if self.plan.version else None
            self.service.set_layout(room, spec)
        if outcome.failed:
            return
        if before is not None:
            self.undo_stack.push(LayoutCommand(self.tr("Change the layout"), self.service, room,
                                               before, spec, parent=self, refresh=self.reload))
        self.reload()

    # -- exporting -----------------------------------------------------------------------
    def export(self, kind: str) -> None:
        if self.plan is None and kind != "plates":
            return
        suffix = ".pdf" if kind in ("pdf", "plates") else f".{kind}"
        what = (self.tr("Name plates – %1") if kind == "plates"
                else self.tr("Seating plan – %1")).replace("%1", self.room_combo.currentText())
        path = ask_save_path(self, self.tr("Export"), self.event_name(), what, suffix,
                             self.tr("Files (*%1)").replace("%1", suffix))
        if path is not None:
            self.export_to(kind, path)

    def event_name(self) -> str:
        """The event's short name (or title), to name the files exported."""
        return RegistrationService(self.service.database, self.service.event_id).event_name()

    def export_to(self, kind: str, path: Path) -> None:
        """Write the plan (or the name plates in the plan's order) to `path`."""
        with messages.user_errors(self, self.tr("The export failed")) as outcome:
            if kind == "plates":
                from confdesk.exports.pdf.nameplates import nameplates_pdf
                from confdesk.plenary.nameplates import delegation_plates

                plan = self.service.plan(self.room_id) if self.room_id else None
                order = [p.delegation for p in plan.places if p.delegation] if plan else []
                write_atomically(path, nameplates_pdf(delegation_plates(
                    order + list(plan.unseated if plan else ()), "both")))
            elif self.plan is not None:
                write_seating(path, self.plan, kind, language=self.language)
        if not outcome.failed:
            announce_export(self, path, self.tr("Wrote %1").replace("%1", path.name))
