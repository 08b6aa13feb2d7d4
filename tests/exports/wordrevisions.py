"""Word's Accept All / Reject All, played on a .docx's XML (for the redline tests).

Accepting keeps inserted and moved-to text and drops deleted and moved-from text; rejecting
does the opposite. A paragraph whose mark is dropped joins the next paragraph, as in Word.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def body_of(docx_bytes: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as archive:
        return etree.fromstring(archive.read("word/document.xml")).find(q("body"))


def resolve(body: etree._Element, *, accept: bool) -> etree._Element:
    """A copy of `body` with every revision accepted (or rejected)."""
    body = etree.fromstring(etree.tostring(body))
    keep, drop = (("ins", "moveTo"), ("del", "moveFrom")) if accept else (
        ("del", "moveFrom"), ("ins", "moveTo"))
    for tag in ("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd"):
        for node in body.iter(q(tag)):
            node.getparent().remove(node)
    paragraphs = list(body.iter(q("p")))
    for para in paragraphs:  # paragraph marks first (inside pPr/rPr)
        rpr = para.find(f"{q('pPr')}/{q('rPr')}")
        if rpr is None:
            continue
        for tag in keep:
            for node in rpr.findall(q(tag)):
                rpr.remove(node)
        if any(rpr.find(q(tag)) is not None for tag in drop):
            para.set("joins", "1")
            for tag in drop:
                for node in rpr.findall(q(tag)):
                    rpr.remove(node)
    for tag in drop:
        for node in list(body.iter(q(tag))):
            node.getparent().remove(node)
    for tag in keep:
        for node in list(body.iter(q(tag))):
            parent, at = node.getparent(), node.getparent().index(node)
            for offset, child in enumerate(list(node)):
                parent.insert(at + offset, child)
            parent.remove(node)
    for node in body.iter(q("delText")):
        node.tag = q("t")
    # A dropped paragraph mark: the paragraph's remaining runs join the next paragraph.
    for para in [p for p in body.iter(q("p")) if p.get("joins")]:
        following = para.getnext()
        runs = [c for c in para if c.tag != q("pPr")]
        if following is not None and following.tag == q("p"):
            at = 1 if following.find(q("pPr")) is not None else 0
            for offset, run in enumerate(runs):
                following.insert(at + offset, run)
        para.getparent().remove(para)
    return body


def paragraphs(body: etree._Element) -> list[tuple[str, str, int | None]]:
    """(style id, text, list level or None) of every paragraph with text; a style's
    keep-with-next variant ("…Introducing", a layout choice the redline takes from the newer
    text) counts as the style."""
    found = []
    for para in body.iter(q("p")):
        text = "".join(t.text or "" for t in para.iter(q("t"), q("delText")))
        if not text:
            continue
        style = para.find(f"{q('pPr')}/{q('pStyle')}")
        level = para.find(f"{q('pPr')}/{q('numPr')}/{q('ilvl')}")
        found.append((style.get(q("val")).removesuffix("Introducing") if style is not None
                      else "",
                      text, int(level.get(q("val"))) if level is not None else None))
    return found


def count(body: etree._Element, tag: str) -> int:
    return sum(1 for _ in body.iter(q(tag)))
