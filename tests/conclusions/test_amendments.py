"""Amendments, comment threads, bracket spans and section headings through the service,
on SQLite and PostgreSQL: what the working text shows after each decision, undo and redo."""

from __future__ import annotations

from datetime import date

import pytest

from confdesk.conclusions.brackets import parse, remap, render
from confdesk.conclusions.models import AmendmentKind, AmendmentStatus, ParagraphStatus
from confdesk.conclusions.service import ConclusionsService
from confdesk.conclusions.tree import shown_text
from confdesk.db.database import Database
from confdesk.errors import UserError
from confdesk.team.identity import PERSON_KEY
from tests.conclusions.test_service import _service, _texts, _uid


def _as(database: Database, person: str) -> None:
    database.sessions.configure(info={PERSON_KEY: person})


def _numbered(service: ConclusionsService) -> list[str]:
    return [t for _u, t in _texts(service)]


def test_accepting_a_replacement_changes_the_text_and_records_the_decision(
        database: Database) -> None:
    service = _service(database)
    _as(database, "Rapporteur Ada")
    change = service.propose_amendment("2", AmendmentKind.REPLACE, text="B as amended;",
                                       proposer="Switzerland", proposed_on=date(2014, 3, 31),
                                       rationale="Clearer.")
    [row] = service.amendments()
    assert (row.number, row.original_text, row.proposer, row.status, row.recorded_by) == (
        "2", "B;", "Switzerland", "submitted", "Rapporteur Ada")
    accepted = service.accept_amendment(change.result)
    assert _numbered(service) == ["1. A;", "2. B as amended;", "3. C."]
    [row] = service.amendments()
    assert (row.status, row.decided_by, row.applied_text) == (
        "accepted", "Rapporteur Ada", "B as amended;")
    service.replay(accepted, forward=False)
    assert _numbered(service) == ["1. A;", "2. B;", "3. C."]
    assert service.amendments()[0].status == "submitted"
    service.replay(accepted, forward=True)
    assert service.amendments()[0].status == "accepted"
    # Proposing is undone too.
    service.replay(accepted, forward=False)
    service.replay(change, forward=False)
    assert service.amendments() == []


def test_insert_delete_and_move_and_accepted_as_modified(database: Database) -> None:
    service = _service(database)
    insert = service.propose_amendment("1", AmendmentKind.INSERT_AFTER, text="A2;",
                                       proposer="Norway").result
    delete = service.propose_amendment("3", AmendmentKind.DELETE, proposer="Jane Doe").result
    move = service.propose_amendment("1", AmendmentKind.MOVE, target="2",
                                     proposer="Ghana").result
    service.accept_amendment(insert, text="A bis;")
    assert _numbered(service) == ["1. A;", "2. A bis;", "3. B;", "4. C."]
    assert {r.id: r.status for r in service.amendments()}[insert] == "accepted_modified"
    service.accept_amendment(delete)
    assert _numbered(service)[-1] == "C."  # deleted: kept unnumbered
    service.accept_amendment(move)
    assert _numbered(service)[:3] == ["1. A bis;", "2. B;", "3. A;"]
    with pytest.raises(UserError, match="already been decided"):
        service.decide_amendment(move, AmendmentStatus.REJECTED)


def test_rejecting_leaves_the_text_and_refusals_say_why(database: Database) -> None:
    service = _service(database)
    before = _numbered(service)
    amendment = service.propose_amendment("2", AmendmentKind.REPLACE, text="X",
                                          proposer="Peru").result
    service.decide_amendment(amendment, AmendmentStatus.REJECTED, "not supported")
    assert _numbered(service) == before
    row = service.amendments()[0]
    assert (row.status, row.decision_note) == ("rejected", "not supported")
    service.decide_amendment(amendment, AmendmentStatus.SUBMITTED)
    assert service.amendments()[0].status == "submitted"
    with pytest.raises(UserError, match="no paragraph 9"):
        service.propose_amendment("9", AmendmentKind.DELETE, proposer="Peru")
    with pytest.raises(UserError, match="proposed wording"):
        service.propose_amendment("2", AmendmentKind.REPLACE, proposer="Peru")
    with pytest.raises(UserError, match="who proposes"):
        service.propose_amendment("2", AmendmentKind.DELETE, proposer=" ")


