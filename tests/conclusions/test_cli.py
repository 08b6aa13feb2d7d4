"""`confdesk import document` and `confdesk export document`, end to end through main()."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import docx
import pytest
from lxml import etree

from confdesk.cli import main
from confdesk.db.database import open_database
from tests.conclusions.helpers import normalise, reference_text
from tests.factories import make_event


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite"
    db = open_database(path)
    with db.sessions.begin() as s:
        make_event(s, title="International Conference on Genocide Prevention")
    db.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([*args])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_then_export_round_trip(db_path: Path, tmp_path: Path, shared_dir: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    d = ["--database", str(db_path)]
    reference = shared_dir / "reference" / "brussels-2014-chairs-conclusions.txt"
    draft = tmp_path / "draft.txt"
    draft.write_text(reference_text(shared_dir).replace(
        "- 15. Remain seized of the matter.", ""), encoding="utf-8")
    code, out, _ = run(capsys, "import", "document", str(draft), *d,
                       "--title", "Chair's Conclusions", "--draft-name", "Draft 1")
    assert code == 0 and out.strip() == "1"
    code, out, _ = run(capsys, "import", "document", str(reference), *d, "--document", "1",
                       "--draft-name", "Final", "--final")
    assert code == 0 and out.strip() == "1"

    txt = tmp_path / "final.txt"
    assert run(capsys, "export", "document", "-o", str(txt), *d)[0] == 0
    body = txt.read_text(encoding="utf-8").split("=\n", 1)[1]
    assert normalise(body) == normalise(reference_text(shared_dir))

    old = tmp_path / "draft1.md"
    assert run(capsys, "export", "document", "-o", str(old), "--draft", "draft 1", *d)[0] == 0
    assert old.read_text(encoding="utf-8").startswith("**DRAFT — Draft 1")
    assert "Remain seized" not in old.read_text(encoding="utf-8")

    redline = tmp_path / "changes.pdf"
    code, out, _ = run(capsys, "export", "document", "-o", str(redline),
                       "--compare-with", "Draft 1", *d)
    assert code == 0
    text = subprocess.run(["pdftotext", str(redline), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Remain seized of the matter." in text and "Draft 1" in text

    for fmt, name in (("akn", "final.xml"), ("docx", "final.docx"), ("press", "press.txt")):
        assert run(capsys, "export", "document", "-f", fmt, "-o", str(tmp_path / name), *d)[0] == 0
    akn = etree.parse(str(tmp_path / "final.xml"))
    assert akn.getroot().tag.endswith("akomaNtoso")
    assert "Remain seized of the matter." in " ".join("".join(akn.getroot().itertext()).split())
    word = docx.Document(str(tmp_path / "final.docx"))
    assert any("Remain seized of the matter." in p.text for p in word.paragraphs)
    assert not any("DRAFT" in p.text for p in word.paragraphs)
    press = (tmp_path / "press.txt").read_text(encoding="utf-8").splitlines()
    assert press[-1].strip() == "• remain seized of the matter."
    assert sum(line.strip().startswith("• ") for line in press) >= 10

    code, out, _ = run(capsys, "stats", "--json", *d)
    documents = json.loads(out)["documents"]
    assert [(x["id"], x["title"], x["drafts"], x["paragraphs"]) for x in documents] == [
        (1, "Chair's Conclusions", 2, 23)]


@pytest.mark.parametrize(("args", "message"), [
    (["export", "document", "-o", "x.txt", "--compare-with", "working"], "pdf or docx"),
    (["export", "document", "-o", "x.odt"], "--format"),
    (["export", "document", "-o", "x.txt"], "no outcome document"),
    (["import", "document", "missing.txt"], "No such file"),
    (["export", "document", "-o", "x.txt", "--document", "9"], "no outcome document with id 9"),
])
def test_mistakes_get_a_clear_message(db_path: Path, tmp_path: Path, args: list[str],
                                      message: str, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, *args, "--database", str(db_path))
    assert code == 2
    assert message in err
    assert not (tmp_path / "x.txt").exists()


def test_document_symbol_in_the_header_and_the_redline_author(
        db_path: Path, tmp_path: Path, shared_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONFDESK_USER", "Ana Pérez")
    d = ["--database", str(db_path)]
    reference = shared_dir / "reference" / "brussels-2014-chairs-conclusions.txt"
    assert run(capsys, "import", "document", str(reference), *d, "--title",
               "Chair's Conclusions", "--draft-name", "Draft 1")[0] == 0
    pdf = tmp_path / "final.pdf"
    code, _, _ = run(capsys, "export", "document", "-o", str(pdf), "--set-symbol",
                     "  GPC/2014/1 ", *d)
    assert code == 0
    first = subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout
    assert "GPC/2014/1" in first
    # The symbol stays with the document; --symbol '' leaves it out of one export.
    word = tmp_path / "final.docx"
    assert run(capsys, "export", "document", "-o", str(word), *d)[0] == 0
    assert docx.Document(str(word)).sections[0].header.paragraphs[0].text.startswith(
        "GPC/2014/1\t")
    assert run(capsys, "export", "document", "-o", str(pdf), "--symbol", "", *d)[0] == 0
    assert "GPC/2014/1" not in subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                              text=True, check=True).stdout
    code, _, err = run(capsys, "export", "document", "-o", str(pdf), "--set-symbol", "X" * 101,
                       *d)
    assert code == 2 and "at most 100 characters" in err
    # The Word redline's tracked changes are the person's.
    second = tmp_path / "draft2.txt"
    second.write_text(reference_text(shared_dir).replace(
        "- 15. Remain seized of the matter.", ""), encoding="utf-8")
    assert run(capsys, "import", "document", str(second), *d, "--document", "1",
               "--draft-name", "Draft 2")[0] == 0
    redline = tmp_path / "redline.docx"
    assert run(capsys, "export", "document", "-o", str(redline), "--compare-with", "Draft 1",
               "--draft", "Draft 2", *d)[0] == 0
    from tests.exports.wordrevisions import body_of, q

    body = body_of(redline.read_bytes())
    deleted = [n for n in body.iter(q("del"))]
    assert deleted and {n.get(q("author")) for n in deleted} == {"Ana Pérez"}
