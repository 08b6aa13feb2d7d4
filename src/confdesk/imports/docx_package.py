"""Open a .docx package defensively: its parts as parsed XML, or a clear DocumentImportError.

A .docx is a zip of XML parts. A hostile or damaged one must never reach the user as a
traceback nor exhaust the machine, so:

- the zip is checked before anything is inflated: the declared size of each part read is
  capped (`PART_LIMIT`), as is the sum (`TOTAL_LIMIT`) and the compression ratio of large
  parts (a zip bomb inflates a few kilobytes into gigabytes); zipfile itself stops a part at
  its declared size and then fails the CRC check, so a lying header cannot get past the cap;
- a corrupt deflate stream, a bad CRC, an encrypted or truncated member: a message;
- XML is parsed by lxml with entities, DTDs and network access off, and a part declaring a
  DOCTYPE at all is refused (Word never writes one: it is how billion-laughs and XXE payloads
  start);
- malformed XML names the part and the line.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from confdesk.imports import messages as m
from confdesk.imports.errors import DocumentImportError

#: Largest inflated part we read (the longest real outcome documents are a few megabytes).
PART_LIMIT = 64 * 1024 * 1024
#: Largest total of the parts read.
TOTAL_LIMIT = 160 * 1024 * 1024
#: Inflated size above which the compression ratio is checked, and the highest ratio allowed.
RATIO_FLOOR = 2 * 1024 * 1024
RATIO_LIMIT = 200

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = "/officeDocument"

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          dtd_validation=False, huge_tree=False, remove_comments=True,
                          remove_pis=True)


@dataclass
class DocxPackage:
    """The parts of a Word document that the importer reads (None when absent)."""

    name: str
    document: Any
    styles: Any = None
    numbering: Any = None
    footnotes: Any = None
    endnotes: Any = None
    comments: Any = None
    #: Parts present but not read ("header", "text box"…), for the import report.
    skipped: list[str] = field(default_factory=list)


def _detail(exc: BaseException) -> str:
    """The library's own words on a failure, cut short: they may quote the file's bytes."""
    text = " ".join(str(exc).split())
    return text if len(text) <= 120 else text[:119] + "…"


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.total = 0
        try:
            self.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError,
                RuntimeError) as exc:
            raise DocumentImportError(m.DOCX_NOT_ZIP, code="docx.not_zip",
                                      name=path.name) from exc
        self.names = {info.filename: info for info in self.zip.infolist()}

    def close(self) -> None:
        self.zip.close()

    def _bytes(self, name: str) -> bytes:
        info = self.names[name]
        label = f"{self.path.name} ({name})"
        if info.file_size > PART_LIMIT:
            raise DocumentImportError(m.DOCX_PART_BOMB, code="docx.bomb", part=label,
                                      size=info.file_size // (1024 * 1024))
        if (info.file_size > RATIO_FLOOR
                and info.file_size > RATIO_LIMIT * max(info.compress_size, 1)):
            raise DocumentImportError(m.DOCX_RATIO_BOMB, code="docx.bomb", part=label,
                                      ratio=info.file_size // max(info.compress_size, 1))
        self.total += info.file_size
        if self.total > TOTAL_LIMIT:
            raise DocumentImportError(m.DOCX_TOTAL_BOMB, code="docx.bomb", name=self.path.name,
                                      limit=TOTAL_LIMIT // (1024 * 1024))
        try:
            return self.zip.read(info)
        except RuntimeError as exc:  # encrypted member
            raise DocumentImportError(m.DOCX_ENCRYPTED, code="docx.encrypted",
                                      part=label) from exc
        except NotImplementedError as exc:
            raise DocumentImportError(m.DOCX_COMPRESSION, code="docx.compression",
                                      part=label) from exc
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
            raise DocumentImportError(m.DOCX_PART_DAMAGED, code="docx.damaged", part=label,
                                      detail=_detail(exc)) from exc

    def xml(self, name: str) -> Any:
        data = self._bytes(name)
        head = data[:4096].replace(b"\x00", b"").upper()
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            raise DocumentImportError(m.DOCX_DTD, code="docx.unsafe", name=self.path.name,
                                      part=name)
        try:
            return etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as exc:
            raise DocumentImportError(m.DOCX_BAD_XML, code="docx.damaged", name=self.path.name,
                                      part=name, detail=_detail(exc)) from exc
        except ValueError as exc:
            raise DocumentImportError(m.DOCX_PART_UNREADABLE, code="docx.damaged",
                                      name=self.path.name, part=name,
                                      detail=_detail(exc)) from exc

    def relationships(self, part: str) -> dict[str, str]:
        """Relationship type suffix → target part name, for `part` ('' for the package)."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", f"{base}.rels")
        if rels_name not in self.names:
            return {}
        found: dict[str, str] = {}
        for rel in self.xml(rels_name):
            if rel.tag != f"{{{_REL_NS}}}Relationship" or rel.get("TargetMode") == "External":
                continue
            kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
            target = rel.get("Target") or ""
            name = (target.lstrip("/") if target.startswith("/")
                    else posixpath.normpath(posixpath.join(folder, target)))
            found.setdefault(kind, name)
        return found


def open_docx(path: Path) -> DocxPackage:
    """The parsed parts of the .docx at `path` (DocumentImportError when it cannot be)."""
    reader = _Reader(path)
    try:
        main = reader.relationships("").get(_OFFICE_DOCUMENT.lstrip("/"))
        if main is None and "word/document.xml" in reader.names:
            main = "word/document.xml"
        if main is None or main not in reader.names:
            raise DocumentImportError(m.DOCX_NO_DOCUMENT, code="docx.not_word", name=path.name)
        document = reader.xml(main)
        if document.tag != f"{{{W_NS}}}document":
            raise DocumentImportError(m.DOCX_NOT_WORD, code="docx.not_word", name=path.name)
        package = DocxPackage(path.name, document)
        rels = reader.relationships(main)
        for attribute in ("styles", "numbering", "footnotes", "endnotes", "comments"):
            name = rels.get(attribute)
            if name and name in reader.names:
                setattr(package, attribute, reader.xml(name))
        return package
    finally:
        reader.close()
