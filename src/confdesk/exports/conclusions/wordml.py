"""WordprocessingML pieces python-docx has no API for: list numbering, named styles, revisions.

Outcome documents use Word's own numbering (`word/numbering.xml`): one abstract list per
numbering style (decimal "1.", letters, roman numerals, bullets) whose second level letters the
sub-paragraphs "(a)", and one list instance (`w:num`) per numbered section that restarts at the
section's first number. A delegation that inserts a paragraph in Word then gets the right
numbers, as confdesk would print them. Indents live in the list levels and the spacing,
widow/orphan control and keep-with-next in named paragraph styles, so a secretariat restyles the
whole document by changing a style.
"""

from __future__ import annotations

import itertools
from datetime import datetime
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

from confdesk.conclusions.tree import BULLET, DECIMAL

FONT = "Noto Sans"
#: The hanging indent of one list level, in twentieths of a point (0.9 cm).
HANG_TWIPS = 510

#: Named paragraph styles of outcome documents (a secretariat may restyle them in Word).
TITLE, EVENT, PLACE = "Document Title", "Event Name", "Event Place"
BODY, LEAD_IN, PARAGRAPH, SUB_PARAGRAPH = ("Body Text", "Lead-in", "Numbered Paragraph",
                                           "Sub-paragraph")
#: A paragraph that introduces what follows (sub-paragraphs, or ends with a colon): kept with
#: the next paragraph, otherwise as its base style.
INTRODUCING = {BODY: "Body Text Introducing", PARAGRAPH: "Numbered Paragraph Introducing",
               SUB_PARAGRAPH: "Sub-paragraph Introducing"}
SECTION_HEADING = "Heading 2"

#: list style → (w:numFmt, w:lvlText) of the top level.
_FORMATS = {
    DECIMAL: ("decimal", "%1."),
    "lower-letter": ("lowerLetter", "(%1)"),
    "upper-letter": ("upperLetter", "%1."),
    "lower-roman": ("lowerRoman", "(%1)"),
    "upper-roman": ("upperRoman", "%1."),
    BULLET: ("bullet", "•"),
}


def _style(word: Any, name: str, base: str = "Normal") -> Any:
    styles = word.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base]
    style.quick_style = True
    return style


def set_up_styles(word: Any) -> None:
    """The text font, widow/orphan control everywhere, and the document's named styles."""
    normal = word.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.widow_control = True
    for name, size, bold, italic, after in ((TITLE, 16, True, False, 4), (EVENT, 12, False,
                                            False, 4), (PLACE, 10.5, False, True, 18)):
        style = _style(word, name)
        style.font.size, style.font.bold, style.font.italic = Pt(size), bold, italic
        fmt = style.paragraph_format
        fmt.alignment, fmt.space_after = WD_ALIGN_PARAGRAPH.CENTER, Pt(after)
        fmt.keep_with_next = True
    body = _style(word, BODY)
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.paragraph_format.space_after = Pt(6)
    lead_in = _style(word, LEAD_IN, BODY)
    lead_in.paragraph_format.keep_with_next = True
    lead_in.paragraph_format.space_before = Pt(4)
    _style(word, PARAGRAPH, BODY)
    sub = _style(word, SUB_PARAGRAPH, BODY)
    sub.paragraph_format.space_after = Pt(4)
    for base, name in INTRODUCING.items():
        _style(word, name, base).paragraph_format.keep_with_next = True
    heading = word.styles[SECTION_HEADING]
    heading.font.name, heading.font.size, heading.font.bold = FONT, Pt(12), True
    heading.font.color.rgb = RGBColor(0, 0, 0)
    heading.paragraph_format.space_before, heading.paragraph_format.space_after = Pt(12), Pt(6)
    heading.paragraph_format.keep_with_next = True


def _level(ilvl: int, fmt: str, text: str, start: int = 1) -> str:
    left = HANG_TWIPS * (ilvl + 1)
    font = ('<w:rPr><w:rFonts w:ascii="Noto Sans" w:hAnsi="Noto Sans" w:hint="default"/>'
            "</w:rPr>") if fmt == "bullet" else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>'
            f'<w:ind w:left="{left}" w:hanging="{HANG_TWIPS}"/></w:pPr>{font}</w:lvl>')


class Lists:
    """The document's numbering part: an abstract list per style, a list per section."""

    def __init__(self, word: Any) -> None:
        self.numbering = word.part.numbering_part.element
        self.abstract: dict[str, int] = {}
        # Word's template already defines lists (for its List Bullet… styles): go past them.
        used = [int(n.get(qn("w:numId"))) for n in self.numbering.findall(qn("w:num"))]
        abstract = [int(n.get(qn("w:abstractNumId")))
                    for n in self.numbering.findall(qn("w:abstractNum"))]
        self._ids = itertools.count(max(used, default=0) + 1)
        self._abstract_ids = itertools.count(max(abstract, default=-1) + 1)

    def _abstract_for(self, style: str) -> int:
        if style not in self.abstract:
            fmt, text = _FORMATS.get(style, _FORMATS[DECIMAL])
            number = next(self._abstract_ids)
            xml = (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{number}">'
                   f'<w:nsid w:val="{0x7C0D0000 + number:08X}"/>'
                   '<w:multiLevelType w:val="hybridMultilevel"/>'
                   + _level(0, fmt, text) + _level(1, "lowerLetter", "(%2)") + "</w:abstractNum>")
            node = parse_xml(xml)
            # abstractNum elements come before every num element.
            first_num = self.numbering.find(qn("w:num"))
            if first_num is None:
                self.numbering.append(node)
            else:
                first_num.addprevious(node)
            self.abstract[style] = number
        return self.abstract[style]

    def new_list(self, style: str, first_number: int) -> int:
        """A new list instance (w:numId) in `style` that starts at `first_number`."""
        abstract = self._abstract_for(style)
        num_id = next(self._ids)
        self.numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{max(first_number, 0)}"/>'
            "</w:lvlOverride></w:num>"))
        return num_id


