"""The conclusions service without Qt, on SQLite and PostgreSQL: one unit of work per user
action, the rules moved out of the editor, undo and redo of what it returns, the refusals,
and the exports both faces write through the registry."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from confdesk.conclusions import operations as ops
from confdesk.conclusions import queries as q
from confdesk.conclusions.models import ParagraphStatus, SectionKind, Snapshot
from confdesk.conclusions.service import ConclusionsService
from confdesk.db.database import Database
from confdesk.errors import ConcurrentEditError, UndoRefusedError, UserError
from confdesk.events.models import Event
from confdesk.exports import registry
from confdesk.exports.registry import DocumentExportKind
from confdesk.imports.document_text import parse_text
from confdesk.programme.models import RoleKind
from tests.factories import add_role, make_event, make_participant, make_session


def _service(database: Database) -> ConclusionsService:
    with database.sessions.begin() as s:
        event = make_event(s)
        event_id = event.id
    service = ConclusionsService(database, event_id)
    service.document_id = service.create_document("Chair's Summary", "They note that:")
    section = service.lists()[0][0]
    for text in ("A;", "B;", "C."):
        service.insert_paragraph(section, in_section=True)
        uid = _texts(service)[-1][0]
        service.edit_text(uid, text)
    return service


def _texts(service: ConclusionsService) -> list[tuple[str, str]]:
    """(uid, "label text") of every paragraph of the working text, sub-paragraphs too."""
    shown = service.shown()
    assert shown is not None
    return [(p.uid, f"{p.label} {p.text}".strip())
            for _s, p, _d in shown[0].tree.paragraphs(include_deleted=True)]


def _uid(service: ConclusionsService, text: str) -> str:
    return next(uid for uid, shown in _texts(service) if shown.endswith(text))


def test_each_action_is_undone_and_redone_through_the_service(database: Database) -> None:
    service = _service(database)
    assert [t for _u, t in _texts(service)] == ["1. A;", "2. B;", "3. C."]
    change = service.split(_uid(service, "B;"), 1)
    assert [t for _u, t in _texts(service)][1:3] == ["2. B", "3. ;"]
    assert service.replay(change, forward=False) == change.select
    assert [t for _u, t in _texts(service)] == ["1. A;", "2. B;", "3. C."]
    service.replay(change, forward=True)
    assert len(_texts(service)) == 4


def test_an_undo_over_a_colleagues_later_change_is_refused(database: Database) -> None:
    service = _service(database)
    mine = service.edit_text(_uid(service, "A;"), "Mine;")
    colleague = ConclusionsService(database, service.event_id, service.document_id)
    colleague.edit_text(_uid(service, "C."), "Their agreed wording.")
    with pytest.raises(UndoRefusedError) as refused:
        service.replay(mine, forward=False)
    assert refused.value.code == "undo.overwrite"
    assert "Someone else changed this document" in str(refused.value)
    assert [t for _u, t in _texts(service)] == ["1. Mine;", "2. B;", "3. Their agreed wording."]


def test_a_typed_save_over_a_colleagues_text_quotes_their_wording(database: Database) -> None:
    service = _service(database)
    uid = _uid(service, "B;")
    service.edit_text(uid, "Their wording;")
    with pytest.raises(ConcurrentEditError, match="now reads: “Their wording;”") as refused:
        service.edit_text(uid, "My wording;", expected="B;")
    # A catalogue message (conclusions/messages.py): translatable, with a code to match on.
    assert refused.value.code == "conclusions.text_changed"
    assert refused.value.params == {"text": "Their wording;"}
    with pytest.raises(ConcurrentEditError, match="set this paragraph to “agreed”"):
        service.set_status(uid, ParagraphStatus.AGREED)
        service.set_status(uid, ParagraphStatus.BRACKETED, expected=ParagraphStatus.PROPOSED)
    assert dict(_texts(service))[uid] == "2. Their wording;"


def test_moving_past_the_ends_of_a_list_is_refused(database: Database) -> None:
    """The bounds check that lived in the editor's move_by."""
    service = _service(database)
    with pytest.raises(ops.EditError, match="already at the top"):
        service.move_by(_uid(service, "A;"), -1)
    with pytest.raises(ops.EditError, match="already at the end"):
        service.move_by(_uid(service, "C."), 1)
    service.move_by(_uid(service, "A;"), 1)
    assert [t for _u, t in _texts(service)] == ["1. B;", "2. A;", "3. C."]


