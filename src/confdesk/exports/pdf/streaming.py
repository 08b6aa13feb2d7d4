"""A reportlab canvas whose memory does not grow with the pages: for 100,000 badges.

reportlab's canvas keeps every finished page's content as text until `save`, then builds the
whole file as one string before writing it: 10,000 pages of badges held ~400 MB. This canvas
encodes each page's content stream when the page ends (with the very filters reportlab would
apply at `save`: Flate, then ASCII85 unless `rl_config.useA85` is off) into a temporary file,
and `save` writes the document object by object to disk. The file is byte for byte the one
the plain canvas writes (same objects, same numbers, same order): only where the bytes wait
changes.

It leans on reportlab's internals, not only its public canvas: the document's object loop
(`pdfdoc.PDFDocument` and its `idToObject`, `Pages`, `_pdfVersion`), the accumulating
`pdfdoc.PDFFile`, `PDFStream`'s formatting and the canvas's `_doc`. It was written against
reportlab 5.1 (pyproject.toml keeps reportlab below 6); tests/exports/test_streaming_pdf.py
compares its bytes with reportlab's own canvas, so an upgrade that changes any of these fails
there first, before a user sees a broken file.
"""

from __future__ import annotations

import tempfile
from typing import IO, Any

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen import canvas as rl_canvas


class _SpooledStream(pdfdoc.PDFStream):  # type: ignore[misc]  # reportlab: untyped
    """A page's content stream, already encoded, waiting in the canvas's temporary file."""

    __Comment__ = "page stream"

    def __init__(self, spool: IO[bytes], offset: int, length: int,
                 filters: list[Any]) -> None:
        dictionary = pdfdoc.PDFDictionary()
        if filters:  # already applied: PDFStream.format only names them
            dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(f.pdfname) for f in filters])
        super().__init__(dictionary, None, None)
        self._spool, self._offset, self._length = spool, offset, length

    def format(self, document: Any) -> bytes:
        self._spool.seek(self._offset)
        self.content: bytes | None = self._spool.read(self._length)
        try:
            return super().format(document)  # type: ignore[no-any-return]
        finally:
            self.content = None


class _FileWriter(pdfdoc.PDFFile):  # type: ignore[misc]  # reportlab: untyped
    """reportlab's output collector, writing to a file as it goes instead of keeping it."""

    def __init__(self, out: IO[bytes], version: Any) -> None:
        super().__init__(version)  # collects the header
        header: list[bytes] = self.strings
        for piece in header:
            out.write(piece)
        self.strings: list[bytes] = []
        self.write = out.write

    def format(self, document: Any) -> bytes:
        return b""


class _StreamingDocument(pdfdoc.PDFDocument):  # type: ignore[misc]  # reportlab: untyped
    """A PDFDocument whose `SaveToFile` writes each object as soon as it is formatted."""

    def SaveToFile(self, filename: Any, canvas: Any) -> None:  # noqa: N802 (reportlab's)
        if not isinstance(filename, str) or self.encrypt.info() or getattr(
                self, "_digiSigs", None):
            super().SaveToFile(filename, canvas)  # what the plain document does
            return
        if getattr(self, "_savedToFile", False):
            raise RuntimeError("a document can only be saved once")
        self._savedToFile = True
        # as GetPDFData: fonts, the info's digest, catalogue and outlines, before formatting
        for font in self.delayedFonts:
            font.addObjects(self)
        self.info.invariant = self.invariant
        self.info.digest(self.signature)
        self.Reference(self.Catalog)
        self.Reference(self.info)
        self.Outlines.prepare(self, canvas)
        if self.Outlines.ready < 0:
            self.Catalog.Outlines = None
        with open(filename, "wb") as out:
            self._write_objects(out)

    def _write_objects(self, out: IO[bytes]) -> None:
        """PDFDocument.format, each object written out as soon as it is formatted (objects
        formatted may number new ones: the loop runs until none is left)."""
        self.encrypt.prepare(self)
        catalog = self.Reference(self.Catalog)
        info = self.Reference(self.info)
        self.__accum__ = file = _FileWriter(out, self._pdfVersion)
        ids = []
        number = 0
        while True:
            number += 1
            if number not in self.numberToId:
                break
            oid = self.numberToId[number]
            formatted = pdfdoc.PDFIndirectObject(oid, self.idToObject[oid]).format(self)
            if not rl_config.invariant and rl_config.pdfComments:
                name = type(self.idToObject[oid]).__name__
                if isinstance(self.idToObject[oid], _SpooledStream):
                    name = "PDFStream"
                file.add(f"% {oid!a}: class {name[:50]} \n")
            self.idToOffset[oid] = file.add(formatted)
            ids.append(oid)
        del self.__accum__
        count = len(self.numberToId)
        if number - 1 != count:
            raise ValueError(f"PDF objects: counted {number - 1}, numbered {count}")
        xref = pdfdoc.PDFCrossReferenceTable()
        xref.addsection(0, ids)
        offset = file.add(xref.format(self))
        trailer = pdfdoc.PDFTrailer(startxref=offset, Size=count + 1, Root=catalog,
                                    Info=info, Encrypt=None, ID=self.ID())
        file.add(trailer.format(self))


class StreamingCanvas(rl_canvas.Canvas):  # type: ignore[misc]  # reportlab: untyped
    """A canvas for long documents: each finished page waits encoded in a temporary file,
    and `save` writes the file as it formats it (see the module's note)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._doc.__class__ = _StreamingDocument  # adds SaveToFile only
        # closed by save (or, when the export fails, with the canvas)
        self._spool: IO[bytes] = tempfile.TemporaryFile(  # noqa: SIM115
            prefix="confdesk-pdf-")

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        super().showPage()
        page = self._doc.Pages.pages[-1]
        if page.stream is None or page.Contents is not None:
            return
        # what PDFPage.check_format would build at save time, encoded now
        filters = ([pdfdoc.PDFBase85Encode, pdfdoc.PDFZCompress] if rl_config.useA85
                   else [pdfdoc.PDFZCompress]) if page.compression else []
        data: Any = page.stream
        if filters:
            for f in reversed(filters):
                data = f.encode(data)
        if isinstance(data, str):  # ASCII85's text, or no filter: as PDFStream.format encodes
            data = pdfdoc.pdfdocEnc(data)
        offset = self._spool.seek(0, 2)
        self._spool.write(data)
        page.Contents = _SpooledStream(self._spool, offset, len(data), filters)
        page.stream = None

    def save(self) -> None:
        try:
            super().save()
        finally:
            self._spool.close()
