"""Decode a text file as its author saved it: UTF-8 (with or without a BOM), UTF-16 or
Windows-1252, saying which; and clean the characters a document cannot hold.

Word's "Plain Text" and Notepad save UTF-8 with a BOM, "Unicode" (UTF-16 LE with a BOM) or the
Windows code page (1252 in Western Europe); UTF-16 without a BOM is recognised by its zero
bytes. Bytes that are none of these (a picture, a zip) are refused rather than read as
mojibake.
"""

from __future__ import annotations

import codecs
import re

from confdesk.errors import Message
from confdesk.imports import messages as m
from confdesk.imports.errors import DocumentImportError

#: Larger text files are not outcome documents (the longest are a few hundred kilobytes).
TEXT_LIMIT = 20 * 1024 * 1024

#: C0 controls other than tab, line feed, form feed and carriage return; DEL and C1 controls;
#: the non-characters U+FFFE/U+FFFF; lone surrogates. XML (Word, Akoma Ntoso) cannot hold them.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def clean(text: str) -> str:
    """`text` without the characters an outcome document cannot hold."""
    return _UNSAFE.sub("", text)


def check_size(size: int, name: str) -> None:
    """Refuse a text file larger than any outcome document (`TEXT_LIMIT`)."""
    if size > TEXT_LIMIT:
        raise DocumentImportError(m.TEXT_TOO_LARGE, code="document.too_large", name=name,
                                  size=size // (1024 * 1024),
                                  limit=TEXT_LIMIT // (1024 * 1024))


def _named(template: str) -> Message:
    return Message(template, code="encoding")


def decode(data: bytes, name: str) -> tuple[str, str]:
    """(text, name of the encoding used) of a text file's bytes; the name is a catalogued
    Message (the window shows it translated) or a plain standard name ("UTF-8")."""
    check_size(len(data), name)
    boms: tuple[tuple[bytes, str, str], ...] = (
        (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
        (codecs.BOM_UTF8, "utf-8-sig", _named(m.ENCODING_UTF8_BOM)),
        (codecs.BOM_UTF16_LE, "utf-16", _named(m.ENCODING_UTF16_LE)),
        (codecs.BOM_UTF16_BE, "utf-16", _named(m.ENCODING_UTF16_BE)))
    for bom, codec, label in boms:
        if data.startswith(bom):
            return _strict(data, codec, label, name)
    sample = data[:4096]
    if len(sample) >= 4 and b"\x00" in sample:
        odd_zeros = sample[1::2].count(0)
        even_zeros = sample[0::2].count(0)
        half = len(sample) // 2
        if odd_zeros > half * 0.6 and even_zeros < half * 0.1:
            return _strict(data, "utf-16-le", _named(m.ENCODING_UTF16_LE_NO_BOM), name)
        if even_zeros > half * 0.6 and odd_zeros < half * 0.1:
            return _strict(data, "utf-16-be", _named(m.ENCODING_UTF16_BE_NO_BOM), name)
        raise DocumentImportError(m.TEXT_BINARY, code="document.binary", name=name)
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), _named(m.ENCODING_CP1252)
    except UnicodeDecodeError as exc:
        raise DocumentImportError(m.TEXT_UNKNOWN_ENCODING, code="document.encoding",
                                  name=name) from exc


def _strict(data: bytes, codec: str, label: str, name: str) -> tuple[str, str]:
    try:
        return data.decode(codec), label
    except UnicodeDecodeError as exc:
        raise DocumentImportError(m.TEXT_DAMAGED, code="document.damaged", name=name,
                                  encoding=label, position=exc.start) from exc
