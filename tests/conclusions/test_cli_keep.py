"""Importing a new draft over the working text keeps unsaved edits as a draft."""

from __future__ import annotations

from pathlib import Path

from confdesk.cli import main
from confdesk.conclusions.models import OutcomeDocument
from confdesk.conclusions.queries import snapshot_text, working_text


def test_import_as_new_draft_keeps_unsaved_edits(tmp_path: Path, shared_dir: Path,
                                                 capsys) -> None:  # type: ignore[no-untyped-def]
    from confdesk.conclusions import operations as ops
    from confdesk.db.database import open_database

    path = tmp_path / "demo.sqlite"
    assert main(["demo", str(path)]) == 0
    db = open_database(path)
    try:
        with db.sessions.begin() as s:
            doc = s.query(OutcomeDocument).one()
            para = doc.sections[1].paragraphs[0]
            ops.edit_paragraph(s, para, "An edit nobody saved as a draft.")
            drafts_before = len(doc.snapshots)
            doc_id = doc.id
    finally:
        db.close()
    reference = shared_dir / "reference" / "brussels-2014-chairs-conclusions.txt"
    capsys.readouterr()
    assert main(["import", "document", str(reference), "-d", str(path),
                 "--document", str(doc_id), "--draft-name", "Final bis"]) == 0
    db = open_database(path)
    try:
        with db.sessions() as s:
            doc = s.get(OutcomeDocument, doc_id)
            assert doc is not None
            names = [snap.name for snap in doc.snapshots]
            assert len(names) == drafts_before + 2
            kept = next(snap for snap in doc.snapshots if snap.name.startswith("Working text"))
            kept_text = " ".join(p.text for sec in snapshot_text(kept).sections
                                 for p in sec.paragraphs)
            assert "An edit nobody saved as a draft." in kept_text
            now = " ".join(p.text for sec in working_text(doc).sections for p in sec.paragraphs)
            assert "An edit nobody saved as a draft." not in now
    finally:
        db.close()