def test_drop_moves_follow_the_outline(database: Database) -> None:
    """The rules of EditorPage.drop_move, now in operations.drop_paragraph."""
    service = _service(database)
    section = service.lists()[0][0]
    a, b, c = (_uid(service, t) for t in ("A;", "B;", "C."))
    service.indent(c)  # C becomes B's sub-paragraph (a)
    assert [t for _u, t in _texts(service)] == ["1. A;", "2. B;", "(a) C."]
    service.drop_move(a, section, c, after=True)  # onto a sub-paragraph: after its parent
    assert [t for _u, t in _texts(service)] == ["1. B;", "(a) C.", "2. A;"]
    service.drop_move(c, section, "", after=False)  # at the list's end: numbered again
    assert [t for _u, t in _texts(service)] == ["1. B;", "2. A;", "3. C."]
    service.drop_move(c, section, b, after=False)
    assert [t for _u, t in _texts(service)] == ["1. C.", "2. B;", "3. A;"]
    before = _texts(service)
    service.drop_move(c, section, c, after=True)  # onto itself: nothing
    assert _texts(service) == before


def test_rapporteurs_items_promoted_and_undone(database: Database) -> None:
    service = _service(database)
    with database.sessions.begin() as s:
        event = s.get(Event, service.event_id)
        assert event is not None
        programme = make_session(s, event, title="Session I: Early warning")
        person = make_participant(s, event)
        add_role(s, programme, person, RoleKind.RAPPORTEUR)
        session_id, name = programme.id, person.display_name
    added = service.add_item(session_id, "Train judges in early warning.", name,
                             datetime(2014, 4, 1, 11, 5))
    rows, rapporteurs = service.items(session_id)
    assert rapporteurs == [name]
    assert [(r.id, r.text, r.author) for r in rows] == [
        (added.result, "Train judges in early warning.", name)]
    promoted = service.promote_item(added.result, service.lists()[0][0])
    assert _texts(service)[-1][1] == "4. Train judges in early warning."
    rows, _ = service.items(session_id)
    assert rows[0].reflected_in[0].number == "4"
    with pytest.raises(ConcurrentEditError, match="it now reads"):
        service.edit_item(added.result, "Mine.", expected="Something else.")
    service.replay(promoted, forward=False)
    assert len(_texts(service)) == 3
    assert service.items(session_id)[0][0].reflected_in == ()


def test_drafts_imports_and_restores(database: Database) -> None:
    service = _service(database)
    first = service.take_snapshot("Draft 1", datetime(2014, 4, 1, 9, 0), note="for the AU")
    with pytest.raises(UserError, match="named “Draft 1” already"):
        service.take_snapshot("Draft 1")
    imported = service.import_draft(
        parse_text("The participants note that:\n1. A;\n2. B, as amended;\n3. C.\n"),
        draft_name="Draft 2")
    assert [t for _u, t in _texts(service)][1] == "2. B, as amended;"
    assert [d.name for d in service.drafts()][:2] == ["Draft 2", "Draft 1"]
    restore = service.restore_draft(first)
    assert [t for _u, t in _texts(service)][1] == "2. B;"
    service.replay(restore, forward=False)
    assert [t for _u, t in _texts(service)][1] == "2. B, as amended;"
    service.replay(imported, forward=False)
    assert [t for _u, t in _texts(service)][1] == "2. B;"
    with database.sessions() as s:  # drafts are records: undo leaves them
        assert {x.name for x in s.query(Snapshot)} >= {"Draft 1", "Draft 2"}


def test_both_faces_write_the_same_file_through_the_registry(database: Database,
                                                            tmp_path: Path) -> None:
    """The CLI (`ConclusionsService.open` + `export_of` + `registry.write`) and the window's
    job (`registry.render` of the same export) give the same bytes."""
    service = _service(database)
    service.take_snapshot("Draft 1")
    service.edit_text(_uid(service, "C."), "C, reworded.")
    cli = ConclusionsService.open(database, document_id=service.document_id)
    for kind in (DocumentExportKind.TXT, DocumentExportKind.MD, DocumentExportKind.AKN):
        path = tmp_path / f"out{kind.suffix}"
        registry.write(cli.export_of(kind), path)
        assert path.read_bytes() == registry.render(service.export_of(kind))
    text = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert "3. C, reworded." in text
    redline = service.export_of(DocumentExportKind.REDLINE_DOCX, compare_with="Draft 1")
    assert redline.comparison is not None and redline.comparison.uids("changed")
    with pytest.raises(UserError, match="pdf or docx"):
        registry.kind_for("comparison", "txt")
    with pytest.raises(UserError, match="no outcome document with id 99"):
        ConclusionsService.open(database, document_id=99)


def test_documents_are_created_and_listed(database: Database) -> None:
    service = _service(database)
    other = service.create_document_from_text(
        parse_text("Opening words.\n\nThey resolve to:\n1. Act.\n"), title="Summary",
        draft_name="Imported", remarks={})
    assert [t for _i, t in service.documents()] == ["Chair's Summary", "Summary"]
    with database.sessions() as s:
        doc = q.get_document(s, other)
        assert [x.name for x in doc.snapshots] == ["Imported"]
        assert doc.sections[-1].kind == SectionKind.NUMBERED_LIST
    with pytest.raises(ops.EditError, match="needs a title"):
        service.create_document("  ")