def number_paragraph(para: Any, num_id: int, level: int) -> None:
    """Make `para` an item of list `num_id` at `level` (0: paragraph, 1: sub-paragraph)."""
    ppr = para._p.get_or_add_pPr()
    ppr.insert_element_before(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/>'
        "</w:numPr>"),
        *_AFTER_NUMPR)


#: The pPr children that follow w:numPr in the schema's order.
_AFTER_NUMPR = ("w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
                "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
                "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
                "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
                "w:sectPr", "w:pPrChange")


#: The styles whose paragraphs are not counted by line numbering (the heading block and the
#: section headings): the numbers run through the text negotiators quote.
UNNUMBERED_STYLES = (TITLE, EVENT, PLACE, SECTION_HEADING)

#: The sectPr children that follow w:lnNumType in the schema's order.
_AFTER_LNNUM = ("w:pgNumType", "w:cols", "w:formProt", "w:vAlign", "w:noEndnote",
                "w:titlePg", "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid",
                "w:printerSettings", "w:sectPrChange")


def number_lines(word: Any, distance_twips: int = 283) -> None:
    """Word's own line numbering for every section: each line numbered, continuously through
    the document, `distance_twips` left of the text (0.5 cm); the title block and the section
    headings are left out (their styles suppress line numbers)."""
    for section in word.sections:
        sect_pr = section._sectPr
        for old in sect_pr.findall(qn("w:lnNumType")):
            sect_pr.remove(old)
        sect_pr.insert_element_before(parse_xml(
            f'<w:lnNumType {nsdecls("w")} w:countBy="1" w:restart="continuous" '
            f'w:distance="{distance_twips}"/>'), *_AFTER_LNNUM)
    # Word draws the numbers in its "Line Number" character style: small grey type.
    try:
        numbers = word.styles["Line Number"]
    except KeyError:
        numbers = word.styles.add_style("Line Number", WD_STYLE_TYPE.CHARACTER)
    numbers.font.name, numbers.font.size = FONT, Pt(7.5)
    numbers.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
    for name in UNNUMBERED_STYLES:
        ppr = word.styles[name].element.get_or_add_pPr()
        if ppr.find(qn("w:suppressLineNumbers")) is None:
            ppr.insert_element_before(OxmlElement("w:suppressLineNumbers"),
                                      *_AFTER_NUMPR[1:])


def page_of_pages(para: Any, page_word: str = "Page", of_word: str = "of") -> None:
    """"Page n of N" with Word's PAGE and NUMPAGES fields, centred."""
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run(f"{page_word} ")
    _field(para, "PAGE")
    para.add_run(f" {of_word} ")
    _field(para, "NUMPAGES")


def _field(para: Any, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    para._p.append(field)


# --- revisions (tracked changes) -------------------------------------------------------------

class Revisions:
    """Makes revision marks for one author at one date, with the unique ids Word wants."""

    def __init__(self, author: str, when: datetime) -> None:
        self.author = author or "confdesk"
        self.date = when.replace(microsecond=0).isoformat()
        self._ids = itertools.count(1)
        self._moves = itertools.count(1)

    def mark(self, tag: str) -> Any:
        """An empty w:ins / w:del / w:moveFrom / w:moveTo with id, author and date."""
        node = OxmlElement(tag)
        node.set(qn("w:id"), str(next(self._ids)))
        node.set(qn("w:author"), self.author)
        node.set(qn("w:date"), self.date)
        return node

    def run(self, text: str, op: str) -> Any:
        """A run of `text` wrapped as `op` ("equal", "insert", "delete", "moveFrom",
        "moveTo")."""
        run = OxmlElement("w:r")
        deleted = op in ("delete", "moveFrom")
        for piece, last in _pieces(text):
            node = OxmlElement("w:delText" if deleted else "w:t")
            node.set(qn("xml:space"), "preserve")
            node.text = piece
            run.append(node)
            if not last:
                run.append(OxmlElement("w:br"))
        if op == "equal":
            return run
        wrapper = self.mark({"insert": "w:ins", "delete": "w:del"}.get(op, f"w:{op}"))
        wrapper.append(run)
        return wrapper

    def paragraph_mark(self, para: Any, op: str) -> None:
        """Mark `para`'s paragraph mark as inserted, deleted or moved (`op` as in `run`)."""
        ppr = para._p.get_or_add_pPr()
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            change = ppr.find(qn("w:pPrChange"))
            if change is not None:
                change.addprevious(rpr)
            else:
                ppr.append(rpr)
        rpr.insert(0, self.mark({"insert": "w:ins", "delete": "w:del"}.get(op, f"w:{op}")))

    def move_range(self, para: Any, op: str, name: str) -> tuple[Any, Any]:
        """The w:moveFromRangeStart/End (or moveTo) pair named `name`, around `para`'s
        content."""
        start = self.mark(f"w:{op}RangeStart")
        start.set(qn("w:name"), name)
        end = OxmlElement(f"w:{op}RangeEnd")
        end.set(qn("w:id"), start.get(qn("w:id")))
        ppr = para._p.find(qn("w:pPr"))
        if ppr is not None:
            ppr.addnext(start)
        else:
            para._p.insert(0, start)
        para._p.append(end)
        return start, end

    def move_name(self) -> str:
        """A fresh name binding a move's origin to its destination."""
        return f"move{next(self._moves)}"


def _pieces(text: str) -> list[tuple[str, bool]]:
    lines = text.split("\n")
    return [(line, index == len(lines) - 1) for index, line in enumerate(lines)]

