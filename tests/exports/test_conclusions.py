"""Outcome-document exports of the demo's final Chair's Conclusions against the reference."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from lxml import etree

from confdesk.exports.conclusions.akn import AKN_NS, CONFDESK_NS, to_akn
from confdesk.exports.conclusions.docx import to_docx
from confdesk.exports.conclusions.pdf import to_pdf
from confdesk.exports.conclusions.plain import to_markdown, to_press_extract, to_text
from tests.conclusions.helpers import demo_texts, normalise, reference_text

HEADING = ["Chair's Conclusions", "International Conference on Genocide Prevention",
           "Egmont Palace, Brussels, 31 March – 1 April 2014"]


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> dict:
    from confdesk.db.database import open_database

    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    try:
        return demo_texts(db)
    finally:
        db.close()


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_the_working_text_is_the_final(texts: dict) -> None:
    assert texts["working"].final and texts["working"].draft_name == "Final"
    assert not texts["draft1"].final


def test_text_matches_the_reference_word_for_word(texts: dict, shared_dir: Path) -> None:
    out = to_text(texts["working"], texts["info"])
    lines = out.splitlines()
    assert lines[:3] == HEADING
    assert set(lines[3]) == {"="}
    assert "DRAFT" not in out
    assert normalise("\n".join(lines[4:])) == normalise(reference_text(shared_dir))
    assert "\n1. Genocide, war crimes" in out and "\n15. Remain seized of the matter." in out


def test_a_draft_says_so_in_text(texts: dict) -> None:
    out = to_text(texts["draft1"], texts["info"])
    assert out.splitlines()[0] == "DRAFT — Draft 1 — 31 March 2014 20:00"
    assert "The participants call for:" in out


def test_the_text_export_imports_back_into_the_same_tree(texts: dict) -> None:
    from confdesk.conclusions.tree import content_of
    from confdesk.imports.document_text import parse_text

    for name in ("working", "draft1"):
        again = parse_text(to_text(texts[name], texts["info"], width=72))
        assert again.title == "Chair's Conclusions"

        def shape(doc):  # type: ignore[no-untyped-def]
            return [(s["kind"], s["lead_in"], [p["text"] for p in s["paragraphs"]])
                    for s in content_of(doc)["sections"]]

        assert shape(again) == shape(texts[name])


def test_pdf_text_matches_the_reference(texts: dict, shared_dir: Path, tmp_path: Path) -> None:
    data = to_pdf(texts["working"], texts["info"])
    text = pdf_text(data, tmp_path)
    assert "DRAFT" not in text
    pages = re.findall(r"(?m)^Page (\d+) of (\d+)$", text)
    total = len(pages)
    assert pages == [(str(n), str(total)) for n in range(1, total + 1)] and total >= 2
    body = re.sub(r"(?m)^Page \d+ of \d+$", "", text)
    for line in HEADING:
        assert line in body
    body = body.split(HEADING[2], 1)[1]
    assert normalise(body) == normalise(reference_text(shared_dir))
    fonts = subprocess.run(["pdffonts", str(tmp_path / "out.pdf")], check=True,
                           capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in row.split("TrueType", 1)[1][:40] for row in fonts)


def test_a_draft_pdf_carries_its_name_on_every_page(texts: dict, tmp_path: Path) -> None:
    text = pdf_text(to_pdf(texts["draft2"], texts["info"]), tmp_path)
    pages = text.split("\f")[:-1]
    assert len(pages) >= 2
    for page in pages:
        assert "DRAFT" in page and "Draft 2 — 1 April 2014 09:00" in page
    # Bracketed paragraphs are printed between square brackets in a draft.
    assert "[Exchange such information" in " ".join(text.split())


def _numbering(paragraph) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """(numId, ilvl) of a Word list item, or None."""
    num = paragraph._p.find(docx.oxml.ns.qn("w:pPr") + "/" + docx.oxml.ns.qn("w:numPr"))
    if num is None:
        return None
    ilvl = num.find(docx.oxml.ns.qn("w:ilvl")).get(docx.oxml.ns.qn("w:val"))
    num_id = num.find(docx.oxml.ns.qn("w:numId")).get(docx.oxml.ns.qn("w:val"))
    return int(num_id), int(ilvl)


def test_docx_reads_back_as_the_reference(texts: dict, shared_dir: Path) -> None:
    word = docx.Document(io.BytesIO(to_docx(texts["working"], texts["info"])))
    paragraphs = [p for p in word.paragraphs if p.text]
    assert [p.text for p in paragraphs[:3]] == HEADING
    body = "\n".join(p.text for p in paragraphs[3:])
    assert normalise(body) == normalise(reference_text(shared_dir))
    # Word numbers the paragraphs itself: no typed number, one list per numbered section.
    numbered = [p for p in paragraphs if _numbering(p)]
    assert not any(re.match(r"\d+\.\t", p.text) for p in paragraphs)
    lists = [_numbering(p)[0] for p in numbered]
    assert len(numbered) == 20 and lists == [lists[0]] * 5 + [lists[5]] * 15
    assert lists[0] != lists[5]
    # Named styles, not direct formatting; lead-ins kept with their first paragraph.
    styles = [p.style.name for p in numbered]
    # The paragraphs that end with a colon are kept with the next one, by their style.
    assert [i for i, name in enumerate(styles) if name != "Numbered Paragraph"] == [3, 8]
    assert {styles[3], styles[8]} == {"Numbered Paragraph Introducing"}
    assert numbered[3].style.paragraph_format.keep_with_next
    assert not numbered[0].style.paragraph_format.keep_with_next
    assert numbered[0].paragraph_format.left_indent is None
    lead_ins = [p for p in paragraphs if p.style.name == "Lead-in"]
    assert [p.text[-12:] for p in lead_ins] == ["s note that:", " resolve to:"]
    assert all(p.style.paragraph_format.keep_with_next for p in lead_ins)
    assert word.styles["Normal"].paragraph_format.widow_control
    assert paragraphs[0].style.name == "Document Title"
    assert not any(p.text for p in word.sections[0].header.paragraphs)
    footer = word.sections[0].footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    draft = docx.Document(io.BytesIO(to_docx(texts["draft1"], texts["info"])))
    assert draft.sections[0].header.paragraphs[0].text == "DRAFT — Draft 1 — 31 March 2014 20:00"


def test_docx_header_with_the_document_symbol(texts: dict) -> None:
    word = docx.Document(io.BytesIO(to_docx(texts["working"], texts["info"],
                                            symbol="GPC/2014/1")))
    header = word.sections[0].header.paragraphs[0].text
    assert header.startswith("GPC/2014/1\t") and header.endswith("2014")
    assert word.core_properties.identifier == "GPC/2014/1"
    french = docx.Document(io.BytesIO(to_docx(replace(texts["working"], language="fr"),
                                              texts["info"])))
    assert french.sections[0].footer.paragraphs[0].text == "Page  sur "  # PAGE, NUMPAGES


def test_akoma_ntoso_is_valid_and_carries_uids(texts: dict, shared_dir: Path) -> None:
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    schema = etree.XMLSchema(etree.parse(str(shared_dir / "schemas" / "akomantoso30.xsd"),
                                         parser))
    final = texts["working"]
    root = etree.fromstring(to_akn(final, texts["info"]), parser)
    schema.assertValid(root)
    ns = {"a": AKN_NS, "cd": CONFDESK_NS}
    assert root.find("a:statement", ns).get("name") == "chairsConclusions"
    assert root.findtext(".//a:preface/a:longTitle/a:p", namespaces=ns) == "Chair's Conclusions"
    assert len(root.findall(".//a:preamble/a:p", ns)) == 3
    intros = [" ".join("".join(i.itertext()).split())
              for i in root.findall(".//a:hcontainer/a:intro", ns)]
    assert intros[1].endswith("express their strong resolve to:")
    paragraphs = root.findall(".//a:paragraph", ns)
    assert [p.findtext("a:num", namespaces=ns) for p in paragraphs][:6] == [
        "1.", "2.", "3.", "4.", "5.", "1."]
    assert len(paragraphs) == 20
    uids = {p.uid for _, p, _ in final.paragraphs()}
    assert {p.get("GUID")[1:] for p in paragraphs} <= uids
    assert paragraphs[5].get("eId") == "list_2__para_1"
    assert root.findtext(".//cd:draft", namespaces=ns) == "Final"
    draft = etree.fromstring(to_akn(texts["draft2"], texts["info"]), parser)
    schema.assertValid(draft)
    assert draft.findtext(".//cd:draft", namespaces=ns) == "Draft 2 — 1 April 2014 09:00"


def _frbr(xml: bytes, level: str, what: str = "FRBRthis") -> str:
    root = etree.fromstring(xml)
    node = root.find(f".//{{{AKN_NS}}}{level}/{{{AKN_NS}}}{what}")
    return node.get("value") if node.get("value") is not None else node.get("date")


def test_akoma_ntoso_one_work_per_document_an_expression_per_draft(
        texts: dict, shared_dir: Path) -> None:
    from datetime import date

    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    schema = etree.XMLSchema(etree.parse(str(shared_dir / "schemas" / "akomantoso30.xsd"),
                                         parser))
    info = texts["info"]
    opened = date(2014, 3, 31)
    drafts = {name: to_akn(texts[name], info, work_date=opened, number="7")
              for name in ("draft1", "draft2", "final")}
    for xml in drafts.values():
        schema.assertValid(etree.fromstring(xml, parser))
    works = {_frbr(xml, "FRBRWork", "FRBRuri") for xml in drafts.values()}
    assert works == {"/akn/un/statement/chairsConclusions/2014-03-31/"
                     "international-conference-on-genocide-prevention-7"}
    assert {_frbr(xml, "FRBRWork", "FRBRdate") for xml in drafts.values()} == {"2014-03-31"}
    expressions = [_frbr(xml, "FRBRExpression", "FRBRuri") for xml in drafts.values()]
    assert len(set(expressions)) == 3
    assert expressions[1].endswith("/eng@2014-04-01-draft-2")
    assert expressions[2].endswith("/eng@2014-04-01")  # the final text
    assert [_frbr(xml, "FRBRExpression", "FRBRdate") for xml in drafts.values()] == [
        "2014-03-31", "2014-04-01", "2014-04-01"]
    root = etree.fromstring(drafts["draft2"])
    ns = {"a": AKN_NS}
    assert root.find(".//a:FRBRlanguage", ns).get("language") == "eng"
    assert root.find(".//a:docDate", ns).get("date") == "2014-04-01"
    # Another document of the same event, exported the same day: another Work.
    other = to_akn(replace(texts["final"], title="Chair's Summary"), info, work_date=opened,
                   number="8")
    assert _frbr(other, "FRBRWork", "FRBRuri") not in works
    french = to_akn(replace(texts["final"], language="fr"), info, work_date=opened, number="7")
    assert "/fra@" in _frbr(french, "FRBRExpression", "FRBRuri")
    assert etree.fromstring(french).find(".//a:FRBRlanguage", ns).get("language") == "fra"


def test_markdown_lists_and_lead_ins(texts: dict) -> None:
    md = to_markdown(texts["working"], texts["info"])
    assert md.startswith("# Chair's Conclusions\n")
    assert "\nexpress" not in md
    assert "\n1. Sign, ratify and domesticate" in md
    assert "\n15. Remain seized of the matter.\n" in md
    assert "\n\\65 years after" not in md and "\n65 years after" in md


def test_press_extract_of_chosen_paragraphs(texts: dict) -> None:
    final = texts["working"]
    resolve = final.sections[2].paragraphs
    chosen = [resolve[i].uid for i in (0, 2, 4, 7)]
    out = to_press_extract(final, chosen, intro="Participants stressed their strong resolve to:")
    bullets = [line for line in out.splitlines() if line.startswith("  • ")]
    assert out.startswith("Participants stressed their strong resolve to:")
    assert bullets[0] == (
        "  • sign, ratify and domesticate the above mentioned international legal "
        "instruments and implement the Responsibility to Protect;")
    assert bullets[1].startswith("  • protect and promote the fundamental rights")
    assert len(bullets) == 4
    assert len(to_press_extract(final).splitlines()) == 2 + 15


def test_sub_paragraphs_and_every_script(tmp_path: Path, shared_dir: Path) -> None:
    from confdesk.conclusions.tree import EventInfo
    from confdesk.imports.document_text import parse_text

    doc = parse_text(
        "Chair’s Summary\n\nThe participants resolve to:\n"
        "1. Act early, in particular by:\n(a) sharing information;\n(b) training staff;\n"
        "2. Publish the summary in Arabic (ملخص الرئيس), Chinese (主席总结) and Russian "
        "(резюме председателя).\n"
    )
    info = EventInfo("Test Conference", "Genève", "1 April 2014")
    text = pdf_text(to_pdf(doc, info), tmp_path)
    flat = " ".join(text.split())
    assert "(a) sharing information;" in flat and "(b) training staff;" in flat
    assert "主席总结" in flat and "резюме председателя" in flat
    fonts = subprocess.run(["pdffonts", str(tmp_path / "out.pdf")], check=True,
                           capture_output=True, text=True).stdout
    assert "Arabic" in fonts and "Droid" in fonts
    word = docx.Document(io.BytesIO(to_docx(doc, info)))
    subs = [p for p in word.paragraphs if p.style.name == "Sub-paragraph"]
    assert [p.text for p in subs] == ["sharing information;", "training staff;"]
    assert [_numbering(p)[1] for p in subs] == [1, 1]
    assert _numbering(subs[0])[0] == _numbering(word.paragraphs[-1])[0]
    parser = etree.XMLParser(no_network=True)
    schema = etree.XMLSchema(etree.parse(str(shared_dir / "schemas" / "akomantoso30.xsd"),
                                         parser))
    root = etree.fromstring(to_akn(doc, info), parser)
    schema.assertValid(root)
    nested = root.findall(".//a:paragraph/a:paragraph", {"a": AKN_NS})
    assert [p.get("eId") for p in nested] == ["list_1__para_1__para_a", "list_1__para_1__para_b"]
    assert "    - (a) sharing information;" in to_markdown(doc, info)
