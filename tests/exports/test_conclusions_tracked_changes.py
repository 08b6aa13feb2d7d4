"""The Word redline is tracked changes: Accept All gives the newer draft, Reject All the older.

Checked twice: by playing Word's Accept All / Reject All on the XML (`wordrevisions`), and by
LibreOffice itself (a Basic macro that runs its Accept All / Reject All commands and saves the
text), against the drafts' own Word files.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from confdesk.conclusions.diff import compare
from confdesk.conclusions.tree import DocumentText, EventInfo, tree_from_content
from confdesk.exports.conclusions.docx import to_docx
from confdesk.exports.conclusions.redline import to_redline_docx
from tests.conclusions.helpers import demo_texts
from tests.exports.wordrevisions import W, body_of, count, paragraphs, q, resolve

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PAIRS = [("draft1", "draft2"), ("draft2", "final"), ("draft1", "final")]


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> dict:
    from confdesk.db.database import open_database

    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    try:
        return demo_texts(db)
    finally:
        db.close()


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_accept_all_gives_the_newer_draft_and_reject_all_the_older(
        texts: dict, old: str, new: str) -> None:
    redline = to_redline_docx(compare(texts[old], texts[new]), texts["info"], author="Ana Pérez")
    body = body_of(redline)
    assert count(body, "ins") and count(body, "del")
    accepted = paragraphs(resolve(body, accept=True))
    rejected = paragraphs(resolve(body, accept=False))
    assert accepted == paragraphs(body_of(to_docx(texts[new], texts["info"])))
    assert rejected == paragraphs(body_of(to_docx(texts[old], texts["info"])))


def test_revisions_carry_the_person_and_the_newer_drafts_date(texts: dict) -> None:
    result = compare(texts["draft2"], texts["final"])
    body = body_of(to_redline_docx(result, texts["info"], author="Ana Pérez"))
    marks = [n for tag in ("ins", "del", "moveFrom", "moveTo") for n in body.iter(q(tag))]
    assert {m.get(q("author")) for m in marks} == {"Ana Pérez"}
    assert {m.get(q("date")) for m in marks} == {texts["final"].draft_date.isoformat()}
    ids = [m.get(q("id")) for m in marks]
    assert len(ids) == len(set(ids))
    # The paragraph that moved unchanged is a move, its two places bound by name; the two
    # that moved and were edited are deleted and inserted.
    moved_from = [p for p in body.iter(q("p")) if p.find(f".//{q('moveFrom')}") is not None]
    moved_to = [p for p in body.iter(q("p")) if p.find(f".//{q('moveTo')}") is not None]
    assert len(result.uids("moved")) == 3
    assert len(result.uids("moved") - result.uids("changed")) == 1
    assert len(moved_from) == len(moved_to) == 1
    start = moved_from[0].find(q("moveFromRangeStart"))
    assert start.get(q("name")) == moved_to[0].find(q("moveToRangeStart")).get(q("name"))
    assert moved_from[0].find(q("moveFromRangeEnd")).get(q("id")) == start.get(q("id"))
    assert "".join(moved_to[0].itertext()).startswith("Encourage research and publications")
    # An inserted paragraph's mark is inserted too.
    added = result.uids("added")
    assert added and count(body, "pPr") and sum(
        1 for p in body.iter(q("p")) if p.find(f"{q('pPr')}/{q('rPr')}/{q('ins')}") is not None
    ) >= len(added)


def _tree(*sections: dict, name: str = "Draft 1", day: int = 1) -> DocumentText:
    return tree_from_content({"title": "Chair's Summary", "sections": list(sections)},
                             draft_name=name, draft_date=datetime(2026, 5, day, 18, 0))


def _p(uid: str, text: str, status: str = "agreed", children: tuple = ()) -> dict:
    return {"uid": uid, "text": text, "status": status,
            "children": [{"uid": f"{uid}.{i}", "text": t, "status": "agreed", "children": []}
                         for i, t in enumerate(children)]}


OLD = _tree(
    {"uid": "intro", "kind": "free_text", "paragraphs": [_p("o1", "Opening words.")]},
    {"uid": "a", "kind": "numbered_list", "lead_in": "The participants:",
     "paragraphs": [_p("a1", "Welcomed the host;"), _p("a2", "Moved later;"),
                    _p("a3", "Deleted after a move;"),
                    _p("a4", "Resolved, by:", children=("training;", "funding;")),
                    _p("a5", "Bracketed text;", "bracketed"), _p("a6", "Moved and edited;")]},
    {"uid": "kept", "kind": "numbered_list", "lead_in": "A lead-in that goes:",
     "paragraphs": [_p("k1", "Stays.")]},
    {"uid": "gone", "kind": "numbered_list", "lead_in": "A list that went:",
     "paragraphs": [_p("g1", "First;"), _p("g2", "Second.")]},
)
NEW = _tree(
    {"uid": "intro", "kind": "free_text", "paragraphs": [_p("o1", "Opening remarks.")]},
    {"uid": "a", "kind": "numbered_list", "lead_in": "The participants, meeting in May:",
     "title": "Findings",
     "paragraphs": [_p("a1", "Welcomed the host;"), _p("a6", "Moved, edited and improved;"),
                    _p("new", "Added a paragraph;"),
                    _p("a4", "Resolved, by:", children=("training;", "sharing data;")),
                    _p("a5", "Bracketed text;"), _p("a2", "Moved later;")]},
    {"uid": "kept", "kind": "numbered_list", "paragraphs": [_p("k1", "Stays.")]},
    {"uid": "b", "kind": "numbered_list", "lead_in": "They further:", "first_number": 7,
     "numbering": "upper-roman", "paragraphs": [_p("b1", "Agreed.")]},
    name="Final", day=2,
)


def test_every_kind_of_change_accepts_and_rejects_word_for_word() -> None:
    info = EventInfo("Test Conference", "Geneva", "1–2 May 2026")
    body = body_of(to_redline_docx(compare(OLD, NEW), info, author="Rapporteur"))
    # a2 moved (its runs and its paragraph mark); a6 moved and was edited: no move.
    assert count(body, "moveFrom") == count(body, "moveTo") == 2
    assert paragraphs(resolve(body, accept=True)) == paragraphs(body_of(to_docx(NEW, info)))
    assert paragraphs(resolve(body, accept=False)) == paragraphs(body_of(to_docx(OLD, info)))
    dated = {n.get(q("date")) for n in body.iter(q("ins"))}
    assert dated == {"2026-05-02T18:00:00"}


def test_the_redline_is_valid_word_xml() -> None:
    """Revision marks sit where the schema wants them: inside a paragraph's properties'
    run properties (its mark), or around runs."""
    info = EventInfo("Test Conference")
    body = body_of(to_redline_docx(compare(OLD, NEW), info, author="Rapporteur"))
    for tag in ("ins", "del", "moveFrom", "moveTo"):
        for node in body.iter(q(tag)):
            parent = node.getparent().tag
            assert parent in (q("p"), q("rPr")), (tag, parent)
            if parent == q("rPr"):
                assert node.getparent().getparent().tag == q("pPr")
            else:
                assert [c.tag for c in node] and {c.tag for c in node} == {q("r")}
    for deleted in body.iter(q("del"), q("moveFrom")):
        assert not list(deleted.iter(q("t")))
    assert W in body.nsmap.values()


# --- LibreOffice's own Accept All / Reject All -----------------------------------------------

MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub Resolve(source As String, target As String, command As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(source), &quot;_blank&quot;, 0, load())
  helper = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  frame = doc.CurrentController.Frame
  helper.executeDispatch(frame, &quot;.uno:&quot; &amp; command, &quot;&quot;, 0, Array())
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0).Name = &quot;FilterName&quot;
  store(0).Value = &quot;Text (encoded)&quot;
  store(1).Name = &quot;FilterOptions&quot;
  store(1).Value = &quot;UTF8&quot;
  doc.storeToURL(ConvertToURL(target), store())
  doc.close(True)
End Sub
</script:module>
"""