def test_comment_threads_carry_the_person_and_survive_undo(database: Database) -> None:
    service = _service(database)
    uid = _uid(service, "B;")
    _as(database, "ada")
    first = service.add_comment(uid, "Too strong?")
    _as(database, "bob")
    answer = service.reply(first.result, "Agreed, soften it.")
    resolved = service.resolve_thread(first.result)
    [thread] = service.threads(uid)
    assert [(c.author, c.text) for c in thread.comments] == [
        ("ada", "Too strong?"), ("bob", "Agreed, soften it.")]
    assert thread.resolved and thread.resolved_by == "bob" and thread.number == "2."
    service.replay(resolved, forward=False)
    assert not service.threads(uid)[0].resolved
    service.replay(answer, forward=False)
    assert len(service.threads(uid)[0].comments) == 1
    service.replay(answer, forward=True)
    assert [c.text for c in service.threads(uid)[0].comments][1] == "Agreed, soften it."
    # A reply reopens a resolved thread.
    service.resolve_thread(first.result)
    service.reply(first.result, "Reopened.")
    assert not service.threads(uid)[0].resolved


def test_editing_an_agreed_paragraph_can_reopen_it(database: Database) -> None:
    service = _service(database)
    uid = _uid(service, "B;")
    service.set_status(uid, ParagraphStatus.AGREED)
    assert service.reopens(uid, "B changed;")
    assert not service.reopens(uid, "B;")
    service.edit_text(uid, "B changed;", status=ParagraphStatus.PROPOSED)
    shown = service.shown()
    assert shown is not None
    para = next(p for _s, p, _d in shown[0].tree.paragraphs() if p.uid == uid)
    assert (para.text, para.status) == ("B changed;", "proposed")


def test_bracket_spans_follow_edits_print_and_list(database: Database) -> None:
    service = _service(database)
    uid = _uid(service, "C.")
    service.edit_text(uid, "We urge all States to act.")
    change = service.bracket(uid, 8, 18)
    service.edit_text(uid, "We strongly urge all Member States to act.")
    shown = service.shown()
    assert shown is not None
    para = next(p for _s, p, _d in shown[0].tree.paragraphs() if p.uid == uid)
    assert shown_text(para) == "We strongly urge [all Member States] to act."
    assert [(r.number, r.text) for r in service.brackets()] == [("3", "all Member States")]
    snapshot = service.take_snapshot("Draft 1")
    assert snapshot
    service.unbracket(uid, 0)
    assert service.brackets() == []
    service.restore_draft(snapshot)
    assert [r.text for r in service.brackets()] == ["all Member States"]
    assert change.select == uid


def test_section_heading(database: Database) -> None:
    service = _service(database)
    section = service.lists()[0][0]
    change = service.set_section_title(section, "  I.  Conclusions ")
    shown = service.shown()
    assert shown is not None
    assert [s.title for s in shown[0].tree.sections if s.uid == section] == ["I. Conclusions"]
    service.replay(change, forward=False)
    shown = service.shown()
    assert shown is not None
    assert [s.title for s in shown[0].tree.sections if s.uid == section] == [""]


def test_bracket_helpers() -> None:
    text, spans = parse("A [b] c [d [e] f] g]")
    assert render(text, spans) == "A [b] c [d [e] f] g]"
    assert text == "A b c d [e] f g]"
    assert remap("abc def", "xx abc def", [(4, 7)]) == ((7, 10),)


def test_an_accepted_amendment_shows_in_the_redline(database: Database) -> None:
    import subprocess

    from confdesk.exports import registry
    from confdesk.exports.registry import DocumentExportKind

    service = _service(database)
    service.take_snapshot("Draft 1")
    amendment = service.propose_amendment("2", AmendmentKind.REPLACE,
                                          text="B with stronger words;",
                                          proposer="Switzerland").result
    service.accept_amendment(amendment)
    export = service.export_of(DocumentExportKind.REDLINE_PDF, compare_with="Draft 1")
    pdf = registry.render(export)
    shown = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, check=True,
                           capture_output=True).stdout.decode()
    assert "stronger" in shown
