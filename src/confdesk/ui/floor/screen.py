"""The Floor screen: the chair's speakers' list of a session, the timer, the projection.

The widgets collect input and call `plenary.speakers_service.FloorService`; every change is
then pushed as an undo step (`ui/floor/commands.py`) and the shared `FloorLive` reads the
list again, which redraws this table and the projection window together.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from confdesk.exports.files import write_atomically
from confdesk.plenary.speakers_models import SpeakerStatus
from confdesk.plenary.speakers_service import FloorService, InscriptionState, Limits
from confdesk.registration.service import RegistrationService
from confdesk.ui.dates import day_text, moment_text
from confdesk.ui.exported import announce_export, ask_save_path
from confdesk.ui.floor.commands import (
    AdjustCommand,
    InscribeCommand,
    LimitsCommand,
    MovesCommand,
    StateCommand,
)
from confdesk.ui.floor.inscribe_dialog import InscribeDialog
from confdesk.ui.floor.live import FloorLive, running_clock
from confdesk.ui.floor.projection import ProjectionWindow
from confdesk.ui.floor.table_model import FloorTableModel
from confdesk.ui.labels import local_time
from confdesk.ui.messages import confirm, user_errors
from confdesk.ui.screen import Screen


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class FloorScreen(Screen):
    """The plenary's floor: who is inscribed, in what order, who has the floor."""

    icon_name = "floor.svg"
    first_sections = ("sessions_per_day",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: FloorService | None = None
        self.live = FloorLive(self)
        self.projection: ProjectionWindow | None = None
        self.model = FloorTableModel()
        self._filling = False

        self.work = QWidget()
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("floorSession")
        self.session_combo.setMinimumContentsLength(40)
        self.limit_boxes = [self._minutes_box(name) for name in
                            ("floorStateMinutes", "floorObserverMinutes", "floorReplyMinutes")]
        top = QHBoxLayout()
        top.addWidget(_buddy(self.tr("&Session:"), self.session_combo))
        top.addWidget(self.session_combo, 1)
        for text, box in zip((self.tr("States (min):"), self.tr("Observers (min):"),
                              self.tr("Replies (min):")), self.limit_boxes, strict=True):
            top.addWidget(_buddy(text, box))
            top.addWidget(box)

        self.table = QTableView()
        self.table.setObjectName("floorTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((40, 200, 280, 170, 50, 110, 90)):
            self.table.setColumnWidth(column, width)

        self.now_label = QLabel()
        self.now_label.setObjectName("floorNow")
        self.now_label.setWordWrap(True)
        big = QFont()
        big.setPointSize(big.pointSize() + 5)
        big.setBold(True)
        self.now_label.setFont(big)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("floorClock")
        clock_font = QFont()
        clock_font.setPointSize(clock_font.pointSize() + 14)
        clock_font.setBold(True)
        self.clock_label.setFont(clock_font)
        self.next_label = QLabel()
        self.next_label.setObjectName("floorNext")
        self.next_label.setWordWrap(True)
        self.history_title = QLabel(self.tr("Changes made by the chair:"))
        self.history = QListWidget()
        self.history.setObjectName("floorHistory")
        self.history.setStyleSheet("color: #5f6b7a;")

        self.actions_by_name: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        side = QVBoxLayout()
        side.addWidget(self.now_label)
        side.addWidget(self.clock_label)
        side.addWidget(self.next_label)
        grid = QGridLayout()
        buttons = [
            ("give", self.tr("&Give the Floor"), "Ctrl+Return", self.give_floor),
            ("next", self.tr("Ne&xt Speaker"), "Ctrl+Shift+Return", self.next_speaker),
            ("stop", self.tr("S&top the Timer"), "Ctrl+.", self.stop_timer),
            ("inscribe", self.tr("&Inscribe…"), "Ins", self.inscribe),
            ("up", self.tr("Move &Up"), "Ctrl+Up", lambda: self.move_by(-1)),
            ("down", self.tr("Move &Down"), "Ctrl+Down", lambda: self.move_by(1)),
            ("swap", self.tr("S&wap"), "Ctrl+W", self.swap),
            ("withdraw", self.tr("Wit&hdraw"), "Ctrl+Shift+W", self.withdraw),
            ("absent", self.tr("&Absent"), "Ctrl+Shift+A", lambda: self.mark(
                SpeakerStatus.ABSENT)),
            ("defer", self.tr("D&efer"), "Ctrl+Shift+D", lambda: self.mark(
                SpeakerStatus.DEFERRED)),
            ("to_speak", self.tr("To &Speak"), "Ctrl+Shift+T", lambda: self.mark(
                SpeakerStatus.TO_SPEAK)),
            ("note", self.tr("Rapporteur's &Note…"), "Ctrl+Shift+L", self.link_note),
            ("delete", self.tr("Delete Inscription"), "Ctrl+Del", self.delete),
            ("protocol", self.tr("Back to &Protocol Order"), "Ctrl+Shift+P",
             self.protocol_order),
            ("project", self.tr("Pro&ject in the Room"), "Ctrl+Shift+J", self.project),
            ("export", self.tr("Print or E&xport…"), "Ctrl+Shift+E", self.export),
        ]
        for n, (name, text, keys, slot) in enumerate(buttons):
            action = QAction(text, self)
            action.setObjectName(f"floorAction_{name}")
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            # called without the action's `checked`: Inscribe… and Print or Export… take an
            # optional argument (a dialog, a path) that `checked` must not fill
            action.triggered.connect(lambda _checked=False, call=slot: call())
            self.addAction(action)
            self.actions_by_name[name] = action
            button = QPushButton(text.replace("&", ""))
            button.setObjectName(f"floorButton_{name}")
            button.setToolTip(f"{text.replace('&', '')} ({action.shortcut().toString()})")
            button.clicked.connect(action.trigger)
            self.buttons[name] = button
            grid.addWidget(button, n // 2, n % 2)
        side.addLayout(grid)
        side.addWidget(self.history_title)
        side.addWidget(self.history, 1)

        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addLayout(side, 1)
        layout = QVBoxLayout(self.work)
        layout.setContentsMargins(8, 6, 8, 2)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        main = self.layout()
        assert main is not None
        main.addWidget(self.work)
        self.work.hide()

        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(500)
        self.clock_timer.timeout.connect(self._tick)
        self.live.changed.connect(self._show_snapshot)
        self.session_combo.currentIndexChanged.connect(self._session_chosen)
        for box in self.limit_boxes:
            box.editingFinished.connect(self._limits_edited)

    def _minutes_box(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(1, 60)
        return box

    def title(self) -> str:
        return self.tr("Floor")

    def ui_button(self, name: str) -> QPushButton:
        """The button of an action ("give", "swap", …), for tests and tools."""
        return self.buttons[name]

    def menu_actions(self) -> list[QAction]:
        return list(self.actions_by_name.values())

    def set_list_language(self, language: str) -> None:
        """Registered delegations under their names in the list language (French names
        with View → List Language → French), on the screen and the projection alike."""
        super().set_list_language(language)
        if self.live.language != language:
            self.live.language = language
            self.live.reload()

    # -- loading -------------------------------------------------------------------------
    def load_event(self) -> None:
        super().load_event()
        database, event_id = self.database, self.event_id
        has_event = database is not None and event_id is not None
        self.summary.setVisible(not has_event)
        self.work.setVisible(has_event)
        self.service = (FloorService(database, event_id)
                        if database is not None and event_id is not None else None)
        self._fill_sessions()

    def shown_again(self) -> None:
        """Sessions may have been added in the Programme meanwhile."""
        self._fill_sessions(self.live.session_id)

    def _fill_sessions(self, keep: int | None = None) -> None:
        self._filling = True
        self.session_combo.clear()
        wanted = -1
        if self.service is not None:
            for n, choice in enumerate(self.service.sessions()):
                text = (f"{day_text(choice.day)} {choice.start_time:%H:%M} · {choice.title}"
                        f" ({choice.inscriptions})")
                self.session_combo.addItem(text, choice.id)
                if choice.id == keep or (keep is None and wanted < 0 and choice.inscriptions):
                    wanted = n
        self._filling = False
        self.session_combo.setCurrentIndex(max(wanted, 0) if self.session_combo.count() else -1)
        self._session_chosen(self.session_combo.currentIndex())

    def _session_chosen(self, index: int) -> None:
        if self._filling:
            return
        session_id = self.session_combo.itemData(index) if index >= 0 else None
        if session_id != self.live.session_id:
            self.undo_stack.clear()
        self.live.show_session(self.service, session_id)

    def select_session(self, session_id: int) -> None:
        self.session_combo.setCurrentIndex(self.session_combo.findData(session_id))

    # -- showing -------------------------------------------------------------------------
    def refresh(self, selected: int = 0) -> None:
        """Read the list again (after a change, an undo, a refusal); select `selected`."""
        self.live.reload()
        if selected:
            self.select_ids([selected])

    def _show_snapshot(self, snapshot: object) -> None:
        chosen = self.selected_ids()
        self.model.set_snapshot(self.live.snapshot)
        self.select_ids(chosen)
        snap = self.live.snapshot
        for box, minutes in zip(self.limit_boxes, (
                (snap.limits.state_minutes, snap.limits.observer_minutes,
                 snap.limits.reply_minutes) if snap else (5, 3, 3)), strict=True):
            box.blockSignals(True)
            box.setValue(minutes)
            box.blockSignals(False)
        current = snap.current if snap else None
        nxt = snap.next if snap else None
        if current is not None:
            self.now_label.setText(self.tr("Has the floor: %1").replace(
                "%1", current.delegation))
            self.clock_timer.start()
        else:
            self.now_label.setText(self.tr("Nobody has the floor."))
            self.clock_timer.stop()
        self.next_label.setText(self.tr("Next: %1").replace("%1", nxt.delegation)
                                if nxt else self.tr("Nobody else is waiting to speak."))
        history = [f"{moment_text(local_time(a.made_at))} · {a.delegation}"
                   + (f" ⇄ {a.other}" if a.kind.value == "swap" else
                      f" → {a.other}" if a.kind.value == "move" and a.other else
                      " → …" if a.kind.value == "move" else f" ({self.tr('withdrew')})")
                   + (f" · {a.made_by}" if a.made_by else "")
                   for a in (snap.adjustments if snap else [])]
        self.history.clear()
        self.history.addItems(history)
        self.history.scrollToBottom()
        self._tick()

    def _tick(self) -> None:
        snap = self.live.snapshot
        current = snap.current if snap else None
        self.clock_label.setText(running_clock(current) if current else "")
        self.model.tick()

    # -- selection -----------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].id for r in rows if r < len(self.model.rows)]

    def select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for n, inscription_id in enumerate(ids):
            row = self.model.row_of(inscription_id)
            if row < 0:
                continue
            flags = (selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
            selection.select(self.model.index(row, 0), flags)
            if n == 0:
                self.table.setCurrentIndex(self.model.index(row, 1))
                selection.select(self.model.index(row, 0), flags)

    def _one(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if ids else None

    # -- changes -------------------------------------------------------------------------
    def _run(self, title: str, step: Callable[[FloorService], object]) -> None:
        if self.service is None or self.live.session_id is None:
            return
        with user_errors(self, title, before_showing=lambda _e: self.refresh()):
            step(self.service)
        self.refresh()

    def inscribe(self, dialog: InscribeDialog | None = None) -> None:
        """Inscribe…: `dialog` is given by tests (filled in, accepted)."""
        service, session_id = self.service, self.live.session_id
        if service is None or session_id is None:
            return
        if dialog is None:
            dialog = InscribeDialog(service, self.list_language, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
        data = dialog.data()
        new_id = 0
        with user_errors(self, self.tr("Cannot inscribe")) as outcome:
            new_id = service.inscribe(session_id, data)
        if outcome.failed:
            return
        self.undo_stack.push(InscribeCommand(
            service, self.tr("Inscribe %1").replace("%1", data.delegation), new_id, None,
            parent=self, refresh=self.refresh))
        self.refresh(new_id)

    def delete(self) -> None:
        target = self._one()
        if target is None or self.service is None:
            return
        service = self.service
        with user_errors(self, self.tr("Cannot delete")) as outcome:
            record = service.delete(target)
        if outcome.failed:
            return
        self.undo_stack.push(InscribeCommand(
            service, self.tr("Delete %1").replace("%1", record.data.delegation), target,
            record, parent=self, refresh=self.refresh))
        self.refresh()

    def _adjust(self, text: str, make: Callable[[], int], selected: int) -> None:
        if self.service is None:
            return
        with user_errors(self, self.tr("Cannot change the order"),
                         before_showing=lambda _e: self.refresh()) as outcome:
            adjustment = make()
        if outcome.failed:
            return
        self.undo_stack.push(AdjustCommand(self.service, text, adjustment, make, selected,
                                           parent=self, refresh=self.refresh))
        self.refresh(selected)

    def move_by(self, step: int) -> None:
        """Move Up / Move Down: before the one above, or after the one below."""
        target = self._one()
        if target is None or self.service is None:
            return
        order = [r.id for r in self.model.rows if r.number is not None]
        if target not in order:
            return
        place = order.index(target) + step
        if place < 0 or place >= len(order):
            return
        before = order[place] if step < 0 else (order[place + 1] if place + 1 < len(order)
                                                else None)
        service = self.service
        name = self.model.rows[self.model.row_of(target)].delegation
        self._adjust(self.tr("Move %1").replace("%1", name),
                     lambda: service.move(target, before), target)

    def swap(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2 or self.service is None:
            return
        service = self.service
        first, second = ids
        self._adjust(self.tr("Swap %1 and %2").replace(
            "%1", self.model.rows[self.model.row_of(first)].delegation).replace(
            "%2", self.model.rows[self.model.row_of(second)].delegation),
            lambda: service.swap(first, second), first)

    def withdraw(self) -> None:
        target = self._one()
        if target is None or self.service is None:
            return
        service = self.service
        self._adjust(self.tr("Withdraw %1").replace(
            "%1", self.model.rows[self.model.row_of(target)].delegation),
            lambda: service.withdraw(target), target)

    def _states(self, text: str,
                change: Callable[[FloorService], dict[int, InscriptionState]],
                selected: int) -> None:
        service = self.service
        if service is None:
            return
        before: dict[int, InscriptionState] = {}
        with user_errors(self, self.tr("Cannot change the list"),
                         before_showing=lambda _e: self.refresh()) as outcome:
            before = change(service)
        if outcome.failed:
            return
        after = {i: service.state(i) for i in before}
        self.undo_stack.push(StateCommand(service, text, before, after, selected,
                                          parent=self, refresh=self.refresh))
        self.refresh(selected)

    def give_floor(self, inscription_id: int | None = None) -> None:
        """Start the timer of the selected speaker (or `inscription_id`)."""
        target = inscription_id or self._one()
        if target is None:
            return
        name = self.model.rows[self.model.row_of(target)].delegation
        self._states(self.tr("Give the floor to %1").replace("%1", name),
                     lambda s: dict(s.start(target)), target)

    def next_speaker(self) -> None:
        """The next speaker on the list gets the floor (whoever speaks has then spoken)."""
        snap = self.live.snapshot
        if snap is not None and snap.next is not None:
            self.give_floor(snap.next.id)

    def stop_timer(self) -> None:
        snap = self.live.snapshot
        current = snap.current if snap else None
        if current is None:
            return
        self._states(self.tr("Stop the timer"), lambda s: {current.id: s.stop(current.id)},
                     current.id)

    def mark(self, status: SpeakerStatus) -> None:
        target = self._one()
        if target is None:
            return
        name = self.model.rows[self.model.row_of(target)].delegation
        self._states(self.tr("Mark %1").replace("%1", name),
                     lambda s: {target: s.set_status(target, status)}, target)

    def link_note(self) -> None:
        target = self._one()
        session_id = self.live.session_id
        if target is None or self.service is None or session_id is None:
            return
        notes = self.service.notes(session_id)
        none = self.tr("(no note)")
        texts = [none] + [f"{n.text} — {n.author}" if n.author else n.text for n in notes]
        text, ok = QInputDialog.getItem(self, self.tr("Rapporteur's Note"),
                                        self.tr("The rapporteur's item noting this "
                                                "intervention:"), texts, 0, False)
        if not ok:
            return
        note_id = None if text == none else notes[texts.index(text) - 1].id
        self._states(self.tr("Link a rapporteur's note"),
                     lambda s: {target: s.link_note(target, note_id)}, target)

    def protocol_order(self) -> None:
        """Back to Protocol Order: forget the moves and swaps (withdrawals stay)."""
        service, session_id = self.service, self.live.session_id
        if service is None or session_id is None:
            return
        if not confirm(self, self.tr("Back to Protocol Order"),
                       self.tr("Forget every move and swap made on this list? Withdrawals "
                               "stay."), action=self.tr("Back to Protocol Order")):
            return
        with user_errors(self, self.tr("Cannot re-order")) as outcome:
            forgotten = service.discard_moves(session_id)
        if outcome.failed:
            return
        self.undo_stack.push(MovesCommand(service, session_id, forgotten, parent=self,
                                          refresh=self.refresh,
                                          text=self.tr("Back to protocol order")))
        self.refresh()

    def _limits_edited(self) -> None:
        service, session_id, snap = self.service, self.live.session_id, self.live.snapshot
        if service is None or session_id is None or snap is None:
            return
        after = Limits(*(box.value() for box in self.limit_boxes))
        if after == snap.limits:
            return
        with user_errors(self, self.tr("Cannot change the time limits")) as outcome:
            before = service.set_limits(session_id, after)
        if outcome.failed:
            return
        self.undo_stack.push(LimitsCommand(service, session_id, before, after, parent=self,
                                           refresh=self.refresh,
                                           text=self.tr("Change the time limits")))
        self.refresh()

    # -- projection and files ------------------------------------------------------------
    def project(self) -> ProjectionWindow:
        """Open (or bring up) the window to project in the room."""
        if self.projection is None:
            self.projection = ProjectionWindow(self.live, None)
            self.projection.resize(1280, 720)
            self.destroyed.connect(self.projection.close)
        self.projection.show()
        self.projection.raise_()
        return self.projection

    def export(self, path: Path | None = None) -> None:
        """Print or Export…: the list as PDF or XLSX (by the file's extension)."""
        snap = self.live.snapshot
        if snap is None or self.service is None:
            return
        if path is None:
            event_name = (RegistrationService(self.database, self.event_id).event_name()
                          if self.database is not None and self.event_id is not None else "")
            path = ask_save_path(
                self, self.tr("Print or Export the List of Speakers"), event_name,
                self.tr("List of speakers – %1").replace("%1", snap.session_title), ".pdf",
                self.tr("PDF (*.pdf);;Workbook (*.xlsx)"))
            if path is None:
                return
        # The edition follows View → List Language, like every other list confdesk prints.
        language = self.list_language
        with user_errors(self, self.tr("Cannot export")) as outcome:
            if language != "en":
                snap = self.service.snapshot(snap.session_id, language)
            if path.suffix.lower() == ".xlsx":
                from confdesk.exports.floor_xlsx import floor_workbook

                write_atomically(path, floor_workbook(snap, language))
            else:
                from confdesk.exports.pdf.floor import floor_pdf

                path = path.with_suffix(".pdf")
                write_atomically(path, floor_pdf(snap, language))
        if not outcome.failed:
            announce_export(self, path, self.tr("Wrote the list of speakers to %1")
                            .replace("%1", path.name))
