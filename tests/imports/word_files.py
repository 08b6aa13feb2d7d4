"""Word files as rapporteurs send them, built with python-docx, lxml and LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_AUTHOR = 'w:author="Rapporteur" w:date="2014-03-31T18:00:00Z"'


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def ins(text: str, ident: int) -> str:
    return f'<w:ins w:id="{ident}" {_AUTHOR}>{run(text)}</w:ins>'


def dele(text: str, ident: int) -> str:
    return (f'<w:del w:id="{ident}" {_AUTHOR}><w:r><w:delText xml:space="preserve">{text}'
            '</w:delText></w:r></w:del>')


def paragraph(body: str, *, mark: str = "", style: str = "") -> Any:
    """A w:p from run XML; `mark` "ins"/"del"/"moveFrom"/"moveTo" tracks its paragraph mark."""
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if mark:
        props += f'<w:rPr><w:{mark} w:id="90{len(body)}" {_AUTHOR}/></w:rPr>'
    return parse_xml(f'<w:p {nsdecls("w")}>' + (f"<w:pPr>{props}</w:pPr>" if props else "")
                     + body + "</w:p>")


def word_with(paragraphs: list[Any], path: Path) -> Path:
    """A .docx whose body is `paragraphs` (w:p elements), saved at `path`."""
    document = docx.Document()
    body = document.element.body
    sect = body[-1]
    for element in list(body)[:-1]:
        body.remove(element)
    for element in paragraphs:
        sect.addprevious(element)
    document.save(path)
    return path


def tracked_changes_file(path: Path) -> Path:
    """Insertions, deletions, a move and deleted and inserted paragraph marks."""
    move_from = ('<w:moveFromRangeStart w:id="20" w:name="move1" ' + _AUTHOR + '/>'
                 '<w:moveFrom w:id="21" ' + _AUTHOR + '>' + run("Early warning works.")
                 + '</w:moveFrom><w:moveFromRangeEnd w:id="20"/>')
    move_to = ('<w:moveToRangeStart w:id="22" w:name="move1" ' + _AUTHOR + '/>'
               '<w:moveTo w:id="23" ' + _AUTHOR + '>' + run("Early warning works.")
               + '</w:moveTo><w:moveToRangeEnd w:id="22"/>')
    return word_with([
        paragraph(run("The participants note that:")),
        paragraph(run("1.\tThe participants ") + ins("warmly ", 1) + run("welcome")
                  + dele(" the the", 2) + run(" the report;")),
        paragraph(move_from, mark="moveFrom"),
        paragraph(run("2.\tFirst half of a ") + dele("long", 3), mark="del"),
        paragraph(run("sentence;")),
        paragraph(run("3.\tAlpha "), mark="ins"),
        paragraph(run("beta;")),
        paragraph(move_to, mark="moveTo"),
        paragraph(dele("4.\tA deleted paragraph.", 5), mark="del"),
    ], path)


def libreoffice_text(path: Path, out_dir: Path) -> list[str]:
    """The non-empty lines LibreOffice writes converting `path` to UTF-8 text: the text and
    list labels as Word shows them."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is needed"
    profile = out_dir / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(out_dir),
                    str(path)], check=True, capture_output=True, timeout=120)
    text = (out_dir / (path.stem + ".txt")).read_text(encoding="utf-8-sig")
    return [line.strip() for line in text.splitlines() if line.strip()]


def libreoffice_convert(path: Path, fmt: str, out_dir: Path) -> Path:
    """`path` converted by LibreOffice headless to `fmt` ("docx"), in `out_dir`."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is needed"
    profile = out_dir / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", fmt, "--outdir", str(out_dir), str(path)],
                   check=True, capture_output=True, timeout=120)
    return out_dir / f"{path.stem}.{fmt.split(':')[0]}"