class LibreOffice:
    """soffice with a profile of its own, holding the macro in its Standard library."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.profile = folder / "lo-profile"
        # A first run creates the profile; then the macro replaces the empty Module1.
        self.text(self._sample(), folder / "sample-out")
        module = self.profile / "user" / "basic" / "Standard" / "Module1.xba"
        assert module.exists()
        module.write_text(MACRO, encoding="utf-8")

    def _sample(self) -> Path:
        path = self.folder / "sample.docx"
        path.write_bytes(to_docx(OLD, EventInfo("Sample")))
        return path

    def run(self, *args: str) -> None:
        subprocess.run([str(SOFFICE), f"-env:UserInstallation=file://{self.profile}",
                        "--headless", *args], check=True, capture_output=True, timeout=180)

    def text(self, source: Path, out: Path) -> str:
        """The text LibreOffice converts a document to."""
        self.run("--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(out), str(source))
        return (out / f"{source.stem}.txt").read_text(encoding="utf-8-sig")

    def resolved(self, source: Path, *, accept: bool) -> str:
        """The text after LibreOffice's Accept All (or Reject All) tracked changes."""
        target = self.folder / f"{source.stem}-{'accepted' if accept else 'rejected'}.txt"
        command = "AcceptAllTrackedChanges" if accept else "RejectAllTrackedChanges"
        self.run(f'macro:///Standard.Module1.Resolve("{source}","{target}","{command}")')
        return target.read_text(encoding="utf-8-sig")

    def changed_regions(self, source: Path) -> list[str]:
        """The authors of the tracked changes LibreOffice finds (its .odt's changed
        regions)."""
        self.run("--convert-to", "odt", "--outdir", str(self.folder / "odt"), str(source))
        with zipfile.ZipFile(self.folder / "odt" / f"{source.stem}.odt") as odt:
            content = odt.read("content.xml").decode()
        regions = re.findall(r"<text:changed-region.*?</text:changed-region>", content, re.S)
        return [re.search(r"<dc:creator>([^<]*)", r).group(1) for r in regions]


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_accepts_and_rejects_to_the_two_drafts(texts: dict, tmp_path: Path) -> None:
    office = LibreOffice(tmp_path)
    cases = [("demo", texts["draft2"], texts["final"], texts["info"]),
             ("every-change", OLD, NEW, EventInfo("Test Conference"))]
    for name, old, new, info in cases:
        redline = tmp_path / f"{name}-redline.docx"
        redline.write_bytes(to_redline_docx(compare(old, new), info, author="Ana Pérez"))
        authors = office.changed_regions(redline)
        assert len(authors) >= 10 and set(authors) == {"Ana Pérez"}
        for tree, accept in ((new, True), (old, False)):
            plain = tmp_path / f"{name}-{tree.draft_name.split()[0].lower()}{int(accept)}.docx"
            plain.write_bytes(to_docx(tree, info))
            expected = office.text(plain, tmp_path / "plain")
            # A document's last paragraph mark cannot go (in Word either): rejecting the
            # paragraphs added at the end leaves one empty paragraph.
            assert office.resolved(redline, accept=accept).rstrip() == expected.rstrip()
            assert re.search(r"(?m)^\s+1\.\s", expected)  # the list numbers are there too


@pytest.mark.parametrize("accept", [True, False], ids=["accept", "reject"])
def test_confdesks_own_word_import_reads_the_redline_as_either_draft(
        texts: dict, tmp_path: Path, accept: bool) -> None:
    """Importing the redline with its changes accepted (rejected) gives the newer (older)
    draft's paragraphs, numbered as they were."""
    from confdesk.imports.document_text import import_document

    old, new = texts["draft2"], texts["final"]
    path = tmp_path / "redline.docx"
    path.write_bytes(to_redline_docx(compare(old, new), texts["info"], author="Ana Pérez"))
    tree = import_document(path, changes="accept" if accept else "reject").tree
    wanted = new if accept else old

    def printed(doc: DocumentText) -> list[tuple[str, str]]:
        from confdesk.conclusions.tree import shown_text

        return [(p.label, shown_text(p)) for _s, p, _d in doc.paragraphs()]

    assert printed(tree) == printed(wanted)
