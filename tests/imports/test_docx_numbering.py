"""Word's numbering definitions read as Word applies them (numbering.xml + styles.xml)."""

from __future__ import annotations

from lxml import etree

from confdesk.imports.docx_numbering import Numbering, letters, roman

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _p(num_id: str, ilvl: int = 0) -> etree._Element:
    return etree.fromstring(f'<w:p {W}><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/>'
                            f'<w:numId w:val="{num_id}"/></w:numPr></w:pPr></w:p>')


NUMBERING = f"""<w:numbering {W}>
<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="HouseList"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>
    <w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%1.%2"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/>
    <w:lvlText w:val="%1.%2.%3"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="HouseList"/></w:abstractNum>
<w:num w:numId="10"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="20"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="21"><w:abstractNumId w:val="2"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>"""

STYLES = f"""<w:styles {W}>
<w:style w:type="numbering" w:styleId="HouseList"><w:name w:val="House List"/>
  <w:pPr><w:numPr><w:numId w:val="10"/></w:numPr></w:pPr></w:style>
</w:styles>"""


def test_a_list_tied_to_a_list_style_takes_its_levels_and_restarts_on_override() -> None:
    numbering = Numbering.read(etree.fromstring(STYLES), etree.fromstring(NUMBERING))
    labels = [numbering.number(_p(num, lvl)) for num, lvl in (
        ("20", 0), ("20", 1), ("20", 1), ("20", 0), ("20", 1), ("20", 2), ("21", 0),
        ("21", 0))]
    assert [(n.label, n.fmt, n.level) for n in labels if n is not None] == [
        ("I.", "upperRoman", 0), ("I.1", "decimal", 1), ("I.2", "decimal", 1),
        ("II.", "upperRoman", 0), ("II.1", "decimal", 1), ("2.1.1", "decimal", 2),
        ("V.", "upperRoman", 0),
        ("VI.", "upperRoman", 0)]


def test_numbers_in_words_as_word_writes_them() -> None:
    assert [letters(n) for n in (1, 26, 27, 53)] == ["a", "z", "aa", "aaa"]
    assert [roman(n) for n in (4, 9, 14, 40, 1994)] == ["iv", "ix", "xiv", "xl", "mcmxciv"]
    assert letters(10**9) == str(10**9)  # no gigabyte label from a hostile start value
