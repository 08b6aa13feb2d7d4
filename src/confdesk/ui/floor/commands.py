"""Undo steps of the Floor screen: service calls already made, and their inverses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from confdesk.plenary.speakers_service import (
    DeletedInscription,
    FloorService,
    InscriptionState,
    Limits,
)
from confdesk.ui.undo import Refresh, ServiceCommand


class AdjustCommand(ServiceCommand):
    """A recorded move, swap or withdrawal: undo takes the record back, redo makes it again."""

    def __init__(self, service: FloorService, text: str, adjustment_id: int,
                 again: Callable[[], int], selected: int, *, parent: QWidget | None,
                 refresh: Refresh) -> None:
        super().__init__(text, parent=parent, refresh=refresh)
        self.service, self.adjustment_id, self.again = service, adjustment_id, again
        self.selected = selected

    def undo_change(self) -> int:
        self.service.cancel_adjustment(self.adjustment_id)
        return self.selected

    def redo_change(self) -> int:
        self.adjustment_id = self.again()
        return self.selected


class StateCommand(ServiceCommand):
    """Inscriptions' fields changed (timer, status, linked note): put back as they were,
    refused over a colleague's later change."""

    def __init__(self, service: FloorService, text: str,
                 before: dict[int, InscriptionState], after: dict[int, InscriptionState],
                 selected: int, *, parent: QWidget | None, refresh: Refresh) -> None:
        super().__init__(text, parent=parent, refresh=refresh)
        self.service, self.before, self.after, self.selected = service, before, after, selected

    def undo_change(self) -> int:
        for inscription_id, state in self.before.items():
            self.service.set_state(inscription_id, state, self.after[inscription_id])
        return self.selected

    def redo_change(self) -> int:
        for inscription_id, state in self.after.items():
            self.service.set_state(inscription_id, state, self.before[inscription_id])
        return self.selected


class InscribeCommand(ServiceCommand):
    """An inscription made (`record` None) or deleted: undo is the other one."""

    def __init__(self, service: FloorService, text: str, inscription_id: int,
                 record: DeletedInscription | None, *, parent: QWidget | None,
                 refresh: Refresh) -> None:
        super().__init__(text, parent=parent, refresh=refresh)
        self.service, self.inscription_id = service, inscription_id
        self.record = record
        self.made = record is None

    def _delete(self) -> int:
        self.record = self.service.delete(self.inscription_id)
        return 0

    def _restore(self) -> int:
        assert self.record is not None
        self.inscription_id = self.service.restore(self.record)
        return self.inscription_id

    def undo_change(self) -> int:
        return self._delete() if self.made else self._restore()

    def redo_change(self) -> int:
        return self._restore() if self.made else self._delete()


class LimitsCommand(ServiceCommand):
    def __init__(self, service: FloorService, session_id: int, before: Limits, after: Limits,
                 *, parent: QWidget | None, refresh: Refresh, text: str) -> None:
        super().__init__(text, parent=parent, refresh=refresh)
        self.service, self.session_id, self.before, self.after = (
            service, session_id, before, after)

    def undo_change(self) -> int:
        self.service.set_limits(self.session_id, self.before)
        return 0

    def redo_change(self) -> int:
        self.service.set_limits(self.session_id, self.after)
        return 0


class MovesCommand(ServiceCommand):
    """Back to protocol order: undo records the forgotten moves and swaps again."""

    def __init__(self, service: FloorService, session_id: int,
                 forgotten: list[int], *, parent: QWidget | None,
                 refresh: Refresh, text: str) -> None:
        super().__init__(text, parent=parent, refresh=refresh)
        self.service, self.session_id, self.forgotten = service, session_id, forgotten

    def undo_change(self) -> int:
        self.service.restore_moves(self.session_id, self.forgotten)
        return 0

    def redo_change(self) -> int:
        self.forgotten = self.service.discard_moves(self.session_id)
        return 0
