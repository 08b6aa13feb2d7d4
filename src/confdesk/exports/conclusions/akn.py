"""Akoma Ntoso 3.0 XML of an outcome document (valid against the OASIS schema).

Identity (FRBR): the document is one Work (its URI names the event's date and the document's
own number, so it stays the same from draft to draft and differs between two documents of one
event), each draft one Expression (dated with the draft's date, its language in ISO 639-2 both
in the URI and in FRBRlanguage), and the file one Manifestation (dated the day it is written).

Layout: `<statement name="chairsConclusions">` with `meta` (FRBR identification, a
`proprietary` block naming the draft), a `preface` (title, event, place, date), a `preamble`
holding the free-text opening, and a `mainBody` where each numbered list is an `hcontainer`
whose lead-in is its `intro` and whose paragraphs are `paragraph` elements with `num` and
`content` (sub-paragraphs nested as `paragraph` with `num` "(a)"). Paragraph `GUID`s are the
stable uids; `eId`s follow the printed numbering (`list_2__para_3__para_a`).
"""

from __future__ import annotations

import re
from datetime import date

from lxml import etree

from confdesk.conclusions.tree import DocumentText, EventInfo, ParagraphText, shown_text
from confdesk.text import clean_data

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
CONFDESK_NS = "urn:confdesk:outcome-document"
_NAMES = {"chairs_conclusions": "chairsConclusions", "chairs_summary": "chairsSummary",
          "declaration": "declaration", "report": "report"}


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrs: str,
        ) -> etree._Element:
    node = etree.SubElement(parent, f"{{{AKN_NS}}}{tag}", {k: v for k, v in attrs.items()})
    if text is not None:
        node.text = text
    return node


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "event"


def _frbr(parent: etree._Element, level: str, this: str, uri: str, when: str,
          name: str) -> etree._Element:
    node = _el(parent, level)
    _el(node, "FRBRthis", value=this)
    _el(node, "FRBRuri", value=uri)
    _el(node, "FRBRdate", date=when, name=name)
    _el(node, "FRBRauthor", href="#chair")
    return node


def _meta(root: etree._Element, doc: DocumentText, event: EventInfo, work: tuple[str, str],
          text_date: str, country: str) -> None:
    meta = _el(root, "meta")
    ident = _el(meta, "identification", source="#confdesk")
    kind = _NAMES.get(doc.kind, "statement")
    work_date, number = work
    work_uri = f"/akn/{country}/statement/{kind}/{work_date}/{number}"
    work_node = _frbr(ident, "FRBRWork", f"{work_uri}/!main", work_uri, work_date, "event")
    _el(work_node, "FRBRcountry", value=country)
    language = _LANG3.get(doc.language, doc.language)
    version = text_date if doc.final else f"{text_date}-{_slug(_draft_label(doc))}"
    expr_uri = f"{work_uri}/{language}@{version}"
    expr = _frbr(ident, "FRBRExpression", f"{expr_uri}/!main", expr_uri, text_date,
                 "final" if doc.final else "draft")
    _el(expr, "FRBRlanguage", language=language)
    _frbr(ident, "FRBRManifestation", f"{expr_uri}/!main.xml", f"{expr_uri}.akn",
          date.today().isoformat(), "generation")
    refs = _el(meta, "references", source="#confdesk")
    _el(refs, "TLCOrganization", eId="confdesk", href="/ontology/organization/confdesk",
        showAs="confdesk")
    _el(refs, "TLCRole", eId="chair", href="/ontology/role/chair", showAs="Chair")
    proprietary = _el(meta, "proprietary", source="#confdesk")
    draft = etree.SubElement(proprietary, f"{{{CONFDESK_NS}}}draft",
                             final="true" if doc.final else "false")
    draft.text = doc.draft_name
    if doc.draft_date is not None:
        draft.set("date", doc.draft_date.isoformat(timespec="minutes"))


def _draft_label(doc: DocumentText) -> str:
    """"Draft 2" of "Draft 2 — 1 April 2014 09:00" (the date is in the version already)."""
    return doc.draft_name.split(" — ")[0] or "draft"


_LANG3 = {"en": "eng", "fr": "fra", "es": "spa", "ar": "ara", "ru": "rus", "zh": "zho"}


def _paragraph(parent: etree._Element, para: ParagraphText, prefix: str) -> None:
    eid = f"{prefix}__para_{para.number}"
    node = _el(parent, "paragraph", eId=eid, GUID=f"_{para.uid}")
    _el(node, "num", para.label)
    children = [c for c in para.children if not c.deleted]
    if children:
        _el(_el(node, "intro"), "p", shown_text(para))
        for child in children:
            _paragraph(node, child, eid)
    else:
        _el(_el(node, "content"), "p", shown_text(para))


def to_akn(doc: DocumentText, event: EventInfo, *, work_date: date | None = None,
           number: str = "", country: str = "un") -> bytes:
    """The Akoma Ntoso XML (UTF-8, with declaration) of a document tree.

    `work_date` (the event's first day) and `number` (the document's own, stable number) name
    the Work; without them the text's date and the document's title stand in."""
    doc, event = clean_data(doc), clean_data(event)
    text_day = doc.draft_date.date() if doc.draft_date else (work_date or date.today())
    work = ((work_date or text_day).isoformat(),
            f"{_slug(event.title)}-{_slug(number or doc.title)}")
    root = etree.Element(f"{{{AKN_NS}}}akomaNtoso", nsmap={None: AKN_NS, "cd": CONFDESK_NS})
    statement = _el(root, "statement", name=_NAMES.get(doc.kind, "statement"))
    _meta(statement, doc, event, work, text_day.isoformat(), country.lower())
    preface = _el(statement, "preface")
    _el(_el(preface, "longTitle"), "p", doc.title)
    _el(preface, "p", event.title)
    if event.place or event.dates:
        _el(preface, "p", ", ".join(p for p in (event.place, event.dates) if p))
    _el(_el(preface, "p"), "docDate", f"{text_day.day} {text_day:%B %Y}",
        date=text_day.isoformat())
    if not doc.final:
        _el(preface, "p", f"DRAFT — {doc.draft_name}")
    # The opening text is the preamble, unless it has a heading of its own.
    opening = [s for s in doc.sections if not s.numbered and not s.title][:1]
    if opening and doc.sections and doc.sections[0] is opening[0]:
        preamble = _el(statement, "preamble")
        for para in opening[0].paragraphs:
            if not para.deleted:
                _el(preamble, "p", shown_text(para), GUID=f"_{para.uid}")
    body = _el(statement, "mainBody")
    list_no = 0
    for section in doc.sections:
        if opening and section is opening[0]:
            continue
        visible = [p for p in section.paragraphs if not p.deleted]
        if section.numbered:
            list_no += 1
            prefix = f"list_{list_no}"
            box = _el(body, "hcontainer", name="numberedList", eId=prefix,
                      GUID=f"_{section.uid}")
            if section.title:
                _el(box, "heading", section.title)
            if section.lead_in:
                _el(_el(box, "intro"), "p", section.lead_in)
            for para in visible:
                _paragraph(box, para, prefix)
            if not visible:
                _el(_el(box, "content"), "p")
        else:
            box = _el(body, "hcontainer", name="freeText", GUID=f"_{section.uid}")
            if section.title:
                _el(box, "heading", section.title)
            content = _el(box, "content")
            for para in visible:
                _el(content, "p", shown_text(para), GUID=f"_{para.uid}")
            if not visible:
                _el(content, "p")
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                pretty_print=True))
