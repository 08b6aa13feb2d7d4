"""Undo and redo of Conclusions changes when someone else edits the same database meanwhile:
the one undo base (`ui/undo.ServiceCommand`) over the conclusions service."""

from __future__ import annotations

from unittest.mock import patch

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from confdesk.conclusions import operations as ops
from confdesk.conclusions.models import OutcomeDocument, SectionKind
from confdesk.conclusions.queries import paragraph_by_uid
from confdesk.conclusions.service import ConclusionsService
from confdesk.db.database import Database
from confdesk.ui.conclusions.commands import DocumentCommand
from confdesk.ui.conclusions.screen import ConclusionsScreen
from tests.factories import make_event
from tests.ui.conclusions.test_editor import section_rows, select, uid_at


def _document(database: Database) -> tuple[int, int, str, str]:
    with database.sessions.begin() as s:
        event = make_event(s)
        doc = ops.create_document(s, event, "Chair's Conclusions")
        section = ops.add_section(s, doc, SectionKind.NUMBERED_LIST, "They note that:")
        mine = ops.add_paragraph(s, section, "First.")
        theirs = ops.add_paragraph(s, section, "Second.").uid
        ops.add_comment(s, mine, "Check with the AU.", author="Chair's team")
        return event.id, doc.id, mine.uid, theirs


def test_undo_refuses_to_overwrite_a_colleagues_later_edit(qtbot: QtBot,
                                                           database: Database) -> None:
    """Undo put the whole working text back as it was before the step, wiping what a colleague
    saved meanwhile in another paragraph (two laptops on one PostgreSQL database). Now the
    undo is refused with a message, the step leaves the stack, and no "Redo" is offered."""
    event_id, doc_id, mine, theirs = _document(database)
    window = QWidget()
    qtbot.addWidget(window)
    service = ConclusionsService(database, event_id, doc_id)
    stack = QUndoStack()
    reloads: list[str] = []
    stack.push(DocumentCommand(service, service.edit_text(mine, "Mine."), "Edit paragraph",
                               parent=window, refresh=reloads.append))
    with database.sessions.begin() as s:
        ops.edit_paragraph(s, paragraph_by_uid(s, theirs), "Their agreed wording.")
    with patch("PySide6.QtWidgets.QMessageBox.critical") as critical:
        stack.undo()
    critical.assert_called_once()
    title, text = critical.call_args.args[1:3]
    assert title == "Cannot undo “Edit paragraph”"
    assert "Someone else changed this document" in text
    assert reloads == [""]
    assert stack.count() == 0 and not stack.canRedo() and not stack.canUndo()
    with database.sessions() as s:
        assert s.get(OutcomeDocument, doc_id) is not None
        assert (paragraph_by_uid(s, mine).text, paragraph_by_uid(s, theirs).text) == (
            "Mine.", "Their agreed wording.")


def test_undo_and_redo_go_through_when_nobody_else_wrote(qtbot: QtBot,
                                                         database: Database) -> None:
    event_id, doc_id, uid, _theirs = _document(database)
    service = ConclusionsService(database, event_id, doc_id)
    stack = QUndoStack()
    reloads: list[str] = []
    stack.push(DocumentCommand(service, service.edit_text(uid, "Mine."), "Edit paragraph",
                               parent=None, refresh=reloads.append))
    with patch("PySide6.QtWidgets.QMessageBox.critical") as critical:
        stack.undo()
        with database.sessions() as s:
            assert paragraph_by_uid(s, uid).text == "First."
            assert [c.text for c in paragraph_by_uid(s, uid).comments] == ["Check with the AU."]
        stack.redo()
    with database.sessions() as s:
        assert paragraph_by_uid(s, uid).text == "Mine."
    critical.assert_not_called()
    assert reloads == [uid, uid]


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_on_the_screen_a_refused_undo_says_why_and_offers_no_redo(
        screen: ConclusionsScreen, demo: Database) -> None:
    """A colleague edits the paragraph after my move: Undo is refused with a message, the
    step leaves the stack, no "Redo" is offered, and the screen shows their words."""
    page = screen.editor
    uid = select(page, 2, 0)
    page.move_by(1)
    assert uid_at(page, 2, 1) == uid
    stack = screen.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Move paragraph"
    colleague = ConclusionsService(demo, 1, screen.workspace.document_id)
    colleague.edit_text(uid, "Their agreed wording.")
    with patch("PySide6.QtWidgets.QMessageBox.critical") as critical:
        stack.undo()
    critical.assert_called_once()
    title, text = critical.call_args.args[1:3]
    assert title == "Cannot undo “Move paragraph”"
    assert "Someone else changed this document" in text
    assert "reloaded" in text
    assert stack.count() == 0 and not stack.canRedo() and not stack.canUndo()
    assert section_rows(page, 2)[1] == ("2.", "Their agreed wording.")
